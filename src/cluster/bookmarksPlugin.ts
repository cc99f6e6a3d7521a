/**
 * Read-your-writes across requests, as Neo4j's Query API offers it: a response whose request wrote
 * (or that was sent bookmarks) carries the request's last bookmarks in `extensions.bookmarks` and in
 * the `neo4j-bookmarks` header; a later request that sends them back in that header reads on a
 * cluster member that has applied those writes (on a single server every request does anyway).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';
import type { Context } from '../context.js';
import { BookmarkChain } from '../db/bookmarks.js';
import { badUserInput } from '../errors.js';

export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

/** A transaction is one bookmark; a client merging several chains sends a few. */
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 512;
/** Neo4j's bookmarks are printable tokens (e.g. `FB:kcwQ…`); anything else is refused before Neo4j sees it. */
const BOOKMARK = /^[A-Za-z0-9+/=:._-]+$/;

/** The chain a request starts from: the bookmarks in its `neo4j-bookmarks` header (comma-separated). */
export function bookmarksFromHeaders(headers: IncomingHttpHeaders): BookmarkChain {
  const raw = headers[BOOKMARKS_HEADER];
  if (raw === undefined) return new BookmarkChain();
  const bookmarks = (Array.isArray(raw) ? raw.join(',') : raw)
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (bookmarks.length > MAX_BOOKMARKS || bookmarks.some((b) => b.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(b)))
    throw badUserInput(
      `The \`${BOOKMARKS_HEADER}\` header must hold at most ${MAX_BOOKMARKS} bookmarks, comma-separated, as an earlier response of this API gave them.`,
      undefined,
      { httpStatus: 400 },
    );
  return new BookmarkChain([...new Set(bookmarks)]);
}

export function bookmarksPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          const chain = contextValue.bookmarks;
          const bookmarks = chain.bookmarks;
          if (bookmarks.length === 0) return;
          response.http.headers.set(BOOKMARKS_HEADER, bookmarks.join(','));
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, bookmarks: [...bookmarks] };
        },
      };
    },
  };
}
