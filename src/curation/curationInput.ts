/**
 * Validation of curation inputs, with the same rules as fact files (ids, amounts, periods).
 * Problems become BAD_USER_INPUT errors naming the field (`input.amounts.0.low`).
 */
import { z } from 'zod';
import { badUserInput } from '../errors.js';
import { Amount, Id } from '../seed/factFileSchema.js';

const SourceInput = z.object({
  document: z.string().min(1),
  section: z.string().min(1),
  quote: z.string().trim().min(1),
  note: z.string().trim().min(1).nullish(),
});

export const AddCompanyInput = z.object({
  key: Id,
  name: z.string().trim().min(1),
  shortName: z.string().trim().min(1).nullish(),
  aliases: z.array(z.string().trim().min(1)).nullish(),
  kind: z.enum(['company', 'group', 'publisher', 'regulator']).nullish(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as JP')
    .nullish(),
  fiscalYearEnd: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-([0-2]\d|3[01])$/, 'MM-DD')
    .nullish(),
  fiscalYearNamedBy: z.enum(['start-year', 'end-year']).nullish(),
  source: SourceInput,
});
export type AddCompanyValues = z.infer<typeof AddCompanyInput>;

export const FinancialFactInput = z.object({
  key: Id,
  company: z.string().min(1),
  metric: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a metric name in camelCase'),
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
    .min(1),
  approximate: z.boolean().nullish(),
  offering: z.string().min(1).nullish(),
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
