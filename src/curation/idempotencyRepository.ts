/**
 * The Cypher of curation's idempotency keys (src/curation/idempotency.ts). An `IdempotencyKey`
 * node is unique on `key` (src/graph/schema.ts), which is what makes concurrent retries of one write
 * serialize: the second MERGE waits on the first's uncommitted node and then finds it.
 */
import type { Database, NamedQuery, WriteTransaction } from '../db/database.js';

const CLAIM_KEY: NamedQuery = {
  name: 'curation.idempotency.claim',
  cypher: `OPTIONAL MATCH (expired:IdempotencyKey {key: $key}) WHERE expired.expiresAt < $now
    DELETE expired
    WITH count(*) AS ignored
    MERGE (k:IdempotencyKey {key: $key})
    ON CREATE SET k.claim = $claim, k.operation = $operation, k.digest = $digest, k.expiresAt = $expiresAt
    RETURN k.claim = $claim AS mine, k.operation AS operation, k.digest AS digest, k.result AS result`,
};

const STORE_RESULT: NamedQuery = {
  name: 'curation.idempotency.storeResult',
  cypher: `MATCH (k:IdempotencyKey {key: $key}) SET k.result = $result`,
};

const PRUNE_EXPIRED: NamedQuery = {
  name: 'curation.idempotency.prune',
  cypher: `MATCH (k:IdempotencyKey) WHERE k.expiresAt < $now
    WITH k LIMIT 100
    DELETE k`,
};

export interface KeyClaim {
  readonly key: string;
  /** Unique to this attempt: tells the attempt that created the key from one that found it. */
  readonly claim: string;
  readonly operation: string;
  readonly digest: string;
  readonly now: number;
  readonly expiresAt: number;
}

export interface ClaimedKey {
  /** True when this attempt created the key: the write is to be done now. */
  readonly mine: boolean;
  readonly operation: string;
  readonly digest: string;
  /** The first write's answer, as JSON (set in the same transaction as the write). */
  readonly result: string | null;
}

export async function claimKey(tx: WriteTransaction, claim: KeyClaim): Promise<ClaimedKey> {
  const [row] = await tx.run(CLAIM_KEY, { ...claim });
  return {
    mine: row?.mine === true,
    operation: String(row?.operation ?? ''),
    digest: String(row?.digest ?? ''),
    result: typeof row?.result === 'string' ? row.result : null,
  };
}

export async function storeResult(tx: WriteTransaction, key: string, result: string): Promise<void> {
  await tx.run(STORE_RESULT, { key, result });
}

/** Deletes up to 100 expired keys (in a transaction of its own: never part of a curated write). */
export async function pruneExpiredKeys(db: Database, now: number): Promise<void> {
  await db.write(PRUNE_EXPIRED, { now });
}
