import type { Context } from '../context.js';
import { ErrorCode, badUserInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { GraphQLError } from 'graphql';
import { keyFromArgument } from '../graphql/globalId.js';
import { lookupCompany, present } from '../graphql/lookups.js';
import { AMOUNT_SCALES } from '../seed/factFileSchema.js';
import { resolvePeriod } from '../seed/periods.js';
import { AddCompanyInput, FinancialFactInput, parseInput } from './curationInput.js';
import {
  CURATION_OWNER,
  checkSource,
  factOwnerAndOffering,
  replaceCuratedFact,
  upsertCompany,
  type SourceValues,
} from './curationRepository.js';

/** Writes need the curator role: no or an invalid credential is UNAUTHENTICATED, a reader's is FORBIDDEN. */
function requireCurator(ctx: Context): void {
  if (ctx.auth.curator) return;
  if (ctx.auth.method === 'api-key' || ctx.auth.method === 'token') {
    throw new GraphQLError('This credential may read but not write: writes need the curator role.', {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
  throw new GraphQLError(
    ctx.auth.presented
      ? 'The credential is not valid: writes need a curator key or token.'
      : 'Writes need a curator key or token: send `x-api-key: <key>` or `authorization: Bearer <key or token>`.',
    { extensions: { code: ErrorCode.UNAUTHENTICATED } },
  );
}

async function verifiedSource(
  ctx: Context,
  input: { document: string; section: string; quote: string; note?: string | null },
) {
  const source: SourceValues = {
    documentKey: keyFromArgument(input.document, ['Document'], 'input.source.document'),
    section: input.section,
    quote: input.quote,
    note: input.note ?? null,
  };
  const check = await checkSource(ctx.db, source);
  if (!check.ok)
    throw badUserInput(`Invalid \`input.source.${check.field}\`: ${check.message}.`, `input.source.${check.field}`);
  return { source, check };
}

export const curationResolvers: Resolvers = {
  Mutation: {
    async addCompany(_parent, args, ctx) {
      requireCurator(ctx);
      const input = parseInput(AddCompanyInput, args.input);
      const { source, check } = await verifiedSource(ctx, input.source);
      const aliases = input.aliases ?? [];
      await upsertCompany(
        ctx.db,
        {
          key: input.key,
          props: {
            name: input.name,
            shortName: input.shortName ?? null,
            aliases,
            aliasText: aliases.join(' '),
            kind: input.kind ?? 'company',
            country: input.country ?? null,
            fiscalYearEnd: input.fiscalYearEnd ?? null,
            fiscalYearNamedBy: input.fiscalYearNamedBy ?? null,
          },
        },
        source,
        check,
      );
      ctx.loaders.companyByKey.clear(input.key);
      return present(await ctx.loaders.companyByKey.load(input.key), `company ${input.key}`);
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
      const { owner, offeringExists } = await factOwnerAndOffering(ctx.db, input.key, offering);
      if (owner !== null && owner !== CURATION_OWNER) {
        throw badUserInput(
          `Invalid \`input.key\`: "${input.key}" is a fact of document "${owner}"; a curated fact needs a key of its own.`,
          'input.key',
        );
      }
      if (offering && !offeringExists)
        throw badUserInput(`Invalid \`input.offering\`: no offering "${offering}".`, 'input.offering');
      const units = input.amounts.map((a) => a.unit);
      if (new Set(units).size !== units.length)
        throw badUserInput('Invalid `input.amounts`: two amounts in the same unit.', 'input.amounts');
      const { source, check } = await verifiedSource(ctx, input.source);

      const periodRef = {
        fiscalYear: input.period.fiscalYear,
        ...(input.period.quarter ? { quarter: input.period.quarter } : {}),
      };
      const period = resolvePeriod(company.key, periodRef, {
        fiscalYearEnd: company.fiscalYearEnd ?? undefined,
        fiscalYearNamedBy: (company.fiscalYearNamedBy as 'start-year' | 'end-year' | null) ?? undefined,
      });
      await replaceCuratedFact(
        ctx.db,
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
            sourceId: check.sourceId,
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
        },
        source,
        check,
      );
      ctx.loaders.factByKey.clear(input.key);
      return present(await ctx.loaders.factByKey.load(input.key), `fact ${input.key}`);
    },
  },
};
