/** What DataCenter field resolvers load (src/graphql/prefetch.ts); mirrors dataCenterResolvers.ts. */
import { COMPANIES_BY_KEYS } from '../companies/companyRepository.js';
import { PROVENANCE_BY_ENTITY_KEYS } from '../documents/documentRepository.js';
import type { PrefetchRegistry } from '../graphql/prefetch.js';

export const dataCenterPrefetch: PrefetchRegistry = {
  DataCenter: {
    operator: { query: COMPANIES_BY_KEYS, keyField: 'operatorKey', loader: (l) => l.companyByKey },
    provenance: { query: PROVENANCE_BY_ENTITY_KEYS, keyField: 'key', loader: (l) => l.provenanceByEntity },
  },
};
