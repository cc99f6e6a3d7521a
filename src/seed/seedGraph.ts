/**
 * The seed loader: validate every fact file, then create the graph schema, then write each
 * document in its own transaction. The CLI, the server's first start and the tests all call this.
 * A document that collides with data it does not own (curated, or another document's) is refused
 * (DocumentConflictError) and stops the run; the documents written before it stay.
 */
import path from 'node:path';
import type { Database } from '../db/database.js';
import { ensureGraphSchema } from '../graph/schema.js';
import { PROJECT_ROOT } from '../projectRoot.js';
import { DocumentConflictError, type ReconciliationWarning } from './errors.js';
import { buildGraphRows } from './graphRows.js';
import { readFactFiles } from './readFactFiles.js';
import { writeGraphRows, type WriteReport } from './writeFactFile.js';

export const DEFAULT_SEED_DIR = path.join(PROJECT_ROOT, 'seed');

export interface SeedReport {
  readonly documents: readonly (WriteReport & { file: string; elapsedMs: number })[];
  readonly warnings: readonly ReconciliationWarning[];
}

export interface SeedOptions {
  readonly onProgress?: (message: string) => void;
}

export async function seedGraph(
  db: Database,
  inputs: readonly string[] = [DEFAULT_SEED_DIR],
  options: SeedOptions = {},
): Promise<SeedReport> {
  const progress = options.onProgress ?? (() => {});
  const { files, warnings } = readFactFiles(inputs); // throws before any write if anything is wrong
  progress(`validated ${files.length} fact file(s)`);
  await ensureGraphSchema(db);
  const documents: SeedReport['documents'][number][] = [];
  for (const [index, file] of files.entries()) {
    const started = performance.now();
    let report: WriteReport;
    try {
      report = await writeGraphRows(db, buildGraphRows(file.data, file.documentText), file.path);
    } catch (error) {
      if (!(error instanceof DocumentConflictError)) throw error;
      throw new DocumentConflictError({ ...error.details, loadedBefore: documents.map((d) => d.documentId) });
    }
    const elapsedMs = performance.now() - started;
    documents.push({ ...report, file: file.path, elapsedMs });
    progress(`[${index + 1}/${files.length}] ${report.documentId} written in ${elapsedMs.toFixed(0)} ms`);
  }
  return { documents, warnings };
}
