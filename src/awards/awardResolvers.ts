import { citedSource } from '../documents/citedSource.js';
import type { Resolvers } from '../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { fromGlobalId, keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { present, requireCompanyKey } from '../graphql/lookups.js';
import { loadTree, pageReader, subtreeReader } from '../graphql/prefetchRegistry.js';
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
  Award: {
    id: (award) => toGlobalId('Award', award.key),
    publisher: async (award, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(award.publisherKey), `publisher of ${award.key}`),
    categories: (award, _args, ctx) => ctx.loaders.categoriesByAward.load(award.key),
    rankings: (award, _args, ctx) => ctx.loaders.rankingsByAward.load(award.key),
    winners: (award, _args, ctx) => ctx.loaders.winsByAward.load(award.key),
    provenance: (award, _args, ctx) => ctx.loaders.provenanceByEntity.load(award.key),
  },
  AwardCategory: {
    id: (category) => toGlobalId('AwardCategory', category.key),
    award: async (category, _args, ctx) =>
      present(await ctx.loaders.awardByKey.load(category.awardKey), `award of ${category.key}`),
    rankings: (category, _args, ctx) => ctx.loaders.rankingsByCategory.load(category.key),
    winners: (category, _args, ctx) => ctx.loaders.winsByCategory.load(category.key),
  },
  AwardWin: {
    source: citedSource,
    company: async (win, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(win.companyKey), `company ${win.companyKey}`),
    award: async (win, _args, ctx) => present(await ctx.loaders.awardByKey.load(win.awardKey), `award ${win.awardKey}`),
    category: (win, _args, ctx) => (win.categoryKey ? ctx.loaders.categoryByKey.load(win.categoryKey) : null),
  },
  Ranking: {
    source: citedSource,
    id: (ranking) => toGlobalId('Ranking', ranking.key),
    award: async (ranking, _args, ctx) =>
      present(await ctx.loaders.awardByKey.load(ranking.awardKey), `award ${ranking.awardKey}`),
    category: (ranking, _args, ctx) =>
      ranking.categoryKey ? ctx.loaders.categoryByKey.load(ranking.categoryKey) : null,
    entries: (ranking, _args, ctx) => ctx.loaders.entriesByRanking.load(ranking.key),
  },
  RankingEntry: {
    source: citedSource,
    ranking: async (entry, _args, ctx) =>
      present(await ctx.loaders.rankingByKey.load(entry.rankingKey), `ranking ${entry.rankingKey}`),
    company: async (entry, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(entry.companyKey), `company ${entry.companyKey}`),
  },
};
