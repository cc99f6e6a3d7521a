import type { FactBasis, Resolvers } from '../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { toGlobalId } from '../graphql/globalId.js';
import { present, requireCompanyKey } from '../graphql/lookups.js';
import { periodSortKey, type FactBasisValue } from './financialRepository.js';
import { selectedFieldNames } from '../graphql/prefetch.js';
import { prefetchTree, subtreeReader } from '../graphql/prefetchRegistry.js';
import { rankCompaniesByMetric, RANKING_COLUMNS } from './metricRanking.js';

const basisValue = (basis: FactBasis | null | undefined): FactBasisValue | null =>
  basis ? (basis.toLowerCase() as FactBasisValue) : null;

function checkPeriod(
  period: { fiscalYear: number; quarter?: number | null } | null | undefined,
  argumentName: string,
): void {
  if (!period) return;
  if (period.quarter != null && (period.quarter < 1 || period.quarter > 4)) {
    throw badUserInput(`\`${argumentName}.quarter\` must be 1–4 (got ${period.quarter}).`, argumentName);
  }
  if (period.fiscalYear < 1900 || period.fiscalYear > 2200) {
    throw badUserInput(
      `\`${argumentName}.fiscalYear\` must be between 1900 and 2200 (got ${period.fiscalYear}).`,
      argumentName,
    );
  }
}

export const financialResolvers: Resolvers = {
  Query: {
    async financialFacts(_parent, args, ctx) {
      checkPeriod(args.from, 'from');
      checkPeriod(args.to, 'to');
      const companyKey = await requireCompanyKey(ctx, args.company, 'company');
      return ctx.loaders
        .factsByCompany({
          metric: args.metric ?? null,
          basis: basisValue(args.basis),
          fromKey: args.from ? periodSortKey(args.from, 'from') : null,
          toKey: args.to ? periodSortKey(args.to, 'to') : null,
          offering: args.offering ?? null,
          includeOfferings: args.includeOfferings,
        })
        .load(companyKey);
    },
    async metricRanking(_parent, args, ctx, info) {
      checkPeriod(args.period, 'period');
      if (args.first < 1 || args.first > 100)
        throw badUserInput(`\`first\` must be between 1 and 100 (got ${args.first}).`, 'first');
      // The companies without the figure take a pass over every reporting company: only when asked.
      const withMissing = selectedFieldNames(info).has('missing');
      const ranking = await rankCompaniesByMetric(
        ctx.db,
        {
          metric: args.metric,
          fiscalYear: args.period.fiscalYear,
          quarter: args.period.quarter ?? null,
          unit: args.unit ?? null,
          basis: basisValue(args.basis) ?? 'actual',
          order: args.order,
          first: args.first,
          withMissing,
        },
        // The ranked entries' subtree comes with the ranking; the missing companies' after it.
        subtreeReader(ctx, info, ['entries'], RANKING_COLUMNS),
      );
      if (withMissing) await prefetchTree(ctx, info, [ranking]);
      return ranking;
    },
  },
  FinancialFact: {
    id: (fact) => toGlobalId('FinancialFact', fact.key),
    basis: (fact) => fact.basis.toUpperCase() as FactBasis,
    company: async (fact, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(fact.companyKey), `company ${fact.companyKey}`),
    offering: (fact, _args, ctx) => (fact.offeringKey ? ctx.loaders.offeringByKey.load(fact.offeringKey) : null),
    derivedFrom: async (fact, _args, ctx) =>
      (await ctx.loaders.factByKey.loadMany(fact.derivedFromKeys)).map((f, i) => {
        if (f instanceof Error) throw f;
        return present(f, `fact ${fact.derivedFromKeys[i]}`);
      }),
  },
  MetricRanking: {
    basis: (ranking) => ranking.basis.toUpperCase() as FactBasis,
    missing: async (ranking, _args, ctx) =>
      (await ctx.loaders.companyByKey.loadMany(ranking.missingKeys)).map((c, i) => {
        if (c instanceof Error) throw c;
        return present(c, `company ${ranking.missingKeys[i]}`);
      }),
  },
  MetricRankingEntry: {
    company: async (entry, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(entry.companyKey), `company ${entry.companyKey}`),
  },
};
