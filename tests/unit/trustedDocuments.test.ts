import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePersistedRequest } from '../../src/persisted/persistedRequest.js';
import { ManifestError, sha256OfDocument, TrustedDocuments } from '../../src/persisted/trustedDocuments.js';
import { PROJECT_ROOT } from '../../src/projectRoot.js';

const LISTED = '{ __typename }';
const UNLISTED = 'query Other { __typename }';
const manifest = { [`sha256:${sha256OfDocument(LISTED)}`]: LISTED };

describe('the trusted documents manifest', () => {
  it('loads the examples manifest the client preset writes, every id the SHA-256 of its document', () => {
    const file = `${PROJECT_ROOT}/examples/app/src/gql/persisted-documents.json`;
    const documents = TrustedDocuments.fromManifestFile('listed-only', file);
    const entries = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object);
    expect(documents.size).toBe(entries.length);
    expect(documents.size).toBeGreaterThan(10);
  });

  it('refuses a manifest whose id is not the hash of its document, or not a sha256: id', () => {
    expect(() => TrustedDocuments.fromManifest('open', { [`sha256:${'0'.repeat(64)}`]: LISTED })).toThrow(
      ManifestError,
    );
    expect(() => TrustedDocuments.fromManifest('open', { abc: LISTED })).toThrow(/sha256:<64 hex digits>/);
    expect(() => TrustedDocuments.fromManifest('open', [LISTED])).toThrow(/JSON object/);
  });

  it('allows by mode: open anything, listed-or-key unlisted only with a credential, listed-only listed only', () => {
    const hash = sha256OfDocument(UNLISTED);
    const listed = sha256OfDocument(LISTED);
    const open = TrustedDocuments.fromManifest('open', manifest);
    const orKey = TrustedDocuments.fromManifest('listed-or-key', manifest);
    const only = TrustedDocuments.fromManifest('listed-only', manifest);
    expect([open.allows(hash, false), orKey.allows(hash, false), orKey.allows(hash, true)]).toEqual([
      true,
      false,
      true,
    ]);
    expect([only.allows(hash, true), only.allows(listed, false), orKey.allows(listed, false)]).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('resolving a persisted request before Apollo', () => {
  const only = TrustedDocuments.fromManifest('listed-only', manifest);
  const open = TrustedDocuments.fromManifest('open', manifest);
  const id = `sha256:${sha256OfDocument(LISTED)}`;

  it('turns a documentId into its text and drops the id', () => {
    expect(resolvePersistedRequest({ documentId: id, variables: { a: 1 } }, only)).toEqual({
      kind: 'pass',
      params: { query: LISTED, variables: { a: 1 } },
    });
  });

  it('answers an unknown or malformed documentId, or one sent with a query, as the caller’s error', () => {
    expect(resolvePersistedRequest({ documentId: `sha256:${'a'.repeat(64)}` }, open)).toMatchObject({
      kind: 'refuse',
      status: 400,
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
    expect(resolvePersistedRequest({ documentId: 'abc' }, open)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(resolvePersistedRequest({ documentId: id, query: LISTED }, open)).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('fills in the text of a listed APQ hash, and leaves an unlisted one to Apollo’s cache unless listed-only', () => {
    const listedHash = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256OfDocument(LISTED) } } };
    expect(resolvePersistedRequest(listedHash, only)).toEqual({
      kind: 'pass',
      params: { ...listedHash, query: LISTED },
    });
    const unlisted = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256OfDocument(UNLISTED) } } };
    expect(resolvePersistedRequest(unlisted, open)).toEqual({ kind: 'pass', params: unlisted });
    expect(resolvePersistedRequest(unlisted, only)).toMatchObject({ status: 403, code: 'PERSISTED_QUERY_NOT_ALLOWED' });
  });

  it('refuses unlisted query text in listed-only mode before it is parsed, and passes listed text', () => {
    expect(resolvePersistedRequest({ query: UNLISTED }, only)).toMatchObject({ code: 'PERSISTED_QUERY_NOT_ALLOWED' });
    expect(resolvePersistedRequest({ query: LISTED }, only)).toEqual({ kind: 'pass', params: { query: LISTED } });
    expect(resolvePersistedRequest({ query: UNLISTED }, open)).toEqual({ kind: 'pass', params: { query: UNLISTED } });
  });
});
