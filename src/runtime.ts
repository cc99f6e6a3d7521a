/**
 * Opens the database a command needs: the configured server, or the local one (started on demand).
 * `close()` closes the driver and stops the local server only if this process started it.
 */
import type { Config } from './config.js';
import { Database } from './db/database.js';
import { readLocalNeo4jSettings, startLocalNeo4j, stopLocalNeo4j, type Reporter } from './localNeo4j/index.js';

export interface OpenedDatabase {
  readonly db: Database;
  readonly startedLocalNeo4j: boolean;
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  reporter: Reporter,
  options: { stopLocalOnClose?: boolean } = {},
): Promise<OpenedDatabase> {
  let startedLocalNeo4j = false;
  if (config.neo4j.kind === 'local') {
    const result = await startLocalNeo4j(readLocalNeo4jSettings(), reporter);
    startedLocalNeo4j = result.started;
  }
  const db = Database.connect(
    {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
    },
    { queryTimeoutMs: config.queryTimeoutMs },
  );
  return {
    db,
    startedLocalNeo4j,
    async close() {
      await db.close();
      if (startedLocalNeo4j && options.stopLocalOnClose) await stopLocalNeo4j(readLocalNeo4jSettings(), reporter);
    },
  };
}
