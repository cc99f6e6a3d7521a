/**
 * `npm run neo4j:start|stop|status [-- --test]` — manage the project's local Neo4j server.
 * `main` (default) is what `npm start` serves; `--test` is the instance `npm test` uses.
 * `stop` with no flag stops both. Exit codes: 0 ok, 1 failure, 2 usage; `status` exits 3 when not running.
 */
import {
  createStderrReporter,
  localNeo4jStatus,
  readLocalNeo4jSettings,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../localNeo4j/index.js';
import type { LocalNeo4jSettings } from '../localNeo4j/settings.js';

const USAGE = `Usage: npm run neo4j:<start|stop|status> [-- --test]

  start    fetch Neo4j Community (first run), start it on 127.0.0.1 and wait until Bolt answers
  stop     stop the local server (both instances unless --main or --test is given)
  status   say whether it runs, where, and where its files are

  --test   the instance the test suite uses (Bolt 7688, HTTP 7475) instead of the main one (7687, 7474)

Settings come from KG_LOCAL_NEO4J_* environment variables (see README).`;

function describe(settings: LocalNeo4jSettings): string {
  const status = localNeo4jStatus(settings);
  return [
    `Neo4j ${status.version} [${settings.instance}]: ${status.running ? `running (pid ${status.pid})` : 'not running'}`,
    `  installed: ${status.installed ? status.homeDir : 'no (fetched on first start)'}`,
    `  bolt:      ${status.boltUri}  (user neo4j)`,
    `  browser:   ${status.browserUrl}`,
    `  data:      ${status.dataDir}`,
    `  log:       ${status.logFile}`,
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...flags] = argv;
  if (command === '--help' || command === '-h' || flags.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = flags.filter((f) => f !== '--test' && f !== '--main');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  const instances = flags.includes('--test')
    ? (['test'] as const)
    : flags.includes('--main')
      ? (['main'] as const)
      : undefined;
  const reporter = createStderrReporter();
  switch (command) {
    case 'start': {
      const settings = readLocalNeo4jSettings(process.env, instances?.[0] ?? 'main');
      const result = await startLocalNeo4j(settings, reporter);
      if (!result.started) process.stdout.write(`Neo4j [${settings.instance}] is already running; nothing to do.\n`);
      process.stdout.write(`${describe(settings)}\n`);
      return 0;
    }
    case 'stop': {
      for (const instance of instances ?? (['main', 'test'] as const)) {
        const { wasRunning } = await stopLocalNeo4j(readLocalNeo4jSettings(process.env, instance), reporter);
        if (!wasRunning && instances) process.stdout.write(`Neo4j [${instance}] was not running.\n`);
      }
      return 0;
    }
    case 'status': {
      const settings = readLocalNeo4jSettings(process.env, instances?.[0] ?? 'main');
      process.stdout.write(`${describe(settings)}\n`);
      return localNeo4jStatus(settings).running ? 0 : 3;
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
