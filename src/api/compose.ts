/**
 * The composition root of the schema's code: every module registers here once (MODULES); its
 * resolvers are merged per type and its field table joins the look-ahead registry. Each domain owns
 * its parts; this file only assembles them, and nothing below the API's entry (src/server.ts,
 * src/app.ts) imports it.
 */
import { awardResolvers } from '../awards/awardResolvers.js';
import { companyResolvers } from '../companies/companyResolvers.js';
import { curationResolvers } from '../curation/curationResolvers.js';
import { customerResolvers } from '../customers/customerResolvers.js';
import { dataCenterResolvers } from '../dataCenters/dataCenterResolvers.js';
import { documentResolvers } from '../documents/documentResolvers.js';
import { financialResolvers } from '../financials/financialResolvers.js';
import type { Resolvers } from '../generated/graphql.js';
import { offeringResolvers } from '../offerings/offeringResolvers.js';
import { searchResolvers } from '../search/searchResolvers.js';
import { metricResolvers } from '../metrics/metricResolvers.js';
import { metricFields } from '../metrics/metricFields.js';
import { nameLookupResolvers } from '../search/nameLookupResolvers.js';
import { statementResolvers } from '../statements/statementResolvers.js';
import { statementLoaders } from '../statements/statementLoaders.js';
import { textSearchResolvers } from '../search/textSearchResolvers.js';
import { derivedResolvers } from '../metrics/derivedResolvers.js';
import { nodeResolvers } from '../graphql/nodeResolvers.js';
import { rateLimitResolvers } from '../rateLimit/rateLimitResolvers.js';
import type { Loaders } from '../context.js';
import type { Database } from '../db/database.js';
import { documentLoaders } from '../documents/documentLoaders.js';
import { documentTextLoaders } from '../factSheet/documentTextLoaders.js';
import { documentTextResolvers } from '../factSheet/documentTextResolvers.js';
import { financialLoaders } from '../financials/financialLoaders.js';
import { awardLoaders } from '../awards/awardLoaders.js';
import { customerLoaders } from '../customers/customerLoaders.js';
import { dataCenterLoaders } from '../dataCenters/dataCenterLoaders.js';
import { offeringLoaders } from '../offerings/offeringLoaders.js';
import { companyLoaders } from '../companies/companyLoaders.js';
import { lookAheadOf, type FieldTable } from '../lookahead/fields.js';
import type { PrefetchRegistry } from '../lookahead/plan.js';
import { awardFields } from '../awards/awardFields.js';
import { companyFields } from '../companies/companyFields.js';
import { customerFields } from '../customers/customerFields.js';
import { dataCenterFields } from '../dataCenters/dataCenterFields.js';
import { financialFields } from '../financials/financialFields.js';
import { offeringFields } from '../offerings/offeringFields.js';

export function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

/** A domain as the schema sees it: its resolvers and, if it has relation fields, its field table. */
interface SchemaModule {
  readonly resolvers: Resolvers;
  readonly fields?: FieldTable<Loaders>;
  /** Its request loaders (which add themselves to the `Loaders` type). */
  readonly loaders?: (db: Database) => Partial<Loaders>;
}

/** Every module, registered once. */
const MODULES = [
  { resolvers: nodeResolvers },
  { resolvers: companyResolvers, fields: companyFields, loaders: companyLoaders },
  { resolvers: offeringResolvers, fields: offeringFields, loaders: offeringLoaders },
  { resolvers: dataCenterResolvers, fields: dataCenterFields, loaders: dataCenterLoaders },
  { resolvers: customerResolvers, fields: customerFields, loaders: customerLoaders },
  { resolvers: awardResolvers, fields: awardFields, loaders: awardLoaders },
  { resolvers: financialResolvers, fields: financialFields, loaders: financialLoaders },
  { resolvers: documentResolvers, loaders: documentLoaders },
  { resolvers: documentTextResolvers, loaders: documentTextLoaders },
  { resolvers: searchResolvers },
  { resolvers: metricResolvers, fields: metricFields },
  { resolvers: nameLookupResolvers },
  { resolvers: statementResolvers, loaders: statementLoaders },
  { resolvers: textSearchResolvers },
  { resolvers: derivedResolvers },
  { resolvers: curationResolvers },
  { resolvers: rateLimitResolvers },
] as const satisfies readonly SchemaModule[];

export const resolvers: Resolvers = mergeResolvers(...MODULES.map((module) => module.resolvers));

/** How each looked-ahead field loads, from every module's field table (a field declared twice fails here). */
export const lookAheadRegistry: PrefetchRegistry<Loaders> = lookAheadOf<Loaders>(
  ...MODULES.flatMap((module) => ('fields' in module ? [module.fields as FieldTable<Loaders>] : [])),
);

type ModuleLoaders = ReturnType<Extract<(typeof MODULES)[number], { loaders: unknown }>['loaders']>;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** Compile-time check: the modules listed above build every loader the `Loaders` type promises. */
const everyLoaderBuilt = (built: Intersection<ModuleLoaders>): Loaders => built;

/** One request's loaders: every module's, over the request's view of the database. */
export function createLoaders(db: Database): Loaders {
  const parts = MODULES.map((module) => ('loaders' in module ? module.loaders(db) : {}));
  return everyLoaderBuilt(Object.assign({}, ...parts) as Intersection<ModuleLoaders>);
}
