/** DataCenter relation fields, each declared once (resolver and look-ahead entry derived: src/lookahead/). */
import { companyReferenceOf } from '../companies/companyReference.js';
import { provenanceOf } from '../documents/documentFields.js';
import type { DataCenterRecord } from './dataCenterRepository.js';

export const dataCenterFields = {
  DataCenter: {
    operator: companyReferenceOf<DataCenterRecord>('operatorKey', (dc) => `operator of ${dc.key}`),
    provenance: provenanceOf<DataCenterRecord>(),
  },
};
