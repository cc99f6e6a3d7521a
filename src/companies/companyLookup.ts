/**
 * Turning an argument that names a company, offering or other named entity (global id, key, name,
 * short name or alias) into the entity, forgivingly and explainably: case, punctuation, whitespace
 * and legal suffixes (Inc., K.K., Co., Ltd.) do not matter; a name that fits several entities
 * equally well is refused listing them; and the answer says what matched (`NameMatchRecord`).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import {
  COMPANIES_BY_KEYS,
  nameCandidates,
  type CompanyRecord,
  type NameCandidateRecord,
} from './companyRepository.js';
import { notFound, unknownOrAmbiguousName } from '../errors.js';
import { fromGlobalId } from '../graphql/globalId.js';
import { loadTree, prefetchTree } from '../graphql/lookaheadReaders.js';
import { SEARCHABLE_ENTITY_TYPES, searchableTypeOfLabels, type SearchableType } from '../model/entities.js';
import { toLuceneQuery } from '../model/fullTextQuery.js';

/** Which of an entity's names an argument matched. */
export type NameMatchKind = 'globalId' | 'key' | 'name' | 'shortName' | 'alias' | 'ocrVariant';

/** How a name argument found its entity: for `matchedBy` and `lookup` answers. */
export interface NameMatchRecord {
  /** The argument as given. */
  readonly input: string;
  readonly matchedOn: NameMatchKind;
  /** The key, name or alias it matched, as the graph spells it. */
  readonly matched: string;
  /** True when it matched as written (ignoring case only); false when only after normalising. */
  readonly exact: boolean;
}

export interface FoundEntity {
  readonly nodeType: SearchableType;
  readonly key: string;
  readonly match: NameMatchRecord;
}

// Legal forms dropped from the end of a name ("Internet Initiative Japan Inc" = "… Inc."). Dots are
// removed before this, so "K.K." is "kk" and "Co., Ltd." is "co ltd".
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'kk',
  'plc',
  'llc',
  'lp',
  'gmbh',
  'ag',
  'sa',
  'nv',
  'bv',
]);

/**
 * A name reduced to what identifies it: Unicode-compatible form, lower case, dots and apostrophes
 * dropped, other punctuation as spaces, whitespace collapsed, legal suffixes removed from the end
 * (never the last word). Pure.
 */
export function normalizeName(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}[\]|]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  // "Kabushiki Kaisha X" is "X K.K." written the other way round.
  if (words.length > 2 && words[0] === 'kabushiki' && words[1] === 'kaisha') words.splice(0, 2);
  return words.join(' ');
}

// Characters OCR reads for others in these sources: 1, l, [, | for I; 3 for J; 0 for O; 5 for S.
const OCR_FOLD: Record<string, string> = { '1': 'i', l: 'i', '[': 'i', '|': 'i', '3': 'j', '0': 'o', '5': 's' };
const ocrFold = (text: string): string =>
  normalizeName(text)
    .replace(/\s/g, '')
    .replace(/[1l[|305]/g, (ch) => OCR_FOLD[ch]!);

/** An alias that is the name misread (`11J`, `[1J` for IIJ) rather than another spelling. Pure. */
export function isOcrVariant(alias: string, names: readonly string[]): boolean {
  const misread = /[0-9[\]|]/.test(alias) && !names.some((n) => /[0-9[\]|]/.test(n));
  return misread || names.some((n) => ocrFold(n) === ocrFold(alias) && normalizeName(n) !== normalizeName(alias));
}

interface Scored {
  readonly candidate: NameCandidateRecord;
  readonly nodeType: SearchableType;
  readonly rank: number;
  readonly match: NameMatchRecord;
}

/** Lower is better: exact before normalised; key, short name, name, alias, OCR variant. */
const KIND_RANK: Record<NameMatchKind, number> = {
  globalId: 0,
  key: 0,
  shortName: 1,
  name: 2,
  alias: 3,
  ocrVariant: 4,
};

const sameText = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The best way `input` names `candidate`, or null when it does not. Pure. */
export function scoreCandidate(input: string, candidate: NameCandidateRecord): Omit<Scored, 'nodeType'> | null {
  const names: { kind: NameMatchKind; text: string }[] = [
    ...(candidate.shortName ? [{ kind: 'shortName' as const, text: candidate.shortName }] : []),
    { kind: 'name', text: candidate.name },
    ...candidate.aliases.map((alias) => ({
      kind: isOcrVariant(alias, [candidate.name, ...(candidate.shortName ? [candidate.shortName] : [])])
        ? ('ocrVariant' as const)
        : ('alias' as const),
      text: alias,
    })),
  ];
  const wanted = normalizeName(input);
  let best: Omit<Scored, 'nodeType'> | null = null;
  for (const name of names) {
    const exact = sameText(input, name.text);
    if (!exact && (wanted === '' || normalizeName(name.text) !== wanted)) continue;
    const rank = KIND_RANK[name.kind] + (exact ? 0 : 10);
    if (!best || rank < best.rank) {
      best = { candidate, rank, match: { input, matchedOn: name.kind, matched: name.text, exact } };
    }
  }
  return best;
}

/** Candidates at the best rank; several distinct entities there is an ambiguity. Pure. */
export function bestMatches(
  input: string,
  candidates: readonly NameCandidateRecord[],
  types: readonly SearchableType[],
): Scored[] {
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const nodeType = searchableTypeOfLabels(candidate.labels);
    if (!nodeType || !types.includes(nodeType)) continue;
    const score = scoreCandidate(input, candidate);
    if (score) scored.push({ ...score, nodeType });
  }
  const top = Math.min(...scored.map((s) => s.rank));
  const seen = new Set<string>();
  return scored
    .filter((s) => s.rank === top)
    .filter((s) => !seen.has(`${s.nodeType}:${s.candidate.key}`) && seen.add(`${s.nodeType}:${s.candidate.key}`))
    .sort((a, b) => a.candidate.key.localeCompare(b.candidate.key));
}

const describeCandidate = (s: Scored): string =>
  `${s.candidate.name} (${s.nodeType} ${s.candidate.key}${s.candidate.ownerKey ? ` of ${s.candidate.ownerKey}` : ''})`;

/**
 * The entity of one of `types` that `text` names by name, short name or alias, or null for none;
 * BAD_USER_INPUT listing the candidates (keys in `extensions.candidates`) when several fit equally.
 * `ownerKey` keeps only offerings of that company.
 */
export async function findNamedEntity(
  ctx: Context,
  text: string,
  types: readonly SearchableType[],
  argumentName: string,
  ownerKey: string | null = null,
): Promise<FoundEntity | null> {
  // The index finds candidates by the normalised words; the comparison above decides.
  const candidates = await nameCandidates(ctx.db, toLuceneQuery(normalizeName(text)), 50);
  const best = bestMatches(
    text,
    candidates.filter((c) => ownerKey === null || c.ownerKey === ownerKey || c.key === ownerKey),
    types,
  );
  if (best.length === 0) return null;
  if (best.length > 1) {
    throw unknownOrAmbiguousName(
      `"${text}" (argument \`${argumentName}\`) names several entities: ${best.map(describeCandidate).join('; ')}. Give a key.`,
      argumentName,
      best.map((s) => s.candidate.key),
    );
  }
  return { nodeType: best[0]!.nodeType, key: best[0]!.candidate.key, match: best[0]!.match };
}

export type MatchedCompany = CompanyRecord & { readonly lookupMatch?: NameMatchRecord };

/**
 * A company by global id, key, name, short name or alias (forgiving case, punctuation and legal
 * suffixes); null when none matches; BAD_USER_INPUT when the name fits several. The record carries
 * `lookupMatch` (what matched). Given the resolver's `info`, what the query selects below the
 * company is loaded with it (src/lookahead/).
 */
export async function lookupCompany(
  ctx: Context,
  text: string,
  info?: GraphQLResolveInfo,
  argumentName = 'company',
): Promise<MatchedCompany | null> {
  const byKey = (key: string) =>
    info
      ? loadTree(ctx, info, { query: COMPANIES_BY_KEYS, loader: ctx.loaders.companyByKey, key })
      : ctx.loaders.companyByKey.load(key);
  const withMatch = (company: CompanyRecord | null, match: NameMatchRecord): MatchedCompany | null =>
    company ? { ...company, lookupMatch: match } : null;
  const global = fromGlobalId(text);
  if (global) {
    if (global.type !== 'Company') return null;
    return withMatch(await byKey(global.key), { input: text, matchedOn: 'globalId', matched: text, exact: true });
  }
  // Keys are lower-case by construction, so "IIJ" is found through the key index.
  const key = text.trim().toLowerCase();
  const found = await byKey(key);
  if (found) return withMatch(found, { input: text, matchedOn: 'key', matched: found.key, exact: true });
  const named = await findNamedEntity(ctx, text, ['Company'], argumentName);
  if (!named) return null;
  const company = await ctx.loaders.companyByKey.load(named.key);
  if (company && info) await prefetchTree(ctx, info, [company]);
  return withMatch(company, named.match);
}

/** As lookupCompany, but NOT_FOUND (naming the argument) when none matches. */
export async function requireCompanyKey(ctx: Context, text: string, argumentName: string): Promise<string> {
  const company = await lookupCompany(ctx, text, undefined, argumentName);
  if (!company) throw notFound(`company "${text}" (argument \`${argumentName}\`)`);
  return company.key;
}

const OFFERING_TYPES = SEARCHABLE_ENTITY_TYPES.filter((t) => (t.labels as readonly string[]).includes('Offering')).map(
  (t) => t.typeName,
);

/**
 * The key of the business line or service `text` names (key, name or alias, forgiving as for
 * companies), optionally only among `companyKey`'s; NOT_FOUND when none, BAD_USER_INPUT when several.
 */
export async function requireOfferingKey(
  ctx: Context,
  text: string,
  argumentName: string,
  companyKey: string | null = null,
): Promise<string> {
  const key = text.trim().toLowerCase();
  const byKey = await ctx.loaders.offeringByKey.load(key);
  if (byKey && (companyKey === null || byKey.companyKey === companyKey)) return byKey.key;
  const named = await findNamedEntity(ctx, text, OFFERING_TYPES, argumentName, companyKey);
  if (!named) throw notFound(`business line or service "${text}" (argument \`${argumentName}\`)`);
  return named.key;
}
