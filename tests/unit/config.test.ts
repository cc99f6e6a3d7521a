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
