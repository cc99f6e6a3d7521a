/**
 * The field-table builder (src/lookahead/fields.ts) bound to this API's request loaders: a domain
 * declares each relation field once with `fieldsOf<ParentRecord>()`, and its resolver and look-ahead
 * entry both come from that declaration.
 */
import type { Loaders } from '../context.js';
import { notFound } from '../errors.js';
import { fieldsFor } from '../lookahead/fields.js';

export const fieldsOf = <P>() => fieldsFor<Loaders, P>();

/** For a `required` relation: a dangling reference the graph itself holds is reported as NOT_FOUND. */
export const missing =
  <P>(what: (parent: P, key: string) => string) =>
  (parent: P, key: string): Error =>
    notFound(what(parent, key));
