/**
 * Wires a running API: database → Apollo server → HTTP listener. main.ts calls it with the
 * environment's config; tests call it with port 0 against the test database.
 */
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { authenticate } from './auth.js';
import type { AuthConfig, LimitsConfig } from './config.js';
import { bookmarksFromHeaders, bookmarksPlugin } from './cluster/bookmarksPlugin.js';
import { createContext, type Context } from './context.js';
import { createLoaders, lookAheadRegistry } from './api/compose.js';
import { LookaheadState, type PrefetchMode } from './lookahead/lookahead.js';
import type { Database } from './db/database.js';
import { unauthenticated } from './errors.js';
import { createExplorerRoute } from './explorer/index.js';
import { createFactSheetRoute } from './factSheet/factSheetRoute.js';
import { createHttpServer, DEFAULT_HTTP_TIMEOUTS, type HttpRoute, type HttpTimeouts } from './http/httpServer.js';
import { cachedReadiness } from './http/readiness.js';
import { silentLogger, type Logger } from './logging.js';
import type { TrustedDocuments } from './persisted/trustedDocuments.js';
import { CostBudgets, type BudgetPolicy } from './rateLimit/costBudgets.js';
import { createApiServer } from './server.js';
import type { Tracing } from './tracing/tracing.js';

/** The defaults of config.ts, for callers (tests, benchmarks) that do not read the environment. */
export const DEFAULT_LIMITS: LimitsConfig = Object.freeze({
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 100_000,
});
export const DEFAULT_REQUEST_DEADLINE_MS = 15_000;
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
export const OPEN_READS: AuthConfig = Object.freeze({
  curatorKeyDigests: [],
  readerKeyDigests: [],
  requireReadKey: false,
  jwtSecret: undefined,
});

export interface ApiOptions {
  readonly db: Database;
  readonly host: string;
  readonly port: number;
  readonly production: boolean;
  readonly introspection?: boolean;
  readonly limits?: LimitsConfig;
  readonly auth?: AuthConfig;
  readonly maxBodyBytes?: number;
  /** A GraphQL request's deadline in ms (default DEFAULT_REQUEST_DEADLINE_MS). */
  readonly requestDeadlineMs?: number;
  readonly httpTimeouts?: HttpTimeouts;
  /** How long close() lets in-flight requests finish before closing their connections (ms). */
  readonly shutdownGraceMs?: number;
  readonly logger?: Logger;
  /** Extra HTTP routes served beside /graphql (tried first). */
  readonly routes?: readonly HttpRoute[];
  /** How a query's subtree is loaded (src/lookahead/): `warm` (default), `always` or `off`. */
  readonly prefetch?: PrefetchMode;
  /** OpenTelemetry spans of every request (src/tracing/); undefined = off, no tracing code runs. */
  readonly tracing?: Tracing | undefined;
  /** Trusted documents: the manifest and the mode (README, "Embedding the API"); default: any document. */
  readonly trustedDocuments?: TrustedDocuments;
  /** Cost budgets per caller; default: none. */
  readonly budgets?: BudgetPolicy;
}

export interface RunningApi {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const logger = options.logger ?? silentLogger;
  const authConfig = options.auth ?? OPEN_READS;
  // Budgets belong to this server: its callers' buckets, in its memory.
  const budgets = options.budgets ? new CostBudgets(options.budgets) : undefined;
  const apollo = createApiServer({
    production: options.production,
    introspection: options.introspection ?? !options.production,
    limits: options.limits ?? DEFAULT_LIMITS,
    logger,
    // Apollo's default landing page loads from the internet; an offline explorer is served instead (see README).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      bookmarksPlugin(),
      ...(options.tracing ? [options.tracing.plugin<Context>()] : []),
    ],
    admission: {
      ...(options.trustedDocuments ? { trustedDocuments: options.trustedDocuments } : {}),
      ...(budgets ? { budgets } : {}),
    },
  });
  await apollo.start();
  // Look-ahead caches and planning budget belong to this server, shared by its requests only.
  const lookahead = new LookaheadState(lookAheadRegistry);
  const server = createHttpServer({
    apollo,
    logger,
    createContext: async (request, requestId, signal) => {
      const auth = await authenticate(request.headers, authConfig);
      if (auth.method === 'invalid') logger.warn({ requestId }, 'request presented an invalid credential');
      if (!auth.reader) {
        // Reads need a key here; say which problem the caller has, never echo the credential.
        const presented = auth.presented;
        throw unauthenticated(
          presented
            ? 'The credential is not valid.'
            : 'This API needs a key: send `x-api-key: <key>` or `authorization: Bearer <key>`.',
          { httpStatus: 401 },
        );
      }
      const trace = options.tracing?.requestTrace(request);
      const context = createContext(options.db, createLoaders, {
        // The causal chain starts from the bookmarks the client sent back (src/cluster/).
        bookmarks: bookmarksFromHeaders(request.headers),
        ...(trace ? { trace } : {}),
        requestId,
        auth,
        prefetch: options.prefetch ?? 'warm',
        signal,
        lookahead,
        // A credential is budgeted as itself; without one, by the address the connection comes from.
        caller: auth.subject
          ? { id: auth.subject, anonymous: false }
          : { id: `address:${request.socket.remoteAddress ?? 'unknown'}`, anonymous: true },
      });
      return context;
    },
    isReady: cachedReadiness({ probe: (timeoutMs) => options.db.verifyConnectivity(timeoutMs) }),
    maxBodyBytes: options.maxBodyBytes ?? 100_000,
    requestDeadlineMs: options.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS,
    timeouts: options.httpTimeouts ?? DEFAULT_HTTP_TIMEOUTS,
    // The offline GraphiQL at /graphiql and the Neo4j Browser guide at /browser-guide (src/explorer/);
    // company fact sheets at /companies/<key> (src/factSheet/).
    routes: [...(options.routes ?? []), createExplorerRoute(), createFactSheetRoute()],
    ...(options.trustedDocuments ? { trustedDocuments: options.trustedDocuments } : {}),
  });
  options.tracing?.instrument(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    async close() {
      // Stop accepting connections; in-flight requests get a grace period to finish, idle keep-alive
      // sockets close now, and whatever is still open when the grace period ends is closed.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(
        () => server.closeAllConnections(),
        options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS,
      );
      try {
        await closed;
      } finally {
        clearTimeout(grace);
      }
      await apollo.stop();
    },
  };
}
