/**
 * Validation of curation inputs, with the same rules and bounds as fact files (ids, names, quotes,
 * amounts, periods: `LIMITS` in src/seed/factFileSchema.ts). Problems become BAD_USER_INPUT errors
 * naming the field (`input.amounts.0.low`). Everything here is checked before any database access.
 */
import { z } from 'zod';
import { badUserInput } from '../errors.js';
import { Aliases, Amount, Id, LIMITS, MonthDay, Name, Note, Quote } from '../seed/factFileSchema.js';

/** Reference arguments take a key, a global id (`Document:<key>`) or, for companies, a name. */
const REFERENCE_LENGTH = LIMITS.idLength + 50;
const Reference = z.string().min(1).max(REFERENCE_LENGTH, `at most ${REFERENCE_LENGTH} characters`);

/** A version the caller read: 0 means "not curated yet" (a new key, or only loaded from fact files). */
const ExpectedVersion = z.number().int().min(0).nullish();

const SourceInput = z.object({
  document: Reference,
  section: Id,
  quote: Quote,
  note: Note.nullish(),
});

/**
 * The company properties `clear` may remove, with the stored properties each stands for. `name` and
 * `kind` are not clearable: every company has them (change them by sending a new value).
 */
export const CLEARABLE_COMPANY_FIELDS = {
  SHORT_NAME: ['shortName'],
  ALIASES: ['aliases', 'aliasText'],
  COUNTRY: ['country'],
  FISCAL_YEAR_END: ['fiscalYearEnd'],
  FISCAL_YEAR_NAMED_BY: ['fiscalYearNamedBy'],
} as const satisfies Record<string, readonly string[]>;
export type ClearableCompanyField = keyof typeof CLEARABLE_COMPANY_FIELDS;

/** The input field each clearable field is sent as (a field may not be both sent and cleared). */
const INPUT_FIELD_OF: Record<ClearableCompanyField, string> = {
  SHORT_NAME: 'shortName',
  ALIASES: 'aliases',
  COUNTRY: 'country',
  FISCAL_YEAR_END: 'fiscalYearEnd',
  FISCAL_YEAR_NAMED_BY: 'fiscalYearNamedBy',
};

const clearableNames = Object.keys(CLEARABLE_COMPANY_FIELDS) as [ClearableCompanyField, ...ClearableCompanyField[]];

export const AddCompanyInput = z
  .object({
    key: Id,
    name: Name,
    shortName: Name.nullish(),
    aliases: Aliases.min(1, 'an empty list would erase the aliases: to remove them, send `clear: [ALIASES]`').nullish(),
    kind: z.enum(['company', 'group', 'publisher', 'regulator']).nullish(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as JP')
      .nullish(),
    fiscalYearEnd: MonthDay.nullish(),
    fiscalYearNamedBy: z.enum(['start-year', 'end-year']).nullish(),
    clear: z
      .array(z.enum(clearableNames))
      .max(clearableNames.length * 2)
      .nullish(),
    expectedVersion: ExpectedVersion,
    source: SourceInput,
  })
  .superRefine((input, ctx) => {
    for (const [index, field] of (input.clear ?? []).entries()) {
      const sent = INPUT_FIELD_OF[field];
      if (input[sent as keyof typeof input] != null) {
        ctx.addIssue({
          code: 'custom',
          path: ['clear', index],
          message: `${field} is cleared and \`${sent}\` is sent: do one or the other`,
        });
      }
    }
  });
export type AddCompanyValues = z.infer<typeof AddCompanyInput>;

export const FinancialFactInput = z.object({
  key: Id,
  company: Reference,
  metric: z
    .string()
    .max(LIMITS.metricLength, `at most ${LIMITS.metricLength} characters`)
    .regex(/^[a-z][a-zA-Z0-9]*$/, 'a metric name in camelCase'),
  period: z.object({
    fiscalYear: z.number().int().min(1900).max(2200),
    quarter: z.number().int().min(1).max(4).nullish(),
  }),
  basis: z.enum(['ACTUAL', 'GUIDANCE'], {
    message: 'ACTUAL or GUIDANCE (a DERIVED fact needs a formula: use a fact file)',
  }),
  amounts: z
    .array(
      z.preprocess(
        (a) => Object.fromEntries(Object.entries(a as Record<string, unknown>).filter(([, v]) => v !== null)),
        Amount,
      ),
    )
    .min(1)
    .max(LIMITS.amounts, `at most ${LIMITS.amounts} amounts`),
  approximate: z.boolean().nullish(),
  offering: Reference.nullish(),
  expectedVersion: ExpectedVersion,
  source: SourceInput,
});
export type FinancialFactValues = z.infer<typeof FinancialFactInput>;

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = ['input', ...issue.path.map(String)].join('.');
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem(s))` : '';
  throw badUserInput(`Invalid \`${field}\`: ${issue.message}${more}`, field);
}
