/**
 * The statements domain's request loaders, added to the context's `Loaders` by declaration merging
 * so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader, loaderFamily } from '../graphql/loaders.js';
import { aboutTargetsOfStatements, statementsAboutKeys } from './statementRepository.js';

export function statementLoaders(db: Database) {
  return {
    statementsAbout: loaderFamily((keys, filter: { readonly kind: string | null; readonly company: string | null }) =>
      statementsAboutKeys(db, keys, filter),
    ),
    aboutTargetsOfStatement: loader((keys) => aboutTargetsOfStatements(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof statementLoaders> {}
}
