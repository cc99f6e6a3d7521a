/**
 * The benchmark: generate → load (real loader vs bare UNWIND+MERGE) → read scenarios over HTTP
 * against our API, hand-written Cypher through neo4j-driver, and @neo4j/graphql → PROFILE db hits
 * → bench/RESULTS.md and bench/profile-snapshot.json, written here, not by hand.
 *
 *   npm run bench         quick: small size, 8 connections, 5 s per run
 *   npm run bench:full    small, medium, large; 1 and 8 connections, 5 s per run
 *   options: --sizes small,medium  --connections 1,8  --duration 5  --seed 42  --out bench  --reuse
 *   Neo4j: BENCH_NEO4J_URI / BENCH_NEO4J_USER / BENCH_NEO4J_PASSWORD (default bolt://127.0.0.1:7687,
 *   neo4j, kg-local-password — what `npm run neo4j:start` runs).
 *
 * Load is a fixed number of connections (closed loop: each connection sends its next request when
 * the previous answer arrives), so throughput is what the server sustains at that concurrency.
 * The load generator (autocannon) runs in this process; its CPU share and the server process's are
 * reported next to every run, since on 2 cores the generator competes with the server and Neo4j.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { startApi } from '../src/app.js';
import { Database } from '../src/db/database.js';
import type { Neo4jConnectionOptions } from '../src/db/connection.js';
import { ensureGraphSchema } from '../src/graph/schema.js';
import { generateFactFiles, SIZES, type SizeName } from './generate.js';
import { formatMarkdown } from './markdown.js';
import { deleteAll, loadBaseline, loadWithRealLoader, type LoadResult } from './load.js';
import { scenarios, type Scenario, type ScenarioName } from './scenarios.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
type Target = 'api' | 'raw' | 'neo';
const TARGETS: Target[] = ['api', 'raw', 'neo'];

export interface BenchOptions {
  readonly sizes: SizeName[];
  readonly connections: number[];
  readonly durationSec: number;
  readonly seed: number;
  readonly outDir: string;
  readonly mode: string;
  readonly reuse: boolean;
  readonly neo4j: { uri: string; user: string; password: string };
  readonly log?: (message: string) => void;
  /** Documents the baseline writes at most (a sample of every k-th document beyond this). */
  readonly baselineDocuments?: number;
}

interface RunResult {
  size: SizeName;
  scenario: ScenarioName;
  target: Target;
  connections: number;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  loadGenCpu: number;
  serverCpu: number;
}

interface IngestResult {
  size: SizeName;
  files: number;
  generateMs: number;
  counts: Record<string, number>;
  loader: LoadResult;
  baseline: LoadResult;
  graph: { nodes: number; relationships: number; subscribes: number; members: number };
}

interface ProfiledQuery {
  name: string;
  dbHits: number;
  rows: number;
  pageCacheHits: number;
  pageCacheMisses: number;
}

type ProfileSnapshot = Record<string, Record<string, { api: ProfiledQuery[]; apiDbHits: number; raw: ProfiledQuery }>>;

// ---------------------------------------------------------------------------------------------
// Servers in child processes

interface Server {
  readonly target: Target;
  readonly url: string;
  readonly child: ChildProcess;
}

async function startServer(target: Target, options: BenchOptions): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/servers.ts'), target], {
    cwd: ROOT,
    env: {
      ...process.env,
      BENCH_NEO4J_URI: options.neo4j.uri,
      BENCH_NEO4J_USER: options.neo4j.user,
      BENCH_NEO4J_PASSWORD: options.neo4j.password,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`${target} server exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`${target} server did not start: ${stderr}`)), 60_000).unref();
  });
  const url = target === 'raw' ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/graphql`;
  return { target, url, child };
}

function requestBody(s: Scenario, target: Target): string {
  if (target === 'api') return JSON.stringify(s.api);
  if (target === 'neo') return JSON.stringify(s.neo);
  return JSON.stringify({ scenario: s.name, params: s.raw.params });
}

async function post(url: string, body: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (!response.ok || json.errors) throw new Error(`${url} → ${response.status} ${JSON.stringify(json).slice(0, 800)}`);
  return json.data;
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); NaN elsewhere. */
function processCpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return Number.NaN;
  }
}

async function loadTest(url: string, body: string, connections: number, durationSec: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        duration: durationSec,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Answers must agree before timings mean anything

function checkAnswers(s: Scenario, api: any, raw: any, neo: any): string | null {
  if (s.name === 'crossSell') {
    const a = api.computedCrossSellRate;
    const r = raw[0];
    const n = neo.crossSellCounts;
    const mine = [a.customers, a.customersBuyingA, a.customersBuyingB, a.customersBuyingBoth];
    const theirs = [r.customers, r.customersBuyingA, r.customersBuyingB, r.customersBuyingBoth];
    if (JSON.stringify(mine) !== JSON.stringify(theirs) || JSON.stringify(mine) !== JSON.stringify(n))
      return `crossSell counts differ: api ${mine} raw ${theirs} neo ${n}`;
    return null;
  }
  if (s.name === 'metricRanking') {
    const mine = api.metricRanking.entries.map((e: any) => e.company.key);
    const theirs = raw[0].entries.map((e: any) => e.key);
    const neos = neo.metricRanking.map((f: any) => f.company.id);
    if (JSON.stringify(mine) !== JSON.stringify(theirs) || JSON.stringify(mine) !== JSON.stringify(neos))
      return `metricRanking order differs: api ${mine.slice(0, 5)} raw ${theirs.slice(0, 5)} neo ${neos.slice(0, 5)}`;
    return null;
  }
  if (s.name === 'awardRanking') {
    const mine = api.awardRankings.map((r: any) => r.entries.length);
    const theirs = raw[0].rankings.map((r: any) => r.entries.length);
    const neos = neo.rankings.map((r: any) => r.companiesConnection.edges.length);
    if (JSON.stringify(mine) !== JSON.stringify(theirs) || JSON.stringify(mine) !== JSON.stringify(neos))
      return `awardRanking entries differ: ${mine} / ${theirs} / ${neos}`;
    return null;
  }
  const a = api.company;
  const r = raw[0].company;
  const n = neo.companies[0];
  if (a.key !== r.key || a.key !== n.id) return `company differs: ${a.key} ${r.key} ${n.id}`;
  if (a.services.length !== r.services.length || a.services.length !== n.services.length)
    return `services differ: ${a.services.length} ${r.services.length} ${n.services.length}`;
  if (s.name === 'companyOverview' && JSON.stringify(a.roles) !== JSON.stringify(r.roles))
    return `roles differ: ${a.roles} / ${r.roles}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// PROFILE: the Cypher our API runs per scenario (recorded at the driver) and the raw Cypher

function sumPlan(plan: ProfiledPlan): { dbHits: number; pageCacheHits: number; pageCacheMisses: number } {
  let dbHits = Number(plan.dbHits);
  let pageCacheHits = Number(plan.pageCacheHits ?? 0);
  let pageCacheMisses = Number(plan.pageCacheMisses ?? 0);
  for (const child of plan.children) {
    const c = sumPlan(child);
    dbHits += c.dbHits;
    pageCacheHits += c.pageCacheHits;
    pageCacheMisses += c.pageCacheMisses;
  }
  return { dbHits, pageCacheHits, pageCacheMisses };
}

async function profileQuery(driver: Driver, name: string, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (let i = 0; i < 3; i++) await session.executeRead((tx) => tx.run(cypher, params)); // warm the plan cache
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params));
    const plan = result.summary.profile as ProfiledPlan;
    return { name, ...sumPlan(plan), rows: Number(plan.rows) } satisfies ProfiledQuery;
  } finally {
    await session.close();
  }
}

async function profileScenarios(driver: Driver, connection: Neo4jConnectionOptions, list: Scenario[]) {
  const recorded: { cypher: string; params: Record<string, unknown>; name: string }[] = [];
  // The API's own Database, observed: every statement it sends is recorded with its parameters.
  const owner = Database.connect(connection, { queryTimeoutMs: 60_000 });
  const db = owner.withObserver((event) =>
    recorded.push({ cypher: event.cypher, params: { ...event.parameters }, name: event.name }),
  );
  // `always`: the statements the served API runs once a query shape is warm, from the first request.
  const api = await startApi({ db, host: '127.0.0.1', port: 0, production: true, prefetch: 'always' });
  const out: ProfileSnapshot[string] = {};
  try {
    for (const s of list) {
      recorded.length = 0;
      await post(api.url, JSON.stringify(s.api));
      const queries = [...recorded];
      const apiProfiles: ProfiledQuery[] = [];
      for (const q of queries) apiProfiles.push(await profileQuery(driver, q.name, q.cypher, q.params));
      const rawParams = Object.fromEntries(
        Object.entries(s.raw.params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
      );
      const raw = await profileQuery(driver, `raw.${s.name}`, s.raw.cypher, rawParams);
      out[s.name] = { api: apiProfiles, apiDbHits: apiProfiles.reduce((n, p) => n + p.dbHits, 0), raw };
    }
  } finally {
    await api.close();
    await owner.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function graphCounts(db: Database) {
  const [row] = await db.read({
    name: 'bench.counts',
    cypher: `CALL () { MATCH (n) RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
      CALL () { MATCH ()-[r:SUBSCRIBES_TO]->() RETURN count(r) AS subscribes }
      CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS members }
      RETURN nodes, relationships, subscribes, members`,
  });
  return {
    nodes: Number(row!.nodes),
    relationships: Number(row!.relationships),
    subscribes: Number(row!.subscribes),
    members: Number(row!.members),
  };
}

async function ingest(
  db: Database,
  size: SizeName,
  options: BenchOptions,
  log: (m: string) => void,
): Promise<IngestResult> {
  const dir = path.join(os.tmpdir(), `kg-bench-${size}-${options.seed}`);
  const generated = generateFactFiles(size, { seed: options.seed, dir, onProgress: log });
  log(`generated ${generated.files.length} fact files for ${size} in ${(generated.generateMs / 1000).toFixed(1)} s`);
  const loader = await loadWithRealLoader(db, generated.files, log);
  const max = options.baselineDocuments ?? 60;
  const step = Math.max(1, Math.ceil(generated.files.length / max));
  const sample = generated.files.filter((_, i) => i % step === 0);
  const baseline = await loadBaseline(db, sample, log);
  return {
    size,
    files: generated.files.length,
    generateMs: generated.generateMs,
    counts: generated.counts,
    loader,
    baseline,
    graph: await graphCounts(db),
  };
}

export interface BenchReport {
  readonly runs: RunResult[];
  readonly ingest: IngestResult[];
  readonly profiles: ProfileSnapshot;
  readonly resultsFile: string;
  readonly snapshotFile: string;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? ((m: string) => console.log(m));
  const started = new Date();
  const db = Database.connect(options.neo4j, { queryTimeoutMs: 600_000 });
  const driver = neo4j.driver(options.neo4j.uri, neo4j.auth.basic(options.neo4j.user, options.neo4j.password), {
    disableLosslessIntegers: true,
  });
  const servers: Server[] = [];
  const runs: RunResult[] = [];
  const ingests: IngestResult[] = [];
  const profiles: ProfileSnapshot = {};
  const list = scenarios();
  let loaded: SizeName | null = null;
  try {
    const [version] = await db.read({
      name: 'bench.version',
      cypher: 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    });
    for (const target of TARGETS) servers.push(await startServer(target, options));
    log(`servers: ${servers.map((s) => `${s.target} ${s.url}`).join(', ')}`);

    for (const size of options.sizes) {
      const spec = SIZES[size];
      const counts = await graphCounts(db);
      const reuse = options.reuse && counts.subscribes > 0 && (await isLoaded(db, size));
      if (reuse) {
        log(`reusing the loaded ${size} graph (${counts.nodes} nodes)`);
      } else {
        if (spec.extends && loaded !== spec.extends && !(options.reuse && (await isLoaded(db, spec.extends)))) {
          log(`${size} extends ${spec.extends}: loading ${spec.extends} first`);
          await deleteAll(db);
          await ingest(db, spec.extends, options, log);
        } else if (!spec.extends) {
          log(`resetting the database for ${size}`);
          await deleteAll(db);
        }
        const result = await ingest(db, size, options, log);
        ingests.push(result);
        await db.write(
          { name: 'bench.marker', cypher: 'MERGE (m:BenchMarker {id: "bench"}) SET m.size = $size' },
          { size },
        );
      }
      loaded = size;
      await ensureGraphSchema(db); // constraints and indexes exist before any warm-up (creating one flushes plans)

      // Warm up every target and check that the answers agree.
      for (const s of list) {
        const answers: Record<Target, any> = { api: null, raw: null, neo: null };
        for (const server of servers) {
          const body = requestBody(s, server.target);
          for (let i = 0; i < 10; i++) answers[server.target] = await post(server.url, body);
          // The API plans a new query shape's statement in the background (src/lookahead/):
          // give it time, then warm what it runs from then on.
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          for (let i = 0; i < 10; i++) answers[server.target] = await post(server.url, body);
        }
        const problem = checkAnswers(s, answers.api, answers.raw, answers.neo);
        if (problem) throw new Error(`answers disagree at ${size}: ${problem}`);
      }
      log(`warmed up; answers agree at ${size}`);

      profiles[size] = await profileScenarios(driver, options.neo4j, list);
      for (const s of list) {
        log(
          `profile ${size} ${s.name}: api ${profiles[size][s.name]!.apiDbHits} db hits in ${profiles[size][s.name]!.api.length} queries, raw ${profiles[size][s.name]!.raw.dbHits}`,
        );
      }

      for (const connections of options.connections) {
        for (const s of list) {
          for (const server of servers) {
            const cpu0 = process.cpuUsage();
            const server0 = processCpuSeconds(server.child.pid);
            const t0 = performance.now();
            const result = await loadTest(server.url, requestBody(s, server.target), connections, options.durationSec);
            const wall = (performance.now() - t0) / 1000;
            const cpu = process.cpuUsage(cpu0);
            const run: RunResult = {
              size,
              scenario: s.name,
              target: server.target,
              connections,
              p50: result.latency.p50,
              p99: result.latency.p99,
              rps: result.requests.total / result.duration,
              requests: result.requests.total,
              errors: result.errors + result.non2xx,
              loadGenCpu: (cpu.user + cpu.system) / 1e6 / wall,
              serverCpu: (processCpuSeconds(server.child.pid) - server0) / wall,
            };
            runs.push(run);
            log(
              `${size} c=${connections} ${s.name.padEnd(16)} ${server.target.padEnd(6)} p50 ${run.p50} ms p99 ${run.p99} ms ${run.rps.toFixed(0)} req/s` +
                ` (errors ${run.errors}, load-gen cpu ${(run.loadGenCpu * 100).toFixed(0)}%, server cpu ${(run.serverCpu * 100).toFixed(0)}%)`,
            );
          }
        }
      }
    }

    mkdirSync(options.outDir, { recursive: true });
    const snapshotFile = path.join(options.outDir, 'profile-snapshot.json');
    writeFileSync(snapshotFile, `${JSON.stringify({ seed: options.seed, sizes: profiles }, null, 2)}\n`);
    const resultsFile = path.join(options.outDir, 'RESULTS.md');
    writeFileSync(
      resultsFile,
      await formatMarkdown(
        resultsFile,
        renderResults({
          options,
          started,
          finished: new Date(),
          neo4jVersion: `${String(version?.version)} ${String(version?.edition)}`,
          runs,
          ingests,
          profiles,
        }),
      ),
    );
    log(`wrote ${resultsFile} and ${snapshotFile}`);
    return { runs, ingest: ingests, profiles, resultsFile, snapshotFile };
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await driver.close();
    await db.close();
  }
}

async function isLoaded(db: Database, size: SizeName): Promise<boolean> {
  const [row] = await db.read({
    name: 'bench.marker.read',
    cypher: 'MATCH (m:BenchMarker {id: "bench"}) RETURN m.size AS size',
  });
  return row?.size === size;
}

// ---------------------------------------------------------------------------------------------
// RESULTS.md

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '?';
  }
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');

function renderResults(r: {
  options: BenchOptions;
  started: Date;
  finished: Date;
  neo4jVersion: string;
  runs: RunResult[];
  ingests: IngestResult[];
  profiles: ProfileSnapshot;
}): string {
  const { options, runs } = r;
  const cpus = os.cpus();
  const lines: string[] = [];
  const find = (size: string, scenario: string, target: Target, c: number) =>
    runs.find((x) => x.size === size && x.scenario === scenario && x.target === target && x.connections === c);
  lines.push(
    '# Benchmark results',
    '',
    `Written by \`bench/run.ts\` (${options.mode}); do not edit by hand. Started ${r.started.toISOString()}, finished ${r.finished.toISOString()}.`,
    '',
    '## Machine and versions',
    '',
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? '?'}; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${os.type()} ${os.release()}; load average at start ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
    `- Node.js ${process.version}; Neo4j ${r.neo4jVersion}; neo4j-driver ${packageVersion('neo4j-driver')}; @apollo/server ${packageVersion('@apollo/server')}; @neo4j/graphql ${packageVersion('@neo4j/graphql')}; autocannon ${packageVersion('autocannon')}`,
    `- Sizes: ${options.sizes.join(', ')}; seed ${options.seed}; connections ${options.connections.join(', ')}; ${options.durationSec} s per run`,
    '',
    'Load model: a fixed number of concurrent connections (closed loop), autocannon in the benchmark process;',
    "each server in its own process. `gen cpu` is the load generator's CPU (share of one core) and `srv cpu` the",
    "server process's, during the run. Neo4j runs on the same 2 cores. Latencies in ms, throughput in requests/s.",
    '',
    'Targets: **api** = our GraphQL API (src/app.ts; single-statement reads run as auto-commit transactions; the relations a query selects load in one compiled statement once its shape is warm, src/lookahead/); **raw** = the hand-written Cypher of the same answer through',
    'neo4j-driver behind a bare node:http server (the limit: same HTTP hop, no GraphQL); **neo** = @neo4j/graphql over',
    'the same data (typeDefs in bench/neoGraphqlTypeDefs.ts; metric ranking and cross-sell are @cypher fields with the',
    'raw Cypher, having no native equivalent).',
    '',
  );

  lines.push('## Ingest', '');
  lines.push(
    '| size | files | generate s | loader writes | loader s | loader writes/s (validate ms / write ms) | baseline docs | baseline writes/s | loader / baseline | graph nodes | graph rels | SUBSCRIBES_TO | MEMBER_OF |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const i of r.ingests) {
    lines.push(
      `| ${i.size} | ${i.files} | ${f1(i.generateMs / 1000)} | ${int(i.loader.writes)} | ${f1(i.loader.ms / 1000)} | ${int(i.loader.writesPerSecond)} (${int(i.loader.validateMs)} / ${int(i.loader.writeMs)}) | ${i.baseline.documents} | ${int(i.baseline.writesPerSecond)} | **${f2(i.loader.writesPerSecond / i.baseline.writesPerSecond)}** | ${int(i.graph.nodes)} | ${int(i.graph.relationships)} | ${int(i.graph.subscribes)} | ${int(i.graph.members)} |`,
    );
  }
  if (r.ingests.length === 0) lines.push('| (graph reused, not loaded in this run) |');
  lines.push(
    '',
    '"writes" = nodes + relationships a document writes (entities, sources, sections, provenance edges, links, facts,',
    'amounts, periods…). The loader is the real one, file by file: YAML parse + schema + quote validation (`validate ms`),',
    'then one write transaction per document (`write ms`). The baseline writes the same nodes and typed relationships',
    'by bare `UNWIND $rows MERGE` in 10,000-row transactions into a scratch label, rows prepared outside the clock',
    '(on every document for small, a sample of every k-th document for bigger sizes; then deleted).',
    '',
  );

  for (const size of options.sizes) {
    lines.push(`## Reads at ${size}`, '');
    for (const c of options.connections) {
      lines.push(
        `### ${c} connection${c === 1 ? '' : 's'}`,
        '',
        '| scenario | target | p50 | p99 | req/s | p50 / raw p50 | req/s / neo req/s | errors | gen cpu | srv cpu |',
        '|---|---|---|---|---|---|---|---|---|---|',
      );
      for (const s of scenarios()) {
        const w = find(size, s.name, 'raw', c);
        const n = find(size, s.name, 'neo', c);
        for (const target of TARGETS) {
          const x = find(size, s.name, target, c);
          if (!x || !w || !n) continue;
          const bold = (v: string) => (target.startsWith('api') ? `**${v}**` : v);
          lines.push(
            `| ${s.name} | ${target} | ${f1(x.p50)} | ${f1(x.p99)} | ${int(x.rps)} | ${bold(f2(x.p50 / w.p50))} | ${bold(f2(x.rps / n.rps))} | ${x.errors} | ${Math.round(x.loadGenCpu * 100)}% | ${Math.round(x.serverCpu * 100)}% |`,
          );
        }
      }
      lines.push('');
    }
  }

  if (options.sizes.length > 1) {
    const c = options.connections[0]!;
    lines.push(`## Cost growth (api p50 ms at ${c} connection${c === 1 ? '' : 's'}, and db hits of its Cypher)`, '');
    lines.push(
      `| scenario | should stay flat | ${options.sizes.map((s) => `${s} p50`).join(' | ')} | ${options.sizes.map((s) => `${s} db hits`).join(' | ')} |`,
    );
    lines.push(`|---|---|${options.sizes.map(() => '---|').join('')}${options.sizes.map(() => '---|').join('')}`);
    for (const s of scenarios()) {
      lines.push(
        `| ${s.name} | ${s.flat ? 'yes' : 'no (scans the period / segment)'} | ${options.sizes.map((z) => f1(find(z, s.name, 'api', c)?.p50 ?? Number.NaN)).join(' | ')} | ${options.sizes.map((z) => int(r.profiles[z]?.[s.name]?.apiDbHits ?? Number.NaN)).join(' | ')} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Database work per scenario (PROFILE, plans warmed)', '');
  lines.push(
    '| size | scenario | api queries | api db hits | api rows | raw db hits | raw rows |',
    '|---|---|---|---|---|---|---|',
  );
  for (const [size, byScenario] of Object.entries(r.profiles)) {
    for (const [name, p] of Object.entries(byScenario)) {
      lines.push(
        `| ${size} | ${name} | ${p.api.map((q) => q.name).join(', ')} | ${int(p.apiDbHits)} | ${p.api.map((q) => q.rows).join(' + ')} | ${int(p.raw.dbHits)} | ${p.raw.rows} |`,
      );
    }
  }
  lines.push('', 'Per-query figures are in `profile-snapshot.json`.', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// CLI

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const full = process.argv.includes('--full');
  const options: BenchOptions = {
    mode: full ? 'full mode' : 'quick mode',
    sizes: (arg('sizes') ?? (full ? 'small,medium,large' : 'small')).split(',') as SizeName[],
    connections: (arg('connections') ?? (full ? '1,8' : '8')).split(',').map(Number),
    durationSec: Number(arg('duration') ?? 5),
    seed: Number(arg('seed') ?? 42),
    outDir: path.resolve(arg('out') ?? path.join(ROOT, 'bench')),
    reuse: process.argv.includes('--reuse'),
    neo4j: {
      uri: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7687',
      user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
      password: process.env.BENCH_NEO4J_PASSWORD ?? 'kg-local-password',
    },
  };
  runBenchmark(options).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
