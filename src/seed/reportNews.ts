/**
 * What a document's fact reports add to the graph, for the loader's report: a new fact, a
 * confirmation of an earlier report, a restatement ("restates operatingIncome 1Q03 from -1,060 to
 * -1,206 JPY million, first reported in …"), a guidance revision. Information, never a failure.
 * Pure: it reads the reports of each fact in order, as the loader has just written them.
 */
import { firstDisagreement, revisionDirection, type PrintedAmount } from '../model/figures.js';

export interface ReportedFact {
  readonly key: string;
  readonly metric: string;
  readonly basis: 'actual' | 'guidance' | 'derived';
  readonly period: string;
  readonly offering: string | null;
  readonly reports: readonly {
    readonly documentId: string;
    readonly sequence: number;
    readonly knownFrom: string | null;
    readonly amounts: readonly PrintedAmount[];
  }[];
}

export type ReportNewsKind = 'new' | 'confirms' | 'restates' | 'raises' | 'lowers' | 'reaffirms' | 'earlier';

export interface ReportNews {
  readonly fact: string;
  readonly kind: ReportNewsKind;
  readonly message: string;
}

function printed(amount: PrintedAmount): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 10 });
  const scale = amount.scale === 'one' ? '' : ` ${amount.scale}`;
  const number =
    amount.value !== null && amount.value !== undefined
      ? n(amount.value)
      : [
          amount.bound,
          [amount.low, amount.high]
            .filter((v) => v != null)
            .map((v) => n(v!))
            .join('–'),
        ]
          .filter(Boolean)
          .join(' ');
  return `${number} ${amount.unit}${scale}`;
}

const describe = (f: ReportedFact) =>
  `${f.metric}${f.offering ? ` of ${f.offering}` : ''} ${f.period}${f.basis === 'actual' ? '' : ` (${f.basis})`}`;

export function describeReports(documentId: string, facts: readonly ReportedFact[]): ReportNews[] {
  const news: ReportNews[] = [];
  for (const fact of [...facts].sort((a, b) => a.key.localeCompare(b.key))) {
    const index = fact.reports.findIndex((r) => r.documentId === documentId);
    if (index < 0) continue;
    const mine = fact.reports[index]!;
    const first = fact.reports[0]!;
    const previous = fact.reports[index - 1];
    const what = describe(fact);
    if (!previous) {
      const later = fact.reports.length - 1;
      news.push(
        later === 0
          ? { fact: fact.key, kind: 'new', message: `adds ${what}: ${mine.amounts.map(printed).join(', ')}` }
          : {
              fact: fact.key,
              kind: 'earlier',
              message: `reports ${what} before ${later} document(s) already loaded (first reported here)`,
            },
      );
      continue;
    }
    if (fact.basis === 'guidance') {
      const direction = revisionDirection(previous.amounts, mine.amounts);
      const kind = direction === 'raised' ? 'raises' : direction === 'lowered' ? 'lowers' : 'reaffirms';
      news.push({
        fact: fact.key,
        kind,
        message: `${kind} guidance for ${what}: ${mine.amounts.map(printed).join(', ')} (was ${previous.amounts.map(printed).join(', ')} in ${previous.documentId})`,
      });
      continue;
    }
    const change = firstDisagreement(previous.amounts, mine.amounts);
    news.push(
      change
        ? {
            fact: fact.key,
            kind: 'restates',
            message: `restates ${what} from ${printed(change.earlier)} to ${printed(change.later)}, first reported in ${first.documentId}`,
          }
        : {
            fact: fact.key,
            kind: 'confirms',
            message: `confirms ${what} (${mine.amounts.map(printed).join(', ')}), first reported in ${first.documentId}`,
          },
    );
  }
  return news;
}
