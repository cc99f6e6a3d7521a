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

describe('statements by what they are about', () => {
  it('lists the statements about a business line, by name or key, and links them back', async () => {
    const data = await seeded.client.data<{
      byName: { key: string; kind: string; about: { id: string }[] }[];
      byKey: { key: string }[];
      risks: { key: string }[];
    }>(`{
      byName: statements(about: "Connectivity") { key kind about { id } }
      byKey: statements(about: "iij/connectivity", company: "IIJ") { key }
      risks: statements(about: "iij/connectivity", kind: "no-such-kind") { key }
    }`);
    expect(data.byName.map((s) => s.key)).toContain('iij/statement/connectivity-vas-decline-cancellations');
    expect(data.byKey).toEqual(data.byName.map((s) => ({ key: s.key })));
    expect(data.byName.every((s) => s.about.some((a) => a.id === 'BusinessLine:iij/connectivity'))).toBe(true);
    expect(data.risks).toEqual([]);
  });

  it('puts statements on the facts and entities they are about', async () => {
    const data = await seeded.client.data<{
      node: { statements: { key: string }[] };
      company: { statementsAbout: { key: string }[] } | null;
    }>(`{
      node(id: "FinancialFact:iij/revenue/fy2002-q3") { ... on FinancialFact { statements { key } } }
      company(id: "regional-electric-power-telecom-arms") { statementsAbout { key } }
    }`);
    expect(data.node.statements.map((s) => s.key)).toEqual(['iij/statement/fy2002-q3-revenue-above-10-billion']);
    expect(data.company?.statementsAbout.map((s) => s.key)).toContain(
      'iij/statement/connectivity-vas-decline-cancellations',
    );
  });

  it('refuses an `about` that names nothing', async () => {
    const result = await seeded.client.execute(`{ statements(about: "Nowhere Widgets") { key } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('search over what the text says', () => {
  interface Hit {
    kind: string;
    matchedIn: string;
    text: string | null;
    quote: string;
    source: { section: { key: string }; document: { key: string } };
    statement: { key: string } | null;
    explanation: { text: string } | null;
    fact: { key: string } | null;
    company: { key: string } | null;
  }
  const HIT = `kind matchedIn text quote source { section { key } document { key } }
    statement { key } explanation { text } fact { key } company { key }`;

  it('finds the statement that explains a decline by contract cancellations, with its quote and slide', async () => {
    const data = await seeded.client.data<{ searchText: Hit[] }>(`{ searchText(text: "cancellations") { ${HIT} } }`);
    const statement = data.searchText.find(
      (h) => h.statement?.key === 'iij/statement/connectivity-vas-decline-cancellations',
    );
    expect(statement).toMatchObject({
      kind: 'STATEMENT',
      matchedIn: 'TEXT',
      quote: 'Contract cancellations by the telecom 6000 + service arms of regional electric power ’ companies.',
      company: { key: 'iij' },
      explanation: null,
      fact: null,
    });
    expect(statement!.source.document.key).toBeTruthy();
    expect(statement!.source.section.key).toBeTruthy();
  });

  it('matches words by their start, in the quote too, and filters by kind and company', async () => {
    const facts = await seeded.client.data<{ searchText: Hit[] }>(
      `{ searchText(text: "total revenues JPY10", kinds: [FACT], company: "Internet Initiative Japan") { ${HIT} } }`,
    );
    expect(facts.searchText.length).toBeGreaterThan(0);
    expect(facts.searchText.every((h) => h.kind === 'FACT' && h.fact !== null && h.matchedIn === 'QUOTE')).toBe(true);
    expect(facts.searchText.map((h) => h.fact!.key)).toContain('iij/revenue/fy2002-q3');
    const none = await seeded.client.data<{ searchText: Hit[] }>(
      `{ searchText(text: "cancellations", company: "regional-electric-power-telecom-arms") { kind } }`,
    );
    expect(none.searchText).toEqual([]);
  });

  it('finds explanations with the fact they explain', async () => {
    const data = await seeded.client.data<{ searchText: Hit[] }>(
      `{ searchText(text: "investments broadband", kinds: [EXPLANATION], first: 100) { ${HIT} } }`,
    );
    expect(data.searchText.length).toBeGreaterThan(0);
    for (const hit of data.searchText) {
      expect(hit.kind).toBe('EXPLANATION');
      expect(hit.explanation?.text).toBe(hit.text);
      expect(hit.fact).not.toBeNull();
    }
  });

  it('refuses a page size out of range', async () => {
    const result = await seeded.client.execute(`{ searchText(text: "x", first: 0) { kind } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});

describe('ratios and growth on request', () => {
  const FIGURE = `name value unit decimals low high inputUnit formula approximate period { label } basePeriod { label }
    inputs { role printedDecimals quote amount { unit scale value } fact { key } }`;

  it('answers the operating margin of 3Q02 from revenue and operating income, with inputs and quotes', async () => {
    const data = await seeded.client.data<{
      ratio: {
        name: string;
        value: number;
        decimals: number;
        inputUnit: string;
        formula: string;
        period: { label: string };
        inputs: { role: string; quote: string; fact: { key: string } }[];
      };
    }>(`{ ratio(company: "IIJ", ratio: OPERATING_MARGIN, period: { fiscalYear: 2002, quarter: 3 }) { ${FIGURE} } }`);
    expect(data.ratio).toMatchObject({ name: 'operatingMargin', value: -5.3, decimals: 1, inputUnit: 'JPY' });
    expect(data.ratio.period.label).toBe('3Q02');
    expect(data.ratio.inputs.map((i) => [i.role, i.fact.key])).toEqual([
      ['numerator', 'iij/operating-income/fy2002-q3'],
      ['denominator', 'iij/revenue/fy2002-q3'],
    ]);
    expect(data.ratio.inputs[1]!.quote).toContain('Total revenues totaled JPY10.6 billion');
  });

  it('refuses a ratio across currencies and one whose input is missing, saying why', async () => {
    const usd = await seeded.client.execute(
      `{ ratio(company: "IIJ", ratio: OPERATING_MARGIN, period: { fiscalYear: 2002, quarter: 3 }, unit: "USD") { value } }`,
    );
    expect(usd.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'unit' });
    expect(usd.errors?.[0]?.message).toContain('currencies are never converted');
    const missing = await seeded.client.execute(
      `{ ratio(company: "IIJ", ratio: NET_MARGIN, period: { fiscalYear: 2002, quarter: 3 }) { value } }`,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toMatch(/No ACTUAL netIncome figure of iij for FY2002 Q3/);
  });

  it('refuses a growth between periods of different length', async () => {
    const result = await seeded.client.execute(
      `{ growth(company: "IIJ", metric: "revenue", basis: GUIDANCE, from: { fiscalYear: 2002, quarter: 4 }, to: { fiscalYear: 2002 }) { value } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
