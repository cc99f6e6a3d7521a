/** The project-managed Neo4j (its `test` instance, as the global setup started it); only in local mode. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import {
  localNeo4jStatus,
  readLocalNeo4jSettings,
  silentReporter,
  startLocalNeo4j,
} from '../../src/localNeo4j/index.js';

const local = readConfig().neo4j.kind === 'local';

describe.runIf(local)('local Neo4j', () => {
  it('reports itself running with its Bolt and Browser addresses', () => {
    const status = localNeo4jStatus(readLocalNeo4jSettings(process.env, 'test'));
    expect(status.running).toBe(true);
    expect(status.pid).toBeGreaterThan(0);
    expect(status.boltUri).toBe('bolt://127.0.0.1:7688');
  });

  it('treats a second start as a no-op', async () => {
    const result = await startLocalNeo4j(readLocalNeo4jSettings(process.env, 'test'), silentReporter);
    expect(result.started).toBe(false);
  });

  it('serves the genuine Community server and Neo4j Browser over HTTP', async () => {
    const discovery = (await (await fetch('http://127.0.0.1:7475/')).json()) as Record<string, string>;
    expect(discovery.neo4j_edition).toBe('community');
    expect(discovery.neo4j_version).toBe(readLocalNeo4jSettings(process.env, 'test').version);
    const browser = await fetch('http://127.0.0.1:7475/browser/');
    expect(browser.status).toBe(200);
    expect(await browser.text()).toMatch(/<title>Neo4j Browser<\/title>/i);
  });
});
