/**
 * Curation writes over HTTP: refused without a curator key, validated with errors naming the
 * field, bounded, transactional, idempotent on keys, versioned, and kept when the fact files are
 * re-loaded — and the loader refuses a document that would collide with or break curated data.
 */
import { describe, expect, it } from 'vitest';
import type { QueryEvent } from '../../src/db/database.js';
import { DocumentConflictError } from '../../src/seed/errors.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { TEST_CURATOR_KEY } from '../kit/api.js';
import { canonicalDump } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';
import { useSeededApi } from '../kit/seededApi.js';
import { writeFactFileWithDocument } from '../kit/syntheticFacts.js';

const CURATOR = { 'x-api-key': TEST_CURATOR_KEY };

const ADD_COMPANY = /* GraphQL */ `
  mutation AddCompany($input: AddCompanyInput!) {
    addCompany(input: $input) {
      id
      name
      country
      roles
      provenance {
        fields
        source {
          quote
          document {
            key
          }
          section {
            key
          }
        }
      }
    }
  }
`;
const UPSERT_FACT = /* GraphQL */ `
  mutation Upsert($input: FinancialFactInput!) {
    upsertFinancialFact(input: $input) {
      key
      version
      metric
      basis
      period {
        label
        startDate
        endDate
      }
      amounts {
        unit
        scale
        value
        baseValue
      }
      source {
        quote
        section {
          key
        }
      }
    }
  }
`;

const crosswaveSource = {
  document: 'iij-2002-q3-results',
  section: 'disclaimer',
  quote: "the success of 11J's investments in Crosswave",
};

const companyInput = {
  key: 'crosswave-communications',
  name: 'Crosswave Communications Inc.',
  country: 'JP',
  source: crosswaveSource,
};

const ebitdaInput = {
  key: 'iij/curated/adjusted-ebitda/fy2002-q3',
  company: 'IIJ',
  metric: 'adjustedEbitdaCurated',
  period: { fiscalYear: 2002, quarter: 3 },
  basis: 'ACTUAL',
  amounts: [{ unit: 'JPY', scale: 'million', value: 349 }],
  source: {
    document: 'Document:iij-2002-q3-results',
    section: 'highlights',
    quote: 'Adjusted EBITDA was JPY349 million.',
  },
};

const seeded = useSeededApi();

describe('curation mutations', () => {
  it('refuses writes without a curator key (UNAUTHENTICATED) and leaves the graph as it was', async () => {
    const before = await canonicalDump(seeded.db);
    const anonymous = await seeded.client.execute(ADD_COMPANY, { input: companyInput });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongKey = await seeded.client.execute(
      ADD_COMPANY,
      { input: companyInput },
      { authorization: 'Bearer not-the-key' },
    );
    expect(wrongKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongKey.errors?.[0]?.message).toContain('not valid');
    expect(await canonicalDump(seeded.db)).toBe(before);
  });

  it('adds a company whose properties cite the quote, and repeating it converges', async () => {
    const first = await seeded.client.execute<any>(ADD_COMPANY, { input: companyInput }, CURATOR);
    expect(first.errors).toBeUndefined();
    expect(first.data.addCompany).toMatchObject({
      id: 'Company:crosswave-communications',
      name: 'Crosswave Communications Inc.',
      country: 'JP',
      provenance: [
        {
          fields: expect.arrayContaining(['name', 'country']),
          source: {
            quote: crosswaveSource.quote,
            document: { key: 'iij-2002-q3-results' },
            section: { key: 'disclaimer' },
          },
        },
      ],
    });
    const after = await canonicalDump(seeded.db);
    const again = await seeded.client.execute<any>(ADD_COMPANY, { input: companyInput }, CURATOR);
    expect(again.errors).toBeUndefined();
    expect(await canonicalDump(seeded.db)).toBe(after);
  });

  it.each([
    [{ ...companyInput, key: 'Not A Key' }, 'input.key'],
    [{ ...companyInput, country: 'Japan' }, 'input.country'],
    [{ ...companyInput, source: { ...crosswaveSource, quote: 'IIJ invests in Globex' } }, 'input.source.quote'],
    [{ ...companyInput, source: { ...crosswaveSource, section: 'no-such-slide' } }, 'input.source.section'],
    [{ ...companyInput, source: { ...crosswaveSource, document: 'no-such-document' } }, 'input.source.document'],
  ])('rejects invalid input with BAD_USER_INPUT naming the field (%#)', async (input, field) => {
    const before = await canonicalDump(seeded.db);
    const result = await seeded.client.execute(ADD_COMPANY, { input }, CURATOR);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await canonicalDump(seeded.db)).toBe(before);
  });

  it('adds a curated financial fact in IIJ’s fiscal calendar, and corrects it on the same key', async () => {
    const created = await seeded.client.execute<any>(UPSERT_FACT, { input: ebitdaInput }, CURATOR);
    expect(created.errors).toBeUndefined();
    expect(created.data.upsertFinancialFact).toMatchObject({
      key: ebitdaInput.key,
      basis: 'ACTUAL',
      period: { label: '3Q02', startDate: '2002-10-01', endDate: '2002-12-31' },
      amounts: [{ unit: 'JPY', scale: 'million', value: 349, baseValue: 349e6 }],
      source: { quote: 'Adjusted EBITDA was JPY349 million.', section: { key: 'highlights' } },
    });
    const corrected = await seeded.client.execute<any>(
      UPSERT_FACT,
      { input: { ...ebitdaInput, amounts: [{ unit: 'JPY', scale: 'million', value: 350 }] } },
      CURATOR,
    );
    expect(corrected.data.upsertFinancialFact.amounts).toEqual([
      { unit: 'JPY', scale: 'million', value: 350, baseValue: 350e6 },
    ]);
    const [row] = await seeded.db.read(
      {
        name: 'test.curatedCount',
        cypher:
          'MATCH (f:FinancialFact {id: $id})<-[:REPORTS]-(:FactReport)-[:HAS_AMOUNT]->(a) RETURN count(DISTINCT f) AS facts, count(a) AS amounts',
      },
      { id: ebitdaInput.key },
    );
    expect(row).toEqual({ facts: 1, amounts: 1 });
  });

  it('refuses to overwrite a fact that a fact file owns', async () => {
    const result = await seeded.client.execute(
      UPSERT_FACT,
      { input: { ...ebitdaInput, key: 'iij/revenue/fy2002-q3' } },
      CURATOR,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.key' });
    expect(result.errors?.[0]?.message).toContain('iij-2002-q3-results');
  });

  it('rejects a guidance range with low above high, naming the amount field', async () => {
    const result = await seeded.client.execute(
      UPSERT_FACT,
      {
        input: {
          ...ebitdaInput,
          key: 'iij/curated/x',
          basis: 'GUIDANCE',
          amounts: [{ unit: 'JPY', scale: 'billion', low: 13, high: 12.5 }],
        },
      },
      CURATOR,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.amounts.0' });
  });

  it('keeps curated facts and companies when the fact files are loaded again', async () => {
    await seedGraph(seeded.db, [IIJ_FACT_FILE]);
    const data = await seeded.client.data<any>(
      `{ company(id: "crosswave-communications") { name provenance { source { section { title } } } }
         node(id: "FinancialFact:${ebitdaInput.key}") { ... on FinancialFact { amounts { value } source { section { title } } } } }`,
    );
    expect(data.company.name).toBe('Crosswave Communications Inc.');
    expect(data.company.provenance[0].source.section.title).toBeTruthy();
    expect(data.node.amounts).toEqual([{ value: 350 }]);
    expect(data.node.source.section.title).toBe('3Q02 Highlights');
  });
});

/** Curated Sources nothing cites any more: there must never be any (each write removes its own). */
async function uncitedCuratedSources(): Promise<number> {
  const [row] = await seeded.db.read({
    name: 'test.uncitedCuratedSources',
    cypher: `MATCH (s:Source {documentId: 'curation'}) WHERE NOT EXISTS { ()-[:SOURCED_FROM]->(s) } RETURN count(s) AS n`,
  });
  return Number(row?.n);
}

const iijSource = {
  document: 'iij-2002-q3-results',
  section: 'data-centers',
  quote: 'Copyright © 2003 by Internet Initiative Japan Inc. All Rights Reserved.',
};

const REVENUE_RANKING = /* GraphQL */ `
  {
    metricRanking(metric: "revenue", period: { fiscalYear: 2002, quarter: 3 }, unit: "JPY") {
      entries {
        rank
        company {
          key
        }
        rankedValue
      }
    }
  }
`;

describe('curation: amounts are finite and bounded', () => {
  it.each([
    [{ unit: 'JPY', scale: 'billion', value: 1e300 }, 'input.amounts.0.value'],
    [{ unit: 'JPY', scale: 'billion', low: -2e9, high: 1 }, 'input.amounts.0.low'],
    [{ unit: 'JPY', scale: 'one', low: 1, high: 1.5e18 }, 'input.amounts.0.high'],
  ])(
    'refuses %j (value × scale beyond ±1e18) naming the field, writes nothing, and metricRanking still answers',
    async (amount, field) => {
      const before = await canonicalDump(seeded.db);
      const result = await seeded.client.execute(
        UPSERT_FACT,
        { input: { ...ebitdaInput, key: 'iij/curated/huge-revenue/fy2002-q3', metric: 'revenue', amounts: [amount] } },
        CURATOR,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
      expect(result.errors?.[0]?.message).toContain('1e+18');
      expect(await canonicalDump(seeded.db)).toBe(before);
      const ranking = await seeded.client.data<any>(REVENUE_RANKING);
      expect(ranking.metricRanking.entries).toEqual([{ rank: 1, company: { key: 'iij' }, rankedValue: 10.6e9 }]);
    },
  );
});

describe('curation: bounded input', () => {
  const factWith = (patch: Record<string, unknown>) => ({ mutation: UPSERT_FACT, input: { ...ebitdaInput, ...patch } });
  const companyWith = (patch: Record<string, unknown>) => ({
    mutation: ADD_COMPANY,
    input: { ...companyInput, ...patch },
  });
  it.each([
    ['a 40 kB name', companyWith({ name: 'N'.repeat(40_000) }), 'input.name'],
    ['4,000 aliases', companyWith({ aliases: Array.from({ length: 4000 }, (_, i) => `A${i}`) }), 'input.aliases'],
    ['an empty alias list (use clear)', companyWith({ aliases: [] }), 'input.aliases'],
    ['fiscalYearEnd 02-31', companyWith({ fiscalYearEnd: '02-31' }), 'input.fiscalYearEnd'],
    ['fiscalYearEnd 04-31', companyWith({ fiscalYearEnd: '04-31' }), 'input.fiscalYearEnd'],
    ['a 201-character key', companyWith({ key: 'k'.repeat(201) }), 'input.key'],
    ['a field both sent and cleared', companyWith({ clear: ['COUNTRY'] }), 'input.clear.0'],
    [
      'a 2,001-character quote',
      companyWith({ source: { ...crosswaveSource, quote: 'q'.repeat(2001) } }),
      'input.source.quote',
    ],
    [
      'a 90 kB unit',
      factWith({ amounts: [{ unit: 'U'.repeat(90_000), scale: 'million', value: 1 }] }),
      'input.amounts.0.unit',
    ],
    [
      '1,500 amounts',
      factWith({ amounts: Array.from({ length: 1500 }, (_, i) => ({ unit: `U${i}`, value: i })) }),
      'input.amounts',
    ],
    ['a 101-character metric', factWith({ metric: `m${'x'.repeat(100)}` }), 'input.metric'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_what, request, field) => {
    const before = await canonicalDump(seeded.db);
    const result = await seeded.client.execute(request.mutation, { input: request.input }, CURATOR);
    expect(result.status).toBe(200);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await canonicalDump(seeded.db)).toBe(before);
  });
});

describe('curation: a key names one node', () => {
  it.each([
    ['addCompany', 'a service', ADD_COMPANY, { ...companyInput, key: 'iij/vpn-standard' }, 'a Service'],
    ['addCompany', 'a fact', ADD_COMPANY, { ...companyInput, key: 'iij/revenue/fy2002-q3' }, 'a fact of document'],
    ['addCompany', 'a document', ADD_COMPANY, { ...companyInput, key: 'iij-2002-q3-results' }, 'a Document'],
    ['upsertFinancialFact', 'a company', UPSERT_FACT, { ...ebitdaInput, key: 'iij' }, 'a Company'],
    ['upsertFinancialFact', 'a period', UPSERT_FACT, { ...ebitdaInput, key: 'iij/fy2002-q3' }, 'a Period'],
    ['upsertFinancialFact', 'a data center', UPSERT_FACT, { ...ebitdaInput, key: 'iij/yokohama-1' }, 'a DataCenter'],
  ])('%s refuses the key of %s with BAD_USER_INPUT, writing nothing', async (_m, _what, mutation, input, holder) => {
    const before = await canonicalDump(seeded.db);
    const result = await seeded.client.execute(mutation, { input }, CURATOR);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.key' });
    expect(result.errors?.[0]?.message).toContain(`is already the key of ${holder}`);
    expect(await canonicalDump(seeded.db)).toBe(before);
  });
});

/**
 * A fictional company and document, written for these tests (no real company's facts): curated
 * data cites it, then edited versions of its fact file are loaded.
 */
const GLOBEX = 'globex-fictional';
const GLOBEX_LINES = [
  'Globex Fictional Widgets Ltd. results for the third quarter of fiscal 2002.',
  'Revenue was JPY 12.0 billion in 3Q02.',
  'Operating income was JPY 1.5 billion in 3Q02.',
  'Outlook: steady demand for fictional widgets.',
  'Globex Fictional Holdings (GFH) owns Globex Fictional Widgets Ltd.',
];
function globexFactFile(edit: (facts: Record<string, any>, lines: string[]) => void = () => {}): string {
  const lines = [...GLOBEX_LINES];
  const facts: Record<string, any> = {
    format: 'company-kg/facts@1',
    document: {
      id: `${GLOBEX}-2002-q3`,
      title: 'Globex Fictional 3Q02',
      kind: 'other',
      issuer: GLOBEX,
      language: 'en',
    },
    sections: [
      { id: 'summary', title: 'Summary' },
      { id: 'outlook', title: 'Outlook' },
    ],
    companies: [
      {
        id: GLOBEX,
        name: 'Globex Fictional Widgets Ltd.',
        fiscalYearEnd: '03-31',
        fiscalYearNamedBy: 'start-year',
        source: { section: 'summary', quote: GLOBEX_LINES[0] },
      },
    ],
    facts: [
      {
        id: `${GLOBEX}/revenue/fy2002-q3`,
        company: GLOBEX,
        metric: 'revenue',
        period: { fiscalYear: 2002, quarter: 3 },
        basis: 'actual',
        amounts: [{ value: 12.0, scale: 'billion', unit: 'JPY' }],
        source: { section: 'summary', quote: GLOBEX_LINES[1] },
      },
    ],
  };
  edit(facts, lines);
  return writeFactFileWithDocument(facts, lines).factFile;
}

const COMPANY_STATE = /* GraphQL */ `
  query CompanyState($name: String, $id: ID) {
    company(name: $name, id: $id) {
      key
      name
      shortName
      aliases
      country
      fiscalYearEnd
      fiscalYearNamedBy
      version
    }
  }
`;

/** The fields of each curated SOURCED_FROM edge of a company, by quote. */
async function curatedCitations(key: string): Promise<Record<string, string[]>> {
  const rows = await seeded.db.read(
    {
      name: 'test.curatedCitations',
      cypher: `MATCH (:Company {id: $key})-[r:SOURCED_FROM {documentId: 'curation'}]->(s:Source)
        RETURN s.quote AS quote, r.fields AS fields`,
    },
    { key },
  );
  return Object.fromEntries(rows.map((r) => [String(r.quote), [...(r.fields as string[])].sort()]));
}

describe('curation: partial company updates', () => {
  it('updates IIJ with only a name: aliases (11J) and the fiscal calendar stay, the citation backs the name only', async () => {
    const before = (await seeded.client.data<any>(COMPANY_STATE, { name: '11J' })).company;
    const result = await seeded.client.execute<any>(
      ADD_COMPANY,
      { input: { key: 'iij', name: 'Internet Initiative Japan Inc.', source: iijSource } },
      CURATOR,
    );
    expect(result.errors).toBeUndefined();
    const after = (await seeded.client.data<any>(COMPANY_STATE, { name: '11J' })).company;
    expect(after).toEqual({ ...before, version: before.version + 1 });
    expect(after).toMatchObject({ key: 'iij', fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year', country: 'JP' });
    expect(after.aliases).toContain('11J');
    expect(await curatedCitations('iij')).toEqual({ [iijSource.quote]: ['name'] });
  });

  const holdings = {
    key: 'globex-fictional-holdings',
    name: 'Globex Fictional Holdings',
    source: { document: `${GLOBEX}-2002-q3`, section: 'outlook', quote: GLOBEX_LINES[4] },
  };

  it('clears a field only when asked, and the citations stop backing it', async () => {
    await seedGraph(seeded.db, [globexFactFile()]);
    const { key } = holdings;
    const set = await seeded.client.execute<any>(
      ADD_COMPANY,
      { input: { ...holdings, shortName: 'Globex Holdings', aliases: ['GFH'], country: 'JP' } },
      CURATOR,
    );
    expect(set.errors).toBeUndefined();
    expect(await curatedCitations(key)).toEqual({
      [GLOBEX_LINES[4]!]: ['aliasText', 'aliases', 'country', 'name', 'shortName'],
    });
    const kept = await seeded.client.execute<any>(ADD_COMPANY, { input: holdings }, CURATOR);
    expect(kept.errors).toBeUndefined();
    expect((await seeded.client.data<any>(COMPANY_STATE, { name: 'GFH' })).company).toMatchObject({
      key,
      shortName: 'Globex Holdings',
      aliases: ['GFH'],
      country: 'JP',
      version: 1,
    });

    const cleared = await seeded.client.execute<any>(
      ADD_COMPANY,
      { input: { ...holdings, clear: ['ALIASES', 'SHORT_NAME'] } },
      CURATOR,
    );
    expect(cleared.errors).toBeUndefined();
    expect((await seeded.client.data<any>(COMPANY_STATE, { name: 'GFH' })).company).toBeNull();
    expect((await seeded.client.data<any>(COMPANY_STATE, { id: key })).company).toMatchObject({
      shortName: null,
      aliases: [],
      country: 'JP',
      version: 2,
    });
    expect(await curatedCitations(key)).toEqual({ [GLOBEX_LINES[4]!]: ['country', 'name'] });
    expect(await uncitedCuratedSources()).toBe(0);
  });

  it('moves the fields a write sets to its source, and removes a source left uncited', async () => {
    const otherSource = { ...holdings.source, note: 'GFH read as the holding company’s short form.' };
    const moved = await seeded.client.execute<any>(
      ADD_COMPANY,
      { input: { ...holdings, country: 'JP', source: otherSource } },
      CURATOR,
    );
    expect(moved.errors).toBeUndefined();
    // The earlier source backed only name and country; both are now cited by the new one.
    const rows = await seeded.db.read({
      name: 'test.holdingsSources',
      cypher: `MATCH (:Company {id: 'globex-fictional-holdings'})-[r:SOURCED_FROM]->(s:Source)
        RETURN s.note AS note, r.fields AS fields`,
    });
    expect(rows).toEqual([{ note: otherSource.note, fields: ['name', 'country'] }]);
    expect(await uncitedCuratedSources()).toBe(0);
  });
});

describe('curation: versions and concurrent writes', () => {
  const versionedFact = {
    ...ebitdaInput,
    key: 'iij/curated/versioned/fy2002-q3',
    metric: 'versionedCurated',
  };

  it('creates with expectedVersion 0, refuses a stale expectedVersion with CONFLICT writing nothing, accepts the current one', async () => {
    const created = await seeded.client.execute<any>(
      UPSERT_FACT,
      { input: { ...versionedFact, expectedVersion: 0 } },
      CURATOR,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.upsertFinancialFact.version).toBe(1);

    const before = await canonicalDump(seeded.db);
    const stale = await seeded.client.execute<any>(
      UPSERT_FACT,
      { input: { ...versionedFact, amounts: [{ unit: 'JPY', scale: 'million', value: 1 }], expectedVersion: 0 } },
      CURATOR,
    );
    expect(stale.status).toBe(200);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.expectedVersion' });
    expect(stale.errors?.[0]?.message).toContain('version 1, not 0');
    expect(await canonicalDump(seeded.db)).toBe(before);

    const current = await seeded.client.execute<any>(
      UPSERT_FACT,
      { input: { ...versionedFact, amounts: [{ unit: 'JPY', scale: 'million', value: 2 }], expectedVersion: 1 } },
      CURATOR,
    );
    expect(current.errors).toBeUndefined();
    expect(current.data.upsertFinancialFact).toMatchObject({ version: 2, amounts: [{ value: 2 }] });
  });

  it('versions companies too: a stale expectedVersion is a CONFLICT and writes nothing', async () => {
    const { company } = await seeded.client.data<any>(COMPANY_STATE, { name: 'IIJ' });
    const before = await canonicalDump(seeded.db);
    const stale = await seeded.client.execute<any>(
      ADD_COMPANY,
      {
        input: {
          key: 'iij',
          name: 'Internet Initiative Japan Inc.',
          source: iijSource,
          expectedVersion: company.version - 1,
        },
      },
      CURATOR,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await canonicalDump(seeded.db)).toBe(before);
    const current = await seeded.client.execute<any>(
      ADD_COMPANY,
      {
        input: {
          key: 'iij',
          name: 'Internet Initiative Japan Inc.',
          source: iijSource,
          expectedVersion: company.version,
        },
      },
      CURATOR,
    );
    expect(current.errors).toBeUndefined();
  });

  it('serializes concurrent upserts of one fact: each answers the values it committed, versions are consecutive', async () => {
    const key = 'iij/curated/concurrent/fy2002-q3';
    const writers = Array.from({ length: 8 }, (_, i) => i + 1);
    const results = await Promise.all(
      writers.map((value) =>
        seeded.client.execute<any>(
          UPSERT_FACT,
          { input: { ...ebitdaInput, key, metric: 'concurrentCurated', amounts: [{ unit: 'JPY', value }] } },
          CURATOR,
        ),
      ),
    );
    const answers = results.map((r, i) => {
      expect(r.errors, `writer ${i + 1}`).toBeUndefined();
      return r.data.upsertFinancialFact as { version: number; amounts: { value: number }[] };
    });
    answers.forEach((answer, i) => expect(answer.amounts).toEqual([expect.objectContaining({ value: writers[i] })]));
    expect(answers.map((a) => a.version).sort((a, b) => a - b)).toEqual(writers);
    const last = answers.find((a) => a.version === writers.length)!;
    const stored = await seeded.client.data<any>(
      `{ node(id: "FinancialFact:${key}") { ... on FinancialFact { version amounts { value } } } }`,
    );
    expect(stored.node).toEqual({ version: writers.length, amounts: [{ value: last.amounts[0]!.value }] });
  });

  it('a concurrent write with a stale expectedVersion loses with CONFLICT: exactly one of two wins', async () => {
    const key = 'iij/curated/race/fy2002-q3';
    const racers = [1, 2].map((value) =>
      seeded.client.execute<any>(
        UPSERT_FACT,
        {
          input: { ...ebitdaInput, key, metric: 'raceCurated', amounts: [{ unit: 'JPY', value }], expectedVersion: 0 },
        },
        CURATOR,
      ),
    );
    const codes = (await Promise.all(racers)).map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });
});

describe('curation: sources', () => {
  it('removes the curated source a correction no longer cites, in the same write', async () => {
    const key = 'iij/curated/requoted/fy2002-q3';
    const first = await seeded.client.execute<any>(UPSERT_FACT, { input: { ...ebitdaInput, key } }, CURATOR);
    expect(first.errors).toBeUndefined();
    const requoted = await seeded.client.execute<any>(
      UPSERT_FACT,
      {
        input: {
          ...ebitdaInput,
          key,
          source: { ...ebitdaInput.source, quote: 'Adjusted EBITDA was JPY349 million', note: 'Requoted.' },
        },
      },
      CURATOR,
    );
    expect(requoted.errors).toBeUndefined();
    expect(requoted.data.upsertFinancialFact.source.quote).toBe('Adjusted EBITDA was JPY349 million');
    expect(await uncitedCuratedSources()).toBe(0);
  });
});

describe('fact-file loads against curated data', () => {
  const curatedKey = `${GLOBEX}/curated/operating-income/fy2002-q3`;
  const partnerKey = 'globex-fictional-partner';

  it('loads the fictional document and curates a fact and a company citing it', async () => {
    await seedGraph(seeded.db, [globexFactFile()]);
    const fact = await seeded.client.execute<any>(
      UPSERT_FACT,
      {
        input: {
          key: curatedKey,
          company: GLOBEX,
          metric: 'operatingIncome',
          period: { fiscalYear: 2002, quarter: 3 },
          basis: 'ACTUAL',
          amounts: [{ unit: 'JPY', scale: 'billion', value: 1.5 }],
          source: { document: `${GLOBEX}-2002-q3`, section: 'summary', quote: GLOBEX_LINES[2] },
        },
      },
      CURATOR,
    );
    expect(fact.errors).toBeUndefined();
    const company = await seeded.client.execute<any>(
      ADD_COMPANY,
      {
        input: {
          key: partnerKey,
          name: 'Globex Fictional Widgets Ltd.',
          source: { document: `${GLOBEX}-2002-q3`, section: 'outlook', quote: 'steady demand for fictional widgets' },
        },
      },
      CURATOR,
    );
    expect(company.errors).toBeUndefined();
  });

  async function expectRefused(file: string, ...fragments: string[]): Promise<void> {
    const before = await canonicalDump(seeded.db);
    const error = await seedGraph(seeded.db, [file]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocumentConflictError);
    const message = (error as Error).message;
    for (const fragment of [file, 'nothing of it was written', ...fragments]) expect(message).toContain(fragment);
    expect(await canonicalDump(seeded.db)).toBe(before);
  }

  it('refuses a version stating a figure whose fact key a curated fact holds, naming key, file and the way out', async () => {
    // Fact ids in a file are handles; the graph keys a fact by its identity. A curated fact keyed
    // like Globex's FY2002 operating income takes that identity's key from the file.
    const curatedIdentity = `${GLOBEX}/operating-income/fy2002`;
    const curated = await seeded.client.execute<any>(
      UPSERT_FACT,
      { input: { ...ebitdaInput, key: curatedIdentity, company: GLOBEX, period: { fiscalYear: 2002 } } },
      CURATOR,
    );
    expect(curated.errors).toBeUndefined();
    const file = globexFactFile((facts) => {
      facts.facts.push({
        ...facts.facts[0],
        id: 'handle-only',
        metric: 'operatingIncome',
        period: { fiscalYear: 2002 },
      });
    });
    await expectRefused(
      file,
      `key "${curatedIdentity}"`,
      '(a fact in the file) is already the key of a curated fact',
      'delete or re-key',
    );
  });

  it('treats a file fact id equal to a curated fact key as a handle: the file loads, the curated fact stays', async () => {
    const file = globexFactFile((facts) => {
      facts.facts.push({ ...facts.facts[0], id: curatedKey, metric: 'grossProfit' });
    });
    await seedGraph(seeded.db, [file]);
    const data = await seeded.client.data<any>(
      `{ node(id: "FinancialFact:${curatedKey}") { ... on FinancialFact { metric selectedReport { curated } } } }`,
    );
    expect(data.node.selectedReport.curated).toBe(true);
    await seedGraph(seeded.db, [globexFactFile(() => {})]);
  });

  it('refuses a version whose service takes a curated company’s key', async () => {
    const file = globexFactFile((facts) => {
      facts.services = [
        {
          id: partnerKey,
          company: GLOBEX,
          name: 'Widgets',
          source: { section: 'outlook', quote: 'fictional widgets' },
        },
      ];
    });
    await expectRefused(file, `key "${partnerKey}" (a Service in the file) is already the key of a curated Company`);
  });

  it('refuses a version without a section curated sources cite, listing them', async () => {
    const file = globexFactFile((facts) => {
      facts.sections = facts.sections.filter((s: { id: string }) => s.id !== 'summary');
      for (const entry of [...facts.companies, ...facts.facts]) entry.source.section = 'outlook';
    });
    await expectRefused(file, 'section "summary" is no longer in the file', `cited by fact ${curatedKey}`);
  });

  it('refuses a version whose text no longer has a curated quote, listing the source', async () => {
    const file = globexFactFile((_facts, lines) => {
      lines[2] = 'Operating income was JPY 1.6 billion in 3Q02.';
      lines[3] = 'Outlook: uncertain.';
    });
    await expectRefused(
      file,
      'the quote no longer occurs in the document text',
      `cited by fact ${curatedKey}`,
      `cited by company ${partnerKey}`,
    );
  });

  it('loads a version that keeps every curated section and quote, checking them in one query', async () => {
    const file = globexFactFile((_facts, lines) => {
      lines.push('A new closing line.');
    });
    const events: QueryEvent[] = [];
    await seedGraph(
      seeded.db.withObserver((e) => events.push(e)),
      [file],
    );
    expect(events.filter((e) => e.name === 'seed.preflight')).toHaveLength(1);
    const data = await seeded.client.data<any>(
      `{ node(id: "FinancialFact:${curatedKey}") { ... on FinancialFact { source { quote section { key } } } } }`,
    );
    expect(data.node.source).toEqual({ quote: GLOBEX_LINES[2], section: { key: 'summary' } });
  });
});
