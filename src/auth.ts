/**
 * Curator API keys. The configuration holds only SHA-256 digests of the keys; a presented key is
 * hashed and compared with each digest in constant time, so neither the keys nor their prefixes
 * leak through the configuration or through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Auth } from './context.js';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The key a request presents: `x-api-key: <key>` or `authorization: Bearer <key>`. */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.length > 0) return apiKey;
  const authorization = headers.authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match?.[1];
}

export function authenticate(headers: IncomingHttpHeaders, curatorKeyDigests: readonly string[]): Auth {
  const key = presentedKey(headers);
  if (key === undefined) return { curator: false, presented: false };
  const digest = Buffer.from(sha256Hex(key), 'hex');
  let curator = false;
  for (const expected of curatorKeyDigests) {
    // Compare against every digest, without stopping early.
    if (timingSafeEqual(digest, Buffer.from(expected, 'hex'))) curator = true;
  }
  return { curator, presented: true };
}
