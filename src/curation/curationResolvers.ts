import type { Context } from '../context.js';
import { badUserInput, conflict, forbidden, unauthenticated } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { keyFromArgument } from '../graphql/globalId.js';
import { lookupCompany } from '../companies/companyLookup.js';
import { AMOUNT_SCALES } from '../seed/factFileSchema.js';
import { resolvePeriod } from '../seed/periods.js';
import {
  AddCompanyInput,
  type AddCompanyValues,
  CLEARABLE_COMPANY_FIELDS,
  FinancialFactInput,
  parseInput,
} from './curationInput.js';
import { CURATION_OWNER } from '../graph/owners.js';
import {
  CurationRefusal,
  offeringExists,
  upsertCompany,
  upsertCuratedFact,
  type SourceValues,
} from './curationRepository.js';
import { applyOnce, pruneExpired } from './idempotency.js';

/** Writes need the curator role: no or an invalid credential is UNAUTHENTICATED, a reader's is FORBIDDEN. */
function requireCurator(ctx: Context): void {
  if (ctx.auth.curator) return;
  if (ctx.auth.method === 'api-key' || ctx.auth.method === 'token') {
    throw forbidden('This credential may read but not write: writes need the curator role.');
  }
  throw unauthenticated(
    ctx.auth.presented
      ? 'The credential is not valid: writes need a curator key or token.'
      : 'Writes need a curator key or token: send `x-api-key: <key>` or `authorization: Bearer <key or token>`.',
  );
}

function sourceValues(input: { document: string; section: string; quote: string; note?: string | null }): SourceValues {
  return {
    documentKey: keyFromArgument(input.document, ['Document'], 'input.source.document'),
    section: input.section,
    quote: input.quote,
    note: input.note ?? null,
  };
}

/** A refusal from inside the write transaction, as the GraphQL error the caller can act on. */
async function refusalsAsErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof CurationRefusal)) throw error;
    throw error.reason === 'conflict' ? conflict(error.message, error.field) : badUserInput(error.message, error.field);
  }
}

/** The stored properties a company input sets: only those sent (null = not sent), `name` always. */
function companyProps(input: AddCompanyValues): Record<string, unknown> {
  const props: Record<string, unknown> = { name: input.name };
  if (input.shortName != null) props.shortName = input.shortName;
  if (input.aliases != null) Object.assign(props, { aliases: input.aliases, aliasText: input.aliases.join(' ') });
  if (input.kind != null) props.kind = input.kind;
  if (input.country != null) props.country = input.country;
  if (input.fiscalYearEnd != null) props.fiscalYearEnd = input.fiscalYearEnd;
  if (input.fiscalYearNamedBy != null) props.fiscalYearNamedBy = input.fiscalYearNamedBy;
  return props;
}

export const curationResolvers: Resolvers = {
  Mutation: {
    async addCompany(_parent, args, ctx) {
      requireCurator(ctx);
      const input = parseInput(AddCompanyInput, args.input);
      const cleared = [...new Set((input.clear ?? []).flatMap((field) => CLEARABLE_COMPANY_FIELDS[field]))];
      // With an idempotencyKey the write's transaction claims it first (./idempotency.ts).
      const db = applyOnce(ctx.db, args.idempotencyKey, 'addCompany', args.input);
      const company = await refusalsAsErrors(() =>
        upsertCompany(
          db,
          { key: input.key, props: companyProps(input), cleared, expectedVersion: input.expectedVersion ?? null },
          sourceValues(input.source),
        ),
      );
      if (args.idempotencyKey != null) pruneExpired(ctx.db.unobserved());
      ctx.loaders.companyByKey.clear(input.key).prime(input.key, company);
      return company;
    },

    async upsertFinancialFact(_parent, args, ctx) {
      requireCurator(ctx);
      const input = parseInput(FinancialFactInput, args.input);
      const company = await lookupCompany(ctx, input.company);
      if (!company)
        throw badUserInput(`Invalid \`input.company\`: no company matches "${input.company}".`, 'input.company');
      const offering = input.offering
        ? keyFromArgument(input.offering, ['BusinessLine', 'Service'], 'input.offering')
        : null;
      if (offering && !(await offeringExists(ctx.db, offering)))
        throw badUserInput(`Invalid \`input.offering\`: no offering "${offering}".`, 'input.offering');
      const units = input.amounts.map((a) => a.unit);
      if (new Set(units).size !== units.length)
        throw badUserInput('Invalid `input.amounts`: two amounts in the same unit.', 'input.amounts');

      const periodRef = {
        fiscalYear: input.period.fiscalYear,
        ...(input.period.quarter ? { quarter: input.period.quarter } : {}),
      };
      const period = resolvePeriod(company.key, periodRef, {
        fiscalYearEnd: company.fiscalYearEnd ?? undefined,
        fiscalYearNamedBy: (company.fiscalYearNamedBy as 'start-year' | 'end-year' | null) ?? undefined,
      });
      const db = applyOnce(ctx.db, args.idempotencyKey, 'upsertFinancialFact', args.input);
      const fact = await refusalsAsErrors(() =>
        upsertCuratedFact(
          db,
          {
            company: company.key,
            offering,
            period: { ...period },
            fact: {
              id: input.key,
              documentId: CURATION_OWNER,
              metric: input.metric,
              basis: input.basis.toLowerCase(),
              approximate: input.approximate ?? false,
            },
            amounts: input.amounts.map((a, position) => {
              const scale = AMOUNT_SCALES[a.scale];
              return {
                id: `${input.key}#amount-${position}`,
                documentId: CURATION_OWNER,
                position,
                unit: a.unit,
                scale: a.scale,
                value: a.value ?? null,
                low: a.low ?? null,
                high: a.high ?? null,
                bound: a.bound ?? null,
                baseValue: a.value === undefined ? null : a.value * scale,
                baseLow: a.low === undefined ? null : a.low * scale,
                baseHigh: a.high === undefined ? null : a.high * scale,
              };
            }),
            expectedVersion: input.expectedVersion ?? null,
          },
          sourceValues(input.source),
        ),
      );
      if (args.idempotencyKey != null) pruneExpired(ctx.db.unobserved());
      ctx.loaders.factByKey.clear(input.key).prime(input.key, fact);
      return fact;
    },
  },
};
