/**
 * The documents domain's request loaders (one batched query per resolver level), added to the
 * context's `Loaders` by declaration merging so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader } from '../graphql/loaders.js';
import * as documents from './documentRepository.js';

export function documentLoaders(db: Database) {
  return {
    documentByKey: loader((keys) => documents.documentsByKeys(db, keys)),
    documentsByIssuer: loader((keys) => documents.documentsByIssuerKeys(db, keys)),
    sectionsByDocument: loader((keys) => documents.sectionsByDocumentKeys(db, keys)),
    provenanceByEntity: loader((keys) => documents.provenanceByEntityKeys(db, keys)),
    sourceById: loader((keys) => documents.sourcesByIds(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof documentLoaders> {}
}
