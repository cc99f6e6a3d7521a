import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';

describe('readConfig', () => {
  it('uses the local Neo4j when NEO4J_URI is unset', () => {
    const config = readConfig({});
    expect(config.neo4j).toMatchObject({ kind: 'local', uri: 'bolt://127.0.0.1:7687', user: 'neo4j' });
    expect(config.port).toBe(4000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses an external server with credentials and database when NEO4J_URI is set', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j+s://example.databases.test',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'facts',
    });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://example.databases.test',
      user: 'reader',
      password: 'secret',
      database: 'facts',
    });
  });

  it('reports every invalid variable at once', () => {
    let message = '';
    try {
      readConfig({ NEO4J_URI: 'http://x', PORT: 'abc', KG_SEED_ON_START: 'sometimes' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('NEO4J_URI');
    expect(message).toContain('PORT');
    expect(message).toContain('KG_SEED_ON_START');
    expect(message).toContain('NEO4J_PASSWORD');
  });
});

describe('error mapping', () => {
  it('maps driver timeouts to TIMEOUT and unavailability to SERVICE_UNAVAILABLE, hiding driver text in production', async () => {
    const { formatApiError } = await import('../../src/server.js');
    const timeout = Object.assign(new Error('tx timed out after 1ms'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' });
    const formatted = { message: 'x', path: ['company'] };
    expect(formatApiError(formatted, timeout, true)).toEqual({
      message: 'The query took too long and was stopped.',
      path: ['company'],
      locations: undefined,
      extensions: { code: 'TIMEOUT' },
    });
    expect(formatApiError(formatted, down, true).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('masks internal errors in production: no message, no stack', async () => {
    const { formatApiError } = await import('../../src/server.js');
    const internal = formatApiError(
      {
        message: 'Cannot read properties of undefined (reading "x")',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at y'] },
      },
      new TypeError('boom'),
      true,
    );
    expect(internal).toEqual({
      message: 'Internal error.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL' },
    });
  });
});
