/** What each BusinessLine and Service field resolver loads (src/graphql/prefetch.ts); mirrors offeringResolvers.ts. */
import { COMPANIES_BY_KEYS } from '../companies/companyRepository.js';
import { PROVENANCE_BY_ENTITY_KEYS } from '../documents/documentRepository.js';
import type { FieldPrefetch, PrefetchRegistry } from '../graphql/prefetch.js';
import {
  OFFERING_LISTS,
  OFFERINGS_BY_KEYS,
  SUBSCRIBERS_BY_OFFERING,
  type OfferingListKind,
} from './offeringRepository.js';

const company: FieldPrefetch = { query: COMPANIES_BY_KEYS, keyField: 'companyKey', loader: (l) => l.companyByKey };
const offering = (keyField: string): FieldPrefetch => ({
  query: OFFERINGS_BY_KEYS,
  keyField,
  loader: (l) => l.offeringByKey,
});
const list = (kind: OfferingListKind): FieldPrefetch => ({
  query: OFFERING_LISTS[kind],
  keyField: 'key',
  loader: (l) => l.offeringLists(kind),
});
const provenance: FieldPrefetch = {
  query: PROVENANCE_BY_ENTITY_KEYS,
  keyField: 'key',
  loader: (l) => l.provenanceByEntity,
};

export const offeringPrefetch: PrefetchRegistry = {
  BusinessLine: {
    company,
    parent: offering('parentKey'),
    children: list('childrenByLine'),
    services: list('servicesByLine'),
    provenance,
  },
  Service: {
    company,
    businessLine: offering('businessLineKey'),
    builtOn: offering('builtOnKey'),
    builtUpon: list('builtUponByService'),
    subscribers: { query: SUBSCRIBERS_BY_OFFERING, keyField: 'key', loader: (l) => l.subscribersByOffering },
    provenance,
  },
};
