/**
 * The per-request context (codegen's `contextType`): the database seen through this request's
 * query observer, the caller's rights, and DataLoaders so each resolver level costs one batched
 * query however many parents it resolves for (no N+1).
 */
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { ANONYMOUS, type Auth } from './auth.js';
import { BookmarkChain } from './db/bookmarks.js';
import type { Database, QueryEvent } from './db/database.js';
import { LookaheadState, type PrefetchMode } from './lookahead/lookahead.js';
import type { RequestTrace } from './tracing/tracing.js';
/**
 * A request's DataLoaders. Empty here on purpose: each domain adds its own loaders to this
 * interface (declaration merging, in `src/<domain>/<domain>Loaders.ts`), and the composition root
 * (src/api/compose.ts) builds them, so this module depends on no domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Loaders {}

/** Builds one request's loaders over the request's view of the database. */
export type LoadersFactory = (db: Database) => Loaders;

/**
 * Who the request is to the cost budgets (src/rateLimit/), and what it was charged: the charge is
 * set before execution, so `Query.rateLimit` reports this very query.
 */
export interface RequestBudget {
  /** A credential's id, or `address:<client address>` without one. */
  readonly caller: string;
  readonly anonymous: boolean;
  charge?: { readonly limit: number; readonly cost: number; readonly remaining: number; readonly resetAtMs: number };
}

export interface Context {
  readonly requestId: string;
  readonly db: Database;
  readonly loaders: Loaders;
  readonly auth: Auth;
  /** Every Cypher query this request ran, in order (for logs and the no-N+1 tests). */
  readonly queries: QueryEvent[];
  /** How root resolvers load the subtree a query asks for (src/lookahead/). */
  readonly prefetch: PrefetchMode;
  /** Aborts at the request's deadline or when its client goes away: database calls and execution stop. */
  readonly signal: AbortSignal;
  /** The server's look-ahead caches and planning budget (src/lookahead/), shared by its requests. */
  readonly lookahead: LookaheadState<Loaders>;
  readonly budget: RequestBudget;
  /**
   * This request's causal chain: it starts from the bookmarks the client sent (`neo4j-bookmarks`
   * header), so its reads see the client's earlier writes on any cluster member; its writes move it on.
   */
  readonly bookmarks: BookmarkChain;
  /** This request's spans when tracing is on (src/tracing/); undefined when it is off. */
  readonly trace?: RequestTrace | undefined;
}

const MAX_CALLS_LISTENING = 1_000;

export function createContext(
  baseDb: Database,
  createLoaders: LoadersFactory,
  options: {
    requestId?: string;
    auth?: Auth;
    onQuery?: (event: QueryEvent) => void;
    prefetch?: PrefetchMode;
    signal?: AbortSignal;
    lookahead?: LookaheadState<Loaders>;
    caller?: { readonly id: string; readonly anonymous: boolean };
    bookmarks?: BookmarkChain;
    trace?: RequestTrace;
  },
): Context {
  const queries: QueryEvent[] = [];
  const signal = options.signal ?? new AbortController().signal;
  // Each database call in flight listens on the signal; a request runs dozens at once (no leak:
  // a call removes its listener when it ends).
  setMaxListeners(MAX_CALLS_LISTENING, signal);
  const bookmarks = options.bookmarks ?? new BookmarkChain();
  const db = baseDb
    .withObserver((event) => {
      queries.push(event);
      options.onQuery?.(event);
      options.trace?.statement(event);
    })
    .withSignal(signal)
    .withBookmarks(bookmarks);
  return {
    requestId: options.requestId ?? randomUUID(),
    db,
    loaders: createLoaders(db),
    auth: options.auth ?? ANONYMOUS,
    queries,
    prefetch: options.prefetch ?? 'warm',
    signal,
    // Without a server's state (a context made by hand), nothing is looked ahead: loaders load level by level.
    lookahead: options.lookahead ?? new LookaheadState<Loaders>({}),
    budget: { caller: options.caller?.id ?? 'anonymous', anonymous: options.caller?.anonymous ?? true },
    bookmarks,
    ...(options.trace ? { trace: options.trace } : {}),
  };
}
