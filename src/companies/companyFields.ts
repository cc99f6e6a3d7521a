/**
 * Company, CompanyRelation and Statement relation fields, each declared once: its resolver and its
 * look-ahead entry (src/lookahead/) are derived from the declaration. A Company field that loads
 * another domain's records belongs to that domain's table (Company.services to offerings,
 * Company.awardsWon to awards…), so companies depends on no domain but documents.
 */
import { citedSourceOf, provenanceOf } from '../documents/documentFields.js';
import { DOCUMENTS_BY_ISSUER } from '../documents/documentRepository.js';
import type { CompanyRole } from '../generated/graphql.js';
import { fieldsOf } from '../graphql/fieldTables.js';
import { companyReferenceOf } from './companyReference.js';
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

export const companyFields = {
  Company: {
    roles: company.relation({
      query: ROLES_BY_KEYS,
      key: 'key',
      loader: (l) => l.rolesByCompany,
      select: (roles) => roles as CompanyRole[],
    }),
    customers: relation('customers'),
    suppliers: relation('suppliers'),
    competitors: relation('competitors'),
    investments: relation('investments'),
    investors: relation('investors'),
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
    company: companyReferenceOf<StatementRecord>('companyKey', (_s, key) => `company ${key}`, { lookAhead: false }),
  },
};
