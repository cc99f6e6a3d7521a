/**
 * `kg extract` (and `npm run extract`): draft a fact file from a document, or measure drafts
 * against curated files. Exit codes as kg's: 0 ok, 1 failure, 2 usage or unreadable/invalid input.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { createStderrReporter } from '../localNeo4j/index.js';
import { PROJECT_ROOT } from '../projectRoot.js';
import { openDatabase } from '../runtime.js';
import { readFactFiles } from '../seed/readFactFiles.js';
import { FactFileValidationError } from '../seed/errors.js';
import type { KnownCompany } from './companyMentions.js';
import { comparisonReport } from './compareDraft.js';
import { draftDocument, draftYaml, measureDraft, validateDraft } from './draftFile.js';
import { ExtractError } from './extractDraft.js';
import { knownCompaniesInGraph } from './graphCompanies.js';
import { diffDraftAgainstGraph } from './graphDiff.js';

const USAGE = `Usage: kg extract <document.txt> [--company <id>] [--out draft.yaml]
       kg extract --compare <curated.yaml>… [--results file.md]
       kg extract --diff <draft.yaml>

Drafts a fact file (seed/FORMAT.md) from a plain-text or OCR text document: sections, amounts,
periods, metrics (lexicon/metrics.yaml), comparisons, guidance and companies, each with its verbatim
quote and a confidence in its note. What it cannot settle is listed at the top of the draft (and on
stderr) for the curator. The draft is validated like any fact file; review it, then load it with
kg seed.

Options:
  --company <id>       the issuer, a company of the fact files in seed/ (default: read from the text)
  --out <file>         write the draft there (default: stdout); document.file is made relative to it
  --seed-dir <dir>     where known companies come from (default: seed/)
  --compare <file>…    draft each curated file's document and report precision/recall against it. The curated file's own companies are not used as known ones.
  --results <file.md>  with --compare: write the table and the misses/extras there
  --graph              also match companies the graph knows (NEO4J_URI or the local Neo4j), not only seed/'s
  --diff <draft.yaml>  what loading the (reviewed) draft would add to the graph, per fact: new,
                       confirms, restates, raises/lowers/reaffirms guidance, earlier (NEO4J_URI or
                       the local Neo4j); nothing is written
  -h, --help           this help

Exit codes: 0 ok · 1 failure · 2 usage, unreadable or empty document, unknown company, invalid draft.`;

class UsageError extends Error {}

async function compare(files: readonly string[], seedDir: string, resultsFile: string | undefined): Promise<number> {
  const rows: string[] = [];
  const details: string[] = [];
  const totals = new Map<string, { matched: number; drafted: number; curated: number }>();
  let failed = 0;
  for (const file of files) {
    const m = measureDraft(file, seedDir);
    const c = m.comparison;
    if (!c) throw new Error(`${m.name}: measured without a comparison`);
    const [table, lists] = comparisonReport(m.name, c).split('\n\n');
    rows.push(table!);
    if (!m.result) {
      // Counted as an empty draft: the curated facts are all misses.
      details.push(`### ${m.name}\n\nNo draft: ${m.error ?? 'unknown'}\n\n${lists ?? ''}`);
      failed++;
    } else
      details.push(
        `### ${m.name}\n\n` +
          `Drafted in ${m.ms.toFixed(0)} ms: ${(m.result.draft.facts as unknown[]).length} facts, ${(m.result.draft.companies as unknown[]).length} companies, ${m.result.decisions.length} decisions. ` +
          `Validator: ${m.problems.length === 0 ? 'accepts the draft' : `${m.problems.length} problem(s): ${m.problems.join('; ')}`}. ` +
          `Quotes verbatim: ${c.quotesVerbatim.checked - c.quotesVerbatim.failed.length}/${c.quotesVerbatim.checked}; ` +
          `drafted values printed in their quote: ${c.valuesInQuote.checked - c.valuesInQuote.failed.length}/${c.valuesInQuote.checked}.\n\n` +
          (lists || '- no misses, no extras'),
      );
    if (m.problems.length > 0 || c.quotesVerbatim.failed.length > 0 || c.valuesInQuote.failed.length > 0) failed++;
    for (const k of ['amounts', 'comparisons', 'companies'] as const) {
      const key = `${m.set} ${k}`;
      const t = totals.get(key) ?? { matched: 0, drafted: 0, curated: 0 };
      t.matched += c[k].matched;
      t.drafted += c[k].drafted;
      t.curated += c[k].curated;
      totals.set(key, t);
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((a / b) * 100).toFixed(1)} %`);
  const summary = [...totals].map(
    ([key, t]) =>
      `| ${key.split(' ')[0]} | ${key.split(' ')[1]} | ${t.matched}/${t.drafted} | ${t.matched}/${t.curated} | ${pct(t.matched, t.drafted)} | ${pct(t.matched, t.curated)} |`,
  );
  const header =
    '| document | kind | precision (matched/drafted) | recall (matched/curated) | precision | recall |\n| --- | --- | --- | --- | --- | --- |';
  const report = [
    '# `kg extract --compare` results',
    '',
    'Written by `kg extract --compare` (see tests/fixtures/extract/README.md); do not edit by hand.',
    'Amounts: a fact counts as right when metric, period, basis and every amount (value or range or bound, unit, scale) are. Derived facts of the curated files are out of the count. Comparisons: kind, base period, direction and change. Companies: same name or alias. Known companies come from seed/ minus the curated file compared against.',
    '',
    '## By set',
    '',
    header,
    ...summary,
    '',
    '## By document',
    '',
    header,
    ...rows,
    '',
    '## Misses and extras',
    '',
    ...details.flatMap((d) => [d, '']),
  ].join('\n');
  if (resultsFile) {
    writeFileSync(resultsFile, await asPrettierMarkdown(resultsFile, report));
    process.stderr.write(`extract: results written to ${resultsFile}\n`);
  }
  process.stdout.write(`${[header, ...summary].join('\n')}\n`);
  return failed === 0 ? 0 : 1;
}

/**
 * The results file in the repository's Prettier style, so it passes `npm run lint` as the run wrote
 * it (Prettier is a dev dependency: without it the file is written as is).
 */
async function asPrettierMarkdown(file: string, text: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    return await prettier.format(text, { ...(await prettier.resolveConfig(file)), parser: 'markdown' });
  } catch {
    return text;
  }
}

/** Runs `work` against the graph (NEO4J_URI or the local Neo4j); a configuration error is exit 2. */
async function withGraph(work: (db: Database) => Promise<number>): Promise<number> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`kg extract: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const opened = await openDatabase(config, createStderrReporter());
  try {
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}

/** `--diff`: what loading a reviewed draft would add to the graph (new, confirms, restates, revises). */
async function diff(draftFile: string): Promise<number> {
  const { files } = readFactFiles([draftFile]);
  const draft = files[0]!.data;
  return withGraph(async (db) => {
    const news = await diffDraftAgainstGraph(db, draft.document.issuer, draft);
    for (const n of news) process.stdout.write(`${n.kind.padEnd(9)} ${n.fact}: ${n.message}\n`);
    const counts = news.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.kind]: (acc[n.kind] ?? 0) + 1 }), {});
    process.stderr.write(
      `extract: ${draftFile} against the graph: ${
        Object.entries(counts)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ') || 'no facts'
      }\n`,
    );
    return 0;
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        company: { type: 'string' },
        out: { type: 'string' },
        'seed-dir': { type: 'string' },
        compare: { type: 'string', multiple: true },
        results: { type: 'string' },
        diff: { type: 'string' },
        graph: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const seedDir = values['seed-dir'] ?? path.join(PROJECT_ROOT, 'seed');
  if (values.diff) return diff(values.diff);
  if (values.compare) {
    // `--compare a.yaml b.yaml …`: the positionals are more curated files.
    return compare([...values.compare, ...positionals], seedDir, values.results);
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'no document given' : 'give one document');
  const document = positionals[0]!;
  const draftWith = async (fromGraph: readonly KnownCompany[]) =>
    writeDraft(
      draftDocument(document, values.out, values.company, seedDir, values.out ? [values.out] : [], fromGraph),
      values.out,
    );
  if (values.graph) return withGraph(async (db) => draftWith(await knownCompaniesInGraph(db)));
  return draftWith([]);
}

/** The draft to stdout, or to `out` validated, with its decisions on stderr. */
function writeDraft(result: ReturnType<typeof draftDocument>, out: string | undefined): number {
  const yaml = draftYaml(result);
  for (const d of result.decisions) process.stderr.write(`decide [${d.section}] ${d.question}\n`);
  if (!out) {
    process.stdout.write(yaml);
    return 0;
  }
  writeFileSync(out, yaml);
  const problems = validateDraft(out);
  process.stderr.write(
    `extract: ${out}: ${(result.draft.facts as unknown[]).length} facts, ${(result.draft.companies as unknown[]).length} companies, ${result.sections} sections, ${result.decisions.length} to decide; ` +
      (problems.length === 0
        ? 'the validator accepts it\n'
        : `the validator finds ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`),
  );
  return problems.length === 0 ? 0 : 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kg extract: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof ExtractError || error instanceof FactFileValidationError) {
      process.stderr.write(`kg extract: ${error.message}\n`);
      if (error instanceof FactFileValidationError)
        for (const p of error.problems) process.stderr.write(`  ${p.file} ${p.entry} ${p.field}: ${p.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`kg extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
