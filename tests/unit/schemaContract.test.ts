/**
 * The schema is the product's contract: every type, field, argument, enum value and input field
 * carries a description, and the checked-in printed schema matches the SDL files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  lexicographicSortSchema,
  parse,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/sdl.js';
import { PROJECT_ROOT } from '../../src/localNeo4j/settings.js';

const schema: GraphQLSchema = buildASTSchema(mergeTypeDefs(loadTypeDefs()));

/**
 * Every schema element without a description. No type is exempt: an earlier version skipped every
 * `*Edge` type (and its `cursor` and `node`) and `Query`/`Mutation` by name, so the 16 members the
 * connections and the root type added were never checked.
 */
/** A description that says something: absent, empty and blank ones count as missing. */
const described = (element: { description?: string | null | undefined }): boolean =>
  Boolean(element.description?.trim());

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || builtIn.has(type.name)) continue;
    if (!described(type)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!described(arg)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value)) missing.push(`${type.name}.${value.name}`);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (!described(directive)) missing.push(`@${directive.name}`);
    for (const arg of directive.args) if (!described(arg)) missing.push(`@${directive.name}(${arg.name})`);
  }
  return missing;
}

describe('schema contract', () => {
  it('documents every type, field, argument, input field and enum value', () => {
    expect(undocumented(schema)).toEqual([]);
  });

  it('counts an undocumented edge type, its fields, the root type and a blank description as missing', () => {
    const sample = buildASTSchema(
      parse(`
        type Query { things(first: Int): ThingConnection! }
        "A page." type ThingConnection { "Edges." edges: [ThingEdge!]! }
        type ThingEdge { cursor: String! "  " node: String! }
      `),
    );
    expect(undocumented(sample)).toEqual([
      'Query',
      'Query.things',
      'Query.things(first)',
      'ThingEdge',
      'ThingEdge.cursor',
      'ThingEdge.node',
    ]);
  });

  it('matches the checked-in printed schema.graphql', () => {
    const printed = readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    const fromFile = buildASTSchema(parse(printed));
    expect(printSchema(lexicographicSortSchema(fromFile))).toBe(printSchema(lexicographicSortSchema(schema)));
  });
});
