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
