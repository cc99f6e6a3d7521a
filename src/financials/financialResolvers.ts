import type {
  FactBasis,
  GuidanceRevisionDirection,
  OutcomePosition,
  ReportRule,
  Resolvers,
} from '../generated/graphql.js';
import { present } from '../graphql/present.js';
import { documentOrdering } from '../documents/documentOrdering.js';
import { outcomeOf, restatementOf, revisionsOf } from './factHistory.js';
import { viewFact } from './factView.js';
import { badUserInput } from '../errors.js';
import { toGlobalId } from '../graphql/globalId.js';
import { requireCompanyKey, requireOfferingKey } from '../companies/companyLookup.js';
import type { Context } from '../context.js';
import type { FactFilter } from './financialRepository.js';
import { requireMetric } from './metricArgument.js';
import { basisValue, checkPeriod, factFilterOf, selectionOf } from './factArguments.js';
import { pickCompanyFigure } from './financialRepository.js';
import { resolversOf } from '../lookahead/fields.js';
import { selectedFieldNames } from '../lookahead/plan.js';
import { financialFields } from './financialFields.js';
import { prefetchTree, subtreeReader } from '../graphql/lookaheadReaders.js';
import { rankCompaniesByMetric, RANKING_COLUMNS } from './metricRanking.js';

/**
 * The fact-selecting arguments, checked: the same on Query.financialFacts and Company.financialFacts.
 * Metric and offering names are resolved as everywhere (forgiving, explained errors).
 */
async function factArguments(
  ctx: Context,
  args: Parameters<typeof factFilterOf>[0],
  companyKey: string,
): Promise<FactFilter> {
  const filter = factFilterOf(args);
  return {
    ...filter,
    metric: args.metric == null ? null : await requireMetric(ctx, args.metric, 'metric'),
    offering: args.offering == null ? null : await requireOfferingKey(ctx, args.offering, 'offering', companyKey),
  };
}

export const financialResolvers: Resolvers = {
  Query: {
    async financialFacts(_parent, args, ctx) {
      const companyKey = await requireCompanyKey(ctx, args.company, 'company');
      return ctx.loaders.factsByCompany(await factArguments(ctx, args, companyKey)).load(companyKey);
    },
    async metricRanking(_parent, args, ctx, info) {
      checkPeriod(args.period, 'period');
      if (args.first < 1 || args.first > 100)
        throw badUserInput(`\`first\` must be between 1 and 100 (got ${args.first}).`, 'first');
      // The companies without the figure take a pass over every reporting company: only when asked.
      const withMissing = selectedFieldNames(info).has('missing');
      const metric = await requireMetric(ctx, args.metric, 'metric');
      const ranking = await rankCompaniesByMetric(
        ctx.db,
        {
          metric,
          fiscalYear: args.period.fiscalYear,
          quarter: args.period.quarter ?? null,
          unit: args.unit ?? null,
          basis: basisValue(args.basis) ?? 'actual',
          order: args.order,
          first: args.first,
          withMissing,
          selection: selectionOf(args),
        },
        // The ranked entries' subtree comes with the ranking; the missing companies' after it.
        subtreeReader(ctx, info, ['entries'], RANKING_COLUMNS),
      );
      if (withMissing) await prefetchTree(ctx, info, [ranking]);
      return ranking;
    },
  },
  Company: {
    financialFacts: async (company, args, ctx) =>
      ctx.loaders.factsByCompany(await factArguments(ctx, args, company.key)).load(company.key),
    async revenue(company, args, ctx) {
      checkPeriod(args.period, 'period');
      const facts = await ctx.loaders
        .factsByCompany({ metric: 'revenue', selection: selectionOf(args) })
        .load(company.key);
      return pickCompanyFigure(facts, args.period);
    },
  },
  Statement: {
    ...resolversOf(financialFields.Statement),
    actuals: (statement, _args, ctx) =>
      statement.kind === 'expectation' && statement.periodKey
        ? ctx.loaders.actualsByPeriod.load(statement.periodKey)
        : [],
  },
  FinancialFact: {
    id: (fact) => toGlobalId('FinancialFact', fact.key),
    basis: (fact) => fact.basis.toUpperCase() as FactBasis,
    ...resolversOf(financialFields.FinancialFact),
    selectedReport: (fact) => fact.selected,
    restated: (fact) => restatementOf(fact) !== null,
    restatement: (fact) => restatementOf(fact),
    revisions: (fact) => revisionsOf(fact),
    async outcome(fact, _args, ctx) {
      if (fact.basis !== 'guidance') return null;
      // The actual as the same answer sees it: as known at its `knownAt`, by its rule.
      const actual = (await ctx.loaders.actualsOfGuidance.load(fact.key))
        .map((raw) => viewFact(raw, fact.selection))
        .find((viewed) => viewed !== null);
      return actual ? outcomeOf(fact, actual) : null;
    },
  },
  FactReport: {
    document: async (report, _args, ctx) =>
      present(await ctx.loaders.documentByKey.load(report.documentKey), `document ${report.documentKey}`),
    orderedBy: (report) => documentOrdering(report.orderedBy),
  },
  ReportSelection: {
    rule: (selection): ReportRule => (selection.rule === 'first' ? 'FIRST_REPORTED' : 'LATEST'),
  },
  GuidanceRevision: {
    direction: (revision) => revision.direction.toUpperCase() as GuidanceRevisionDirection,
  },
  GuidanceOutcome: {
    position: (outcome) => outcome.position.toUpperCase() as OutcomePosition,
  },
  MetricRanking: {
    basis: (ranking) => ranking.basis.toUpperCase() as FactBasis,
    ...resolversOf(financialFields.MetricRanking),
  },
  MetricRankingEntry: resolversOf(financialFields.MetricRankingEntry),
};
