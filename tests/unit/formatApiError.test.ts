/**
 * The error policy (src/formatApiError.ts) without a server: each case gives formatApiError what
 * Apollo would — its formatted rendering and the error behind it — and checks the answer a client
 * gets, in development and in production.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, notFound, queryTooComplex } from '../../src/errors.js';
import { formatApiError } from '../../src/formatApiError.js';

const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });

/** A resolver's error as Apollo hands it to formatError: wrapped, with the field's path. */
function thrownInResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['company'], originalError: original });
}

/** Apollo's rendering: the message, location, path and extensions (code defaulted as Apollo does). */
function rendered(error: GraphQLError, code = error.extensions.code ?? 'INTERNAL_SERVER_ERROR'): GraphQLFormattedError {
  return {
    message: error.message,
    locations: error.locations,
    path: error.path,
    extensions: { ...error.extensions, code, stacktrace: ['GraphQLError: …', '    at somewhere (src/x.ts:1:1)'] },
  };
}

describe('database errors', () => {
  const cases = [
    ['ServiceUnavailable', 'connect ECONNREFUSED 127.0.0.1:7687', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'session expired', 'SERVICE_UNAVAILABLE'],
    ['N/A', 'Connection acquisition timed out in 5000 ms.', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'tx timed out after 1ms', 'TIMEOUT'],
    ['KG.Deadline', 'The request did not finish within its deadline of 15000 ms.', 'TIMEOUT'],
    ['Neo.ClientError.Statement.SyntaxError', 'Invalid input "MATCH (n:Company {key: $key})"', 'INTERNAL'],
  ] as const;
  const publicMessage = {
    SERVICE_UNAVAILABLE: 'The database is unavailable; try again shortly.',
    TIMEOUT: 'The query took too long and was stopped.',
    INTERNAL: 'Internal error.',
  };

  it.each(cases)('maps driver code %s to a stable code, hiding the driver text in production', (driver, text, code) => {
    const error = thrownInResolver(driverError(driver, text));
    expect(formatApiError(rendered(error), error, true)).toEqual({
      message: publicMessage[code],
      locations: undefined,
      path: ['company'],
      extensions: { code },
    });
  });

  it.each(cases)('keeps the driver text as `detail` outside production (%s)', (driver, text, code) => {
    const error = thrownInResolver(driverError(driver, text));
    expect(formatApiError(rendered(error), error, false)).toEqual({
      message: publicMessage[code],
      locations: undefined,
      path: ['company'],
      extensions: { code, detail: text },
    });
  });

  it('leaves a code-less driver failure that is not a pool timeout to the unknown-error rule', () => {
    const error = thrownInResolver(driverError('N/A', 'something else went wrong'));
    expect(formatApiError(rendered(error), error, true)).toEqual({
      message: 'Internal error.',
      locations: undefined,
      path: ['company'],
      extensions: { code: 'INTERNAL' },
    });
  });
});

describe('limit errors', () => {
  it('answers a limit raised as a structured error with its data (the cost plugin throws it as is)', () => {
    const error = queryTooComplex('Query cost limit of 100000 exceeded, found 2121200.', {
      limit: 'cost',
      max: 100_000,
      found: 2_121_200,
    });
    for (const production of [false, true]) {
      expect(formatApiError(rendered(error), error, production)).toEqual({
        message: 'Query cost limit of 100000 exceeded, found 2121200.',
        locations: undefined,
        path: undefined,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 100_000, found: 2_121_200 },
      });
    }
  });

  it('recognises a limit by its data when Apollo re-coded it (a validation rule’s error)', () => {
    const rule = queryTooComplex('Query depth limit of 10 exceeded, found 12.', { limit: 'depth', max: 10, found: 12 });
    const formatted = rendered(rule, 'GRAPHQL_VALIDATION_FAILED');
    expect(formatApiError(formatted, rule, true).extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: 10,
      found: 12,
    });
  });

  it('answers the token limit (a parse failure marked by tokenLimitPlugin) without the parser’s prefix', () => {
    const parser = new GraphQLError('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', {
      extensions: { limit: 'tokens', max: 2000 },
    });
    const formatted = { ...rendered(parser, 'GRAPHQL_PARSE_FAILED'), locations: [{ line: 1, column: 9984 }] };
    expect(formatApiError(formatted, parser, true)).toEqual({
      message: 'Document contains more that 2000 tokens. Parsing aborted.',
      locations: [{ line: 1, column: 9984 }],
      path: undefined,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 2000 },
    });
  });

  it('does not take a message that merely mentions tokens for the limit', () => {
    const parser = new GraphQLError('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.');
    expect(formatApiError(rendered(parser, 'GRAPHQL_PARSE_FAILED'), parser, true).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
  });
});

describe("Apollo's refusals of malformed requests", () => {
  it.each(['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE'])(
    '%s becomes BAD_USER_INPUT with the reason, message and locations kept',
    (code) => {
      const error = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', { extensions: { code } });
      const formatted = { ...rendered(error), locations: [{ line: 1, column: 11 }] };
      for (const production of [false, true]) {
        expect(formatApiError(formatted, error, production)).toEqual({
          message: 'Syntax Error: Expected Name, found <EOF>.',
          locations: [{ line: 1, column: 11 }],
          path: undefined,
          extensions: { code: 'BAD_USER_INPUT', reason: code },
        });
      }
    },
  );

  it('a code-less error with HTTP status 400 (a persisted query whose hash does not match) is BAD_USER_INPUT', () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    // Apollo renders a code-less error as INTERNAL_SERVER_ERROR; the error itself says it is the caller's.
    expect(formatApiError(rendered(error, 'INTERNAL_SERVER_ERROR'), error, true)).toEqual({
      message: 'provided sha does not match query',
      locations: undefined,
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('unknown errors', () => {
  const bug = thrownInResolver(new TypeError('Cannot read properties of undefined (reading "x")'));

  it('are INTERNAL, masked in production: no message, no stack, no other extension', () => {
    expect(formatApiError(rendered(bug), bug, true)).toEqual({
      message: 'Internal error.',
      locations: undefined,
      path: ['company'],
      extensions: { code: 'INTERNAL' },
    });
  });

  it('are INTERNAL with their message and stack outside production', () => {
    const answer = formatApiError(rendered(bug), bug, false);
    expect(answer.message).toBe('Cannot read properties of undefined (reading "x")');
    expect(answer.extensions).toMatchObject({ code: 'INTERNAL', stacktrace: expect.any(Array) });
  });

  it('count an error Apollo rendered without any code as unknown too', () => {
    const formatted = { message: 'boom' };
    expect(formatApiError(formatted, new Error('boom'), true)).toEqual({
      message: 'Internal error.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL' },
    });
  });
});

describe("the API's own errors", () => {
  it('keep message, code and extensions; the stack trace goes in production only', () => {
    const error = badUserInput('`first` must be between 1 and 100 (got 500).', 'first');
    const formatted = rendered(error);
    expect(formatApiError(formatted, error, true)).toEqual({
      message: '`first` must be between 1 and 100 (got 500).',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
    expect(formatApiError(formatted, error, false)).toEqual(formatted);
  });

  it('keep a resolver error’s path and locations', () => {
    const error = thrownInResolver(notFound('company "x"'));
    const formatted = { ...rendered(error, 'NOT_FOUND'), locations: [{ line: 1, column: 3 }] };
    expect(formatApiError(formatted, error, true)).toEqual({
      message: 'Not found: company "x".',
      locations: [{ line: 1, column: 3 }],
      path: ['company'],
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
