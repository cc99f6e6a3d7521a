/** A fact-file problem, located precisely enough to fix without reading the loader. */
export interface FactFileProblem {
  readonly file: string;
  /** e.g. `facts[3] (iij/revenue/fy2002-q3)` */
  readonly entry: string;
  /** e.g. `amounts.0.value` */
  readonly field: string;
  readonly message: string;
}

export class FactFileValidationError extends Error {
  override readonly name = 'FactFileValidationError';
  constructor(readonly problems: readonly FactFileProblem[]) {
    super(
      `${problems.length} problem(s) in fact files; nothing was written:\n` +
        problems.map((p) => `  ${p.file}: ${p.entry}${p.field ? ` → ${p.field}` : ''}: ${p.message}`).join('\n'),
    );
  }
}

export interface ReconciliationWarning {
  readonly file: string;
  readonly check: 'growth' | 'exchange-rate' | 'range';
  readonly message: string;
  readonly quotes: readonly string[];
}

/** A curated citation (`documentId: curation`) into the document being loaded. */
export interface CuratedSourceProblem {
  readonly sourceId: string;
  readonly section: string;
  readonly quote: string;
  /** What cites it: `fact <key>` or `company <key>`. */
  readonly citedBy: readonly string[];
  readonly problem: 'section-removed' | 'quote-missing';
}

/** A key of the fact file that the graph already holds as another node (curated, or another document's). */
export interface KeyClash {
  /** The id in the fact file. */
  readonly key: string;
  /** What the file defines under it (`FinancialFact`, `Company`, `Service`…). */
  readonly kind: string;
  /** What the graph holds under it. */
  readonly holder: string;
  /** `curation`, or the documents the existing node belongs to (or is described by). */
  readonly owners: readonly string[];
}

/**
 * A document refused because loading it would collide with or break data it does not own: a key
 * already taken (by curated data or another document), or curated sources whose section or quote
 * the new version drops. Nothing of that document
 * was written (its transaction rolled back); documents loaded before it in the same run stay.
 */
export class DocumentConflictError extends Error {
  override readonly name = 'DocumentConflictError';
  constructor(
    readonly details: {
      readonly documentId: string;
      readonly file: string;
      readonly clashes: readonly KeyClash[];
      readonly curatedSources: readonly CuratedSourceProblem[];
      readonly loadedBefore?: readonly string[];
    },
  ) {
    super(conflictMessage(details));
  }
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
/** A label as a word of the message (`FinancialFact` is a fact in FORMAT.md and the API). */
const word = (label: string) => (label === 'FinancialFact' ? 'fact' : label);

function conflictMessage(d: DocumentConflictError['details']): string {
  const lines = [
    `Document "${d.documentId}" (${d.file}) was not loaded, nothing of it was written: it conflicts with data in the graph.`,
  ];
  for (const c of d.clashes) {
    const [kind, holder] = [word(c.kind), word(c.holder)];
    const documents = c.owners.map((o) => `"${o}"`).join(', ');
    lines.push(
      c.owners.includes('curation')
        ? `  key "${c.key}" (a ${kind} in the file) is already the key of a curated ${holder} (added through the API): rename the ${kind} in ${d.file}, or delete or re-key the curated ${holder} first.`
        : `  key "${c.key}" (a ${kind} in the file) is already the key of a ${holder}${documents ? ` of document ${documents}` : ''}: ids are global across fact files, rename it in one of them.`,
    );
  }
  for (const s of d.curatedSources) {
    const why =
      s.problem === 'section-removed'
        ? `section "${s.section}" is no longer in the file`
        : `the quote no longer occurs in the document text`;
    lines.push(
      `  curated source ${s.sourceId} (section "${s.section}", quote "${shorten(s.quote)}"), cited by ${s.citedBy.join(', ')}: ${why}.`,
    );
  }
  if (d.curatedSources.length > 0) {
    lines.push(
      '  Keep those sections and quotes in the new version, or first cite a quote that stays: upsertFinancialFact with a new source, or addCompany with a new source and the fields it backs.',
    );
  }
  if (d.loadedBefore?.length) lines.push(`  Loaded before it in this run (kept): ${d.loadedBefore.join(', ')}.`);
  return lines.join('\n');
}

/** `kg seed --remove` of a document the graph does not hold, or whose sections curated facts cite. */
export class DocumentRemovalError extends Error {
  override readonly name = 'DocumentRemovalError';
  constructor(
    readonly documentId: string,
    readonly citedBy: readonly string[],
  ) {
    super(
      citedBy.length === 0
        ? `No document "${documentId}" in the graph: nothing was removed.`
        : `Document "${documentId}" was not removed, nothing was changed: curated data cites its sections (${citedBy.join(', ')}). Cite another document in those first (upsertFinancialFact or addCompany with a new source).`,
    );
  }
}
