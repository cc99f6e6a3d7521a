/**
 * The offerings domain's request loaders (one batched query per resolver level), added to the
 * context's `Loaders` by declaration merging so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader, loaderFamily } from '../graphql/loaders.js';
import * as offerings from './offeringRepository.js';

export function offeringLoaders(db: Database) {
  return {
    offeringByKey: loader((keys) => offerings.offeringsByKeys(db, keys)),
    offeringLists: loaderFamily((keys, kind: offerings.OfferingListKind) =>
      offerings.offeringListsByKeys(db, kind, keys),
    ),
    subscribersByOffering: loader((keys) => offerings.subscribersByOfferingKeys(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof offeringLoaders> {}
}
