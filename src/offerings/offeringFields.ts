/**
 * BusinessLine and Service relation fields (and Company's lines and services), each declared once:
 * its resolver and its look-ahead entry (src/lookahead/) are derived from the declaration.
 */
import { companyReferenceOf } from '../companies/companyReference.js';
import type { CompanyRecord } from '../companies/companyRepository.js';
import { provenanceOf } from '../documents/documentFields.js';
import { fieldsOf } from '../graphql/fieldTables.js';
import {
  isBusinessLine,
  isService,
  OFFERING_LISTS,
  OFFERINGS_BY_KEYS,
  SUBSCRIBERS_BY_OFFERING,
  type BusinessLineRecord,
  type OfferingListKind,
  type OfferingRecord,
  type ServiceRecord,
} from './offeringRepository.js';

const line = fieldsOf<BusinessLineRecord>();
const service = fieldsOf<ServiceRecord>();

const asBusinessLine = (o: OfferingRecord | null) => (isBusinessLine(o) ? o : null);
const asService = (o: OfferingRecord | null) => (isService(o) ? o : null);

/** A list of offerings of one kind, loaded by the parent's key (the lists hold lines and services alike). */
const offeringList = <P extends { key: string }, O extends OfferingRecord>(
  kind: OfferingListKind,
  keep: (o: OfferingRecord | null) => o is O,
) =>
  fieldsOf<P>().relation({
    query: OFFERING_LISTS[kind],
    key: 'key',
    loader: (l) => l.offeringLists(kind),
    select: (offerings) => offerings.filter(keep),
  });

export const offeringFields = {
  Company: {
    businessLines: offeringList<CompanyRecord, BusinessLineRecord>('linesByCompany', isBusinessLine),
    services: offeringList<CompanyRecord, ServiceRecord>('servicesByCompany', isService),
  },
  BusinessLine: {
    company: companyReferenceOf<BusinessLineRecord>('companyKey', (l) => `company of ${l.key}`),
    parent: line.optionalRelation({
      query: OFFERINGS_BY_KEYS,
      key: 'parentKey',
      loader: (l) => l.offeringByKey,
      select: asBusinessLine,
    }),
    children: offeringList<BusinessLineRecord, BusinessLineRecord>('childrenByLine', isBusinessLine),
    services: offeringList<BusinessLineRecord, ServiceRecord>('servicesByLine', isService),
    provenance: provenanceOf<BusinessLineRecord>(),
  },
  Service: {
    company: companyReferenceOf<ServiceRecord>('companyKey', (s) => `company of ${s.key}`),
    businessLine: service.optionalRelation({
      query: OFFERINGS_BY_KEYS,
      key: 'businessLineKey',
      loader: (l) => l.offeringByKey,
      select: asBusinessLine,
    }),
    builtOn: service.optionalRelation({
      query: OFFERINGS_BY_KEYS,
      key: 'builtOnKey',
      loader: (l) => l.offeringByKey,
      select: asService,
    }),
    builtUpon: offeringList<ServiceRecord, ServiceRecord>('builtUponByService', isService),
    subscribers: service.relation({
      query: SUBSCRIBERS_BY_OFFERING,
      key: 'key',
      loader: (l) => l.subscribersByOffering,
    }),
    provenance: provenanceOf<ServiceRecord>(),
  },
};
