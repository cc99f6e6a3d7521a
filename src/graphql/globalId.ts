/**
 * Global ids: `<TypeName>:<key>`. Readable on purpose — analysts paste them into queries — and
 * stable, because keys are the stable ids of the fact files.
 */
import { badUserInput } from '../errors.js';
import { isNodeType, NODE_TYPES, type NodeType } from '../model/entities.js';

export { NODE_TYPES, type NodeType };

export function toGlobalId(type: NodeType, key: string): string {
  return `${type}:${key}`;
}

export function fromGlobalId(id: string): { type: NodeType; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const type = id.slice(0, colon);
  const key = id.slice(colon + 1);
  // Only the registry's node types (src/model/entities.ts) are ids.
  if (!key || !isNodeType(type)) return undefined;
  return { type, key };
}

/**
 * The key an argument names: a global id of one of `types`, or a bare key. A global id of another
 * type is a BAD_USER_INPUT naming the argument.
 */
export function keyFromArgument(value: string, types: readonly NodeType[], argumentName: string): string {
  const global = fromGlobalId(value);
  if (!global) return value.trim();
  if (!types.includes(global.type)) {
    throw badUserInput(
      `\`${argumentName}\` must be a ${types.join(' or ')} id; got a ${global.type} id.`,
      argumentName,
    );
  }
  return global.key;
}
