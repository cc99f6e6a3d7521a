/**
 * Curation writes over HTTP: refused without a curator key, validated with errors naming the
 * field, transactional, idempotent on keys, and kept when the fact files are re-loaded.
 */
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { TEST_CURATOR_KEY } from '../kit/api.js';
import { canonicalDump } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';
import { useSeededApi } from '../kit/seededApi.js';

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
          'MATCH (f:FinancialFact {id: $id})-[:HAS_AMOUNT]->(a) RETURN count(DISTINCT f) AS facts, count(a) AS amounts',
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
