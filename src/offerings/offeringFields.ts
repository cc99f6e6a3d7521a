/**
 * BusinessLine and Service relation fields (and Company's lines and services), each declared once: its resolver and its look-ahead
 * entry (src/lookahead/) are derived from the declaration.
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
  type OfferingRecord,
  type ServiceRecord,
} from './offeringRepository.js';

const company = fieldsOf<CompanyRecord>();
const line = fieldsOf<BusinessLineRecord>();
const service = fieldsOf<ServiceRecord>();

const asBusinessLine = (o: OfferingRecord | null) => (isBusinessLine(o) ? o : null);
const asService = (o: OfferingRecord | null) => (isService(o) ? o : null);

export const offeringFields = {
  Company: {
    businessLines: company.relation({
      query: OFFERING_LISTS.linesByCompany,
      key: 'key',
      loader: (l) => l.offeringLists('linesByCompany'),
      select: (offerings) => offerings.filter(isBusinessLine),
    }),
    services: company.relation({
      query: OFFERING_LISTS.servicesByCompany,
      key: 'key',
      loader: (l) => l.offeringLists('servicesByCompany'),
      select: (offerings) => offerings.filter(isService),
    }),
  },
  BusinessLine: {
    company: companyReferenceOf<BusinessLineRecord>('companyKey', (l) => `company of ${l.key}`),
    parent: line.optionalRelation({
      query: OFFERINGS_BY_KEYS,
      key: 'parentKey',
      loader: (l) => l.offeringByKey,
      select: asBusinessLine,
    }),
    children: line.relation({
      query: OFFERING_LISTS.childrenByLine,
      key: 'key',
      loader: (l) => l.offeringLists('childrenByLine'),
      select: (offerings) => offerings.filter(isBusinessLine),
    }),
    services: line.relation({
      query: OFFERING_LISTS.servicesByLine,
      key: 'key',
      loader: (l) => l.offeringLists('servicesByLine'),
      select: (offerings) => offerings.filter(isService),
    }),
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
    builtUpon: service.relation({
      query: OFFERING_LISTS.builtUponByService,
      key: 'key',
      loader: (l) => l.offeringLists('builtUponByService'),
      select: (offerings) => offerings.filter(isService),
    }),
    subscribers: service.relation({
      query: SUBSCRIBERS_BY_OFFERING,
      key: 'key',
      loader: (l) => l.subscribersByOffering,
    }),
    provenance: provenanceOf<ServiceRecord>(),
  },
};
