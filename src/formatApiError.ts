/**
 * The API's one error policy: every error Apollo answers with passes through formatApiError (its
 * `formatError`), which gives it one of the stable codes of errors.ts and decides what a client may
 * see. Production masks what is internal (driver text, Cypher, stack traces).
 *
 * Not here: suggestions in validation messages ("Did you mean …?") are removed by Apollo's own
 * `hideSchemaDetailsFromClientErrors` in production; the request id is added by
 * plugins/requestIdPlugin.ts.
 */
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { classifyDatabaseError, ErrorCode, limitExceededOf, limitExtensions } from './errors.js';

const PUBLIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  SERVICE_UNAVAILABLE: 'The database is unavailable; try again shortly.',
  TIMEOUT: 'The query took too long and was stopped.',
  INTERNAL: 'Internal error.',
  // The only input the database itself refuses: bookmarks (the rest is checked before it runs).
  BAD_USER_INPUT:
    'The `neo4j-bookmarks` header holds a bookmark this database did not give; send the ones a response gave.',
};

/** Apollo's own codes for malformed requests, all reported as BAD_USER_INPUT (the reason is kept). */
const BAD_REQUEST_CODES: ReadonlySet<unknown> = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/** graphql-js prefixes every parser error so; the token limit is a limit, not a syntax error. */
const SYNTAX_ERROR_PREFIX = 'Syntax Error: ';

function withoutSyntaxErrorPrefix(message: string): string {
  return message.startsWith(SYNTAX_ERROR_PREFIX) ? message.slice(SYNTAX_ERROR_PREFIX.length) : message;
}

/** Apollo's refusals that carry only an HTTP 400 status, no code. */
function isCodelessBadRequest(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    error.extensions.code === undefined &&
    (error.extensions.http as { status?: number } | undefined)?.status === 400
  );
}

/**
 * `formatted` is Apollo's rendering of `error` (the thrown error, wrapped when a resolver threw
 * it). The answer keeps `locations` and `path`; its message and extensions follow the policy.
 */
export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  const original = unwrapResolverError(error);
  const databaseCode = classifyDatabaseError(original);
  if (databaseCode) {
    return {
      ...base,
      message: PUBLIC_MESSAGES[databaseCode] ?? 'Internal error.',
      // Outside production the driver's message helps whoever is developing against the API.
      extensions: production ? { code: databaseCode } : { code: databaseCode, detail: formatted.message },
    };
  }
  const extensions = formatted.extensions ?? {};
  // A limit refusal is recognised by its data (src/limits/), whichever code Apollo gave it.
  const exceeded = limitExceededOf(extensions);
  if (exceeded) {
    return { ...base, message: withoutSyntaxErrorPrefix(formatted.message), extensions: limitExtensions(exceeded) };
  }
  const code = extensions.code;
  if (BAD_REQUEST_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
  }
  // Apollo's refusals of a malformed request that carry only an HTTP status (a persisted query whose
  // hash does not match its text, an unsupported persisted-query version) are the caller's to fix.
  if (isCodelessBadRequest(original)) {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR || code === undefined) {
    return {
      ...base,
      message: production ? 'Internal error.' : formatted.message,
      extensions: production ? { code: ErrorCode.INTERNAL } : { ...extensions, code: ErrorCode.INTERNAL },
    };
  }
  // One of the API's own codes (errors.ts), or Apollo's PERSISTED_QUERY_NOT_FOUND: kept as it is.
  const { stacktrace, ...withoutStack } = extensions;
  return { ...formatted, extensions: production ? withoutStack : extensions };
}
