/**
 * A name two fictional companies share ("Acme" for Acme K.K. and Acme Inc.) is refused with both
 * as candidates, over HTTP; an exact spelling or a key still finds one.
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../kit/seededApi.js';
import { writeFactFileWithDocument } from '../kit/syntheticFacts.js';

function twinCompanies(): string {
  const lines = ['Acme K.K. and Acme Inc. are two fictional companies.', 'Acme K.K. issued this document.'];
  const source = { section: 'main', quote: lines[0] };
  return writeFactFileWithDocument(
    {
      format: 'company-kg/facts@1',
      document: { id: 'acme-twins', title: 'Twins', kind: 'other', issuer: 'acme-jp', language: 'en' },
      sections: [{ id: 'main', title: 'Main' }],
      companies: [
        { id: 'acme-jp', name: 'Acme K.K.', kind: 'company', source },
        { id: 'acme-us', name: 'Acme Inc.', kind: 'company', source },
      ],
    },
    lines,
  ).factFile;
}

const seeded = useSeededApi(() => [twinCompanies()]);

describe('ambiguous names', () => {
  it('refuses a name that fits two companies equally, listing both', async () => {
    const result = await seeded.client.execute(`{ company(name: "ACME") { key } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'name',
      candidates: ['acme-jp', 'acme-us'],
    });
    expect(result.errors?.[0]?.message).toContain('Acme K.K. (Company acme-jp); Acme Inc. (Company acme-us)');
    const lookup = await seeded.client.execute(`{ lookup(name: "acme") { match { matched } } }`);
    expect(lookup.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      candidates: ['acme-jp', 'acme-us'],
    });
  });

  it('finds one by its exact spelling or its key', async () => {
    const data = await seeded.client.data<{ exact: { key: string }; key: { key: string } }>(
      `{ exact: company(name: "acme inc.") { key } key: company(name: "acme-jp") { key } }`,
    );
    expect(data).toEqual({ exact: { key: 'acme-us' }, key: { key: 'acme-jp' } });
  });
});
