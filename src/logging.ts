/**
 * Structured JSON logs (pino): one line per request with its id, operation name, duration,
 * outcome, error codes, Cypher query count and cost; internal errors with their stack. Never the
 * query variables, credentials or headers. Logging only: the response is not touched (the request
 * id on errors is plugins/requestIdPlugin.ts's job).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { pino, type Logger } from 'pino';
import type { Context } from './context.js';
import { ErrorCode } from './errors.js';

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'company-kg' },
      // Defence in depth: even if a secret-bearing field is ever logged by mistake, it is redacted.
      redact: {
        paths: ['headers.authorization', 'headers["x-api-key"]', 'password', 'key', 'token'],
        censor: '[redacted]',
      },
    },
    destination as never,
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });

export function requestLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (
              code === undefined ||
              code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR ||
              code === ErrorCode.INTERNAL
            ) {
              logger.error(
                { requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = body?.errors ?? [];
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              outcome: errors.length === 0 ? 'ok' : 'error',
              errorCodes: errors.length
                ? [...new Set(errors.map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL)))]
                : undefined,
              queries: contextValue.queries.length,
              cost: (body?.extensions?.cost as { requested?: number } | undefined)?.requested,
              auth: contextValue.auth.method,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
