import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { requireCompanyKey } from '../companies/companyLookup.js';
import { notFound } from '../errors.js';
import { loadNodeOfType } from '../graphql/entityLoading.js';
import { fromGlobalId } from '../graphql/globalId.js';
import { lookupName, lookupTypes } from '../search/nameLookup.js';
import type { StatementRecord } from '../companies/companyRepository.js';

const about = (ctx: Context, key: string, kind: string | null | undefined): Promise<StatementRecord[]> =>
  ctx.loaders.statementsAbout({ kind: kind ?? null, company: null }).load(key);

/**
 * The key an `about` argument names: a global id or key as given (a fact key such as
 * `iij/revenue/fy2002-q3` included), else a name or alias of a named entity.
 */
async function aboutKey(ctx: Context, text: string): Promise<string> {
  const global = fromGlobalId(text);
  if (global) return global.key;
  const key = text.trim();
  if (await ctx.loaders.factByKey.load(key)) return key;
  try {
    return (await lookupName(ctx, text, lookupTypes(null))).key;
  } catch (error) {
    // An unknown name is NOT_FOUND naming this argument; an ambiguous one keeps its candidates.
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') {
      throw notFound(`an entity or fact "${text}" (argument \`about\`)`);
    }
    throw error;
  }
}

export const statementResolvers: Resolvers = {
  Query: {
    async statements(_parent, args, ctx) {
      const company = args.company == null ? null : await requireCompanyKey(ctx, args.company, 'company');
      const key = await aboutKey(ctx, args.about);
      return ctx.loaders.statementsAbout({ kind: args.kind ?? null, company }).load(key);
    },
  },
  Statement: {
    async about(statement, _args, ctx) {
      const targets = await ctx.loaders.aboutTargetsOfStatement.load(statement.key);
      const nodes = await Promise.all(targets.map((t) => loadNodeOfType(ctx, t.nodeType, t.key)));
      return nodes.filter((n) => n !== null) as never;
    },
  },
  FinancialFact: { statements: (fact, args, ctx) => about(ctx, fact.key, args.kind) },
  BusinessLine: { statements: (line, args, ctx) => about(ctx, line.key, args.kind) },
  Service: { statements: (service, args, ctx) => about(ctx, service.key, args.kind) },
  DataCenter: { statements: (dataCenter, args, ctx) => about(ctx, dataCenter.key, args.kind) },
  Segment: { statements: (segment, args, ctx) => about(ctx, segment.key, args.kind) },
  Company: { statementsAbout: (company, args, ctx) => about(ctx, company.key, args.kind) },
};
