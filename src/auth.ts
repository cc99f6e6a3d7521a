/**
 * Who a request is: API keys and signed tokens.
 *
 * Keys: the configuration holds only SHA-256 digests; a presented key is hashed and compared with
 * every digest in constant time, so neither keys nor prefixes leak through config or timing.
 * Tokens: HS256 JWTs (verified with `jose`) whose `role` claim is `curator` or `reader`.
 * Nothing here logs or returns a secret.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { jwtVerify } from 'jose';
import type { AuthConfig } from './config.js';

export interface Auth {
  /** May write (curation mutations). */
  readonly curator: boolean;
  /** May read (always true when reads are open). */
  readonly reader: boolean;
  /** Some credential was presented (valid or not). */
  readonly presented: boolean;
  /** How the request authenticated, for logs: never the secret itself. */
  readonly method: 'none' | 'api-key' | 'token' | 'invalid';
}

export const ANONYMOUS: Auth = Object.freeze({ curator: false, reader: true, presented: false, method: 'none' });

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The credential a request presents: `x-api-key: <key>` or `authorization: Bearer <key or token>`. */
export function presentedCredential(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.length > 0) return apiKey;
  const authorization = headers.authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match?.[1];
}

function matchesAny(credential: string, digests: readonly string[]): boolean {
  const digest = Buffer.from(sha256Hex(credential), 'hex');
  let match = false;
  // Every digest is compared, without stopping early.
  for (const expected of digests) {
    if (timingSafeEqual(digest, Buffer.from(expected, 'hex'))) match = true;
  }
  return match;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

async function tokenRole(token: string, secret: string): Promise<'curator' | 'reader' | undefined> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    return payload.role === 'curator' || payload.role === 'reader' ? payload.role : undefined;
  } catch {
    return undefined;
  }
}

export async function authenticate(headers: IncomingHttpHeaders, config: AuthConfig): Promise<Auth> {
  const credential = presentedCredential(headers);
  const openReads = !config.requireReadKey;
  if (credential === undefined) return { curator: false, reader: openReads, presented: false, method: 'none' };
  if (config.jwtSecret && JWT_SHAPE.test(credential)) {
    const role = await tokenRole(credential, config.jwtSecret);
    if (role) return { curator: role === 'curator', reader: true, presented: true, method: 'token' };
  }
  const curator = matchesAny(credential, config.curatorKeyDigests);
  const reader = curator || matchesAny(credential, config.readerKeyDigests);
  if (curator || reader) return { curator, reader: true, presented: true, method: 'api-key' };
  return { curator: false, reader: openReads, presented: true, method: 'invalid' };
}
