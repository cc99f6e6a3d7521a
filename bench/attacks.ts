/**
 * The attacks of the second hardening round, replayed against the real API (a child process, as
 * `npm start` runs it, in production mode) over the seeded IIJ graph, to measure what they cost now:
 * the attack requests' answers and latency, the API's memory, Neo4j's CPU, and the latency of a
 * cheap query sent meanwhile — as a ratio to the same cheap query alone, measured in the same run.
 * Writes bench/ATTACKS.md.
 *
 *   npm run bench:attacks            (options: --out bench  --scale 1)
 *   Neo4j: BENCH_NEO4J_URI / _USER / _PASSWORD as for bench/run.ts (default: the local main instance,
 *   whose graph is replaced by the seed). Every loop is bounded in count and time; traffic goes to
 *   127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Database } from '../src/db/database.js';
import { readLocalNeo4jSettings, localNeo4jStatus } from '../src/localNeo4j/index.js';
import { seedGraph } from '../src/seed/seedGraph.js';
import { deleteAll } from './load.js';
import { formatMarkdown } from './markdown.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const OUT_DIR = path.resolve(ROOT, option('out', 'bench'));
/** Multiplies every request count (0.2 for a quick look). */
const SCALE = Number(option('scale', '1'));
const neo4j = {
  uri: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
  password: process.env.BENCH_NEO4J_PASSWORD ?? 'kg-local-password',
};
const log = (message: string) => process.stderr.write(`${message}\n`);
const count = (n: number) => Math.max(1, Math.round(n * SCALE));

// --- measuring -----------------------------------------------------------------------------------

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Latencies {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

function summarize(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

/** Resident memory of a process (MB), from /proc. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU seconds a process has used so far (user + system; /proc counts in ticks of 1/100 s). */
const CLOCK_TICKS = 100;
function cpu(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

async function post(
  url: string,
  body: string,
  signal?: AbortSignal,
): Promise<{ status: number; ms: number; bytes: number; code?: string; cost?: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
  const text = await response.text();
  let code: string | undefined;
  let cost: number | undefined;
  try {
    const json = JSON.parse(text) as {
      errors?: { extensions?: { code?: string; found?: number } }[];
      extensions?: { cost?: { requested?: number } };
    };
    code = json.errors?.[0]?.extensions?.code;
    cost = json.extensions?.cost?.requested ?? json.errors?.[0]?.extensions?.found;
  } catch {
    code = 'non-JSON';
  }
  return { status: response.status, ms: performance.now() - started, bytes: text.length, code, cost };
}

const CHEAP = JSON.stringify({ query: '{ company(id: "iij") { name } }' });

/** The cheap query, sent one at a time until `done()` says stop (bounded by `max`). */
async function probeWhile(url: string, done: () => boolean, max = 2_000): Promise<Latencies> {
  const samples: number[] = [];
  while (!done() && samples.length < max) {
    samples.push((await post(url, CHEAP)).ms);
    await sleep(20);
  }
  return summarize(samples);
}

/** Runs `send(i)` for i < total over `connections` concurrent loops. */
async function flood(connections: number, total: number, send: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) await send(next++);
    }),
  );
}

interface Outcome {
  readonly attack: string;
  readonly requests: number;
  readonly answers: string;
  readonly attackLatency: Latencies;
  readonly cheapDuring: Latencies;
  readonly extra: string;
}

function answersOf(results: readonly { status: number; code?: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of results) {
    const key = `${r.status}${r.code ? ` ${r.code}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n}× ${k}`).join(', ');
}

/** An attack flooding requests while the cheap query is probed alongside. */
async function attack(
  name: string,
  url: string,
  connections: number,
  total: number,
  body: (i: number) => string,
  extra: () => string = () => '',
): Promise<Outcome> {
  log(`attack: ${name} (${total} requests over ${connections} connections)`);
  const results: { status: number; ms: number; bytes: number; code?: string; cost?: number }[] = [];
  let finished = false;
  const probing = probeWhile(url, () => finished);
  await flood(connections, total, async (i) => results.push(await post(url, body(i))));
  finished = true;
  return {
    attack: name,
    requests: total,
    answers: answersOf(results),
    attackLatency: summarize(results.map((r) => r.ms)),
    cheapDuring: await probing,
    extra: [
      results[0]?.cost !== undefined ? `cost ${results[0].cost.toLocaleString('en')}` : '',
      `answer ${(results.reduce((sum, r) => sum + r.bytes, 0) / results.length / 1024).toFixed(1)} kB`,
      extra(),
    ]
      .filter(Boolean)
      .join('; '),
  };
}

// --- the API under attack -------------------------------------------------------------------------

async function startApiProcess(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      NODE_ENV: 'production',
      KG_SEED_ON_START: 'never',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited:\n${output}`);
    try {
      if ((await fetch(`${base}/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 600) throw new Error(`the API did not start:\n${output}`);
    await sleep(100);
  }
  return {
    pid: child.pid!,
    url: `${base}/graphql`,
    base,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// --- the attacks -----------------------------------------------------------------------------------

const EXPENSIVE = `companies(first: 100) { edges { node { competitors { company { competitors { company { competitors { company { name } } } } } } } } }`;
const WIDE_NODES = `query Wide($ids: [ID!]!) { nodes(ids: $ids) { id ... on Company { name aliases services { key name businessLine { key name } subscribers { company { key services { key } } } } competitors { kind company { key name } } customers { kind company { key name } } dataCenters { key name } awardsWon { award { key } category { key } } } } }`;

async function main(): Promise<void> {
  const db = Database.connect(neo4j, { queryTimeoutMs: 60_000 });
  log(`seeding ${neo4j.uri} with the IIJ fact file…`);
  await deleteAll(db);
  await seedGraph(db);
  await db.close();
  const local =
    neo4j.uri === readLocalNeo4jSettings().boltUri ? localNeo4jStatus(readLocalNeo4jSettings()).pid : undefined;

  const api = await startApiProcess(await freePort());
  const outcomes: Outcome[] = [];
  try {
    for (let i = 0; i < 50; i++) await post(api.url, CHEAP);
    const alone = await (async () => {
      const samples: number[] = [];
      for (let i = 0; i < count(300); i++) {
        samples.push((await post(api.url, CHEAP)).ms);
        await sleep(20);
      }
      return summarize(samples);
    })();
    const rssStart = rssMb(api.pid);

    // Critical: distinct documents with a 95 kB declared variable (the cost cache).
    const pad = 'x'.repeat(95_000);
    let rssPeak = rssStart;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(api.pid))), 200);
    outcomes.push(
      await attack(
        'distinct documents, 95 kB variables (cost cache)',
        api.url,
        8,
        count(20_000),
        (i) =>
          JSON.stringify({
            query: `query Pad($pad: ID!) { __typename company(id: $pad) @skip(if: true) { name } } # doc ${i}`,
            variables: { pad },
          }),
        () => `API resident memory ${rssStart.toFixed(0)} MB before, peak ${rssPeak.toFixed(0)} MB`,
      ),
    );
    clearInterval(sampler);
    await sleep(2_000);
    const rssAfterIdle = rssMb(api.pid);

    // High: an unused 6,000-level variable beside a query over the cost limit.
    const junk = `${'['.repeat(6_000)}${']'.repeat(6_000)}`;
    outcomes.push(
      await attack(
        'cost-limit bypass: 6,000-level junk variable',
        api.url,
        8,
        count(2_000),
        () => `{"query":${JSON.stringify(`{ ${EXPENSIVE} }`)},"variables":{"junk":${junk}}}`,
      ),
    );

    // High: nodes(ids:) fan-out with a wide fragment.
    for (const n of [100, 40, 7_000]) {
      const ids = Array.from({ length: n }, () => 'Company:iij');
      outcomes.push(
        await attack(`nodes(ids:) × ${n} ids, wide fragment`, api.url, 16, count(400), () =>
          JSON.stringify({ query: WIDE_NODES, variables: { ids } }),
        ),
      );
    }
    // Medium: new query shapes, each sent twice (planning in Neo4j).
    const neo4jCpuBefore = cpu(local);
    const shapesStarted = performance.now();
    outcomes.push(
      await attack(
        'new query shapes, each sent twice (look-ahead planning)',
        api.url,
        4,
        count(400),
        (i) => {
          const shape = Math.floor(i / 2);
          const fields = [
            'services { key }',
            'competitors { company { key } }',
            'customers { company { key } }',
            'dataCenters { key }',
            'awardsWon { award { key } }',
            'segments { key }',
            'documents { key }',
          ];
          const chosen = fields.filter((_, f) => (shape >> f) & 1);
          return JSON.stringify({ query: `{ company(id: "iij") { key ${chosen.join(' ')} } } # shape ${shape}` });
        },
        () =>
          `Neo4j CPU ${(cpu(local) - neo4jCpuBefore).toFixed(1)} s in ${((performance.now() - shapesStarted) / 1000).toFixed(1)} s`,
      ),
    );

    // Low: a flood of readiness checks (each was a Bolt round-trip).
    {
      log('attack: /health/ready flood for 10 s');
      const before = cpu(local);
      const until = performance.now() + 10_000;
      let calls = 0;
      const statuses = new Map<number, number>();
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (performance.now() < until) {
            const response = await fetch(`${api.base}/health/ready`);
            await response.arrayBuffer();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            calls++;
          }
        }),
      );
      outcomes.push({
        attack: '/health/ready flood, 8 connections, 10 s',
        requests: calls,
        answers: [...statuses].map(([s, n]) => `${n}× ${s}`).join(', '),
        attackLatency: summarize([]),
        cheapDuring: summarize([]),
        extra: `${Math.round(calls / 10)} calls/s; Neo4j CPU ${(cpu(local) - before).toFixed(2)} s in 10 s`,
      });
    }

    // Low: slow-header clients.
    {
      log('attack: 16 slow-header connections');
      const port = Number(new URL(api.base).port);
      const started = performance.now();
      const held = await Promise.all(
        Array.from(
          { length: 16 },
          () =>
            new Promise<number>((resolve) => {
              const socket = net.connect(port, '127.0.0.1', () =>
                socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: '),
              );
              const drip = setInterval(() => socket.write('a'), 1_000);
              socket.on('error', () => undefined);
              socket.once('close', () => {
                clearInterval(drip);
                resolve(performance.now() - started);
              });
              setTimeout(() => socket.destroy(), 60_000).unref();
            }),
        ),
      );
      outcomes.push({
        attack: '16 slow-header connections (a byte a second)',
        requests: 16,
        answers: 'closed by the server',
        attackLatency: summarize(held),
        cheapDuring: summarize([]),
        extra: 'latency = how long each connection was held open',
      });
    }

    await writeReport({ alone, outcomes, rssStart, rssAfterIdle });
  } finally {
    await api.stop();
  }
}

async function writeReport(run: {
  alone: Latencies;
  outcomes: Outcome[];
  rssStart: number;
  rssAfterIdle: number;
}): Promise<void> {
  const ms = (v: number) => (Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));
  const lines = [
    '# Attacks of the second hardening round, replayed',
    '',
    `Written by \`npm run bench:attacks\` on ${new Date().toISOString()} (${os.cpus().length} cores, Node ${process.version}, scale ${SCALE}); the API runs as a child process in production mode over the seeded IIJ graph, with default limits.`,
    '',
    `A cheap query (\`{ company(id: "iij") { name } }\`) alone: p50 ${ms(run.alone.p50)} ms, p99 ${ms(run.alone.p99)} ms (${run.alone.n} samples). "Cheap during" is the same query, one at a time, while the attack runs; the ratio is its p50 over the p50 alone.`,
    '',
    '| attack | requests | answers | attack p50 / p99 ms | cheap during p50 / p99 ms | cheap p50 ÷ alone | notes |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...run.outcomes.map(
      (o) =>
        `| ${o.attack} | ${o.requests} | ${o.answers} | ${ms(o.attackLatency.p50)} / ${ms(o.attackLatency.p99)} | ${ms(o.cheapDuring.p50)} / ${ms(o.cheapDuring.p99)} | ${o.cheapDuring.n ? (o.cheapDuring.p50 / run.alone.p50).toFixed(1) : '—'} | ${o.extra} |`,
    ),
    '',
    `API resident memory: ${run.rssStart.toFixed(0)} MB before the attacks, ${run.rssAfterIdle.toFixed(0)} MB two seconds after the document flood.`,
    '',
  ];
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, 'ATTACKS.md');
  writeFileSync(file, await formatMarkdown(file, lines.join('\n')));
  log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:attacks failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
