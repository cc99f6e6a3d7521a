import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../src/localNeo4j/conf.js';
import { readLocalNeo4jSettings } from '../../src/localNeo4j/settings.js';

describe('local Neo4j settings and neo4j.conf', () => {
  it('defaults to loopback ports 7687/7474, 1g heap, 512m page cache and a 30s transaction timeout', () => {
    const conf = renderNeo4jConf(readLocalNeo4jSettings({}));
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7687');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7474');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.memory.heap.max_size=1g');
    expect(conf).toContain('server.memory.pagecache.size=512m');
    expect(conf).toContain('db.transaction.timeout=30s');
    expect(conf).toContain('dbms.usage_report.enabled=false');
  });

  it('carries the JVM flags the official launcher needs on Java 17', () => {
    const conf = renderNeo4jConf(readLocalNeo4jSettings({}));
    expect(conf).toContain('server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(conf).toContain('server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(conf).toContain('server.jvm.additional=--enable-native-access=ALL-UNNAMED');
  });

  it('takes ports, memory and password from KG_LOCAL_NEO4J_* variables', () => {
    const settings = readLocalNeo4jSettings({
      KG_LOCAL_NEO4J_BOLT_PORT: '17687',
      KG_LOCAL_NEO4J_HTTP_PORT: '17474',
      KG_LOCAL_NEO4J_HEAP: '2g',
      KG_LOCAL_NEO4J_PAGECACHE: '256m',
      KG_LOCAL_NEO4J_PASSWORD: 'another-password',
    });
    const conf = renderNeo4jConf(settings);
    expect(settings.boltUri).toBe('bolt://127.0.0.1:17687');
    expect(settings.browserUrl).toBe('http://127.0.0.1:17474/browser/');
    expect(settings.password).toBe('another-password');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:17687');
    expect(conf).toContain('server.memory.heap.initial_size=2g');
    expect(conf).toContain('server.memory.pagecache.size=256m');
  });

  it('rejects bad values naming each variable', () => {
    expect(() =>
      readLocalNeo4jSettings({
        KG_LOCAL_NEO4J_BOLT_PORT: 'seven',
        KG_LOCAL_NEO4J_HEAP: 'lots',
        KG_LOCAL_NEO4J_PASSWORD: 'short',
      }),
    ).toThrowError(
      /KG_LOCAL_NEO4J_BOLT_PORT[\s\S]*KG_LOCAL_NEO4J_PASSWORD|KG_LOCAL_NEO4J_BOLT_PORT[\s\S]*KG_LOCAL_NEO4J_HEAP/,
    );
  });

  it('runs the test instance on its own ports and data, sharing the download', () => {
    const main = readLocalNeo4jSettings({});
    const test = readLocalNeo4jSettings({}, 'test');
    expect(test.boltUri).toBe('bolt://127.0.0.1:7688');
    expect(test.browserUrl).toBe('http://127.0.0.1:7475/browser/');
    expect(test.dataDir).not.toBe(main.dataDir);
    expect(test.libDir).toBe(main.libDir);
    expect(renderNeo4jConf(test)).toContain('server.bolt.listen_address=127.0.0.1:7688');
  });

  it('keeps data, logs and the server under the cache folder, versioned from the pom', () => {
    const s = readLocalNeo4jSettings({ KG_LOCAL_NEO4J_DIR: '/tmp/kg-neo4j-test' });
    expect(s.homeDir).toBe(`/tmp/kg-neo4j-test/neo4j-community-${s.version}`);
    expect(s.dataDir).toBe('/tmp/kg-neo4j-test/instances/main/data');
    expect(s.version).toMatch(/^5\.26\.\d+$/);
  });
});
