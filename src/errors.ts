/**
 * The API's error codes — stable strings clients can switch on — and the constructors of the
 * GraphQLErrors that carry them in `extensions.code`: code that refuses a request builds its error
 * here, never by hand, so a code and its extensions are spelled once. Driver errors are mapped here
 * so no resolver sees neo4j-driver types. How errors are shown to clients: src/formatApiError.ts.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** A write's precondition (`expectedVersion`) no longer holds: another write came first. */
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  INTERNAL: 'INTERNAL',
  /** Automatic persisted queries: the hash is not known yet; send the query text with it once (Apollo's APQ protocol). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** Trusted documents: this deployment runs only listed documents (or unlisted ones only with a credential). */
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
  /** The caller's cost budget has too little left for this query; `retryAfterSeconds` says when it will. */
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Refusals raised outside execution (context creation, a plugin) set the HTTP status Apollo
 * answers with; inside execution the response is 200 with errors, as GraphQL over HTTP has it.
 */
export interface RefusalOptions {
  readonly httpStatus?: number;
}

function http(options: RefusalOptions | undefined): { http?: { status: number } } {
  return options?.httpStatus === undefined ? {} : { http: { status: options.httpStatus } };
}

export function badUserInput(message: string, argumentName?: string, options?: RefusalOptions): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}), ...http(options) },
  });
}

/**
 * BAD_USER_INPUT for a name that matches no known one, or several: `candidates` (in extensions)
 * lists the known names it could have meant, so a client can offer them without parsing the message.
 */
export function unknownOrAmbiguousName(
  message: string,
  argumentName: string,
  candidates: readonly string[],
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName, candidates: [...candidates] },
  });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`Not found: ${what}.`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** Optimistic concurrency: the stored version is not the one the caller read; nothing was written. */
export function conflict(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.CONFLICT, ...(argumentName ? { argumentName } : {}) },
  });
}

/** No credential, or one that is not valid. */
export function unauthenticated(message: string, options?: RefusalOptions): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...http(options) } });
}

/** A valid credential whose role may not do this. */
export function forbidden(message: string, options?: RefusalOptions): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, ...http(options) } });
}

/** The request's work was stopped (its deadline passed, its client went away). */
export function timeout(message: string, options?: RefusalOptions): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TIMEOUT, ...http(options) } });
}

/** A `documentId` (or persisted-query hash) this deployment does not list; refused before parsing. */
export function persistedQueryNotFound(message: string, options?: RefusalOptions): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND, ...http(options) } });
}

/** An unlisted document where the deployment's trusted-documents mode does not run it (HTTP 403). */
export function persistedQueryNotAllowed(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, http: { status: 403 } },
  });
}

/**
 * Over the caller's cost budget: refused before execution with HTTP 429 and `Retry-After`; the
 * extensions say the query's cost, what is left and when to retry, as data.
 */
export function rateLimited(
  message: string,
  data: { cost: number; remaining: number; limit: number; retryAfterSeconds: number },
  headers: ReadonlyMap<string, string>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.RATE_LIMITED, ...data, http: { status: 429, headers: new Map(headers) } },
  });
}

/** The limits checked before a query runs (README, "Limits"). */
export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

/**
 * What a limit refusal says as data: which limit, its value, and what the query asked for when
 * that is known (a parser that stops at the limit never learns the total).
 */
export interface LimitExceeded {
  readonly limit: LimitName;
  readonly max: number;
  readonly found?: number;
}

/** The extensions of a limit refusal (code QUERY_TOO_COMPLEX, limit, max, found when known). */
export function limitExtensions(exceeded: LimitExceeded): Record<string, unknown> {
  return {
    code: ErrorCode.QUERY_TOO_COMPLEX,
    limit: exceeded.limit,
    max: exceeded.max,
    ...(exceeded.found !== undefined ? { found: exceeded.found } : {}),
  };
}

/** A query over one of the limits; refused before execution, so answered with HTTP 400. */
export function queryTooComplex(message: string, exceeded: LimitExceeded): GraphQLError {
  return new GraphQLError(message, { extensions: { ...limitExtensions(exceeded), http: { status: 400 } } });
}

const LIMIT_NAMES: ReadonlySet<unknown> = new Set<LimitName>(['depth', 'aliases', 'directives', 'tokens', 'cost']);

/**
 * The limit an error's extensions report, or undefined. Apollo re-codes the errors of validation
 * rules (GRAPHQL_VALIDATION_FAILED) and of parsing (GRAPHQL_PARSE_FAILED) but keeps their other
 * extensions, so the limit is recognised by its data, whatever the code says.
 */
export function limitExceededOf(extensions: Readonly<Record<string, unknown>> | undefined): LimitExceeded | undefined {
  if (!extensions || !LIMIT_NAMES.has(extensions.limit) || typeof extensions.max !== 'number') return undefined;
  const found = typeof extensions.found === 'number' ? extensions.found : undefined;
  return { limit: extensions.limit as LimitName, max: extensions.max, ...(found !== undefined ? { found } : {}) };
}

const UNAVAILABLE_DRIVER_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  // A cluster member did not catch up with the bookmarks sent in time (src/cluster/).
  'Neo.TransientError.Transaction.BookmarkTimeout',
  // db/writeRetry.ts: the connection dropped while a write committed; it may have been applied.
  'KG.WriteOutcomeUnknown',
]);
/** Bookmarks in the `neo4j-bookmarks` header that look like bookmarks but are none this database gave. */
const BAD_INPUT_DRIVER_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);
const TIMEOUT_DRIVER_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // db/database.ts: the call's own deadline in Node passed (request deadline, disconnect, silent server).
  'KG.Deadline',
]);
/** The driver's own failures carry no code ('N/A'); a pool that cannot hand out a connection is one. */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;

/** The stable code for an error thrown below the resolvers (driver, network), or undefined. */
export function classifyDatabaseError(error: unknown): ErrorCode | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  if (!code) return undefined;
  if (UNAVAILABLE_DRIVER_CODES.has(code)) return ErrorCode.SERVICE_UNAVAILABLE;
  if (BAD_INPUT_DRIVER_CODES.has(code)) return ErrorCode.BAD_USER_INPUT;
  if (code === 'N/A' && error instanceof Error && POOL_EXHAUSTED.test(error.message)) {
    return ErrorCode.SERVICE_UNAVAILABLE;
  }
  if (TIMEOUT_DRIVER_CODES.has(code)) return ErrorCode.TIMEOUT;
  if (code.startsWith('Neo.')) return ErrorCode.INTERNAL;
  return undefined;
}
