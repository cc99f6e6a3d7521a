/**
 * The field every domain has most: a reference to the company whose key a record holds (a
 * service's company, an award's publisher, a data center's operator…), declared once.
 */
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import { COMPANIES_BY_KEYS } from './companyRepository.js';

/** The company whose key the parent holds in `key`; NOT_FOUND saying `what` when it is not in the graph. */
export const companyReferenceOf = <P>(
  key: keyof P & string,
  what: (parent: P, key: string) => string,
  options: { lookAhead?: boolean } = {},
) =>
  fieldsOf<P>().reference({
    query: COMPANIES_BY_KEYS,
    key,
    loader: (l) => l.companyByKey,
    missing: missing(what),
    ...options,
  });
