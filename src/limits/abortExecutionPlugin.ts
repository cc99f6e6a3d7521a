/**
 * Stops a request's GraphQL execution once its signal aborts (its deadline passed or its client went
 * away): every field resolved after that fails at once, so the rest of the tree is not resolved and
 * no further database call starts. graphql-js 16 has no abort signal of its own; Apollo calls this
 * hook before each field's resolver.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';

export function abortExecutionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ contextValue }) {
              if (!contextValue.signal.aborted) return;
              const reason: unknown = contextValue.signal.reason;
              throw new GraphQLError(reason instanceof Error ? reason.message : 'The request was stopped.', {
                extensions: { code: ErrorCode.TIMEOUT },
              });
            },
          };
        },
      };
    },
  };
}
