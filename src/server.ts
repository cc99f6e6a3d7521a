/**
 * createApiServer(options): the Apollo server with its schema, resolvers, limits, logging and error
 * formatting — no listening, so tests and the main entry share it.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { LimitsConfig } from './config.js';
import type { Context } from './context.js';
import { classifyDatabaseError, ErrorCode } from './errors.js';
import { resolvers } from './graphql/resolvers.js';
import { loadTypeDefs } from './graphql/sdl.js';
import { abortable } from './limits/abortableResolvers.js';
import { costLimitPlugin, isTokenLimitError, limitValidationRules } from './limits/queryLimits.js';
import { requestLoggingPlugin, type Logger } from './logging.js';
import { requestIdPlugin } from './plugins/requestIdPlugin.js';

export interface ApiServerOptions {
  /** Production masks internal error details and field suggestions. */
  readonly production: boolean;
  readonly introspection: boolean;
  readonly limits: LimitsConfig;
  readonly logger: Logger;
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
}

const PUBLIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  SERVICE_UNAVAILABLE: 'The database is unavailable; try again shortly.',
  TIMEOUT: 'The query took too long and was stopped.',
  INTERNAL: 'Internal error.',
};

/** Apollo's own codes for malformed requests, all reported as BAD_USER_INPUT (the reason is kept). */
const BAD_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

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
  const code = extensions.code as string | undefined;
  if (extensions.limit !== undefined || isTokenLimitError(formatted.message)) {
    const limit = extensions.limit ?? 'tokens';
    const max = extensions.max ?? Number(/more tha[nt] (\d+)/.exec(formatted.message)?.[1]);
    return {
      ...base,
      message: formatted.message.replace(/^Syntax Error: /, ''),
      extensions: {
        code: ErrorCode.QUERY_TOO_COMPLEX,
        limit,
        max,
        ...(extensions.found !== undefined ? { found: extensions.found } : {}),
      },
    };
  }
  if (code && BAD_REQUEST_CODES.has(code)) {
    return {
      ...base,
      message: production ? withoutSuggestions(formatted.message) : formatted.message,
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code },
    };
  }
  // Apollo's refusals of a malformed request that carry only an HTTP status (a persisted query whose
  // hash does not match its text, an unsupported persisted-query version) are the caller's to fix.
  if (
    original instanceof GraphQLError &&
    original.extensions.code === undefined &&
    (original.extensions.http as { status?: number } | undefined)?.status === 400
  ) {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return {
      ...base,
      message: production ? 'Internal error.' : formatted.message,
      extensions: production ? { code: ErrorCode.INTERNAL } : { ...extensions, code: ErrorCode.INTERNAL },
    };
  }
  const { stacktrace, ...rest } = extensions;
  return { ...formatted, extensions: production ? rest : extensions };
}

export function createApiServer(options: ApiServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: abortable(resolvers) as never,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    // Apollo's CSRF prevention (on by default; stated so no one turns it off by accident).
    csrfPrevention: true,
    // main.ts drains HTTP, then stops Apollo, then closes the driver; Apollo's own signal handlers
    // would race that order (and hang the shutdown).
    stopOnTerminationSignals: false,
    // One operation per request: batching would multiply every limit below.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: limitValidationRules(options.limits),
    formatError: (formatted, error) => formatApiError(formatted, error, options.production),
    plugins: [
      requestIdPlugin(),
      requestLoggingPlugin(options.logger),
      costLimitPlugin(options.limits.maxCost),
      ...(options.plugins ?? []),
    ],
  });
}
