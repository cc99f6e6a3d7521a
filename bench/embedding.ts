/**
 * The overhead of what apps that embed the API switch on (README, "Embedding the API"): trusted
 * documents (a `documentId` resolved from the manifest, `listed-only`) and cost budgets (a bucket
 * charged per request, extensions and RateLimit headers), each on and off, over the same queries.
 * One API in this process, loaded by autocannon over HTTP for a fixed time per variant; variants run
 * in turn, three times: the first warms up, the better of the other two is kept (the machine is shared). Writes bench/EMBEDDING.md.
 *
 *   npm run bench:embedding       (options: --seconds 5 --connections 10)
 *   Neo4j: BENCH_NEO4J_URI / _USER / _PASSWORD (default: the local main instance; only read).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startApi, type RunningApi } from '../src/app.js';
import { Database } from '../src/db/database.js';
import { sha256OfDocument, TrustedDocuments } from '../src/persisted/trustedDocuments.js';
import { formatMarkdown } from './markdown.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SECONDS = Number(option('seconds', '5'));
const CONNECTIONS = Number(option('connections', '10'));
const MANIFEST = path.join(ROOT, 'examples/app/src/gql/persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;

/** Two queries: one that never reaches Neo4j (the overhead shows whole), one analyst example. */
function documentNamed(name: string): [string, string] {
  const entry = Object.entries(manifest).find(([, text]) => text.startsWith(`query ${name} `));
  if (!entry) throw new Error(`${name} is not in ${MANIFEST}`);
  return entry;
}
const QUERIES = [
  { name: 'no database: `{ __typename }`', text: '{ __typename }' },
  { name: 'IijServicesByBusinessLine', text: documentNamed('IijServicesByBusinessLine')[1] },
];

interface Variant {
  readonly name: string;
  readonly trusted: boolean;
  readonly budgets: boolean;
}
const VARIANTS: Variant[] = [
  { name: 'both off (query text)', trusted: false, budgets: false },
  { name: 'trusted documents on (listed-only, by documentId)', trusted: true, budgets: false },
  { name: 'cost budgets on', trusted: false, budgets: true },
  { name: 'both on', trusted: true, budgets: true },
];

function bodyOf(variant: Variant, text: string): string {
  return JSON.stringify(variant.trusted ? { documentId: `sha256:${sha256OfDocument(text)}` } : { query: text });
}

function load(url: string, body: string): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration: SECONDS,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main(): Promise<void> {
  const db = Database.connect(
    {
      uri: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7687',
      user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
      password: process.env.BENCH_NEO4J_PASSWORD ?? 'kg-local-password',
    },
    { queryTimeoutMs: 60_000 },
  );
  // The bench's own document joins the examples' manifest so it can be sent by id too.
  const listed = { ...manifest, [`sha256:${sha256OfDocument('{ __typename }')}`]: '{ __typename }' };
  const apis = new Map<string, RunningApi>();
  for (const variant of VARIANTS) {
    apis.set(
      variant.name,
      await startApi({
        db,
        host: '127.0.0.1',
        port: 0,
        production: true,
        ...(variant.trusted ? { trustedDocuments: TrustedDocuments.fromManifest('listed-only', listed) } : {}),
        // A budget no run exhausts: the bench measures the charging, not the refusals.
        ...(variant.budgets ? { budgets: { points: 1e12, anonymousPoints: 1e12, windowSeconds: 60 } } : {}),
      }),
    );
  }
  const rows: string[][] = [];
  for (const query of QUERIES) {
    // Every variant answers this query with data and no errors before it is loaded.
    for (const variant of VARIANTS) {
      const response = await fetch(apis.get(variant.name)!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodyOf(variant, query.text),
      });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (!answer.data || answer.errors) throw new Error(`${variant.name}: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    const best = new Map<string, autocannon.Result>();
    // Round 0 warms every variant up (JIT, Neo4j's plans) and is not counted.
    for (let round = 0; round < 3; round++) {
      for (const variant of VARIANTS) {
        const result = await load(apis.get(variant.name)!.url, bodyOf(variant, query.text));
        if (result.errors > 0 || result.non2xx > 0) {
          throw new Error(`${variant.name}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
        }
        if (round === 0) continue;
        const previous = best.get(variant.name);
        if (!previous || result.requests.average > previous.requests.average) best.set(variant.name, result);
        process.stderr.write(`${query.name} / ${variant.name}: ${result.requests.average} req/s\n`);
      }
    }
    const baseline = best.get(VARIANTS[0]!.name)!.requests.average;
    for (const variant of VARIANTS) {
      const result = best.get(variant.name)!;
      rows.push([
        query.name,
        variant.name,
        String(Math.round(result.requests.average)),
        `${(((result.requests.average - baseline) / baseline) * 100).toFixed(1)} %`,
        String(result.latency.p50),
        String(result.latency.p99),
      ]);
    }
  }
  for (const api of apis.values()) await api.close();
  await db.close();
  const table = [
    '| query | variant | req/s | vs. off | p50 ms | p99 ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const text = `# Embedding features: overhead on and off

Written by \`npm run bench:embedding\` (bench/embedding.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; autocannon, ${CONNECTIONS} connections, ${SECONDS} s per variant, a warm-up round, then the better of two rounds. API and load generator share this process and its CPUs, so the figures compare the variants with each other, not with other benchmarks.

${table}
`;
  const file = path.join(ROOT, 'bench/EMBEDDING.md');
  writeFileSync(file, await formatMarkdown(file, text));
  process.stdout.write(text);
}

await main();
