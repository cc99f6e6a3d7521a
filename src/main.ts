/**
 * `npm start`: config → database (the local Neo4j, started if needed, unless NEO4J_URI is set) →
 * seed when the graph is empty → the API on http://localhost:4000/graphql.
 * Ctrl-C / SIGTERM: stop accepting, let in-flight requests finish, close the driver, stop what we started.
 */
import { startApi } from './app.js';
import { ConfigError, readConfig } from './config.js';
import { createStderrReporter, readLocalNeo4jSettings } from './localNeo4j/index.js';
import { openDatabase } from './runtime.js';
import { FactFileValidationError } from './seed/errors.js';
import { seedGraph } from './seed/seedGraph.js';
import { isGraphEmpty } from './graph/status.js';
import { createLogger } from './logging.js';
import { Tracing } from './tracing/tracing.js';
import { ManifestError, TrustedDocuments } from './persisted/trustedDocuments.js';
import { PROJECT_ROOT } from './projectRoot.js';
import path from 'node:path';

async function main(): Promise<void> {
  const reporter = createStderrReporter();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  // The manifest is loaded and checked before anything starts: a bad one stops the process.
  const trustedDocuments = TrustedDocuments.fromManifestFile(
    config.trustedDocuments.mode,
    path.resolve(PROJECT_ROOT, config.trustedDocuments.manifest),
  );
  const opened = await openDatabase(config, reporter, { stopLocalOnClose: true });
  // Only with an OTLP endpoint configured: otherwise no tracing object exists at all.
  const tracing = config.tracing ? Tracing.otlp(config.tracing, config.neo4j.database) : undefined;
  let shuttingDown = false;
  try {
    if (config.seedOnStart === 'always' || (config.seedOnStart === 'if-empty' && (await isGraphEmpty(opened.db)))) {
      reporter.info('Loading the seed fact files…');
      const report = await seedGraph(opened.db, undefined, { onProgress: (m) => reporter.info(`  ${m}`) });
      for (const w of report.warnings) reporter.info(`  warning [${w.check}]: ${w.message}`);
    }
    const api = await startApi({
      db: opened.db,
      host: config.host,
      port: config.port,
      production: config.nodeEnv === 'production',
      introspection: config.introspection,
      limits: config.limits,
      auth: config.auth,
      maxBodyBytes: config.maxBodyBytes,
      requestDeadlineMs: config.requestDeadlineMs,
      httpTimeouts: config.http,
      shutdownGraceMs: config.shutdownGraceMs,
      prefetch: config.prefetch,
      logger,
      tracing,
      trustedDocuments,
      ...(config.budgets ? { budgets: config.budgets } : {}),
    });
    const lines = [`GraphQL API:   ${api.url}`, `GraphiQL:      ${api.url.replace(/\/graphql$/, '/graphiql')}`];
    if (config.neo4j.kind === 'local')
      lines.push(`Neo4j Browser: ${readLocalNeo4jSettings().browserUrl}  (bolt ${config.neo4j.uri}, user neo4j)`);
    else lines.push(`Neo4j:         ${config.neo4j.uri}`);
    if (config.tracing) lines.push(`Traces:        OTLP to ${config.tracing.otlpTracesUrl}`);
    reporter.info(lines.join('\n'));

    const shutdown = (signal: string): void => {
      if (shuttingDown) return;
      shuttingDown = true;
      reporter.info(`${signal} received: finishing in-flight requests and shutting down…`);
      api
        .close()
        .then(() => opened.close())
        // The spans still buffered are sent before the process exits.
        .then(() => tracing?.shutdown())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            reporter.info(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
            process.exit(1);
          },
        );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    await opened.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof FactFileValidationError || error instanceof ManifestError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
