/** Codegen's mappers by convention (scripts/recordMappers.ts): type `X` ← the `XRecord` its module exports. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordMappers } from '../../scripts/recordMappers.js';
import { PROJECT_ROOT } from '../../src/projectRoot.js';

describe('recordMappers', () => {
  const mappers = recordMappers(PROJECT_ROOT, path.join(PROJECT_ROOT, 'src/generated'));

  it('maps each schema type to the record of the same name, from the module that exports it', () => {
    expect(mappers.Company).toBe('../companies/companyRepository.js#CompanyRecord');
    expect(mappers.Service).toBe('../offerings/offeringRepository.js#ServiceRecord');
    expect(mappers.MetricRanking).toBe('../financials/metricRanking.js#MetricRankingRecord');
    expect(Object.keys(mappers).length).toBeGreaterThanOrEqual(24);
  });

  it('maps no record that is not a schema type', () => {
    // DataCenterPageRecord is a repository's page row, not a GraphQL type.
    expect(mappers).not.toHaveProperty('DataCenterPage');
    for (const target of Object.values(mappers)) expect(target).toMatch(/^\.\.\/[\w/]+\.js#\w+Record$/);
  });
});
