/** Turning an argument that names a company (global id, key, name or alias) into the company, with clear errors. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { COMPANIES_BY_KEYS, findCompany, type CompanyRecord } from './companyRepository.js';
import { notFound } from '../errors.js';
import { fromGlobalId } from '../graphql/globalId.js';
import { loadTree, prefetchTree } from '../graphql/lookaheadReaders.js';

/**
 * A company by global id, key, name or alias; null when none matches. Given the resolver's `info`,
 * what the query selects below the company is loaded with it (src/lookahead/).
 */
export async function lookupCompany(
  ctx: Context,
  text: string,
  info?: GraphQLResolveInfo,
): Promise<CompanyRecord | null> {
  const byKey = (key: string) =>
    info
      ? loadTree(ctx, info, { query: COMPANIES_BY_KEYS, loader: ctx.loaders.companyByKey, key })
      : ctx.loaders.companyByKey.load(key);
  const global = fromGlobalId(text);
  if (global) return global.type === 'Company' ? byKey(global.key) : null;
  // Keys are lower-case by construction, so "IIJ" is found through the key index; only names and
  // aliases need the (scanning) case-insensitive search.
  const found = await byKey(text.trim().toLowerCase());
  if (found) return found;
  const named = await findCompany(ctx.db, text);
  if (named && info) await prefetchTree(ctx, info, [named]);
  return named;
}

/** As lookupCompany, but NOT_FOUND (naming the argument) when none matches. */
export async function requireCompanyKey(ctx: Context, text: string, argumentName: string): Promise<string> {
  const company = await lookupCompany(ctx, text);
  if (!company) throw notFound(`company "${text}" (argument \`${argumentName}\`)`);
  return company.key;
}
