/** Resolvers that stop once the request's signal aborts (src/limits/abortableResolvers.ts). */
import { GraphQLError, GraphQLScalarType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { abortable } from '../../src/limits/abortableResolvers.js';

const info = {} as GraphQLResolveInfo;
const contextWith = (signal: AbortSignal) => ({ signal }) as unknown as Context;

describe('abortable', () => {
  const resolveType = () => 'Company';
  const scalar = new GraphQLScalarType({ name: 'Date' });
  const wrapped = abortable({
    Query: { company: (_: unknown, args: { id: string }) => `company ${args.id}` },
    Node: { __resolveType: resolveType },
    Date: scalar,
  }) as any;

  it('runs a field resolver as it is while the request goes on', () => {
    expect(wrapped.Query.company(null, { id: 'iij' }, contextWith(new AbortController().signal), info)).toBe(
      'company iij',
    );
  });

  it('fails a field resolver with TIMEOUT once the signal has aborted, saying why', () => {
    const controller = new AbortController();
    controller.abort(new Error('The client closed the connection.'));
    let thrown: unknown;
    try {
      wrapped.Query.company(null, { id: 'iij' }, contextWith(controller.signal), info);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions.code).toBe('TIMEOUT');
    expect((thrown as GraphQLError).message).toBe('The client closed the connection.');
  });

  it('leaves type resolvers and custom scalars untouched', () => {
    expect(wrapped.Node.__resolveType).toBe(resolveType);
    expect(wrapped.Date).toBe(scalar);
  });
});
