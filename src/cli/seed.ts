/**
 * `npm run seed -- [files or folders…]` (default: seed/) — validate fact files, then load them.
 * Exit codes: 0 loaded, 1 database or unexpected failure, 2 invalid fact files (nothing written) or a
 * document refused because it conflicts with curated data (that document not written).
 */
import { ConfigError, readConfig } from '../config.js';
import { createStderrReporter } from '../localNeo4j/index.js';
import { openDatabase } from '../runtime.js';
import { DocumentConflictError, DocumentRemovalError, FactFileValidationError } from '../seed/errors.js';
import { DEFAULT_SEED_DIR, seedGraph } from '../seed/seedGraph.js';
import { removeDocument } from '../seed/writeFactFile.js';
import { ensureGraphSchema } from '../graph/schema.js';

const USAGE = `Usage: npm run seed -- [fact files or folders…]
       npm run seed -- --remove <document id>

Validates every fact file (format: seed/FORMAT.md) and, only if all are valid, writes each document
in one transaction, printing what each adds, confirms, restates or revises. Default: every *.yaml in
seed/. --remove takes a document out of the graph in one transaction and recomputes the facts it
reported (refused while curated data cites it). Uses NEO4J_URI if set, else the local Neo4j.`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const reporter = createStderrReporter();
  const config = readConfig();
  const removeAt = argv.indexOf('--remove');
  if (removeAt >= 0 && (argv.length !== 2 || !argv[removeAt + 1])) {
    process.stderr.write(`--remove takes one document id and nothing else\n\n${USAGE}\n`);
    return 2;
  }
  const inputs = argv.length > 0 ? argv : [DEFAULT_SEED_DIR];
  const opened = await openDatabase(config, reporter);
  try {
    if (removeAt >= 0) {
      await ensureGraphSchema(opened.db);
      const removed = await removeDocument(opened.db, argv[removeAt + 1]!);
      process.stdout.write(
        `removed ${removed.documentId}: ${removed.factsRemoved} fact(s) only it reported removed, ` +
          `${removed.factsReordered} fact(s) other documents report recomputed, ${removed.entitiesRemoved} entities no longer cited removed\n`,
      );
      return 0;
    }
    const report = await seedGraph(opened.db, inputs, { onProgress: (m) => reporter.info(m) });
    for (const doc of report.documents) {
      process.stdout.write(`${doc.documentId} (${doc.file})\n`);
      for (const [label, counts] of Object.entries(doc.entities)) {
        if (counts.total > 0) {
          process.stdout.write(
            `  ${label.padEnd(14)} ${String(counts.total).padStart(4)}  (${counts.created} new, ${counts.total - counts.created} updated)\n`,
          );
        }
      }
      const owned = Object.entries(doc.owned)
        .filter(([, n]) => n > 0)
        .map(([label, n]) => `${label} ${n}`);
      process.stdout.write(`  replaced: ${owned.join(', ')}; ${doc.relationships} relationships\n`);
      const kinds = new Map<string, number>();
      for (const n of doc.news) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
      if (doc.news.length > 0) {
        process.stdout.write(`  facts: ${[...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ')}\n`);
      }
      // New facts are the bulk of a first load: the lines worth reading are what changed.
      for (const n of doc.news) if (n.kind !== 'new') process.stdout.write(`    ${n.message}\n`);
    }
    for (const warning of report.warnings) {
      process.stdout.write(`warning [${warning.check}] ${warning.file}: ${warning.message}\n`);
      for (const quote of warning.quotes) process.stdout.write(`    “${quote}”\n`);
    }
    return 0;
  } finally {
    await opened.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof FactFileValidationError ||
      error instanceof DocumentConflictError ||
      error instanceof DocumentRemovalError
    ) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
