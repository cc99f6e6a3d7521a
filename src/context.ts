/**
 * The per-request context (codegen's `contextType`): the database seen through this request's
 * query observer, and DataLoaders so each resolver level costs one batched query.
 */
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Database, QueryEvent } from './db/database.js';
import { companiesByKeys, type CompanyRecord } from './companies/companyRepository.js';
import {
  documentsByKeys,
  sectionsByDocumentKeys,
  sourcesByEntityKeys,
  type DocumentRecord,
  type SectionRecord,
  type SourceRecord,
} from './documents/documentRepository.js';
import {
  factsByCompanyKeys,
  factsByKeys,
  type FactFilter,
  type FinancialFactRecord,
} from './financials/financialRepository.js';

export interface Loaders {
  readonly companyByKey: DataLoader<string, CompanyRecord | null>;
  readonly documentByKey: DataLoader<string, DocumentRecord | null>;
  readonly sectionsByDocumentKey: DataLoader<string, SectionRecord[]>;
  readonly sourcesByEntityKey: DataLoader<string, SourceRecord[]>;
  readonly factByKey: DataLoader<string, FinancialFactRecord | null>;
  /** One loader per distinct filter, each batching over companies. */
  factsByCompanyKey(filter: FactFilter): DataLoader<string, FinancialFactRecord[]>;
}

export interface Context {
  readonly requestId: string;
  readonly db: Database;
  readonly loaders: Loaders;
  /** Every Cypher query this request ran, in order (for logs and the no-N+1 tests). */
  readonly queries: QueryEvent[];
}

export function createLoaders(db: Database): Loaders {
  const factLoaders = new Map<string, DataLoader<string, FinancialFactRecord[]>>();
  return {
    companyByKey: new DataLoader((keys) => companiesByKeys(db, keys)),
    documentByKey: new DataLoader((keys) => documentsByKeys(db, keys)),
    sectionsByDocumentKey: new DataLoader((keys) => sectionsByDocumentKeys(db, keys)),
    sourcesByEntityKey: new DataLoader((keys) => sourcesByEntityKeys(db, keys)),
    factByKey: new DataLoader((keys) => factsByKeys(db, keys)),
    factsByCompanyKey(filter) {
      const id = JSON.stringify([filter.metric ?? null, filter.basis ?? null]);
      let loader = factLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) => factsByCompanyKeys(db, keys, filter));
        factLoaders.set(id, loader);
      }
      return loader;
    },
  };
}

export function createContext(baseDb: Database, requestId: string = randomUUID()): Context {
  const queries: QueryEvent[] = [];
  const db = baseDb.withObserver((event) => queries.push(event));
  return { requestId, db, loaders: createLoaders(db), queries };
}
