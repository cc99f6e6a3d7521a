/** What each Company field resolver loads (see src/graphql/prefetch.ts); mirrors companyResolvers.ts. */
import { DATA_CENTERS_BY_OPERATOR } from '../dataCenters/dataCenterRepository.js';
import { SEGMENTS_BY_COMPANY, TARGETS_BY_COMPANY } from '../customers/customerRepository.js';
import { DOCUMENTS_BY_ISSUER, PROVENANCE_BY_ENTITY_KEYS } from '../documents/documentRepository.js';
import { ENTRIES, WINS } from '../awards/awardRepository.js';
import { OFFERING_LISTS } from '../offerings/offeringRepository.js';
import type { Loaders } from '../context.js';
import { citedSourcePrefetch } from '../documents/citedSource.js';
import type { FieldPrefetch, PrefetchRegistry } from '../graphql/prefetch.js';
import { COMPANIES_BY_KEYS, RELATIONS, ROLES_BY_KEYS, type CompanyRelationKind } from './companyRepository.js';

const relation = (kind: CompanyRelationKind): FieldPrefetch => ({
  query: RELATIONS[kind],
  keyField: 'key',
  loader: (l: Loaders) => l.companyRelations(kind),
});

export const companyPrefetch: PrefetchRegistry = {
  Company: {
    roles: { query: ROLES_BY_KEYS, keyField: 'key', loader: (l) => l.rolesByCompany },
    businessLines: {
      query: OFFERING_LISTS.linesByCompany,
      keyField: 'key',
      loader: (l) => l.offeringLists('linesByCompany'),
    },
    services: {
      query: OFFERING_LISTS.servicesByCompany,
      keyField: 'key',
      loader: (l) => l.offeringLists('servicesByCompany'),
    },
    dataCenters: { query: DATA_CENTERS_BY_OPERATOR, keyField: 'key', loader: (l) => l.dataCentersByOperator },
    segments: { query: SEGMENTS_BY_COMPANY, keyField: 'key', loader: (l) => l.segmentsByCompany },
    targetSegments: { query: TARGETS_BY_COMPANY, keyField: 'key', loader: (l) => l.targetSegmentsByCompany },
    customers: relation('customers'),
    suppliers: relation('suppliers'),
    competitors: relation('competitors'),
    investments: relation('investments'),
    investors: relation('investors'),
    awardsWon: { query: WINS.byCompany, keyField: 'key', loader: (l) => l.winsByCompany },
    rankingEntries: { query: ENTRIES.byCompany, keyField: 'key', loader: (l) => l.entriesByCompany },
    documents: { query: DOCUMENTS_BY_ISSUER, keyField: 'key', loader: (l) => l.documentsByIssuer },
    provenance: { query: PROVENANCE_BY_ENTITY_KEYS, keyField: 'key', loader: (l) => l.provenanceByEntity },
  },
  CompanyRelation: {
    source: citedSourcePrefetch,
    company: { query: COMPANIES_BY_KEYS, keyField: 'companyKey', loader: (l) => l.companyByKey },
  },
};
