/**
 * createApiServer(deps): the Apollo server with its schema, resolvers and error formatting — no
 * listening, so tests and the main entry share it.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';
import { classifyDatabaseError, ErrorCode } from './errors.js';
import { resolvers } from './graphql/resolvers.js';
import { loadTypeDefs } from './graphql/sdl.js';

export interface ApiServerOptions {
  /** Production masks internal error details (messages, stack traces). */
  readonly production: boolean;
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
}

const PUBLIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  SERVICE_UNAVAILABLE: 'The database is unavailable; try again shortly.',
  TIMEOUT: 'The query took too long and was stopped.',
  INTERNAL: 'Internal error.',
};

export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const databaseCode = classifyDatabaseError(original);
  if (databaseCode) {
    return {
      message: PUBLIC_MESSAGES[databaseCode] ?? 'Internal error.',
      locations: formatted.locations,
      path: formatted.path,
      // Outside production the driver's message helps whoever is developing against the API.
      extensions: production ? { code: databaseCode } : { code: databaseCode, detail: formatted.message },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return {
      message: production ? 'Internal error.' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: production ? { code: ErrorCode.INTERNAL } : { ...formatted.extensions, code: ErrorCode.INTERNAL },
    };
  }
  return formatted;
}

export function createApiServer(options: ApiServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    includeStacktraceInErrorResponses: !options.production,
    formatError: (formatted, error) => formatApiError(formatted, error, options.production),
    plugins: [...(options.plugins ?? [])],
  });
}
