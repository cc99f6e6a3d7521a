/** Metric relation fields, each declared once: its resolver and its look-ahead entry derive from it. */
import { COMPANIES_BY_KEYS } from '../companies/companyRepository.js';
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import type { MetricRecord } from './metricCatalogue.js';

const metric = fieldsOf<MetricRecord>();

export const metricFields = {
  Metric: {
    companies: metric.references({
      query: COMPANIES_BY_KEYS,
      key: 'companyKeys',
      loader: (l) => l.companyByKey,
      missing: missing((_m, key) => `company ${key}`),
    }),
  },
};
