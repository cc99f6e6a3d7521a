/**
 * Relay connections with keyset cursors. A cursor is the base64url of the sort key of the last
 * row seen ([sortValue, key]); the next page starts strictly after it, so pages stay consistent
 * while data is added, and the database seeks instead of skipping.
 */
import type { Page, PageRequest } from '../db/page.js';
import { badUserInput } from '../errors.js';

export type { Page, PageRequest };

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(sortValue: string | number | null, key: string): string {
  return Buffer.from(JSON.stringify([sortValue, key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): readonly [string | number | null, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      ['string', 'number'].includes(typeof value[0]) !== (value[0] === null) &&
      typeof value[1] === 'string'
    ) {
      return [value[0] as string | number | null, value[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('`after` is not a cursor returned by this connection.', 'after');
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE} (got ${size}).`, 'first');
  }
  return { first: size, after: after ? decodeCursor(after) : null };
}

export function toConnection<T>(
  page: Page<T>,
  request: PageRequest,
  cursorOf: (item: T) => readonly [string | number | null, string],
) {
  const edges = page.items.map((node) => {
    const [sortValue, key] = cursorOf(node);
    return { cursor: encodeCursor(sortValue, key), node };
  });
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
