/**
 * A draft as a file: the document read (clear errors for what cannot be), the draft written as YAML
 * with its decisions on top, validated by the seed's own reader, and measured against a curated file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { metricLexicon } from '../model/metricLexicon.js';
import { FactFileValidationError } from '../seed/errors.js';
import { readFactFiles } from '../seed/readFactFiles.js';
import { asciiSlug } from './asciiSlug.js';
import { compareDraft, type Comparison, type FileLike } from './compareDraft.js';
import { knownCompanies, type KnownCompany } from './companyMentions.js';
import { ExtractError, extractDraft, type ExtractResult } from './extractDraft.js';
export function readDocument(file: string): string {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a directory, not a file'
          : String((error as Error).message);
    throw new ExtractError(`cannot read ${file}: ${why}`);
  }
  if (buffer.includes(0))
    throw new ExtractError(
      `${file} is not a text file (it contains NUL bytes); extract text from it first (OCR, pdftotext)`,
    );
  const text = buffer.toString('utf8');
  if (text.trim().length === 0) throw new ExtractError(`${file} is empty: there is no text to draft from`);
  return text;
}

function documentIdOf(file: string): string {
  return asciiSlug(path.basename(file).replace(/\.[^.]+$/, '')) || 'document';
}

/** The draft as YAML, the decisions as a comment block at its top. */
export function draftYaml(result: ExtractResult): string {
  const header = [
    'Draft written by `kg extract`: review every entry before `kg seed`.',
    'Each fact source note gives a confidence and how the value was read.',
    result.decisions.length === 0 ? 'Nothing left to decide.' : `To decide (${result.decisions.length}):`,
    ...result.decisions.flatMap((d) => [
      `- [${d.section}] ${d.question}`,
      `    “${d.quote.length > 160 ? `${d.quote.slice(0, 157)}…` : d.quote}”`,
    ]),
  ]
    .map((l) => `# ${l}`.trimEnd())
    .join('\n');
  return `${header}\n${stringify(result.draft, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** Validates a draft file with the seed's reader: the problems, or [] when it loads. */
export function validateDraft(file: string): string[] {
  try {
    readFactFiles([file]);
    return [];
  } catch (error) {
    if (error instanceof FactFileValidationError)
      return error.problems.map((p) => `${p.entry} ${p.field}: ${p.message}`);
    throw error;
  }
}

export function draftDocument(
  documentPath: string,
  outPath: string | undefined,
  company: string | undefined,
  seedDir: string,
  exclude: string[],
  /** Companies the graph knows (`--graph`), matched as well as seed/'s; seed/'s win on the same id. */
  fromGraph: readonly KnownCompany[] = [],
) {
  const text = readDocument(documentPath);
  const seeded = knownCompanies(seedDir, exclude);
  const ids = new Set(seeded.map((c) => c.id));
  const relative = outPath
    ? path.relative(path.dirname(path.resolve(outPath)), path.resolve(documentPath))
    : documentPath;
  return extractDraft(text, {
    documentFile: relative,
    documentId: documentIdOf(documentPath),
    company,
    known: [...seeded, ...fromGraph.filter((c) => !ids.has(c.id))],
    lexicon: metricLexicon(),
    onProgress: (m) => process.stderr.write(`extract: ${m}\n`),
  });
}

export interface Measurement {
  /** `<set>/<file>`: the set is the curated file's folder (`deck` for seed/). */
  readonly name: string;
  readonly set: string;
  readonly ms: number;
  readonly result?: ExtractResult;
  readonly comparison?: Comparison;
  /** The validator's problems with the draft ([] when it loads). */
  readonly problems: readonly string[];
  /** Why there is no draft, when there is none (`comparison` then scores an empty draft). */
  readonly error?: string;
}

/**
 * Drafts a curated file's document as `kg extract` would — the curated file's own companies are not
 * known companies, so nothing is learnt from the answer — then validates and compares the draft.
 */
export function measureDraft(curatedFile: string, seedDir: string): Measurement {
  const { files } = readFactFiles([curatedFile]);
  const curated = files[0]!;
  const documentPath = path.resolve(path.dirname(curatedFile), curated.data.document.file);
  const folder = path.basename(path.dirname(path.resolve(curatedFile)));
  const set = folder === 'seed' ? 'deck' : folder;
  const name = `${set}/${path.basename(curatedFile, '.yaml')}`;
  const work = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-'));
  try {
    const out = path.join(work, `${path.basename(curatedFile, '.yaml')}.draft.yaml`);
    const started = performance.now();
    let result: ExtractResult;
    try {
      result = draftDocument(documentPath, out, undefined, seedDir, [curatedFile]);
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      // No draft scores as an empty one: every curated fact counts as missed.
      const comparison = compareDraft(
        { facts: [], companies: [] } as FileLike,
        curated.data as FileLike,
        curated.documentText,
      );
      return { name, set, ms: performance.now() - started, comparison, problems: [], error: error.message };
    }
    writeFileSync(out, draftYaml(result));
    const ms = performance.now() - started;
    const problems = validateDraft(out);
    const comparison = compareDraft(result.draft as FileLike, curated.data as FileLike, curated.documentText);
    return { name, set, ms, result, comparison, problems };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
