/**
 * `Query.rateLimit`: the charge the admission hook (src/limits/queryLimits.ts) made before this
 * query executed, so it reports this very query's cost and what is left after it.
 */
import type { Resolvers } from '../generated/graphql.js';

export const rateLimitResolvers: Resolvers = {
  Query: {
    rateLimit: (_parent, _args, context) => {
      const charge = context.budget.charge;
      if (!charge) return null;
      return {
        limit: charge.limit,
        cost: charge.cost,
        remaining: charge.remaining,
        resetAt: new Date(charge.resetAtMs).toISOString(),
      };
    },
  },
};
