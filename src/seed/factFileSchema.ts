/**
 * The schema of a fact file (`company-kg/facts@1`, documented in seed/FORMAT.md). Structural checks
 * live here; checks across entries (references, quotes, reconciliation) live in ./validate.ts.
 */
import { z } from 'zod';
import { AMOUNT_SCALES } from '../model/figures.js';

/** The current format; `company-kg/facts@1` files (no publication date) still load unchanged. */
export const FACT_FILE_FORMAT = 'company-kg/facts@2';
export const FACT_FILE_FORMATS = ['company-kg/facts@1', FACT_FILE_FORMAT] as const;

/**
 * Bounds shared by fact files and curation inputs (documented in seed/FORMAT.md). Ids and names
 * are indexed, and Neo4j refuses to index a string of more than ~8 kB ("Property value is too large
 * to index") — far beyond any real key or name, so these maxima are generous for data and small
 * enough that no write ever reaches that limit. Lists are bounded so one write stays small.
 */
export const LIMITS = {
  /** Ids, keys and section ids. */
  idLength: 200,
  /** Names, short names and aliases. */
  nameLength: 200,
  /** Verbatim quotes and the notes on how they are read. */
  quoteLength: 2000,
  noteLength: 2000,
  /** An amount's unit (`JPY`, `percent`, `Gbps`, `ton/`). */
  unitLength: 32,
  /** Metric names (`operatingIncome`). */
  metricLength: 100,
  aliases: 50,
  /** Amounts of one fact: one per unit printed side by side. */
  amounts: 10,
  /**
   * Largest |value × scale| of an amount. Ten times a quintillion yen is beyond any company figure
   * (the largest revenues are ~1e14 in USD, ~1e16 in JPY), it stays below 2^63 (so it also fits a
   * Neo4j integer), and rankings compare such numbers without overflowing to Infinity — which the
   * GraphQL Float type cannot serialize.
   */
  baseValue: 1e18,
} as const;

export const Id = z
  .string()
  .max(LIMITS.idLength, `at most ${LIMITS.idLength} characters`)
  .regex(/^[a-z0-9][a-z0-9./-]*$/, 'an id of lowercase letters, digits, ".", "/" and "-"');
const MonthOrDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-([0-2]\d|3[01]))?$/, 'YYYY-MM or YYYY-MM-DD');
const MonthOrYear = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'YYYY or YYYY-MM');
const NonEmpty = z.string().trim().min(1);
const bounded = (max: number) => NonEmpty.max(max, `at most ${max} characters`);
export const Name = bounded(LIMITS.nameLength);
export const Quote = bounded(LIMITS.quoteLength);
export const Note = bounded(LIMITS.noteLength);
export const Unit = bounded(LIMITS.unitLength);
export const Aliases = z.array(Name).max(LIMITS.aliases, `at most ${LIMITS.aliases} aliases`);

/** Days per month; February has 29 because `02-29` stands for "the last day of February". */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * A fiscal year's last day, `MM-DD`, on the calendar (`02-31` is refused). `02-29` is accepted and
 * means the last day of February (the 28th in common years, see periods.ts): companies whose year
 * ends with February (retailers, many in Japan) close on its last day, whatever the year.
 */
export const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD')
  .refine((v) => Number(v.slice(3)) <= DAYS_IN_MONTH[Number(v.slice(0, 2)) - 1]!, {
    message: 'MM-DD of a day that exists in that month (02-29 stands for the last day of February)',
  });

export const SourceRef = z.strictObject({
  section: Id,
  quote: Quote,
  note: Note.optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

const FieldSources = z.record(z.string(), SourceRef).optional();

export const PeriodRef = z
  .strictObject({
    fiscalYear: z.number().int().min(1900).max(2200),
    quarter: z.number().int().min(1).max(4).optional(),
    months: z.number().int().min(1).max(12).optional(),
  })
  .refine((p) => !(p.quarter !== undefined && p.months !== undefined), {
    message: 'a period has a quarter or a number of months, not both',
  });
export type PeriodRef = z.infer<typeof PeriodRef>;

const Section = z.strictObject({
  id: Id,
  number: z.number().int().positive().optional(),
  title: NonEmpty,
  note: NonEmpty.optional(),
});

/**
 * When a document became public: a day, a month or a year, as the text (`source`) or the curator's
 * metadata (`note`, e.g. "from the issuer's press-release archive") gives it — one of the two is
 * required, so a date is never invented.
 */
export const Published = z
  .strictObject({
    date: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
      .refine((d) => d.length < 10 || new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
        message: 'a day that exists in that month',
      }),
    source: SourceRef.optional(),
    note: Note.optional(),
  })
  .refine((p) => p.source !== undefined || p.note !== undefined, {
    message: 'a publication date needs its `source` (a quote that states it) or a `note` saying where it comes from',
  });
export type Published = z.infer<typeof Published>;

const Document = z.strictObject({
  id: Id,
  title: NonEmpty,
  kind: z.enum(['investor-presentation', 'annual-report', 'press-release', 'filing', 'other']),
  file: NonEmpty,
  issuer: Id,
  language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as en'),
  reportsOn: PeriodRef.optional(),
  /** facts@2 only (checked in FactFile below). */
  published: Published.optional(),
  copyright: NonEmpty.optional(),
  source: SourceRef.optional(),
});

export const CompanyEntry = z.strictObject({
  id: Id,
  name: Name,
  shortName: Name.optional(),
  aliases: Aliases.default([]),
  kind: z.enum(['company', 'group', 'publisher', 'regulator']).default('company'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as JP')
    .optional(),
  fiscalYearEnd: MonthDay.optional(),
  fiscalYearNamedBy: z.enum(['start-year', 'end-year']).optional(),
  description: NonEmpty.optional(),
  source: SourceRef,
  fieldSources: FieldSources,
});

const BusinessLine = z.strictObject({
  id: Id,
  company: Id,
  name: Name,
  aliases: Aliases.default([]),
  parent: Id.optional(),
  description: NonEmpty.optional(),
  source: SourceRef,
  fieldSources: FieldSources,
});

const Bandwidth = z.strictObject({
  min: z.number().positive().optional(),
  max: z.number().positive().optional(),
  unit: z.enum(['Kbps', 'Mbps', 'Gbps']),
});

const Service = z.strictObject({
  id: Id,
  company: Id,
  name: Name,
  aliases: Aliases.default([]),
  businessLine: Id.optional(),
  builtOn: Id.optional(),
  description: NonEmpty.optional(),
  launched: MonthOrYear.optional(),
  bandwidth: Bandwidth.optional(),
  source: SourceRef,
  fieldSources: FieldSources,
});

const Quantity = z.strictObject({ value: z.number(), unit: NonEmpty });

const DataCenter = z.strictObject({
  id: Id,
  operator: Id,
  name: Name,
  city: NonEmpty.optional(),
  prefecture: NonEmpty.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  floors: NonEmpty.optional(),
  floorSpace: z.strictObject({ value: z.number().positive(), unit: z.literal('m2') }).optional(),
  structure: NonEmpty.optional(),
  floorLoad: Quantity.optional(),
  purpose: NonEmpty.optional(),
  source: SourceRef,
  fieldSources: FieldSources,
});

const Segment = z.strictObject({
  id: Id,
  company: Id,
  name: Name,
  kind: z.enum(['top-customers', 'industry', 'target']),
  size: z.number().int().positive().optional(),
  revenueShare: z
    .strictObject({
      value: z.number().min(0).max(100),
      unit: z.literal('percent'),
      asOf: MonthOrDate,
      source: SourceRef,
    })
    .optional(),
  description: NonEmpty.optional(),
  source: SourceRef,
  fieldSources: FieldSources,
});

const CrossSellRate = z.strictObject({
  id: Id,
  segment: Id,
  offeringA: Id,
  offeringB: Id,
  rate: z.strictObject({ value: z.number().min(0).max(100), unit: z.literal('percent') }),
  cohort: NonEmpty,
  asOf: MonthOrDate,
  source: SourceRef,
});

const RankingEntry = z.strictObject({
  company: Id,
  position: z.number().int().positive().nullable(),
  source: SourceRef,
});

const Award = z.strictObject({
  id: Id,
  name: Name,
  publisher: Id,
  edition: NonEmpty,
  published: MonthOrDate,
  source: SourceRef,
  categories: z.array(z.strictObject({ id: Id, name: Name, source: SourceRef })).default([]),
  rankings: z
    .array(
      z.strictObject({
        id: Id,
        category: Id.optional(),
        scope: z.enum(['total', 'by-category', 'unknown']),
        entriesListed: z.number().int().nonnegative(),
        entries: z.array(RankingEntry),
        source: SourceRef,
      }),
    )
    .default([]),
  winners: z.array(z.strictObject({ company: Id, category: Id.optional(), source: SourceRef })).default([]),
});

export { AMOUNT_SCALES };

/** value × scale (or low/high × scale) must be a finite number within ±LIMITS.baseValue. */
function checkBaseValue(
  a: { scale: keyof typeof AMOUNT_SCALES },
  field: 'value' | 'low' | 'high',
  ctx: z.RefinementCtx,
) {
  const printed = (a as Partial<Record<typeof field, number>>)[field];
  if (printed === undefined) return;
  const base = printed * AMOUNT_SCALES[a.scale];
  if (!Number.isFinite(base) || Math.abs(base) > LIMITS.baseValue) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${field} × scale (${printed} × ${a.scale} = ${base}) is outside ±${LIMITS.baseValue.toExponential()}`,
    });
  }
}

const SCALES = ['one', 'thousand', 'million', 'billion'] as const;

export const Amount = z
  .strictObject({
    // z.number() is finite: NaN and ±Infinity are refused here, the product in checkBaseValue.
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    bound: z.enum(['more-than', 'less-than', 'at-least', 'at-most']).optional(),
    scale: z.enum(SCALES).default('one'),
    unit: Unit,
  })
  .superRefine((a, ctx) => {
    const hasValue = a.value !== undefined;
    const hasRange = a.low !== undefined || a.high !== undefined;
    if (hasValue === hasRange) {
      ctx.addIssue({ code: 'custom', message: 'an amount has either a value or a low/high range' });
    }
    if (a.low !== undefined && a.high !== undefined && a.low > a.high) {
      ctx.addIssue({ code: 'custom', message: `low (${a.low}) is greater than high (${a.high})` });
    }
    if (a.bound !== undefined && !hasRange) {
      ctx.addIssue({ code: 'custom', message: 'a bound applies to low or high, not to value' });
    }
    // ("unit: one" is a slip for the scale; the unit is what the figure counts.)
    if ((SCALES as readonly string[]).includes(a.unit)) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `unit "${a.unit}" is a scale, not a unit: write the currency or unit the figure is in (JPY, percent, subscribers) and the scale apart`,
      });
    }
    for (const field of ['value', 'low', 'high'] as const) checkBaseValue(a, field, ctx);
  });
export type Amount = z.infer<typeof Amount>;

const Comparison = z.strictObject({
  kind: z.enum(['yoy', 'qoq', 'vs-period']),
  basePeriod: PeriodRef,
  change: z.strictObject({ value: z.number(), unit: z.enum(['percent', 'absolute']) }).optional(),
  direction: z.enum(['increase', 'decrease', 'unchanged']),
  source: SourceRef,
});

const FinancialFact = z
  .strictObject({
    id: Id,
    company: Id,
    metric: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a metric name in camelCase'),
    /** The business line or service the figure is about; absent = the company as a whole. */
    offering: Id.optional(),
    period: PeriodRef,
    basis: z.enum(['actual', 'guidance', 'derived']),
    amounts: z.array(Amount).min(1).max(LIMITS.amounts, `at most ${LIMITS.amounts} amounts`),
    approximate: z.boolean().default(false),
    comparisons: z.array(Comparison).default([]),
    explanations: z.array(z.strictObject({ text: NonEmpty, source: SourceRef })).default([]),
    derivation: z.strictObject({ formula: NonEmpty, from: z.array(Id).min(1) }).optional(),
    source: SourceRef,
  })
  .superRefine((f, ctx) => {
    if ((f.basis === 'derived') !== (f.derivation !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['derivation'],
        message: 'a derived fact needs a derivation, and only a derived fact may have one',
      });
    }
  });
export type FinancialFact = z.infer<typeof FinancialFact>;

const Statement = z.strictObject({
  id: Id,
  company: Id,
  kind: z.enum(['milestone', 'expectation', 'risk', 'strategy', 'other']),
  text: NonEmpty,
  period: PeriodRef.optional(),
  about: z.array(Id).default([]),
  source: SourceRef,
});

export const RELATIONSHIP_TYPES = [
  'CUSTOMER_OF',
  'COMPETES_WITH',
  'INVESTS_IN',
  'CANCELLED_CONTRACTS_WITH',
  'TARGETS',
  'SUBSCRIBES_TO',
  'MEMBER_OF',
] as const;

const Relationship = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: Id,
  to: Id,
  since: MonthOrYear.optional(),
  description: NonEmpty.optional(),
  source: SourceRef,
});

export const FactFile = z
  .strictObject({
    format: z.enum(FACT_FILE_FORMATS, { message: `one of ${FACT_FILE_FORMATS.join(', ')}` }),
    document: Document,
    sections: z.array(Section).min(1),
    companies: z.array(CompanyEntry).default([]),
    businessLines: z.array(BusinessLine).default([]),
    services: z.array(Service).default([]),
    dataCenters: z.array(DataCenter).default([]),
    segments: z.array(Segment).default([]),
    crossSellRates: z.array(CrossSellRate).default([]),
    awards: z.array(Award).default([]),
    facts: z.array(FinancialFact).default([]),
    statements: z.array(Statement).default([]),
    relationships: z.array(Relationship).default([]),
  })
  .superRefine((f, ctx) => {
    if (f.format === 'company-kg/facts@1' && f.document.published !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['document', 'published'],
        message: 'a publication date needs format company-kg/facts@2',
      });
    }
  });
export type FactFile = z.infer<typeof FactFile>;
