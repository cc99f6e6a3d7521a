import type { Resolvers } from '../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { fromGlobalId, keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { requireCompanyKey } from '../companies/companyLookup.js';
import { loadTree, pageReader, subtreeReader } from '../graphql/lookaheadReaders.js';
import { resolversOf } from '../lookahead/fields.js';
import { awardFields } from './awardFields.js';
import { AWARDS_BY_KEYS, findRankings, listAwards } from './awardRepository.js';

function checkYear(year: number | null | undefined): number | null {
  if (year == null) return null;
  if (year < 1900 || year > 2200) throw badUserInput(`\`year\` must be between 1900 and 2200 (got ${year}).`, 'year');
  return year;
}

export const awardResolvers: Resolvers = {
  Query: {
    award: (_parent, args, ctx, info) =>
      loadTree(ctx, info, {
        query: AWARDS_BY_KEYS,
        loader: ctx.loaders.awardByKey,
        key: keyFromArgument(args.id, ['Award'], 'id'),
      }),
    async awards(_parent, args, ctx, info) {
      const request = pageRequest(args.first, args.after);
      const publisherKey = args.publisher ? await requireCompanyKey(ctx, args.publisher, 'publisher') : null;
      const page = await listAwards(
        ctx.db,
        { publisherKey, year: checkYear(args.year) },
        request,
        pageReader(ctx, info),
      );
      return toConnection(page, request, (a) => [a.published, a.key]);
    },
    async awardRankings(_parent, args, ctx, info) {
      return findRankings(
        ctx.db,
        {
          awardKey: args.award ? keyFromArgument(args.award, ['Award'], 'award') : null,
          category: args.category
            ? fromGlobalId(args.category)
              ? keyFromArgument(args.category, ['AwardCategory'], 'category')
              : args.category
            : null,
          year: checkYear(args.year),
        },
        subtreeReader(ctx, info, [], ['items']),
      );
    },
  },
  Company: resolversOf(awardFields.Company),
  Award: {
    id: (award) => toGlobalId('Award', award.key),
    ...resolversOf(awardFields.Award),
  },
  AwardCategory: {
    id: (category) => toGlobalId('AwardCategory', category.key),
    ...resolversOf(awardFields.AwardCategory),
  },
  AwardWin: resolversOf(awardFields.AwardWin),
  Ranking: {
    id: (ranking) => toGlobalId('Ranking', ranking.key),
    ...resolversOf(awardFields.Ranking),
  },
  RankingEntry: resolversOf(awardFields.RankingEntry),
};
