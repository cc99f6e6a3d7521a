/**
 * What the cluster and tracing features cost (issue 15, part 2): the same request with each
 * feature off and on, in one run, on one machine. Writes bench/CLUSTER_TRACING.md.
 *
 * - tracing: a read query with no Tracing (off: no listener, plugin or span), and with spans
 *   exported in batches over OTLP/HTTP to a sink in this process that reads and drops them
 * - bookmarks: the same read without and with a `neo4j-bookmarks` header (a bookmark of this database)
 * - idempotency keys: a curation write (addCompany) without and with a fresh key per request
 *
 *   npx tsx bench/clusterTracing.ts [--duration 5] [--connections 8] [--writes 200] [--out bench]
 *   Neo4j: BENCH_NEO4J_URI / _USER / _PASSWORD, default the local *test* instance (port 7688),
 *   whose graph is replaced by the IIJ seed. The load generator (autocannon) shares this process
 *   with the API: figures compare the variants of one run, they are not the API's capacity.
 */
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { OPEN_READS, startApi, type RunningApi } from '../src/app.js';
import { sha256Hex } from '../src/auth.js';
import { Database } from '../src/db/database.js';
import { readLocalNeo4jSettings } from '../src/localNeo4j/index.js';
import { seedGraph } from '../src/seed/seedGraph.js';
import { Tracing } from '../src/tracing/tracing.js';
import { deleteAll } from './load.js';
import { formatMarkdown } from './markdown.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const DURATION_S = Number(option('duration', '5'));
const CONNECTIONS = Number(option('connections', '8'));
const WRITES = Number(option('writes', '200'));
const ROUNDS = Number(option('rounds', '3'));
const OUT = path.resolve(ROOT, option('out', 'bench'));
const CURATOR_KEY = 'bench-curator-key';

const READ = JSON.stringify({
  query: 'query Bench($id: ID!) { company(id: $id) { name country services { name } businessLines { name } } }',
  variables: { id: 'iij' },
});

function writeBody(n: number, idempotencyKey?: string): string {
  return JSON.stringify({
    query:
      'mutation W($input: AddCompanyInput!, $key: String) { addCompany(input: $input, idempotencyKey: $key) { key version } }',
    variables: {
      input: {
        key: 'bench-fictional-co',
        name: `Bench Fictional Co ${n}`,
        source: {
          document: 'iij-2002-q3-results',
          section: 'disclaimer',
          quote: "the success of 11J's investments in Crosswave",
        },
      },
      ...(idempotencyKey ? { key: idempotencyKey } : {}),
    },
  });
}

interface ReadFigures {
  readonly name: string;
  readonly requestsPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

function load(url: string, headers: Record<string, string> = {}): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: READ,
        connections: CONNECTIONS,
        duration: DURATION_S,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

interface ReadVariant {
  readonly name: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * The variants take turns, ROUNDS times (A B C A B C …), after one warm-up run of each: a machine
 * that speeds up or slows down during the run then moves every variant alike. Medians are reported.
 */
async function measureReads(variants: readonly ReadVariant[]): Promise<ReadFigures[]> {
  for (const v of variants) await load(v.url, v.headers); // warm-up: plans, look-ahead shapes, JIT
  const runs = variants.map(() => [] as autocannon.Result[]);
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, v] of variants.entries()) runs[i]!.push(await load(v.url, v.headers));
  return variants.map((v, i) => ({
    name: v.name,
    requestsPerSec: median(runs[i]!.map((r) => r.requests.average)),
    p50: median(runs[i]!.map((r) => r.latency.p50)),
    p99: median(runs[i]!.map((r) => r.latency.p99)),
    errors: runs[i]!.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  }));
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { headers: response.headers, json: await response.json() };
}

function combine(runs: number[][]): { mean: number; p50: number; p99: number } {
  const times = runs.flat().sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { mean: times.reduce((a, b) => a + b, 0) / times.length, p50: at(0.5), p99: at(0.99) };
}

async function measureWrites(url: string, keyed: boolean, offset: number, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const key = keyed ? `bench-key-${offset + i}-${Date.now()}` : undefined;
    const { json } = await post(url, writeBody(offset + i, key), { 'x-api-key': CURATOR_KEY });
    if (json.errors) throw new Error(`write failed: ${JSON.stringify(json.errors)}`);
    times.push(performance.now() - started);
  }
  return times;
}

/** An OTLP/HTTP endpoint that reads every export and answers 200, so the exporter's full path runs. */
async function startSink(): Promise<{ url: string; exports: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = http.createServer((request, response) => {
    request.on('data', () => undefined);
    request.on('end', () => {
      count++;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    exports: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const local = readLocalNeo4jSettings(process.env, 'test');
  const uri = process.env.BENCH_NEO4J_URI ?? local.boltUri;
  const db = Database.connect(
    {
      uri,
      user: process.env.BENCH_NEO4J_USER ?? local.user,
      password: process.env.BENCH_NEO4J_PASSWORD ?? local.password,
    },
    { queryTimeoutMs: 30_000 },
  );
  const sink = await startSink();
  const tracing = Tracing.otlp({ otlpTracesUrl: sink.url, serviceName: 'company-kg-bench' });
  const apis: RunningApi[] = [];
  try {
    await deleteAll(db);
    await seedGraph(db, [path.join(ROOT, 'seed/iij-2002-q3.yaml')]);
    const base = {
      db,
      host: '127.0.0.1',
      port: 0,
      production: true,
      auth: { ...OPEN_READS, curatorKeyDigests: [sha256Hex(CURATOR_KEY)] },
    };
    const plain = await startApi(base);
    const traced = await startApi({ ...base, tracing });
    apis.push(plain, traced);

    const first = await post(plain.url, writeBody(0), { 'x-api-key': CURATOR_KEY });
    const bookmark = first.headers.get('neo4j-bookmarks') as string;
    if (!bookmark) throw new Error('a write answered no bookmarks');

    const reads = await measureReads([
      { name: 'tracing off, no bookmarks', url: plain.url },
      { name: 'tracing on (OTLP export)', url: traced.url },
      { name: 'a `neo4j-bookmarks` header', url: plain.url, headers: { 'neo4j-bookmarks': bookmark } },
    ]);
    // Writes too take turns, in halves, for the same reason.
    const half = Math.max(1, Math.floor(WRITES / 2));
    const unkeyedRuns = [await measureWrites(plain.url, false, 1_000, half)];
    const keyedRuns = [await measureWrites(plain.url, true, 10_000, half)];
    unkeyedRuns.push(await measureWrites(plain.url, false, 2_000, half));
    keyedRuns.push(await measureWrites(plain.url, true, 20_000, half));
    const unkeyed = combine(unkeyedRuns);
    const keyed = combine(keyedRuns);
    await tracing.shutdown();

    const offRps = reads[0]!.requestsPerSec;
    const ratio = (x: number) => `${((x / offRps) * 100).toFixed(1)} %`;
    const lines = [
      '# Cluster and tracing features: cost on and off',
      '',
      `Written by \`npx tsx bench/clusterTracing.ts\` on ${new Date().toISOString()}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'},`,
      `Node.js ${process.version}, Neo4j at ${uri.replace(/\/\/.*@/, '//')} (single server), ${CONNECTIONS} connections, ${DURATION_S} s per run.`,
      `Each variant was warmed up with one run, then the variants took turns ${ROUNDS} times; reads are the medians of those runs.`,
      'The load generator runs in the API process: compare the rows with each other, not with bench/RESULTS.md.',
      '',
      '## Reads (`company(id: "iij") { name country services { name } businessLines { name } }`)',
      '',
      '| read | requests/s | vs tracing off | p50 ms | p99 ms | errors |',
      '| ------- | ---------: | -------------: | -----: | -----: | -----: |',
      ...reads.map(
        (r) =>
          `| ${r.name} | ${r.requestsPerSec.toFixed(0)} | ${ratio(r.requestsPerSec)} | ${r.p50} | ${r.p99} | ${r.errors} |`,
      ),
      '',
      `The OTLP sink received ${sink.exports()} export requests (batches of spans).`,
      '',
      `## Curation writes (\`addCompany\`, ${2 * half} sequential requests each, in two turns)`,
      '',
      '| variant | mean ms | p50 ms | p99 ms |',
      '| ------- | ------: | -----: | -----: |',
      `| no idempotency key | ${unkeyed.mean.toFixed(2)} | ${unkeyed.p50.toFixed(2)} | ${unkeyed.p99.toFixed(2)} |`,
      `| a fresh idempotency key each | ${keyed.mean.toFixed(2)} | ${keyed.p50.toFixed(2)} | ${keyed.p99.toFixed(2)} |`,
      '',
    ];
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, 'CLUSTER_TRACING.md');
    writeFileSync(file, await formatMarkdown(file, lines.join('\n')));
    process.stdout.write(`${lines.join('\n')}\nwrote ${path.relative(ROOT, file)}\n`);
  } finally {
    for (const api of apis) await api.close();
    await sink.close();
    await deleteAll(db).catch(() => undefined);
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
