/** What Segment and CrossSellRate field resolvers load (src/graphql/prefetch.ts); mirrors customerResolvers.ts. */
import { COMPANIES_BY_KEYS } from '../companies/companyRepository.js';
import { PROVENANCE_BY_ENTITY_KEYS } from '../documents/documentRepository.js';
import { citedSourcePrefetch } from '../documents/citedSource.js';
import type { FieldPrefetch, PrefetchRegistry } from '../graphql/prefetch.js';
import { OFFERINGS_BY_KEYS } from '../offerings/offeringRepository.js';
import { RATES_BY_SEGMENT, SEGMENTS_BY_KEYS } from './customerRepository.js';

const segment: FieldPrefetch = { query: SEGMENTS_BY_KEYS, keyField: 'segmentKey', loader: (l) => l.segmentByKey };
const offering = (keyField: string): FieldPrefetch => ({
  query: OFFERINGS_BY_KEYS,
  keyField,
  loader: (l) => l.offeringByKey,
});

// Segment.members resolves in two steps (member keys, then companies) and is left to its resolver.
export const customerPrefetch: PrefetchRegistry = {
  Segment: {
    company: { query: COMPANIES_BY_KEYS, keyField: 'companyKey', loader: (l) => l.companyByKey },
    crossSellRates: { query: RATES_BY_SEGMENT, keyField: 'key', loader: (l) => l.crossSellRatesBySegment },
    provenance: { query: PROVENANCE_BY_ENTITY_KEYS, keyField: 'key', loader: (l) => l.provenanceByEntity },
  },
  CrossSellRate: {
    segment,
    offeringA: offering('offeringAKey'),
    offeringB: offering('offeringBKey'),
    source: citedSourcePrefetch,
  },
  ComputedCrossSellRate: { segment, offeringA: offering('offeringAKey'), offeringB: offering('offeringBKey') },
};
