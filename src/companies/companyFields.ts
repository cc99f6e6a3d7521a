/**
 * Company, CompanyRelation and Statement relation fields, each declared once: its resolver and its
 * look-ahead entry (src/lookahead/) are derived from the declaration.
 */
import { SEGMENTS_BY_COMPANY, TARGETS_BY_COMPANY } from '../customers/customerRepository.js';
import { DATA_CENTERS_BY_OPERATOR } from '../dataCenters/dataCenterRepository.js';
import { citedSourceOf, provenanceOf } from '../documents/documentFields.js';
import { DOCUMENTS_BY_ISSUER } from '../documents/documentRepository.js';
import { ENTRIES, WINS } from '../awards/awardRepository.js';
import { PERIODS_BY_KEYS } from '../financials/financialRepository.js';
import type { CompanyRole } from '../generated/graphql.js';
import { fieldsOf } from '../graphql/fieldTables.js';
import { companyReferenceOf } from './companyReference.js';
import { isBusinessLine, isService, OFFERING_LISTS } from '../offerings/offeringRepository.js';
import {
  RELATIONS,
  ROLES_BY_KEYS,
  type CompanyRecord,
  type CompanyRelationKind,
  type CompanyRelationRecord,
  type StatementRecord,
} from './companyRepository.js';

const company = fieldsOf<CompanyRecord>();
const relation = (kind: CompanyRelationKind) =>
  company.relation({ query: RELATIONS[kind], key: 'key', loader: (l) => l.companyRelations(kind) });
const statement = fieldsOf<StatementRecord>();

export const companyFields = {
  Company: {
    roles: company.relation({
      query: ROLES_BY_KEYS,
      key: 'key',
      loader: (l) => l.rolesByCompany,
      select: (roles) => roles as CompanyRole[],
    }),
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
    dataCenters: company.relation({
      query: DATA_CENTERS_BY_OPERATOR,
      key: 'key',
      loader: (l) => l.dataCentersByOperator,
    }),
    segments: company.relation({ query: SEGMENTS_BY_COMPANY, key: 'key', loader: (l) => l.segmentsByCompany }),
    targetSegments: company.relation({
      query: TARGETS_BY_COMPANY,
      key: 'key',
      loader: (l) => l.targetSegmentsByCompany,
    }),
    customers: relation('customers'),
    suppliers: relation('suppliers'),
    competitors: relation('competitors'),
    investments: relation('investments'),
    investors: relation('investors'),
    awardsWon: company.relation({ query: WINS.byCompany, key: 'key', loader: (l) => l.winsByCompany }),
    rankingEntries: company.relation({ query: ENTRIES.byCompany, key: 'key', loader: (l) => l.entriesByCompany }),
    documents: company.relation({ query: DOCUMENTS_BY_ISSUER, key: 'key', loader: (l) => l.documentsByIssuer }),
    provenance: provenanceOf<CompanyRecord>(),
  },
  CompanyRelation: {
    source: citedSourceOf<CompanyRelationRecord>(),
    company: companyReferenceOf<CompanyRelationRecord>('companyKey', (_r, key) => `company ${key}`),
  },
  Statement: {
    source: citedSourceOf<StatementRecord>({ lookAhead: false }),
    // Statements load per company with a filter argument, so nothing looks ahead into them yet.
    period: statement.optionalRelation({
      query: PERIODS_BY_KEYS,
      key: 'periodKey',
      loader: (l) => l.periodByKey,
      lookAhead: false,
    }),
    company: companyReferenceOf<StatementRecord>('companyKey', (_s, key) => `company ${key}`, { lookAhead: false }),
  },
};
