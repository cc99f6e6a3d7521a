/** Bookmarks from the request header (src/cluster/bookmarksPlugin.ts) and the causal chain (src/db/bookmarks.ts). */
import { describe, expect, it } from 'vitest';
import { bookmarksFromHeaders } from '../../src/cluster/bookmarksPlugin.js';
import { BookmarkChain } from '../../src/db/bookmarks.js';
import { requestDigest } from '../../src/curation/idempotency.js';

describe('bookmarksFromHeaders', () => {
  it('reads comma-separated bookmarks, dropping blanks and repeats', () => {
    const chain = bookmarksFromHeaders({ 'neo4j-bookmarks': 'FB:kcwQab+/=, FB:kcwQcd ,,FB:kcwQab+/=' });
    expect(chain.bookmarks).toEqual(['FB:kcwQab+/=', 'FB:kcwQcd']);
    expect(chain.advanced).toBe(false);
  });

  it('starts an empty chain without the header', () => {
    expect(bookmarksFromHeaders({}).bookmarks).toEqual([]);
  });

  it('refuses what no Neo4j bookmark looks like, and too many, as BAD_USER_INPUT with status 400', () => {
    for (const value of [
      'has space',
      'semi;colon',
      Array.from({ length: 17 }, (_, i) => `FB:${i}`).join(','),
      'x'.repeat(513),
    ]) {
      let refused: unknown;
      try {
        bookmarksFromHeaders({ 'neo4j-bookmarks': value });
      } catch (error) {
        refused = error;
      }
      expect(refused).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
  });
});

describe('BookmarkChain', () => {
  it('moves on to a write’s bookmarks, and stays put for a session that gave none', () => {
    const chain = new BookmarkChain(['FB:a']);
    chain.advance([]);
    expect(chain.bookmarks).toEqual(['FB:a']);
    expect(chain.advanced).toBe(false);
    chain.advance(['FB:b']);
    expect(chain.bookmarks).toEqual(['FB:b']);
    expect(chain.advanced).toBe(true);
  });
});

describe('requestDigest (idempotency keys)', () => {
  it('is the same for the same input in any key order, and differs by operation and by value', () => {
    const a = requestDigest('addCompany', { key: 'x', name: 'N', source: { quote: 'q', document: 'd' } });
    const b = requestDigest('addCompany', { source: { document: 'd', quote: 'q' }, name: 'N', key: 'x' });
    expect(a).toBe(b);
    expect(
      requestDigest('upsertFinancialFact', { key: 'x', name: 'N', source: { quote: 'q', document: 'd' } }),
    ).not.toBe(a);
    expect(requestDigest('addCompany', { key: 'x', name: 'M', source: { quote: 'q', document: 'd' } })).not.toBe(a);
  });
});
