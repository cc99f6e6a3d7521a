/**
 * The API's error codes — stable strings clients can switch on — and the GraphQLErrors that carry
 * them in `extensions.code`. Driver errors are mapped here so no resolver sees neo4j-driver types.
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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
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

const UNAVAILABLE_DRIVER_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
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
  if (code === 'N/A' && error instanceof Error && POOL_EXHAUSTED.test(error.message)) {
    return ErrorCode.SERVICE_UNAVAILABLE;
  }
  if (TIMEOUT_DRIVER_CODES.has(code)) return ErrorCode.TIMEOUT;
  if (code.startsWith('Neo.')) return ErrorCode.INTERNAL;
  return undefined;
}
