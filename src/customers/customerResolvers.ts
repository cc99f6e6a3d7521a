import type { Resolvers } from '../generated/graphql.js';
import { notFound } from '../errors.js';
import { keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { requireCompanyKey } from '../companies/companyLookup.js';
import { present } from '../graphql/present.js';
import { loadTree, prefetchTree } from '../graphql/lookaheadReaders.js';
import { resolversOf } from '../lookahead/fields.js';
import { customerFields } from './customerFields.js';
import { computeCrossSellRate, listCrossSellRates, listSegments, SEGMENTS_BY_KEYS } from './customerRepository.js';

export const customerResolvers: Resolvers = {
  Query: {
    segment: (_parent, args, ctx, info) =>
      loadTree(ctx, info, {
        query: SEGMENTS_BY_KEYS,
        loader: ctx.loaders.segmentByKey,
        key: keyFromArgument(args.id, ['Segment'], 'id'),
      }),
    segments: async (_parent, args, ctx) =>
      listSegments(ctx.db, args.company ? await requireCompanyKey(ctx, args.company, 'company') : null),
    crossSellRates: (_parent, args, ctx) =>
      listCrossSellRates(ctx.db, args.segment ? keyFromArgument(args.segment, ['Segment'], 'segment') : null),
    async computedCrossSellRate(_parent, args, ctx, info) {
      const segment = keyFromArgument(args.segment, ['Segment'], 'segment');
      const offeringA = keyFromArgument(args.offeringA, ['BusinessLine', 'Service'], 'offeringA');
      const offeringB = keyFromArgument(args.offeringB, ['BusinessLine', 'Service'], 'offeringB');
      // One statement when all three exist; only a missing one costs the look-ups that name it.
      const rate = await computeCrossSellRate(ctx.db, segment, offeringA, offeringB);
      if (rate) {
        await prefetchTree(ctx, info, [rate]);
        return rate;
      }
      const [segmentRecord, a, b] = await Promise.all([
        ctx.loaders.segmentByKey.load(segment),
        ctx.loaders.offeringByKey.load(offeringA),
        ctx.loaders.offeringByKey.load(offeringB),
      ]);
      if (!segmentRecord) throw notFound(`segment "${segment}"`);
      if (!a) throw notFound(`offering "${offeringA}" (argument \`offeringA\`)`);
      if (!b) throw notFound(`offering "${offeringB}" (argument \`offeringB\`)`);
      throw notFound(`cross-sell rate of ${segment}`);
    },
  },
  Company: resolversOf(customerFields.Company),
  Segment: {
    id: (segment) => toGlobalId('Segment', segment.key),
    ...resolversOf(customerFields.Segment),
    members: async (segment, _args, ctx) => {
      const keys = await ctx.loaders.memberKeysBySegment.load(segment.key);
      return (await ctx.loaders.companyByKey.loadMany(keys)).map((c, i) => {
        if (c instanceof Error) throw c;
        return present(c, `company ${keys[i]}`);
      });
    },
  },
  CrossSellRate: {
    id: (rate) => toGlobalId('CrossSellRate', rate.key),
    ...resolversOf(customerFields.CrossSellRate),
  },
  ComputedCrossSellRate: resolversOf(customerFields.ComputedCrossSellRate),
};
