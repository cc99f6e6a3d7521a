/**
 * Global ids: `<TypeName>:<key>`. Readable on purpose — analysts paste them into queries — and
 * stable, because keys are the stable ids of the fact files.
 */
export const NODE_TYPES = ['Company', 'Document', 'FinancialFact'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, key: string): string {
  return `${type}:${key}`;
}

export function fromGlobalId(id: string): { type: NodeType; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const type = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!key || !(NODE_TYPES as readonly string[]).includes(type)) return undefined;
  return { type: type as NodeType, key };
}
