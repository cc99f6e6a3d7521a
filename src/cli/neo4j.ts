/**
 * `npm run neo4j:start|stop|status` — manage the project's local Neo4j server.
 * Exit codes: 0 ok, 1 failure, 2 usage error; `status` exits 3 when the server is not running.
 */
import {
  createStderrReporter,
  localNeo4jStatus,
  readLocalNeo4jSettings,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../localNeo4j/index.js';

const USAGE = `Usage: neo4j <start|stop|status>

  start    fetch Neo4j Community (first run), start it on 127.0.0.1 and wait until Bolt answers
  stop     stop the local server
  status   say whether it runs, where, and where its files are

Settings come from KG_LOCAL_NEO4J_* environment variables (see README).`;

async function main(argv: readonly string[]): Promise<number> {
  const command = argv[0];
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const settings = readLocalNeo4jSettings();
  const reporter = createStderrReporter();
  switch (command) {
    case 'start': {
      const result = await startLocalNeo4j(settings, reporter);
      if (!result.started) {
        process.stdout.write(`Neo4j is already running (pid ${result.status.pid}) on ${settings.boltUri}; nothing to do.\n`);
      }
      process.stdout.write(`Bolt:    ${settings.boltUri}  (user neo4j)\nBrowser: ${settings.browserUrl}\n`);
      return 0;
    }
    case 'stop': {
      const { wasRunning } = await stopLocalNeo4j(settings, reporter);
      if (!wasRunning) process.stdout.write('Neo4j was not running.\n');
      return 0;
    }
    case 'status': {
      const status = localNeo4jStatus(settings);
      process.stdout.write(
        [
          `Neo4j ${status.version}: ${status.running ? `running (pid ${status.pid})` : 'not running'}`,
          `  installed: ${status.installed ? status.homeDir : 'no (fetched on first start)'}`,
          `  bolt:      ${status.boltUri}`,
          `  browser:   ${status.browserUrl}`,
          `  data:      ${status.dataDir}`,
          `  log:       ${status.logFile}`,
        ].join('\n') + '\n',
      );
      return status.running ? 0 : 3;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
