import type { Context } from '../context.js';
import type { FactBasis, RatioKind, Resolvers } from '../generated/graphql.js';
import { requireCompanyKey, requireOfferingKey } from '../companies/companyLookup.js';
import { badUserInput } from '../errors.js';
import { basisValue, checkPeriod } from '../financials/factArguments.js';
import { periodSortKey, type FinancialFactRecord } from '../financials/financialRepository.js';
import { present } from '../graphql/present.js';
import { computeGrowth, computeRatio, RATIOS, type RatioKindValue } from './derivedFigures.js';
import { metricArgument } from '../model/metricNames.js';

interface PeriodArgument {
  readonly fiscalYear: number;
  readonly quarter?: number | null;
}

const RATIO_KIND: Record<RatioKind, RatioKindValue> = {
  OPERATING_MARGIN: 'operatingMargin',
  ADJUSTED_EBITDA_MARGIN: 'adjustedEbitdaMargin',
  NET_MARGIN: 'netMargin',
  GROSS_MARGIN: 'grossMargin',
} as Record<RatioKind, RatioKindValue>;

const periodLabel = (p: PeriodArgument): string =>
  p.quarter == null ? `FY${p.fiscalYear}` : `FY${p.fiscalYear} Q${p.quarter}`;

/** The one fact of `metric` for exactly `period` (a fiscal year when no quarter), or a clear error. */
async function factFor(
  ctx: Context,
  target: { companyKey: string; offeringKey: string | null },
  metric: string,
  period: PeriodArgument,
  basis: FactBasis,
  argumentName: string,
): Promise<FinancialFactRecord> {
  const facts = await ctx.loaders
    .factsByCompany({
      metric,
      basis: basisValue(basis),
      fromKey: periodSortKey(period, 'from'),
      toKey: periodSortKey(period, 'to'),
      offering: target.offeringKey,
    })
    .load(target.companyKey);
  const exact = facts.filter(
    (f) =>
      f.period.fiscalYear === period.fiscalYear &&
      (period.quarter == null ? f.period.kind === 'fiscal-year' : f.period.quarter === period.quarter),
  );
  const fact = exact[0];
  if (!fact) {
    const of = target.offeringKey ? `${target.offeringKey}` : target.companyKey;
    throw badUserInput(
      `No ${basis} ${metric} figure of ${of} for ${periodLabel(period)} in the graph, so it cannot be computed (see \`metrics\` for the periods each metric has).`,
      argumentName,
    );
  }
  return fact;
}

async function targetOf(ctx: Context, company: string, offering: string | null | undefined) {
  const companyKey = await requireCompanyKey(ctx, company, 'company');
  const offeringKey = offering == null ? null : await requireOfferingKey(ctx, offering, 'offering', companyKey);
  return { companyKey, offeringKey };
}

export const derivedResolvers: Resolvers = {
  Query: {
    async ratio(_parent, args, ctx) {
      checkPeriod(args.period, 'period');
      const kind = RATIO_KIND[args.ratio];
      const target = await targetOf(ctx, args.company, args.offering);
      const [numerator, revenue] = await Promise.all([
        factFor(ctx, target, RATIOS[kind].numerator, args.period, args.basis, 'period'),
        factFor(ctx, target, 'revenue', args.period, args.basis, 'period'),
      ]);
      return computeRatio(kind, numerator, revenue, args.unit ?? null);
    },
    async growth(_parent, args, ctx) {
      checkPeriod(args.from, 'from');
      checkPeriod(args.to, 'to');
      const metric = metricArgument(args.metric, 'metric');
      const target = await targetOf(ctx, args.company, args.offering);
      const [base, current] = await Promise.all([
        factFor(ctx, target, metric, args.from, args.basis, 'from'),
        factFor(ctx, target, metric, args.to, args.basis, 'to'),
      ]);
      return computeGrowth(current, base, args.unit ?? null);
    },
  },
  DerivedFigure: {
    unit: () => 'percent',
    company: async (figure, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(figure.companyKey), `company ${figure.companyKey}`),
  },
  DerivedInput: {
    quote: (input) => input.fact.source.quote,
    source: (input) => input.fact.source,
  },
};
