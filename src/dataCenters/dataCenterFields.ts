/** DataCenter relation fields, each declared once (resolver and look-ahead entry derived: src/lookahead/). */
import { COMPANIES_BY_KEYS } from '../companies/companyRepository.js';
import { PROVENANCE_BY_ENTITY_KEYS } from '../documents/documentRepository.js';
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import type { DataCenterRecord } from './dataCenterRepository.js';

const dataCenter = fieldsOf<DataCenterRecord>();

export const dataCenterFields = {
  DataCenter: {
    operator: dataCenter.reference({
      query: COMPANIES_BY_KEYS,
      key: 'operatorKey',
      loader: (l) => l.companyByKey,
      missing: missing((dc) => `operator of ${dc.key}`),
    }),
    provenance: dataCenter.relation({
      query: PROVENANCE_BY_ENTITY_KEYS,
      key: 'key',
      loader: (l) => l.provenanceByEntity,
    }),
  },
};
