/** All resolvers, merged per type. Each domain owns its own; this file only assembles. */
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
import { nodeResolvers } from './nodeResolvers.js';

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

export const resolvers: Resolvers = mergeResolvers(
  nodeResolvers,
  companyResolvers,
  offeringResolvers,
  dataCenterResolvers,
  customerResolvers,
  awardResolvers,
  financialResolvers,
  documentResolvers,
  searchResolvers,
  curationResolvers,
);
