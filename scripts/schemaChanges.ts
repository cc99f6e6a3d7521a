/**
 * The schema change policy (README, "Embedding the API"), as a function: the printed schema
 * (schema.graphql) is compared with the last released one (schema/released/schema.graphql) by GraphQL
 * Inspector; every breaking change must be recorded, its path in backticks, under `## Unreleased` in
 * schema/CHANGELOG.md, and a field or enum value may only be removed once the released schema
 * deprecated it (`@deprecated` first, removal in a later release).
 */
import { diff, CriticalityLevel } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

const REMOVALS = new Set(['FIELD_REMOVED', 'ENUM_VALUE_REMOVED', 'INPUT_FIELD_REMOVED']);

/** The `## Unreleased` section of the changelog (up to the next `## ` heading). */
export function unreleasedSection(changelog: string): string {
  const start = changelog.search(/^## Unreleased\s*$/m);
  if (start < 0) return '';
  const rest = changelog.slice(start + '## Unreleased'.length);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}

function deprecatedIn(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member] = path.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !member) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    return Boolean(type.getFields()[member]?.deprecationReason);
  }
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  return false;
}

/** Breaking changes from `released` to `current` that the policy does not allow. */
export async function schemaProblems(released: string, current: string, changelog: string): Promise<SchemaProblem[]> {
  const before = buildSchema(released);
  const changes = await diff(before, buildSchema(current));
  const recorded = unreleasedSection(changelog);
  const problems: SchemaProblem[] = [];
  for (const change of changes) {
    if (change.criticality.level !== CriticalityLevel.Breaking) continue;
    const path = change.path ?? change.type;
    if (REMOVALS.has(change.type) && !deprecatedIn(before, path)) {
      problems.push({
        path,
        message: `${change.message}, but the released schema did not deprecate it: add @deprecated(reason: …) in one release, remove it in a later one.`,
      });
    } else if (!recorded.includes(`\`${path}\``)) {
      problems.push({
        path,
        message: `${change.message}: a breaking change; record it as \`${path}\` under "## Unreleased" in schema/CHANGELOG.md.`,
      });
    }
  }
  return problems;
}
