/**
 * `lookup(name:)`: a name resolved to the one entity of any searchable type it denotes, with what
 * matched. Keys and global ids are tried first, then names and aliases (src/companies/companyLookup.ts).
 */
import type { Context } from '../context.js';
import { badUserInput, notFound, unknownOrAmbiguousName } from '../errors.js';
import { findNamedEntity, type NameMatchRecord } from '../companies/companyLookup.js';
import { loadNodeOfType } from '../graphql/entityLoading.js';
import { fromGlobalId } from '../graphql/globalId.js';
import { SEARCHABLE_ENTITY_TYPES, type SearchableType } from '../model/entities.js';

export interface NameLookupRecord {
  nodeType: SearchableType;
  key: string;
  match: NameMatchRecord;
}

const SEARCHABLE: readonly SearchableType[] = SEARCHABLE_ENTITY_TYPES.map((t) => t.typeName);

/** The requested types, checked; all searchable types when none are given. */
export function lookupTypes(types: readonly string[] | null | undefined): readonly SearchableType[] {
  if (!types || types.length === 0) return SEARCHABLE;
  for (const type of types) {
    if (!(SEARCHABLE as readonly string[]).includes(type)) {
      throw badUserInput(`\`types\`: "${type}" is not one of ${SEARCHABLE.join(', ')}.`, 'types');
    }
  }
  return types as SearchableType[];
}

export async function lookupName(
  ctx: Context,
  text: string,
  types: readonly SearchableType[],
): Promise<NameLookupRecord> {
  if (text.length > 200) throw badUserInput('`name` is longer than 200 characters.', 'name');
  const global = fromGlobalId(text);
  if (global) {
    const type = types.find((t) => t === global.type);
    if (type && (await loadNodeOfType(ctx, type, global.key))) {
      return {
        nodeType: type,
        key: global.key,
        match: { input: text, matchedOn: 'globalId', matched: text, exact: true },
      };
    }
    throw notFound(`${global.type} "${global.key}" (argument \`name\`)`);
  }
  // Keys are lower-case by construction; every requested type's loader is asked at once.
  const key = text.trim().toLowerCase();
  const byKey = await Promise.all(types.map(async (type) => ((await loadNodeOfType(ctx, type, key)) ? type : null)));
  const keyed = byKey.filter((t): t is SearchableType => t !== null);
  if (keyed.length > 1) {
    throw unknownOrAmbiguousName(
      `"${text}" (argument \`name\`) is the key of a ${keyed.join(' and a ')}; pass \`types\`.`,
      'name',
      keyed.map((t) => `${t}:${key}`),
    );
  }
  if (keyed.length === 1) {
    return { nodeType: keyed[0]!, key, match: { input: text, matchedOn: 'key', matched: key, exact: true } };
  }
  const named = await findNamedEntity(ctx, text, types, 'name');
  if (!named) throw notFound(`an entity named "${text}" (argument \`name\`)`);
  return { nodeType: named.nodeType, key: named.key, match: named.match };
}
