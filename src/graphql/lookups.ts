/** Resolver helpers: turning arguments into existing entities, with clear errors. */
import type { Context } from '../context.js';
import { findCompany, type CompanyRecord } from '../companies/companyRepository.js';
import { notFound } from '../errors.js';
import { fromGlobalId } from './globalId.js';

/** A company by global id, key, name or alias; null when none matches. */
export async function lookupCompany(ctx: Context, text: string): Promise<CompanyRecord | null> {
  const global = fromGlobalId(text);
  if (global) return global.type === 'Company' ? ctx.loaders.companyByKey.load(global.key) : null;
  // Keys are lower-case by construction, so "IIJ" is found through the key index; only names and
  // aliases need the (scanning) case-insensitive search.
  const byKey = await ctx.loaders.companyByKey.load(text.trim().toLowerCase());
  return byKey ?? findCompany(ctx.db, text);
}

/** As lookupCompany, but NOT_FOUND (naming the argument) when none matches. */
export async function requireCompanyKey(ctx: Context, text: string, argumentName: string): Promise<string> {
  const company = await lookupCompany(ctx, text);
  if (!company) throw notFound(`company "${text}" (argument \`${argumentName}\`)`);
  return company.key;
}

/** For a reference the graph itself holds: a dangling one is a data error, reported as NOT_FOUND. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw notFound(what);
  return value;
}
