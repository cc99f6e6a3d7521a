/** The fact sheet's request loaders, added to the context's `Loaders` by declaration merging. */
import type { Database } from '../db/database.js';
import { loader } from '../graphql/loaders.js';
import { documentTextsByKeys } from './documentTextRepository.js';

export function documentTextLoaders(db: Database) {
  return {
    documentTextByKey: loader((keys) => documentTextsByKeys(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof documentTextLoaders> {}
}
