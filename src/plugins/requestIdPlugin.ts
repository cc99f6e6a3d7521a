/**
 * The request id on every error, for the client to quote when reporting a problem (the same id is
 * in the `x-request-id` response header and in the logs). withRequestId is the one function that
 * puts it there: this plugin applies it to the errors Apollo answers with, and the HTTP server to
 * the errors it answers itself (body too large, malformed JSON, deadline).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.js';

export function withRequestId(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  return { ...error, extensions: { ...error.extensions, requestId } };
}

/**
 * Runs on the formatted response: Apollo's formatError sees no context, so the id cannot be added
 * there. Covers every response that reaches the request pipeline; refusals Apollo makes before it
 * (context creation failed, CSRF prevention) carry the id in the header only.
 */
export function requestIdPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const body = response.body.singleResult;
          if (body.errors?.length) body.errors = body.errors.map((e) => withRequestId(e, contextValue.requestId));
        },
      };
    },
  };
}
