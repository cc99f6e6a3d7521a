/**
 * Who a request is: API keys and signed tokens.
 *
 * Keys: the configuration holds only SHA-256 digests; a presented key is hashed and compared with
 * every digest in constant time, so neither keys nor prefixes leak through config or timing.
 * Tokens: HS256 JWTs (verified with `jose`) whose `role` claim is `curator` or `reader`, that must
 * expire (`exp`) within the configured maximum lifetime, and must name the configured issuer and
 * audience when those are set: a leaked token without `exp` would be a key forever.
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
  /**
   * A valid credential's stable id for per-caller budgets, never the secret: `key:` and the first 16
   * hex digits of the key's SHA-256, or `token:` and the token's `sub` (else its digest's prefix).
   */
  readonly subject?: string;
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

/** A day: the default longest a token may live (KG_JWT_MAX_LIFETIME_S). */
export const DEFAULT_JWT_MAX_LIFETIME_SECONDS = 86_400;

async function tokenRole(
  token: string,
  config: AuthConfig & { jwtSecret: string },
): Promise<{ role: 'curator' | 'reader'; subject: string } | undefined> {
  const maxLifetime = config.jwtMaxLifetimeSeconds ?? DEFAULT_JWT_MAX_LIFETIME_SECONDS;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(config.jwtSecret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
      ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
      ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
    });
    const now = Math.floor(Date.now() / 1000);
    // `exp` is required above; a lifetime counts from `iat` when the token says when it was issued.
    const issuedAt = typeof payload.iat === 'number' && payload.iat <= now ? payload.iat : now;
    if (payload.exp! - issuedAt > maxLifetime) return undefined;
    if (payload.role !== 'curator' && payload.role !== 'reader') return undefined;
    const subject = typeof payload.sub === 'string' && payload.sub.length > 0 ? payload.sub.slice(0, 128) : undefined;
    return { role: payload.role, subject: `token:${subject ?? sha256Hex(token).slice(0, 16)}` };
  } catch {
    return undefined;
  }
}

export async function authenticate(headers: IncomingHttpHeaders, config: AuthConfig): Promise<Auth> {
  const credential = presentedCredential(headers);
  const openReads = !config.requireReadKey;
  if (credential === undefined) return { curator: false, reader: openReads, presented: false, method: 'none' };
  if (config.jwtSecret && JWT_SHAPE.test(credential)) {
    const token = await tokenRole(credential, { ...config, jwtSecret: config.jwtSecret });
    if (token) {
      return {
        curator: token.role === 'curator',
        reader: true,
        presented: true,
        method: 'token',
        subject: token.subject,
      };
    }
  }
  const curator = matchesAny(credential, config.curatorKeyDigests);
  const reader = curator || matchesAny(credential, config.readerKeyDigests);
  if (curator || reader) {
    return {
      curator,
      reader: true,
      presented: true,
      method: 'api-key',
      subject: `key:${sha256Hex(credential).slice(0, 16)}`,
    };
  }
  return { curator: false, reader: openReads, presented: true, method: 'invalid' };
}
