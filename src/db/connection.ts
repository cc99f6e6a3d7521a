/**
 * The Neo4j driver's lifecycle. This folder is the only importer of `neo4j-driver`: the rest of the
 * code sees `Database` (./database.ts) and plain values.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnectionOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Undefined means the server's default database. */
  readonly database?: string | undefined;
  readonly maxConnectionPoolSize?: number;
  /** How long a request waits for a connection before it fails (ms). */
  readonly connectionAcquisitionTimeoutMs?: number;
  /** How long establishing a TCP/Bolt connection may take (ms). */
  readonly connectionTimeoutMs?: number;
}

export function createNeo4jDriver(options: Neo4jConnectionOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Integers arrive as JS numbers: every count and value here is far below 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 5_000,
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    // A dead server must fail requests fast rather than retry for the default 30 s; a second
    // still covers the transient errors (leader switch, deadlock) retrying is for.
    maxTransactionRetryTime: 1_000,
    userAgent: 'company-kg',
  });
}

export type BoltProbeResult =
  | { readonly ok: true; readonly serverVersion: string; readonly edition: string }
  | { readonly ok: false; readonly reason: 'unreachable' | 'unauthorized' | 'error'; readonly message: string };

/** Asks a Bolt server who it is; never throws. */
export async function probeBolt(options: Neo4jConnectionOptions): Promise<BoltProbeResult> {
  const driver = createNeo4jDriver({ ...options, connectionTimeoutMs: 2_000, connectionAcquisitionTimeoutMs: 3_000 });
  try {
    const result = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: 'system' },
    );
    const record = result.records[0];
    return {
      ok: true,
      serverVersion: String(record?.get('version') ?? 'unknown'),
      edition: String(record?.get('edition') ?? 'unknown'),
    };
  } catch (error) {
    return { ok: false, ...classifyConnectionError(error) };
  } finally {
    await driver.close();
  }
}

function classifyConnectionError(error: unknown): {
  reason: 'unreachable' | 'unauthorized' | 'error';
  message: string;
} {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return { reason: 'unauthorized', message };
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return { reason: 'unreachable', message };
  return { reason: 'error', message };
}
