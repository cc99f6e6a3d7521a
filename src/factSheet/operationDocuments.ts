/**
 * Splits a GraphQL source of several operations and shared fragments into one document per
 * operation, holding only the fragments it uses (transitively). The page sends the smallest
 * document each request needs: the API's token limit counts the whole document, used or not.
 */
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';

function spreadNames(definition: DefinitionNode): string[] {
  const names: string[] = [];
  visit(definition, {
    FragmentSpread(node) {
      names.push(node.name.value);
    },
  });
  return names;
}

/** Operation name → the document that runs it (the operation first, then its fragments). */
export function operationDocuments(source: string): Record<string, string> {
  const document = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const out: Record<string, string> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (!definition.name) throw new Error('every fact-sheet operation needs a name');
    const used = new Set<string>();
    const pending = spreadNames(definition);
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (used.has(name)) continue;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`fragment ${name} is not defined`);
      used.add(name);
      pending.push(...spreadNames(fragment));
    }
    out[definition.name.value] = print({
      kind: Kind.DOCUMENT,
      definitions: [definition, ...[...used].sort().map((name) => fragments.get(name)!)],
    });
  }
  return out;
}
