/** DataCenter relation fields (and Company's data centers), each declared once (resolver and look-ahead entry derived: src/lookahead/). */
import { companyReferenceOf } from '../companies/companyReference.js';
import { provenanceOf } from '../documents/documentFields.js';
import type { CompanyRecord } from '../companies/companyRepository.js';
import { fieldsOf } from '../graphql/fieldTables.js';
import { DATA_CENTERS_BY_OPERATOR, type DataCenterRecord } from './dataCenterRepository.js';

const company = fieldsOf<CompanyRecord>();

export const dataCenterFields = {
  Company: {
    dataCenters: company.relation({
      query: DATA_CENTERS_BY_OPERATOR,
      key: 'key',
      loader: (l) => l.dataCentersByOperator,
    }),
  },
  DataCenter: {
    operator: companyReferenceOf<DataCenterRecord>('operatorKey', (dc) => `operator of ${dc.key}`),
    provenance: provenanceOf<DataCenterRecord>(),
  },
};
