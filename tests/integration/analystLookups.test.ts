/**
 * Issue 14 over real HTTP against the IIJ fact file: the metric catalogue and checked metric
 * names, forgiving company lookups, search over what the text says, statements by subject, ratios.
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../kit/seededApi.js';

const seeded = useSeededApi();

describe('the metric catalogue', () => {
  it('lists every lexicon metric with what the graph holds for it', async () => {
    const data = await seeded.client.data<{
      metrics: {
        key: string;
        kind: string | null;
        factCount: number;
        units: string[];
        bases: string[];
        periods: { label: string }[];
        companies: { key: string }[];
        inLexicon: boolean;
      }[];
    }>(`{ metrics { key kind factCount units bases periods { label } companies { key } inLexicon } }`);
    const byKey = new Map(data.metrics.map((m) => [m.key, m]));
    expect([...byKey.keys()]).toEqual([...byKey.keys()].sort());
    expect(byKey.get('revenue')).toMatchObject({
      kind: 'MONEY',
      units: ['JPY', 'USD'],
      companies: [{ key: 'iij' }],
      inLexicon: true,
    });
    expect(byKey.get('revenue')!.periods.map((p) => p.label)).toContain('3Q02');
    expect(byKey.get('operatingIncome')!.factCount).toBeGreaterThan(0);
    expect(byKey.get('netIncome')).toMatchObject({ factCount: 0, units: [], companies: [] });
    expect(data.metrics.every((m) => m.inLexicon)).toBe(true);
  });

  it('narrows to one company, and finds a metric by a forgiving name', async () => {
    const data = await seeded.client.data<{ metrics: { key: string }[]; metric: { key: string } }>(
      `{ metrics(company: "11J") { key } metric(name: "operating_income") { key } }`,
    );
    expect(data.metrics.map((m) => m.key)).not.toContain('netIncome');
    expect(data.metrics.map((m) => m.key)).toContain('revenue');
    expect(data.metric.key).toBe('operatingIncome');
  });

  it('refuses an unknown metric name with the closest keys', async () => {
    const result = await seeded.client.execute(`{ metric(name: "operatingIncom") { key } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'name',
      candidates: ['operatingIncome'],
    });
    expect(result.errors?.[0]?.message).toContain('Did you mean operatingIncome?');
  });
});

describe('forgiving, explainable lookups', () => {
  const matchOf = async (name: string) =>
    (
      await seeded.client.data<{ company: { key: string; matchedBy: Record<string, unknown> } | null }>(
        `query ($name: String!) { company(name: $name) { key matchedBy { input matchedOn matched exact } } }`,
        { name },
      )
    ).company;

  it('forgives case, punctuation, whitespace and legal suffixes, and says what matched', async () => {
    expect(await matchOf('Internet Initiative Japan Inc')).toEqual({
      key: 'iij',
      matchedBy: {
        input: 'Internet Initiative Japan Inc',
        matchedOn: 'NAME',
        matched: 'Internet Initiative Japan Inc.',
        exact: false,
      },
    });
    expect((await matchOf('  internet   initiative japan, K.K. '))?.key).toBe('iij');
    expect((await matchOf('IIJ'))?.matchedBy).toMatchObject({ matchedOn: 'KEY', exact: true });
    expect((await matchOf('11J'))?.matchedBy).toMatchObject({ matchedOn: 'OCR_VARIANT', matched: '11J', exact: true });
    expect((await matchOf('Intarnet Initiative Japan'))?.matchedBy).toMatchObject({ matchedOn: 'ALIAS' });
    expect(await matchOf('Initiative')).toBeNull();
  });

  it('finds financial facts by a name without its final period', async () => {
    const data = await seeded.client.data<{ financialFacts: unknown[] }>(
      `{ financialFacts(company: "Internet Initiative Japan Inc", metric: "revenue") { key } }`,
    );
    expect(data.financialFacts.length).toBeGreaterThan(0);
  });

  it('resolves any named entity with lookup, and refuses an unknown one', async () => {
    const data = await seeded.client.data<{ lookup: { node: { __typename: string; key: string }; match: unknown } }>(
      `{ lookup(name: "yokohama 1 data center", types: ["DataCenter"]) { node { __typename ... on DataCenter { key } } match { matchedOn } } }`,
    );
    expect(data.lookup.node.__typename).toBe('DataCenter');
    const missing = await seeded.client.execute(`{ lookup(name: "Nowhere Widgets Ltd.") { match { matched } } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badType = await seeded.client.execute(`{ lookup(name: "IIJ", types: ["Planet"]) { match { matched } } }`);
    expect(badType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'types' });
  });
});
