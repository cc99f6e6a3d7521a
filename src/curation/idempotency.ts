/**
 * Idempotency keys for curation writes (`idempotencyKey` on each mutation): a write sent again
 * with the same key — a client's retry after a timeout, or the data layer's own after a commit
 * whose outcome it did not learn — is applied once, and every later send answers what the first
 * committed. The key is claimed inside the write's own transaction (one node, unique on the key),
 * so key and write commit or roll back together: a refused write leaves no key behind, and two
 * concurrent sends serialize on the key, the second waiting for the first and then finding it.
 *
 * A key names one request: reusing it for other input is refused (BAD_USER_INPUT), as the IETF
 * Idempotency-Key draft has it. Keys are kept KEY_LIFETIME_MS; expired ones are deleted by later writes.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Database, WriteGuard, WriteTransaction } from '../db/database.js';
import { badUserInput } from '../errors.js';
import { claimKey, pruneExpiredKeys, storeResult } from './idempotencyRepository.js';

/** How long a key is remembered: a day, as Stripe's API keeps them. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/** JSON with keys sorted, so equal input gives equal text whatever its key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestDigest(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(stableJson(input)).digest('hex');
}

/** The checks on the argument, before any work: the error names it. */
export function checkIdempotencyKey(key: string): void {
  if (!KEY.test(key))
    throw badUserInput(
      'Invalid `idempotencyKey`: 8–200 characters of letters, digits, `.`, `_`, `:` or `-` (a UUID is a good one).',
      'idempotencyKey',
    );
}

/**
 * A later send answers the stored JSON, so a result must survive JSON unchanged: plain objects,
 * arrays and primitives only. A class instance (a driver temporal or integer) would come back as
 * something else; it fails the write loudly instead of answering differently on a retry.
 */
function plainJson(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null)
      throw new TypeError(`idempotency: the result's "${key}" is not plain JSON and would not replay unchanged`);
  }
  if (typeof value === 'bigint' || typeof value === 'function')
    throw new TypeError(`idempotency: the result's "${key}" is not plain JSON`);
  return value;
}

/** Runs inside the write's transaction: claims the key, or answers the first write's result. */
export class IdempotencyGuard implements WriteGuard {
  readonly idempotent = true;
  constructor(
    private readonly key: string,
    private readonly operation: string,
    private readonly digest: string,
  ) {}

  async around<T>(tx: WriteTransaction, work: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const claimed = await claimKey(tx, {
      key: this.key,
      claim: randomUUID(),
      operation: this.operation,
      digest: this.digest,
      now,
      expiresAt: now + KEY_LIFETIME_MS,
    });
    if (!claimed.mine) {
      if (claimed.operation !== this.operation || claimed.digest !== this.digest || claimed.result === null)
        throw badUserInput(
          `Invalid \`idempotencyKey\`: "${this.key}" was used for another request; a key names one request (send a new key for new input).`,
          'idempotencyKey',
        );
      return JSON.parse(claimed.result) as T;
    }
    const value = await work();
    await storeResult(tx, this.key, JSON.stringify(value, plainJson));
    return value;
  }
}

/**
 * `db` whose write transactions apply `input` at most once under `key`; `db` itself without a key.
 * `operation` is the mutation's name (a key used for one mutation is not valid for another).
 */
export function applyOnce(db: Database, key: string | null | undefined, operation: string, input: unknown): Database {
  if (key == null) return db;
  checkIdempotencyKey(key);
  return db.withWriteGuard(new IdempotencyGuard(key, operation, requestDigest(operation, input)));
}

/** Expired keys go a hundred at a time after a keyed write, outside its request; a failure here fails nothing. */
export function pruneExpired(db: Database): void {
  pruneExpiredKeys(db, Date.now()).catch(() => undefined);
}
