/** Keyset cursors and page requests (src/graphql/connection.ts), without a database. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageRequest, toConnection } from '../../src/graphql/connection.js';

/** The refusal a client gets for anything that is not a cursor this API made. */
function refusalOf(cursor: string): GraphQLError {
  try {
    decodeCursor(cursor);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(cursor)} was accepted as a cursor`);
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('encodeCursor / decodeCursor', () => {
  it.each([
    ['a string sort value', 'Internet Initiative Japan', 'iij'],
    ['a number sort value', 2_024.5, 'fact-1'],
    ['a negative number', -3, 'k'],
    ['zero', 0, 'k'],
    ['no sort value (null)', null, 'iij'],
    ['text outside ASCII, quotes and separators', 'インターネット "IIJ", [x]', 'キー/1'],
    ['empty strings', '', ''],
  ])('round-trips %s', (_what, sortValue, key) => {
    const cursor = encodeCursor(sortValue, key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
    expect(decodeCursor(cursor)).toEqual([sortValue, key]);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['empty', ''],
    ['JSON that is not a pair', base64url('["only one"]')],
    ['a triple', base64url('["a","b","c"]')],
    ['an object', base64url('{"sortValue":"a","key":"b"}')],
    ['a key that is not a string', base64url('["a",1]')],
    ['a boolean sort value', base64url('[true,"k"]')],
    ['an object sort value', base64url('[{},"k"]')],
    ['truncated JSON', base64url('["a","b"').slice(0, -2)],
  ])('refuses %s with BAD_USER_INPUT naming `after`', (_what, cursor) => {
    const error = refusalOf(cursor);
    expect(error.message).toBe('`after` is not a cursor returned by this connection.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});

describe('pageRequest', () => {
  it('defaults to 20 items from the start, and decodes `after`', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ first: 20, after: null });
    expect(pageRequest(5, encodeCursor('b', 'k'))).toEqual({ first: 5, after: ['b', 'k'] });
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5])('refuses first: %s with BAD_USER_INPUT naming `first`', (first) => {
    expect(() => pageRequest(first, null)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } }),
    );
  });

  it('refuses a malformed `after` before anything is read', () => {
    expect(() => pageRequest(5, 'garbage')).toThrow('`after` is not a cursor returned by this connection.');
  });
});

describe('toConnection', () => {
  it('gives each edge the cursor of its row, so the end cursor continues after the last row', () => {
    const rows = [
      { name: 'A', key: 'a' },
      { name: 'B', key: 'b' },
    ];
    const request = pageRequest(2, null);
    const connection = toConnection({ items: rows, totalCount: 5, hasNextPage: true }, request, (row) => [
      row.name,
      row.key,
    ]);
    expect(connection.edges.map((edge) => decodeCursor(edge.cursor))).toEqual([
      ['A', 'a'],
      ['B', 'b'],
    ]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: connection.edges[0]!.cursor,
      endCursor: connection.edges[1]!.cursor,
    });
    expect(pageRequest(2, connection.pageInfo.endCursor).after).toEqual(['B', 'b']);
  });

  it('an empty page has no cursors', () => {
    const connection = toConnection({ items: [], totalCount: 0, hasNextPage: false }, pageRequest(2, null), () => [
      null,
      '',
    ]);
    expect(connection.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
  });
});
