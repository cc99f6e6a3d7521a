/**
 * docker-compose.yml cannot run on machines without a Docker engine, so this checks that what it
 * declares agrees with what the code reads: variable names, ports, the Neo4j line, health checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONFIG_ENV_VARS, readConfig } from '../../src/config.js';
import { PROJECT_ROOT, readLocalNeo4jSettings } from '../../src/localNeo4j/settings.js';

const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as any;
const api = compose.services.api;
const neo4j = compose.services.neo4j;

/** Resolves `${VAR:-default}` the way compose does when VAR is unset. */
function withDefaults(value: string): string {
  return String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community — the line the local server uses — with a data volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(readLocalNeo4jSettings({}).version.startsWith('5.26.')).toBe(true);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('gives the API only variables the config reads, and they parse', () => {
    const env: Record<string, string> = Object.fromEntries(
      Object.entries(api.environment).map(([k, v]) => [k, withDefaults(String(v))]),
    );
    for (const name of Object.keys(env)) expect(CONFIG_ENV_VARS, name).toContain(name);
    const config = readConfig(env);
    expect(config.neo4j.kind).toBe('external');
    expect(config.host).toBe('0.0.0.0');
  });

  it('points the API at the neo4j service on its Bolt port, with the password Neo4j is given', () => {
    const uri = new URL(String(api.environment.NEO4J_URI).replace(/^bolt:/, 'http:'));
    expect(uri.hostname).toBe('neo4j');
    expect(neo4j.ports).toContain(`7687:${uri.port}`);
    const [user, password] = withDefaults(neo4j.environment.NEO4J_AUTH).split('/');
    expect(user).toBe(api.environment.NEO4J_USER);
    expect(password).toBe(withDefaults(api.environment.NEO4J_PASSWORD));
  });

  it('publishes the API on the port it listens on, and Neo4j Browser on 7474', () => {
    expect(api.ports).toContain(`${api.environment.PORT}:${api.environment.PORT}`);
    expect(neo4j.ports).toContain('7474:7474');
  });

  it('starts the API only once Neo4j is healthy, and checks the API’s readiness route', () => {
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(neo4j.healthcheck.test.join(' ')).toContain('7474');
    expect(api.healthcheck.test.join(' ')).toContain('/health/ready');
  });
});
