/** Who a request is (src/auth.ts): keys by digest, tokens that must expire, issuer and audience. */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { OPEN_READS } from '../../src/app.js';
import { authenticate, sha256Hex } from '../../src/auth.js';
import type { AuthConfig } from '../../src/config.js';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const config: AuthConfig = {
  ...OPEN_READS,
  curatorKeyDigests: [sha256Hex('curator-key')],
  readerKeyDigests: [sha256Hex('reader-key')],
  jwtSecret: SECRET,
  jwtMaxLifetimeSeconds: 3_600,
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const now = () => Math.floor(Date.now() / 1000);

function token(claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT = (jwt) => jwt) {
  return build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })).sign(new TextEncoder().encode(SECRET));
}

describe('authenticate: API keys', () => {
  it('knows curator and reader keys by their digests, and calls anything else invalid', async () => {
    expect(await authenticate({ 'x-api-key': 'curator-key' }, config)).toMatchObject({
      curator: true,
      method: 'api-key',
    });
    expect(await authenticate(bearer('reader-key'), config)).toMatchObject({ curator: false, reader: true });
    expect(await authenticate({ 'x-api-key': 'guess' }, config)).toMatchObject({ curator: false, method: 'invalid' });
    expect(await authenticate({}, config)).toMatchObject({ presented: false, reader: true, method: 'none' });
    expect(await authenticate({}, { ...config, requireReadKey: true })).toMatchObject({ reader: false });
  });
});

describe('authenticate: tokens', () => {
  it('accepts a signed token that expires within the maximum lifetime', async () => {
    const valid = await token({ role: 'curator' }, (jwt) => jwt.setIssuedAt().setExpirationTime('30m'));
    expect(await authenticate(bearer(valid), config)).toMatchObject({ curator: true, method: 'token' });
  });

  it('refuses a token without `exp`, one that lives longer than allowed, and an expired one', async () => {
    const forever = await token({ role: 'curator' });
    const century = await token({ role: 'curator' }, (jwt) => jwt.setExpirationTime(now() + 100 * 365 * 86_400));
    const tooLong = await token({ role: 'curator' }, (jwt) => jwt.setIssuedAt(now() - 60).setExpirationTime('2h'));
    const expired = await token({ role: 'curator' }, (jwt) => jwt.setExpirationTime(now() - 60));
    for (const credential of [forever, century, tooLong, expired]) {
      expect(await authenticate(bearer(credential), config)).toMatchObject({ curator: false, method: 'invalid' });
    }
  });

  it('checks `iss` and `aud` when they are configured', async () => {
    const strict = { ...config, jwtIssuer: 'https://issuer.example', jwtAudience: 'company-kg' };
    const good = await token({ role: 'reader' }, (jwt) =>
      jwt.setIssuer('https://issuer.example').setAudience('company-kg').setExpirationTime('10m'),
    );
    const otherIssuer = await token({ role: 'reader' }, (jwt) =>
      jwt.setIssuer('https://elsewhere.example').setAudience('company-kg').setExpirationTime('10m'),
    );
    const noAudience = await token({ role: 'reader' }, (jwt) =>
      jwt.setIssuer('https://issuer.example').setExpirationTime('10m'),
    );
    expect(await authenticate(bearer(good), { ...strict, requireReadKey: true })).toMatchObject({
      reader: true,
      method: 'token',
    });
    for (const credential of [otherIssuer, noAudience]) {
      expect(await authenticate(bearer(credential), { ...strict, requireReadKey: true })).toMatchObject({
        reader: false,
        method: 'invalid',
      });
    }
  });

  it('refuses a token signed with another secret or naming no known role', async () => {
    const forged = await new SignJWT({ role: 'curator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-of-at-least-32-characters'));
    const noRole = await token({ role: 'admin' }, (jwt) => jwt.setExpirationTime('5m'));
    for (const credential of [forged, noRole]) {
      expect(await authenticate(bearer(credential), config)).toMatchObject({ curator: false, method: 'invalid' });
    }
  });
});
