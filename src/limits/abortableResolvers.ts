/**
 * Stops a request's GraphQL execution once its signal aborts (its deadline passed or its client went
 * away). graphql-js 16 has no abort signal of its own, so every resolver the schema defines — the
 * ones that load, compute or write — first checks the request's signal and fails at once: the rest
 * of the tree is not resolved and no further database call starts. Fields read off a record in hand
 * (default resolvers) do no work worth stopping and stay unwrapped, so the check costs nothing there.
 */
import type { GraphQLError, GraphQLFieldResolver } from 'graphql';
import type { Context } from '../context.js';
import { timeout } from '../errors.js';

type ResolverMap = Record<string, Record<string, unknown>>;

function stopped(signal: AbortSignal): GraphQLError {
  const reason: unknown = signal.reason;
  return timeout(reason instanceof Error ? reason.message : 'The request was stopped.');
}

function checked(resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return (parent, args, ctx, info) => {
    if (ctx.signal.aborted) throw stopped(ctx.signal);
    return resolve(parent, args, ctx, info);
  };
}

/** The same resolvers, each field resolver checking the request's signal first (`__resolveType` and scalars as they are). */
export function abortable<R extends object>(resolvers: R): R {
  const wrapped: ResolverMap = {};
  for (const [type, fields] of Object.entries(resolvers as ResolverMap)) {
    // A type's field map is a plain object; anything else (a custom scalar's GraphQLScalarType) stays.
    if (typeof fields !== 'object' || fields === null || Object.getPrototypeOf(fields) !== Object.prototype) {
      wrapped[type] = fields;
      continue;
    }
    wrapped[type] = Object.fromEntries(
      Object.entries(fields).map(([name, resolver]) => [
        name,
        typeof resolver === 'function' && !name.startsWith('__')
          ? checked(resolver as GraphQLFieldResolver<unknown, Context>)
          : resolver,
      ]),
    );
  }
  return wrapped as R;
}
