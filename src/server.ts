/**
 * createApiServer(options): the Apollo server with its schema, resolvers, limits, logging and error
 * policy (formatApiError.ts) — no listening, so tests and the main entry share it.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { LimitsConfig } from './config.js';
import type { Context } from './context.js';
import { formatApiError } from './formatApiError.js';
import { resolvers } from './api/compose.js';
import { loadTypeDefs } from './graphql/sdl.js';
import { abortable } from './limits/abortableResolvers.js';
import { costLimitPlugin, type Admission } from './limits/queryLimits.js';
import { shapeLimitRules } from './limits/shapeLimits.js';
import { tokenLimitPlugin } from './limits/tokenLimit.js';
import { requestLoggingPlugin, type Logger } from './logging.js';
import { requestIdPlugin } from './plugins/requestIdPlugin.js';

export interface ApiServerOptions {
  /** Production masks internal error details and field suggestions. */
  readonly production: boolean;
  readonly introspection: boolean;
  readonly limits: LimitsConfig;
  readonly logger: Logger;
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
  /** Trusted documents and cost budgets, checked with the cost before execution (none: all documents, no budgets). */
  readonly admission?: Admission;
}

export function createApiServer(options: ApiServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: abortable(resolvers) as never,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    // Apollo's own removal of "Did you mean …?" suggestions from validation errors, so a caller
    // cannot map the schema by guessing (introspection is off in production too).
    hideSchemaDetailsFromClientErrors: options.production,
    // Apollo's CSRF prevention (on by default; stated so no one turns it off by accident).
    csrfPrevention: true,
    // main.ts drains HTTP, then stops Apollo, then closes the driver; Apollo's own signal handlers
    // would race that order (and hang the shutdown).
    stopOnTerminationSignals: false,
    // One operation per request: batching would multiply every limit below.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: shapeLimitRules(options.limits),
    formatError: (formatted, error) => formatApiError(formatted, error, options.production),
    plugins: [
      requestIdPlugin(),
      requestLoggingPlugin(options.logger),
      tokenLimitPlugin(options.limits.maxTokens),
      costLimitPlugin(options.limits.maxCost, options.admission),
      ...(options.plugins ?? []),
    ],
  });
}
