/**
 * The companies domain's request loaders (one batched query per resolver level), added to the
 * context's `Loaders` by declaration merging so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader, loaderFamily } from '../graphql/loaders.js';
import * as companies from './companyRepository.js';

export function companyLoaders(db: Database) {
  return {
    companyByKey: loader((keys) => companies.companiesByKeys(db, keys)),
    rolesByCompany: loader((keys) => companies.rolesByCompanyKeys(db, keys)),
    companyRelations: loaderFamily((keys, kind: companies.CompanyRelationKind) =>
      companies.relationsByCompanyKeys(db, kind, keys),
    ),
    statementsByCompany: loaderFamily((keys, kind: string | null) => companies.statementsByCompanyKeys(db, keys, kind)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof companyLoaders> {}
}
