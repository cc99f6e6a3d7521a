import type { FactBasis, MetricKind, Resolvers } from '../generated/graphql.js';
import { requireCompanyKey } from '../companies/companyLookup.js';
import { prefetchTree } from '../graphql/lookaheadReaders.js';
import { resolversOf } from '../lookahead/fields.js';
import { metricCatalogue } from './metricCatalogue.js';
import { metricFields } from './metricFields.js';
import { metricLexicon } from '../model/metricLexicon.js';
import { metricArgument } from '../model/metricNames.js';
import { metricUsage } from './metricRepository.js';

export const metricResolvers: Resolvers = {
  Query: {
    async metrics(_parent, args, ctx, info) {
      const companyKey = args.company == null ? null : await requireCompanyKey(ctx, args.company, 'company');
      const catalogue = metricCatalogue(metricLexicon(), await metricUsage(ctx.db, companyKey), companyKey !== null);
      await prefetchTree(ctx, info, catalogue);
      return catalogue;
    },
    async metric(_parent, args, ctx, info) {
      const key = metricArgument(args.name, 'name');
      const found = metricCatalogue(metricLexicon(), await metricUsage(ctx.db, null), false).find(
        (m) => m.key === key,
      )!;
      await prefetchTree(ctx, info, [found]);
      return found;
    },
  },
  Metric: {
    kind: (metric) => (metric.kind ? (metric.kind.toUpperCase() as MetricKind) : null),
    bases: (metric) => metric.bases.map((b) => b.toUpperCase() as FactBasis),
    phrases: (metric) => [...metric.phrases],
    ...resolversOf(metricFields.Metric),
  },
};
