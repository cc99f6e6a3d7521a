/**
 * Segment, CrossSellRate and ComputedCrossSellRate relation fields (and Company's segments), each declared once: its
 * resolver and its look-ahead entry (src/lookahead/) are derived from the declaration.
 */
import { companyReferenceOf } from '../companies/companyReference.js';
import type { CompanyRecord } from '../companies/companyRepository.js';
import { citedSourceOf, provenanceOf } from '../documents/documentFields.js';
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import { OFFERINGS_BY_KEYS } from '../offerings/offeringRepository.js';
import {
  RATES_BY_SEGMENT,
  SEGMENTS_BY_COMPANY,
  SEGMENTS_BY_KEYS,
  TARGETS_BY_COMPANY,
  type ComputedCrossSellRateRecord,
  type CrossSellRateRecord,
  type SegmentRecord,
} from './customerRepository.js';

const company = fieldsOf<CompanyRecord>();
const segment = fieldsOf<SegmentRecord>();

/** A rate's segment and offerings, reported or computed alike. */
function rateFields<P extends { segmentKey: string; offeringAKey: string; offeringBKey: string }>() {
  const rate = fieldsOf<P>();
  return {
    segment: rate.reference({
      query: SEGMENTS_BY_KEYS,
      key: 'segmentKey',
      loader: (l) => l.segmentByKey,
      missing: missing((_r, key) => `segment ${key}`),
    }),
    offeringA: rate.reference({
      query: OFFERINGS_BY_KEYS,
      key: 'offeringAKey',
      loader: (l) => l.offeringByKey,
      missing: missing((_r, key) => `offering ${key}`),
    }),
    offeringB: rate.reference({
      query: OFFERINGS_BY_KEYS,
      key: 'offeringBKey',
      loader: (l) => l.offeringByKey,
      missing: missing((_r, key) => `offering ${key}`),
    }),
  };
}

export const customerFields = {
  Company: {
    segments: company.relation({ query: SEGMENTS_BY_COMPANY, key: 'key', loader: (l) => l.segmentsByCompany }),
    targetSegments: company.relation({
      query: TARGETS_BY_COMPANY,
      key: 'key',
      loader: (l) => l.targetSegmentsByCompany,
    }),
  },
  Segment: {
    company: companyReferenceOf<SegmentRecord>('companyKey', (s) => `company of ${s.key}`),
    crossSellRates: segment.relation({ query: RATES_BY_SEGMENT, key: 'key', loader: (l) => l.crossSellRatesBySegment }),
    provenance: provenanceOf<SegmentRecord>(),
    // Segment.members resolves in two steps (member keys, then companies): customerResolvers.ts.
  },
  CrossSellRate: { ...rateFields<CrossSellRateRecord>(), source: citedSourceOf<CrossSellRateRecord>() },
  ComputedCrossSellRate: rateFields<ComputedCrossSellRateRecord>(),
};
