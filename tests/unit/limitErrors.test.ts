/**
 * The limits raise structured errors (src/limits/): through the real Apollo server and schema, with
 * no database (every case is refused before execution), each limit answers QUERY_TOO_COMPLEX with
 * `limit`, `max` and `found` as data, every error carries the request id, and production hides
 * field suggestions. Plus the token limit's recognition, which must not mistake a syntax error.
 */
import type { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/app.js';
import { ANONYMOUS } from '../../src/auth.js';
import type { Context } from '../../src/context.js';
import { exceedsTokenLimit } from '../../src/limits/tokenLimit.js';
import { silentLogger } from '../../src/logging.js';
import { createApiServer } from '../../src/server.js';

/** What the plugins read of a request's context; no resolver runs, so no database is needed. */
const context = {
  requestId: 'req-unit',
  queries: [],
  auth: ANONYMOUS,
  signal: new AbortController().signal,
} as unknown as Context;

let development: ApolloServer<Context>;
let production: ApolloServer<Context>;

beforeAll(async () => {
  const options = { limits: DEFAULT_LIMITS, logger: silentLogger };
  development = createApiServer({ ...options, production: false, introspection: true });
  production = createApiServer({ ...options, production: true, introspection: false });
  await Promise.all([development.start(), production.start()]);
});

afterAll(async () => {
  await Promise.all([development.stop(), production.stop()]);
});

async function errorsOf(server: ApolloServer<Context>, query: string) {
  const response = await server.executeOperation({ query }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, errors: response.body.singleResult.errors ?? [] };
}

/** `company { services { company { … { name } } } }`: `depth` levels of selection in all. */
function nested(depth: number): string {
  let inner = 'name';
  for (let i = 2; i < depth; i++) inner = i % 2 === 1 ? `services { ${inner} }` : `company { ${inner} }`;
  return `{ company(id: "iij") { ${inner} } }`;
}

describe('each limit answers QUERY_TOO_COMPLEX with limit, max and found', () => {
  it('depth', async () => {
    const { status, errors } = await errorsOf(production, nested(DEFAULT_LIMITS.maxDepth + 2));
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: 'Query depth limit of 10 exceeded, found 12.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 10, found: 12, requestId: 'req-unit' },
      },
    ]);
  });

  it('depth, not counting introspection, but counting a fragment named __schema', async () => {
    // The standard introspection query nests `ofType` deeper than the limit.
    expect((await errorsOf(development, getIntrospectionQuery())).errors).toEqual([]);
    const bypass = `query { company(id: "iij") { services { company { services { company { services { company { ...__schema } } } } } } } }
      fragment __schema on Company { services { company { services { company { name } } } } }`;
    expect((await errorsOf(development, bypass)).errors[0]?.extensions).toMatchObject({ limit: 'depth', found: 12 });
  });

  it('aliases', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: company(id: "iij") { name }`).join(' ')} }`;
    expect((await errorsOf(production, query)).errors).toEqual([
      {
        message: 'Aliases limit of 15 exceeded, found 16.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15, found: 16, requestId: 'req-unit' },
      },
    ]);
  });

  it('directives (reported beside the other validation errors of the same query)', async () => {
    const directives = Array.from({ length: 11 }, () => '@include(if: true)').join(' ');
    const { errors } = await errorsOf(production, `{ company(id: "iij") ${directives} { name } }`);
    expect(errors[0]).toEqual({
      message: 'Directives limit of 10 exceeded, found 11.',
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'directives', max: 10, found: 11, requestId: 'req-unit' },
    });
    expect(errors[1]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('tokens: max, and the position where parsing stopped (no found: the parser never reads the rest)', async () => {
    // `{ company(id: "iij") {` is 8 tokens, `} }` 2: 1,991 fields make 2,001 tokens.
    const fields = (n: number) => `{ company(id: "iij") { ${Array.from({ length: n }, () => 'name').join(' ')} } }`;
    const { status, errors } = await errorsOf(production, fields(1_991));
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: 'Document contains more that 2000 tokens. Parsing aborted.',
        locations: [{ line: 1, column: 9981 }],
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 2000, requestId: 'req-unit' },
      },
    ]);
    expect((await errorsOf(production, fields(1_990))).errors[0]?.extensions?.limit).toBeUndefined();
  });

  it('cost', async () => {
    const heavy = `{ companies(first: 100) { edges { node { services { subscribers { company { services { subscribers { company { name } } } } } } } } } }`;
    const { status, errors } = await errorsOf(production, heavy);
    expect(status).toBe(400);
    expect(errors[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      max: 100_000,
      found: 2_121_200,
      requestId: 'req-unit',
    });
  });
});

describe('malformed queries', () => {
  it('a syntax error is BAD_USER_INPUT (reason GRAPHQL_PARSE_FAILED), with the request id', async () => {
    expect((await errorsOf(production, '{ company(')).errors).toEqual([
      {
        message: 'Syntax Error: Expected Name, found <EOF>.',
        locations: [{ line: 1, column: 11 }],
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED', requestId: 'req-unit' },
      },
    ]);
  });

  it('field suggestions are hidden in production only (Apollo’s hideSchemaDetailsFromClientErrors)', async () => {
    const typo = '{ company(id: "iij") { nmae } }';
    expect((await errorsOf(development, typo)).errors[0]?.message).toBe(
      'Cannot query field "nmae" on type "Company". Did you mean "name"?',
    );
    expect((await errorsOf(production, typo)).errors[0]).toEqual({
      message: 'Cannot query field "nmae" on type "Company".',
      locations: [{ line: 1, column: 24 }],
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED', requestId: 'req-unit' },
    });
  });
});

describe('exceedsTokenLimit', () => {
  it('is true exactly when the document has more tokens than the limit', () => {
    expect(exceedsTokenLimit('{ a b c }', 5)).toBe(false);
    expect(exceedsTokenLimit('{ a b c d }', 5)).toBe(true);
  });

  it('does not count comments, as the parser does not', () => {
    expect(exceedsTokenLimit('# one\n# two\n# three\n{ a b c }', 5)).toBe(false);
  });

  it('is false for a syntax error before the limit, however long the document', () => {
    expect(exceedsTokenLimit(`{ a ) ${'b '.repeat(100)}}`, 10)).toBe(false);
    expect(exceedsTokenLimit(`{ a § ${'b '.repeat(100)}}`, 10)).toBe(false);
  });

  it('is false for an error the parser reports at the next token while still within the limit', () => {
    // Deciding whether `"d"` starts a described definition, the parser looks at the 5th token and
    // refuses it without counting it: a syntax error at the position where the limit would strike.
    expect(exceedsTokenLimit('{ a } "d" }', 4)).toBe(false);
    expect(exceedsTokenLimit('{ a } "d" }', 3)).toBe(true);
  });
});
