/**
 * Settings of the project-managed local Neo4j server, read from the environment once.
 * Only used when no external server is configured (NEO4J_URI unset) or by `npm run neo4j:*`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { formatZodIssues } from '../configErrors.js';
import { PROJECT_ROOT } from '../projectRoot.js';

// Re-exported for the local server's callers; the constant is the project's (src/projectRoot.ts).
export { PROJECT_ROOT };
export const NEO4J_POM = path.join(PROJECT_ROOT, 'scripts/neo4j/pom.xml');

const port = z.coerce.number().int().min(1).max(65535);
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'a JVM memory size such as 512m or 1g');

const LocalNeo4jEnv = z.object({
  KG_LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j'),
  KG_LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  KG_LOCAL_NEO4J_HTTP_PORT: port.default(7474),
  KG_LOCAL_NEO4J_PASSWORD: z
    .string()
    .min(8, 'Neo4j requires a password of at least 8 characters')
    .default('kg-local-password'),
  KG_LOCAL_NEO4J_HEAP: memorySize.default('1g'),
  KG_LOCAL_NEO4J_PAGECACHE: memorySize.default('512m'),
  KG_LOCAL_NEO4J_TX_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m)$/, 'a Neo4j duration such as 30s')
    .default('30s'),
  KG_LOCAL_NEO4J_START_TIMEOUT_SECONDS: z.coerce.number().positive().default(180),
  KG_TEST_NEO4J_BOLT_PORT: port.default(7688),
  KG_TEST_NEO4J_HTTP_PORT: port.default(7475),
});

/**
 * Two instances share one download: `main` (what `npm start` serves, ports 7687/7474) and `test`
 * (what `npm test` resets freely, ports 7688/7475), so running the tests never touches the served
 * graph and both can run at once.
 */
export type LocalNeo4jInstance = 'main' | 'test';

export interface LocalNeo4jSettings {
  readonly instance: LocalNeo4jInstance;
  readonly version: string;
  readonly rootDir: string;
  readonly homeDir: string;
  readonly libDir: string;
  readonly confDir: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly runDir: string;
  readonly pluginsDir: string;
  readonly importDir: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly user: 'neo4j';
  readonly password: string;
  readonly heapSize: string;
  readonly pageCacheSize: string;
  readonly transactionTimeout: string;
  readonly startTimeoutMs: number;
  readonly boltUri: string;
  readonly browserUrl: string;
}

/** The Neo4j version is defined once, in scripts/neo4j/pom.xml. */
export function neo4jVersionFromPom(pomPath: string = NEO4J_POM): string {
  const pom = readFileSync(pomPath, 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${pomPath} does not define <neo4j.version>`);
  return match[1].trim();
}

export function readLocalNeo4jSettings(
  env: NodeJS.ProcessEnv = process.env,
  instance: LocalNeo4jInstance = 'main',
): LocalNeo4jSettings {
  const parsed = LocalNeo4jEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid local Neo4j settings:\n${formatZodIssues(parsed.error)}`);
  }
  const e = parsed.data;
  const version = neo4jVersionFromPom();
  const rootDir = path.resolve(PROJECT_ROOT, e.KG_LOCAL_NEO4J_DIR);
  const homeDir = path.join(rootDir, `neo4j-community-${version}`);
  const instanceDir = path.join(rootDir, 'instances', instance);
  const boltPort = instance === 'main' ? e.KG_LOCAL_NEO4J_BOLT_PORT : e.KG_TEST_NEO4J_BOLT_PORT;
  const httpPort = instance === 'main' ? e.KG_LOCAL_NEO4J_HTTP_PORT : e.KG_TEST_NEO4J_HTTP_PORT;
  return Object.freeze({
    instance,
    version,
    rootDir,
    homeDir,
    libDir: path.join(homeDir, 'lib'),
    confDir: path.join(instanceDir, 'conf'),
    dataDir: path.join(instanceDir, 'data'),
    logsDir: path.join(instanceDir, 'logs'),
    runDir: path.join(instanceDir, 'run'),
    pluginsDir: path.join(instanceDir, 'plugins'),
    importDir: path.join(instanceDir, 'import'),
    boltPort,
    httpPort,
    user: 'neo4j',
    password: e.KG_LOCAL_NEO4J_PASSWORD,
    heapSize: e.KG_LOCAL_NEO4J_HEAP,
    pageCacheSize: e.KG_LOCAL_NEO4J_PAGECACHE,
    transactionTimeout: e.KG_LOCAL_NEO4J_TX_TIMEOUT,
    startTimeoutMs: e.KG_LOCAL_NEO4J_START_TIMEOUT_SECONDS * 1000,
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    browserUrl: `http://127.0.0.1:${httpPort}/browser/`,
  });
}
