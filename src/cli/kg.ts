/**
 * `kg` — the company-kg command line (bin/kg.js runs this file through tsx; also `npx kg`).
 *
 *   kg serve                     the API (what `npm start` runs)
 *   kg seed [files…]             validate and load fact files (what `npm run seed` runs)
 *   kg query '<graphql>' | -f f  ask a running API
 *   kg neo4j start|stop|status   the local Neo4j (what `npm run neo4j:*` runs)
 *   kg doctor                    check the machine and the graph
 *   kg extract <doc> [--out f]   draft a fact file from a document (src/extract/)
 *
 * Exit codes (stable, for scripts): 0 ok · 1 failure (unreachable, crashed) · 2 usage or invalid
 * input · 3 not running / a doctor check failed · 4 the GraphQL answer carries errors.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, readConfig } from '../config.js';
import { probeBolt } from '../db/connection.js';
import { Database } from '../db/database.js';
import { UNIQUE_ID_LABELS } from '../graph/schema.js';
import { PROJECT_ROOT, localNeo4jStatus, readLocalNeo4jSettings } from '../localNeo4j/index.js';
import { commandExists, findSupportedJava, runCommand } from '../localNeo4j/processes.js';
import { neo4jVersionFromPom } from '../localNeo4j/settings.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, notRunning: 3, graphqlErrors: 4 } as const;

const DEFAULT_URL = 'http://localhost:4000/graphql';

function useColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}
function paint(code: string, text: string, stream: NodeJS.WriteStream = process.stdout): string {
  return useColour(stream) ? `\x1b[${code}m${text}\x1b[0m` : text;
}
const bold = (t: string) => paint('1', t);
const green = (t: string) => paint('32', t);
const red = (t: string, s?: NodeJS.WriteStream) => paint('31', t, s);
const yellow = (t: string) => paint('33', t);

class UsageError extends Error {}

const HELP = {
  main: `kg — the company-kg command line

Usage: kg <command> [options]

Commands:
  serve                    start the GraphQL API (and the local Neo4j unless NEO4J_URI is set)
  seed [files…]            validate fact files, then load them (default: seed/); --remove <document>
  query <graphql>          send a query to a running API (or -f file.graphql)
  neo4j start|stop|status  manage the project's local Neo4j server
  doctor                   check Java, Maven, Neo4j, constraints, seed data and versions
  extract <document.txt>   draft a fact file from a document for a curator to review (--help)

Options:
  -h, --help               help for kg or for a command (kg <command> --help)

Exit codes: 0 ok · 1 failure · 2 usage or invalid input · 3 not running / doctor found a problem
            · 4 the GraphQL answer has errors
Colours only on a terminal; NO_COLOR=1 turns them off. Configuration: environment variables (README).`,
  serve: `Usage: kg serve

Starts the GraphQL API on http://localhost:4000/graphql (HOST, PORT), GraphiQL on /graphiql and the
Neo4j Browser guide on /browser-guide. Without NEO4J_URI it starts the local Neo4j (fetched on the
first run) and loads seed/ into an empty graph. Ctrl-C stops the API and the Neo4j it started.
Same as npm start.`,
  seed: `Usage: kg seed [fact files or folders…]

       kg seed --remove <document id>

Validates every fact file (format: seed/FORMAT.md) and, only if all are valid, writes each document
in one transaction, printing what each adds, confirms, restates or revises. Default: every *.yaml in
seed/. --remove takes a document out in one transaction and recomputes the facts it reported.
Uses NEO4J_URI if set, else the local Neo4j.
Exit codes: 0 loaded · 1 database failure · 2 invalid fact files or a refused document (nothing written).`,
  query: `Usage: kg query '<graphql>' [options]
       kg query -f file.graphql [options]

Sends the query to a running API and prints the answer's data (or the whole response with --json).

Options:
  -f, --file <path>        read the query from a file (e.g. examples/IijCompetitors.graphql)
      --var <name=value>   a variable; repeatable. The value is parsed as JSON when it can be
                           (--var first=5, --var 'ids=["iij"]'), else taken as a string
      --json               print the full response ({data, errors, extensions}) as compact JSON
      --url <url>          the API endpoint (default: $KG_API_URL or ${DEFAULT_URL})
  -h, --help               this help

Exit codes: 0 data without errors · 1 API unreachable or not GraphQL · 2 usage · 4 errors in the answer.`,
  neo4j: `Usage: kg neo4j <start|stop|status> [--test | --main]

  start    fetch Neo4j Community (first run, with progress), start it on 127.0.0.1, wait for Bolt
  stop     stop the local server (both instances unless --main or --test is given)
  status   whether it runs, where, and where its files are (exit 3 when not running)

  --test   the instance the test suite uses (Bolt 7688, HTTP 7475) instead of the main one (7687, 7474)

Settings come from KG_LOCAL_NEO4J_* environment variables (see README).`,
  doctor: `Usage: kg doctor

Checks, in order: Node.js, Java 17/21, Maven, the local Neo4j download, Neo4j reachable over Bolt
(NEO4J_URI or the local server), its version, the graph's constraints, and whether seed data is loaded.
Prints one line per check with what to do when it fails.
Exit codes: 0 all good · 3 at least one check failed.`,
};

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs another CLI script of this folder in the same tsx runtime, sharing the terminal. */
function runScript(script: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join(PROJECT_ROOT, script), ...args], {
      stdio: 'inherit',
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    process.on('SIGINT', () => {}); // the terminal already delivers Ctrl-C to the child
    process.on('SIGTERM', forward('SIGTERM'));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}

function parseVariable(spec: string): [string, unknown] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new UsageError(`--var ${spec}: expected name=value`);
  const name = spec.slice(0, eq);
  const raw = spec.slice(eq + 1);
  try {
    return [name, JSON.parse(raw)];
  } catch {
    return [name, raw];
  }
}

async function query(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    file: { type: 'string', short: 'f' },
    var: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    url: { type: 'string' },
  });
  if (values.help) return help('query');
  if (values.file && positionals.length > 0) throw new UsageError('give the query as an argument or with -f, not both');
  let text: string;
  if (values.file) {
    try {
      text = readFileSync(values.file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${values.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else if (positionals.length === 1) {
    text = positionals[0]!;
  } else {
    throw new UsageError(positionals.length === 0 ? 'no query given' : 'quote the query: kg query "{ … }"');
  }
  const variables = Object.fromEntries((values.var ?? []).map(parseVariable));
  const url = values.url ?? process.env.KG_API_URL ?? DEFAULT_URL;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    process.stderr.write(
      `${red('error', process.stderr)}: cannot reach the API at ${url} (${cause}).\n` +
        '  Start it with `kg serve` (or npm start), or point --url / KG_API_URL at a running one.\n',
    );
    return EXIT.failure;
  }
  const body = await response.text();
  let json: { data?: unknown; errors?: { message: string; path?: unknown[] }[] };
  try {
    json = JSON.parse(body) as typeof json;
  } catch {
    process.stderr.write(
      `${red('error', process.stderr)}: ${url} answered HTTP ${response.status} with something that is not GraphQL:\n${body.slice(0, 500)}\n` +
        '  Check the URL: the endpoint is …/graphql.\n',
    );
    return EXIT.failure;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(json)}\n`);
  else if (json.data !== undefined && json.data !== null)
    process.stdout.write(`${JSON.stringify(json.data, null, 2)}\n`);
  if (json.errors?.length) {
    if (!values.json) {
      for (const e of json.errors) {
        const where = e.path ? ` (at ${e.path.join('.')})` : '';
        process.stderr.write(`${red('GraphQL error', process.stderr)}${where}: ${e.message}\n`);
      }
    }
    return EXIT.graphqlErrors;
  }
  return EXIT.ok;
}

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
  readonly fix?: string;
}

async function doctor(args: string[]): Promise<number> {
  const { values } = parse(args, {}, false);
  if (values.help) return help('doctor');
  const checks: Check[] = [];
  const add = (check: Check) => {
    checks.push(check);
    const mark = check.ok ? green('✔') : red('✘');
    process.stdout.write(`${mark} ${check.name.padEnd(18)} ${check.detail}\n`);
    if (!check.ok && check.fix) process.stdout.write(`  ${yellow('→')} ${check.fix}\n`);
  };

  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  add({
    name: 'Node.js',
    ok: major > 20 || (major === 20 && minor >= 19),
    detail: `v${process.versions.node}`,
    fix: 'Install Node.js 20.19 or newer.',
  });
  try {
    const java = findSupportedJava();
    add({ name: 'Java', ok: true, detail: `${java.major} (${java.javaHome ?? java.javaBinary})` });
  } catch (error) {
    add({
      name: 'Java',
      ok: false,
      detail: 'no Java 17 or 21 found',
      fix: error instanceof Error ? (error.message.split('\n').at(-1)?.trim() ?? '') : undefined,
    });
  }
  if (commandExists('mvn')) {
    const mvn = await runCommand('mvn', ['-v']);
    add({
      name: 'Maven',
      ok: true,
      detail: (mvn.stdout.split('\n')[0] ?? '')
        .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
        .trim(),
    });
  } else {
    add({
      name: 'Maven',
      ok: false,
      detail: 'mvn not found (needed once, to fetch Neo4j)',
      fix: 'Install it (Debian: apt-get install maven).',
    });
  }

  let config;
  try {
    config = readConfig();
  } catch (error) {
    add({ name: 'configuration', ok: false, detail: error instanceof Error ? error.message : String(error) });
    return EXIT.notRunning;
  }
  if (config.neo4j.kind === 'local') {
    const settings = readLocalNeo4jSettings();
    const status = localNeo4jStatus(settings);
    add({
      name: 'local Neo4j',
      ok: status.installed,
      detail: status.installed
        ? `${status.version} in ${status.homeDir}${status.running ? ` — running, pid ${status.pid}` : ' — not running'}`
        : `${neo4jVersionFromPom()} not fetched yet`,
      fix: 'Run `kg neo4j start` (fetches it with Maven on the first run).',
    });
  }

  const connection = {
    uri: config.neo4j.uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
  };
  const probe = await probeBolt(connection);
  if (!probe.ok) {
    add({
      name: 'Neo4j reachable',
      ok: false,
      detail: `${config.neo4j.uri}: ${probe.reason} (${probe.message.split('\n')[0]})`,
      fix:
        probe.reason === 'unauthorized'
          ? 'Check NEO4J_PASSWORD / KG_LOCAL_NEO4J_PASSWORD.'
          : config.neo4j.kind === 'local'
            ? 'Start it: `kg neo4j start` (or `kg serve`).'
            : 'Check NEO4J_URI and that the server runs.',
    });
  } else {
    add({ name: 'Neo4j reachable', ok: true, detail: config.neo4j.uri });
    const db = Database.connect(connection, { queryTimeoutMs: 10_000 });
    try {
      const [component] = await db.read({
        name: 'doctor.version',
        cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      });
      add({
        name: 'Neo4j version',
        ok: true,
        detail: `${String(component?.name)} ${String(component?.version)} ${String(component?.edition)}`,
      });
      const constraints = await db.read({
        name: 'doctor.constraints',
        cypher: "SHOW CONSTRAINTS YIELD labelsOrTypes, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes",
      });
      const constrained = new Set(constraints.flatMap((r) => r.labelsOrTypes as string[]));
      // Every label the loader makes unique (src/graph/schema.ts, from the entity registry).
      const missing = UNIQUE_ID_LABELS.filter((l) => !constrained.has(l));
      add({
        name: 'constraints',
        ok: missing.length === 0,
        detail:
          missing.length === 0 ? `${constraints.length} uniqueness constraints` : `missing on ${missing.join(', ')}`,
        fix: 'Run `kg seed`: the loader creates the constraints and indexes before writing.',
      });
      const [counts] = await db.read({
        name: 'doctor.seed',
        cypher:
          'MATCH (d:Document) WITH collect(d.id) AS documents CALL { MATCH (n) RETURN count(n) AS nodes } RETURN documents, nodes',
      });
      const documents = (counts?.documents as string[] | undefined) ?? [];
      add({
        name: 'seed loaded',
        ok: documents.length > 0,
        detail:
          documents.length > 0
            ? `${documents.length} document(s): ${documents.join(', ')}; ${String(counts?.nodes)} nodes`
            : 'the graph has no documents',
        fix: 'Run `kg seed` to load seed/.',
      });
    } finally {
      await db.close();
    }
  }
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  process.stdout.write(`company-kg ${pkg.version}, Neo4j pinned at ${neo4jVersionFromPom()} (scripts/neo4j/pom.xml)\n`);
  const failed = checks.filter((c) => !c.ok).length;
  process.stdout.write(failed === 0 ? `${green(bold('All good.'))}\n` : `${red(bold(`${failed} check(s) failed.`))}\n`);
  return failed === 0 ? EXIT.ok : EXIT.notRunning;
}

function help(topic: keyof typeof HELP): number {
  process.stdout.write(`${HELP[topic]}\n`);
  return EXIT.ok;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      return help(rest[0] && rest[0] in HELP ? (rest[0] as keyof typeof HELP) : 'main');
    case 'serve':
      if (wantsHelp) return help('serve');
      if (rest.length > 0) throw new UsageError(`kg serve takes no arguments (got ${rest.join(' ')})`);
      return runScript('src/main.ts', []);
    case 'seed':
      if (wantsHelp) return help('seed');
      return runScript('src/cli/seed.ts', rest);
    case 'neo4j':
      if (wantsHelp || rest.length === 0)
        return wantsHelp ? help('neo4j') : usage('neo4j', 'say start, stop or status');
      if (!['start', 'stop', 'status'].includes(rest[0]!)) return usage('neo4j', `unknown action ${rest[0]}`);
      return runScript('src/cli/neo4j.ts', rest);
    case 'query':
      return query(rest);
    case 'doctor':
      return doctor(rest);
    case 'extract':
      // Its own usage and options live with it (src/extract/extractCli.ts), like seed's.
      return runScript('src/extract/extractCli.ts', rest);
    default:
      return usage('main', `unknown command ${command}`);
  }
}

function usage(topic: keyof typeof HELP, message: string): number {
  process.stderr.write(`${red('kg', process.stderr)}: ${message}\n\n${HELP[topic]}\n`);
  return EXIT.usage;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.exit(
        usage(
          process.argv[2] && process.argv[2] in HELP ? (process.argv[2] as keyof typeof HELP) : 'main',
          error.message,
        ),
      );
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(EXIT.usage);
    }
    process.stderr.write(
      `${red('error', process.stderr)}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(EXIT.failure);
  },
);
