/**
 * The fact sheet's GraphQL documents (src/factSheet/factSheet.graphql): each operation, as the page
 * sends it, is valid against the schema and within the default limits (tokens, cost), and carries
 * only the fragments it uses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/app.js';
import { operationDocuments } from '../../src/factSheet/operationDocuments.js';
import { loadTypeDefs } from '../../src/graphql/sdl.js';
import { costEstimator } from '../../src/limits/queryLimits.js';
import { exceedsTokenLimit } from '../../src/limits/tokenLimit.js';
import { PROJECT_ROOT } from '../../src/localNeo4j/settings.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const source = readFileSync(path.join(PROJECT_ROOT, 'src/factSheet/factSheet.graphql'), 'utf8');
const documents = operationDocuments(source);

describe('the fact sheet documents', () => {
  it('has the four operations the page sends', () => {
    expect(Object.keys(documents).sort()).toEqual([
      'FactSheetCompanies',
      'FactSheetCompany',
      'FactSheetComputedCrossSell',
      'FactSheetDocument',
    ]);
  });

  it.each(Object.entries(documents))('%s is valid, within the token and cost limits', (_name, document) => {
    expect(validate(schema, parse(document))).toEqual([]);
    expect(exceedsTokenLimit(document, DEFAULT_LIMITS.maxTokens)).toBe(false);
    const cost = getComplexity({
      schema,
      query: parse(document),
      variables: { company: 'iij', id: 'x', segment: 's', offeringA: 'a', offeringB: 'b' },
      estimators: [costEstimator],
    });
    expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it('gives each operation only the fragments it uses, and refuses an undefined fragment', () => {
    expect(documents.FactSheetDocument).not.toContain('fragment');
    expect(documents.FactSheetCompany).toContain('fragment FactSheetFact on FinancialFact');
    expect(documents.FactSheetCompany).toContain('fragment FactSheetAmount on Amount');
    expect(documents.FactSheetComputedCrossSell).not.toContain('FactSheetQuote');
    expect(() => operationDocuments('query A { company(id: "x") { ...Missing } }')).toThrow(
      'fragment Missing is not defined',
    );
    expect(() => operationDocuments('{ __typename }')).toThrow('needs a name');
  });
});
