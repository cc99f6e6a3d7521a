/**
 * Metric ranking over figures from two documents: a company's figure is its fact's latest report
 * (these undated documents are ordered by id); ties share a rank; `first` cuts after ranking. Loaded through the
 * real loader; runs serially with the other integration files (it resets the test database).
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../kit/seededApi.js';
import { writeFactFileWithDocument } from '../kit/syntheticFacts.js';

/** A fact file of `documentId` giving each company its 3Q02 revenue (JPY million). */
function revenues(documentId: string, figures: Record<string, number>): string {
  const lines = [`Revenues reported in ${documentId}.`];
  const quote = (text: string) => {
    lines.push(text);
    return { section: 'main', quote: text };
  };
  const facts = {
    format: 'company-kg/facts@1',
    document: { id: documentId, title: documentId, kind: 'other', issuer: 'a', language: 'en' },
    sections: [{ id: 'main', title: 'Main' }],
    companies: Object.keys(figures).map((id) => ({
      id,
      name: `Company ${id.toUpperCase()}`,
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'start-year',
      source: quote(`${id.toUpperCase()} is a company (${documentId}).`),
    })),
    facts: Object.entries(figures).map(([id, value]) => ({
      id: `${documentId}/${id}/revenue`,
      company: id,
      metric: 'revenue',
      period: { fiscalYear: 2002, quarter: 3 },
      basis: 'actual',
      amounts: [{ value, scale: 'million', unit: 'JPY' }],
      source: quote(`${id.toUpperCase()} revenue was JPY${value} million in 3Q02 (${documentId}).`),
    })),
  };
  return writeFactFileWithDocument(facts, lines).factFile;
}

const seeded = useSeededApi(() => [
  revenues('report-2002-a', { a: 100, b: 200, c: 150, d: 200 }),
  // The later report restates A's figure: it, not the earlier one, is ranked.
  revenues('report-2002-b', { a: 300 }),
]);

const RANKING = /* GraphQL */ `
  query Ranking($first: Int!, $order: SortDirection) {
    metricRanking(metric: "revenue", period: { fiscalYear: 2002, quarter: 3 }, first: $first, order: $order) {
      unit
      entries {
        rank
        rankedValue
        company {
          key
        }
        fact {
          key
          selectedReport {
            key
          }
        }
      }
    }
  }
`;

type Ranking = {
  metricRanking: {
    unit: string;
    entries: {
      rank: number;
      rankedValue: number;
      company: { key: string };
      fact: { key: string; selectedReport: { key: string } };
    }[];
  };
};

describe('metric ranking across documents', () => {
  it("ranks each company's latest figure, ties sharing a rank", async () => {
    const data = await seeded.client.data<Ranking>(RANKING, { first: 10 });
    expect(data.metricRanking.unit).toBe('JPY');
    expect(
      data.metricRanking.entries.map((e) => [e.rank, e.company.key, e.rankedValue, e.fact.selectedReport.key]),
    ).toEqual([
      [1, 'a', 300_000_000, 'report-2002-b#report-2002-b/a/revenue'],
      [2, 'b', 200_000_000, 'report-2002-a#report-2002-a/b/revenue'],
      [2, 'd', 200_000_000, 'report-2002-a#report-2002-a/d/revenue'],
      [4, 'c', 150_000_000, 'report-2002-a#report-2002-a/c/revenue'],
    ]);
  });

  it('cuts at `first` after ranking, ties at the cut ordered by key', async () => {
    const top2 = await seeded.client.data<Ranking>(RANKING, { first: 2 });
    expect(top2.metricRanking.entries.map((e) => [e.rank, e.company.key])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    const bottom1 = await seeded.client.data<Ranking>(RANKING, { first: 1, order: 'ASC' });
    expect(bottom1.metricRanking.entries.map((e) => [e.rank, e.company.key])).toEqual([[1, 'c']]);
  });

  it('ranks no one for a known metric without figures, and lists every reporting company as missing', async () => {
    const data = await seeded.client.data<{
      metricRanking: { entries: unknown[]; missing: { key: string }[] };
    }>(/* GraphQL */ `
      {
        metricRanking(metric: "netIncome", period: { fiscalYear: 2002, quarter: 3 }) {
          entries {
            rank
            company {
              key
            }
          }
          missing {
            key
          }
        }
      }
    `);
    expect(data.metricRanking.entries).toEqual([]);
    expect(data.metricRanking.missing.map((c) => c.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('takes a forgiving metric name, and refuses an unknown one with the closest names', async () => {
    const forgiving = await seeded.client.data<Ranking>(RANKING.replace('metric: "revenue"', 'metric: "Revenue"'), {
      first: 1,
    });
    expect(forgiving.metricRanking.entries.map((e) => e.company.key)).toEqual(['a']);
    const unknown = await seeded.client.execute(
      `{ metricRanking(metric: "revenu", period: { fiscalYear: 2002, quarter: 3 }) { unit } }`,
    );
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'metric', candidates: ['revenue'] },
    });
    expect(unknown.errors?.[0]?.message).toContain('Did you mean revenue?');
  });
});
