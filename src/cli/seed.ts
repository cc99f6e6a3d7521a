/**
 * `npm run seed -- [files or folders…]` (default: seed/) — validate fact files, then load them.
 * Exit codes: 0 loaded, 1 database or unexpected failure, 2 invalid fact files (nothing written) or a
 * document refused because it conflicts with curated data (that document not written).
 */
import { ConfigError, readConfig } from '../config.js';
import { createStderrReporter } from '../localNeo4j/index.js';
import { openDatabase } from '../runtime.js';
import { DocumentConflictError, FactFileValidationError } from '../seed/errors.js';
import { DEFAULT_SEED_DIR, seedGraph } from '../seed/seedGraph.js';

const USAGE = `Usage: npm run seed -- [fact files or folders…]

Validates every fact file (format: seed/FORMAT.md) and, only if all are valid, writes each document
in one transaction. Default: every *.yaml in seed/. Uses NEO4J_URI if set, else the local Neo4j.`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const reporter = createStderrReporter();
  const config = readConfig();
  const inputs = argv.length > 0 ? argv : [DEFAULT_SEED_DIR];
  const opened = await openDatabase(config, reporter);
  try {
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
    if (error instanceof FactFileValidationError || error instanceof DocumentConflictError) {
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
