/**
 * Facts over time, through the real loader and the real HTTP API: three releases of a fictional
 * company (tests/fixtures/time/) — a restatement, a lowered outlook, and an actual that misses it.
 * Runs serially with the other integration files (it resets the test database).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureGraphSchema } from '../../src/graph/schema.js';
import { DocumentRemovalError } from '../../src/seed/errors.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { removeDocument } from '../../src/seed/writeFactFile.js';
import { PROJECT_ROOT } from '../../src/projectRoot.js';
import { useSeededApi } from '../kit/seededApi.js';

const DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'time');
const files = ['hoshizora-1q2005.yaml', 'hoshizora-2q2005.yaml', 'hoshizora-fy2005.yaml'].map((f) => path.join(DIR, f));
const seeded = useSeededApi(() => files);

const OPERATING_LOSS = /* GraphQL */ `
  query Loss($knownAt: Date, $reported: ReportRule) {
    financialFacts(company: "Hoshizora", metric: "operatingIncome", knownAt: $knownAt, reported: $reported) {
      key
      amounts {
        value
        unit
      }
      restated
      restatement {
        previousAmount {
          value
        }
        amount {
          value
        }
        change
        previous {
          document {
            key
          }
        }
      }
      selection {
        rule
        knownAt
      }
      selectedReport {
        document {
          key
        }
        knownFrom
        orderedBy
      }
      reports {
        sequence
        knownFrom
        document {
          key
          published
          publishedPrecision
        }
        amounts {
          value
          unit
        }
        source {
          quote
        }
      }
    }
  }
`;

interface Loss {
  financialFacts: {
    key: string;
    amounts: { value: number; unit: string }[];
    restated: boolean;
    restatement: {
      previousAmount: { value: number };
      amount: { value: number };
      change: number;
      previous: { document: { key: string } };
    } | null;
    selection: { rule: string; knownAt: string | null };
    selectedReport: { document: { key: string }; knownFrom: string; orderedBy: string };
    reports: {
      sequence: number;
      knownFrom: string;
      document: { key: string; published: string; publishedPrecision: string };
      amounts: { value: number }[];
      source: { quote: string };
    }[];
  }[];
}

describe('facts over time', () => {
  it('holds one fact per figure, with a report from each document that states it', async () => {
    const { financialFacts } = await seeded.client.data<Loss>(OPERATING_LOSS, {});
    expect(financialFacts).toHaveLength(1);
    const [loss] = financialFacts;
    expect(loss!.key).toBe('hoshizora/operating-income/fy2005-q1');
    expect(loss!.reports.map((r) => [r.sequence, r.document.key, r.knownFrom, r.amounts[0]!.value])).toEqual([
      [0, 'hoshizora-1q2005', '2005-08-10', -1060],
      [1, 'hoshizora-2q2005', '2005-11-10', -1206],
    ]);
    expect(loss!.reports[1]!.source.quote).toContain('restated to JPY 1,206 million');
    expect(loss!.reports[0]!.document).toMatchObject({ published: '2005-08-10', publishedPrecision: 'DAY' });
  });

  it('answers the latest report by default, flagged as a restatement with the previous value and the change', async () => {
    const [loss] = (await seeded.client.data<Loss>(OPERATING_LOSS, {})).financialFacts;
    expect(loss!.amounts).toEqual([
      { value: -1206, unit: 'JPY' },
      { value: -10.9, unit: 'USD' },
    ]);
    expect(loss!.selection).toEqual({ rule: 'LATEST', knownAt: null });
    expect(loss!.selectedReport).toEqual({
      document: { key: 'hoshizora-2q2005' },
      knownFrom: '2005-11-10',
      orderedBy: 'PUBLICATION_DATE',
    });
    expect(loss!.restated).toBe(true);
    expect(loss!.restatement).toEqual({
      previousAmount: { value: -1060 },
      amount: { value: -1206 },
      change: -146e6,
      previous: { document: { key: 'hoshizora-1q2005' } },
    });
  });

  it('answers the first reported figure on request, and what was known at a date', async () => {
    const [first] = (await seeded.client.data<Loss>(OPERATING_LOSS, { reported: 'FIRST_REPORTED' })).financialFacts;
    expect(first!.amounts[0]!.value).toBe(-1060);
    expect(first!.restated).toBe(true);

    const [september] = (await seeded.client.data<Loss>(OPERATING_LOSS, { knownAt: '2005-09-01' })).financialFacts;
    expect(september!.amounts[0]!.value).toBe(-1060);
    expect(september!.reports).toHaveLength(1);
    expect(september!.restated).toBe(false);
    expect(september!.selection).toEqual({ rule: 'LATEST', knownAt: '2005-09-01' });

    const before = await seeded.client.data<Loss>(OPERATING_LOSS, { knownAt: '2005-08-09' });
    expect(before.financialFacts).toEqual([]);
  });

  it('treats agreeing reports as one figure: a confirmation is no restatement', async () => {
    const data = await seeded.client.data<{
      company: { revenue: { restated: boolean; reports: unknown[]; amounts: { value: number }[] } };
    }>(
      `{ company(name: "Hoshizora Networks K.K.") { revenue(period: { fiscalYear: 2005, quarter: 1 }) { restated reports { sequence } amounts { value } } } }`,
    );
    expect(data.company.revenue.reports).toHaveLength(2);
    expect(data.company.revenue.restated).toBe(false);
    expect(data.company.revenue.amounts[0]!.value).toBe(12407);
  });

  it('links guidance to its revisions and, once the actual exists, to its outcome', async () => {
    const query = /* GraphQL */ `
      query Outlook($knownAt: Date) {
        financialFacts(company: "hoshizora", basis: GUIDANCE, knownAt: $knownAt) {
          key
          amounts {
            low
            high
          }
          revisions {
            direction
            previous {
              document {
                key
              }
            }
            report {
              document {
                key
              }
            }
          }
          outcome {
            position
            surprisePercent
            actual {
              key
              amounts {
                value
              }
            }
            guidedAmount {
              low
              high
            }
          }
        }
      }
    `;
    type Outlook = {
      financialFacts: {
        key: string;
        amounts: { low: number; high: number }[];
        revisions: {
          direction: string;
          previous: { document: { key: string } };
          report: { document: { key: string } };
        }[];
        outcome: {
          position: string;
          surprisePercent: number;
          actual: { key: string; amounts: { value: number }[] };
          guidedAmount: { low: number; high: number };
        } | null;
      }[];
    };
    const [now] = (await seeded.client.data<Outlook>(query, {})).financialFacts;
    expect(now!.key).toBe('hoshizora/revenue/fy2005/guidance');
    expect(now!.amounts).toEqual([{ low: 48, high: 49 }]);
    expect(now!.revisions).toEqual([
      {
        direction: 'LOWERED',
        previous: { document: { key: 'hoshizora-1q2005' } },
        report: { document: { key: 'hoshizora-2q2005' } },
      },
    ]);
    expect(now!.outcome).toMatchObject({
      position: 'BELOW',
      actual: { key: 'hoshizora/revenue/fy2005', amounts: [{ value: 47.1 }] },
      guidedAmount: { low: 48, high: 49 },
    });
    // 47.1 against the midpoint 48.5.
    expect(now!.outcome!.surprisePercent).toBeCloseTo(((47.1 - 48.5) / 48.5) * 100, 6);

    // In December 2005 the lowered outlook was known and the year's actual was not.
    const [december] = (await seeded.client.data<Outlook>(query, { knownAt: '2005-12-01' })).financialFacts;
    expect(december!.amounts).toEqual([{ low: 48, high: 49 }]);
    expect(december!.outcome).toBeNull();
  });

  it('links an expectation about a period to the actuals of that period', async () => {
    const data = await seeded.client.data<{ company: { statements: { kind: string; actuals: { key: string }[] }[] } }>(
      `{ company(name: "hoshizora") { statements { kind actuals { key } } } }`,
    );
    expect(data.company.statements).toEqual([{ kind: 'expectation', actuals: [{ key: 'hoshizora/revenue/fy2005' }] }]);
  });

  it('ranks the figure as known at a date, and the first-reported one on request', async () => {
    const query = /* GraphQL */ `
      query Rank($knownAt: Date, $reported: ReportRule) {
        metricRanking(
          metric: "operatingIncome"
          period: { fiscalYear: 2005, quarter: 1 }
          knownAt: $knownAt
          reported: $reported
        ) {
          unit
          selection {
            rule
            knownAt
          }
          entries {
            rank
            rankedValue
            company {
              key
            }
          }
        }
      }
    `;
    type Rank = {
      metricRanking: {
        unit: string;
        selection: { rule: string; knownAt: string | null };
        entries: { rankedValue: number }[];
      };
    };
    const latest = await seeded.client.data<Rank>(query, {});
    expect(latest.metricRanking.entries.map((e) => e.rankedValue)).toEqual([-1206e6]);
    const first = await seeded.client.data<Rank>(query, { reported: 'FIRST_REPORTED' });
    expect(first.metricRanking.entries.map((e) => e.rankedValue)).toEqual([-1060e6]);
    const known = await seeded.client.data<Rank>(query, { knownAt: '2005-09-01' });
    expect(known.metricRanking.entries.map((e) => e.rankedValue)).toEqual([-1060e6]);
    expect(known.metricRanking.selection).toEqual({ rule: 'LATEST', knownAt: '2005-09-01' });
    const none = await seeded.client.data<Rank>(query, { knownAt: '2005-01-01' });
    expect(none.metricRanking.entries).toEqual([]);
  });

  it('refuses a knownAt that is not a calendar day, naming the argument', async () => {
    const response = await seeded.client.execute(OPERATING_LOSS, { knownAt: '2005-02-30' });
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'knownAt' },
    });
  });

  it('reports what each document adds, confirms and restates when it is reloaded; a reload converges', async () => {
    const report = await seedGraph(seeded.db, [files[1]!]);
    const news = report.documents[0]!.news.map((n) => n.message);
    expect(news).toContain(
      'restates operatingIncome 1Q05 from -1,060 JPY million to -1,206 JPY million, first reported in hoshizora-1q2005',
    );
    expect(news).toContain('confirms revenue 1Q05 (12,407 JPY million), first reported in hoshizora-1q2005');
    expect(news).toContain(
      'lowers guidance for revenue FY2005 (guidance): 48–49 JPY billion (was 50–52 JPY billion in hoshizora-1q2005)',
    );
    expect(news).toContain('adds revenue 2Q05: 12,900 JPY million');
    const [loss] = (await seeded.client.data<Loss>(OPERATING_LOSS, {})).financialFacts;
    expect(loss!.reports).toHaveLength(2);
  });

  it('removes a document and recomputes what depended on it: the restatement it made is undone', async () => {
    const removed = await removeDocument(seeded.db, 'hoshizora-2q2005');
    expect(removed).toMatchObject({ factsReordered: 3, factsRemoved: 1 });
    const [loss] = (await seeded.client.data<Loss>(OPERATING_LOSS, {})).financialFacts;
    expect(loss!.amounts[0]!.value).toBe(-1060);
    expect(loss!.restated).toBe(false);
    const outlook = await seeded.client.data<{
      financialFacts: { amounts: { low: number }[]; revisions: unknown[] }[];
    }>(`{ financialFacts(company: "hoshizora", basis: GUIDANCE) { amounts { low } revisions { direction } } }`);
    expect(outlook.financialFacts).toEqual([{ amounts: [{ low: 50 }], revisions: [] }]);
    await expect(removeDocument(seeded.db, 'hoshizora-2q2005')).rejects.toBeInstanceOf(DocumentRemovalError);
    await seedGraph(seeded.db, [files[1]!]);
    const [again] = (await seeded.client.data<Loss>(OPERATING_LOSS, {})).financialFacts;
    expect(again!.amounts[0]!.value).toBe(-1206);
  });

  it('moves the facts of a graph written before reports existed onto reports at start-up', async () => {
    // The shape the loader wrote before facts had reports: amounts and the quote on the fact itself.
    await seeded.db.write({
      name: 'test.legacyFact',
      cypher: `CREATE (d:Document {id: 'legacy-doc', title: 'Legacy', kind: 'other', language: 'en'})
        CREATE (sec:Section {id: 'legacy-doc#main', documentId: 'legacy-doc', key: 'main', title: 'Main', position: 0})-[:PART_OF_DOCUMENT]->(d)
        CREATE (src:Source {id: 'legacy-doc#q', documentId: 'legacy-doc', quote: 'Revenue was JPY 5 million.'})-[:IN_SECTION]->(sec)
        CREATE (c:Entity:Company {id: 'legacy-co', name: 'Legacy Fictional Co.', kind: 'company'})
        CREATE (p:Period {id: 'legacy-co/fy2000-q1', company: 'legacy-co', fiscalYear: 2000, quarter: 1, months: 3, kind: 'quarter', label: '1Q00'})-[:PERIOD_OF]->(c)
        CREATE (f:FinancialFact {id: 'legacy-fact', documentId: 'legacy-doc', metric: 'revenue', basis: 'actual', sourceId: 'legacy-doc#q'})
        CREATE (f)-[:OF_COMPANY]->(c), (f)-[:FOR_PERIOD]->(p), (f)-[:SOURCED_FROM {documentId: 'legacy-doc', fields: ['*']}]->(src)
        CREATE (f)-[:HAS_AMOUNT]->(:Amount {id: 'legacy-fact#amount-0', documentId: 'legacy-doc', position: 0, unit: 'JPY', scale: 'million', value: 5, baseValue: 5e6})`,
    });
    await ensureGraphSchema(seeded.db);
    const data = await seeded.client.data<{
      financialFacts: {
        key: string;
        amounts: { value: number }[];
        selectedReport: { document: { key: string }; source: { quote: string } };
      }[];
    }>(
      `{ financialFacts(company: "legacy-co") { key amounts { value } selectedReport { document { key } source { quote } } } }`,
    );
    expect(data.financialFacts).toEqual([
      {
        key: 'legacy-fact',
        amounts: [{ value: 5 }],
        selectedReport: { document: { key: 'legacy-doc' }, source: { quote: 'Revenue was JPY 5 million.' } },
      },
    ]);
    const ranking = await seeded.client.data<{ metricRanking: { entries: { company: { key: string } }[] } }>(
      `{ metricRanking(metric: "revenue", period: { fiscalYear: 2000, quarter: 1 }) { entries { company { key } } } }`,
    );
    expect(ranking.metricRanking.entries).toEqual([{ company: { key: 'legacy-co' } }]);
  });
});
