/**
 * Loading a registered entity by type and key, through the loader the registry names for it
 * (src/model/entities.ts), so `node(id:)`, `nodes(ids:)` and search hits batch per loader. This is
 * the one place where the registry's loader names meet the context's loaders.
 */
import type { Context, Loaders } from '../context.js';
import { nodeEntityType, type NodeEntityType, type NodeType } from '../model/entities.js';

/**
 * The loaders node types are loaded by. `Pick` fails to compile if the registry names a loader the
 * context does not have.
 */
type NodeLoaders = Pick<Loaders, NodeEntityType['loader']>;

/** What the loader of the node types `T` answers for a key. */
type LoadedEntity<T extends NodeType> = Awaited<
  ReturnType<NodeLoaders[Extract<NodeEntityType, { typeName: T }>['loader']]['load']>
>;

/** The node of `type` with `key`, as its loader answers (null or undefined when there is none). */
export function loadEntity<T extends NodeType>(ctx: Context, type: T, key: string): Promise<LoadedEntity<T>> {
  const loaders: NodeLoaders = ctx.loaders;
  // TypeScript cannot follow the registry from `type` to its loader's value type; LoadedEntity does.
  return loaders[nodeEntityType(type).loader].load(key) as Promise<LoadedEntity<T>>;
}

/**
 * The node of `type` with `key`, or null. A loader may serve several types (business lines and
 * services share one), so the record's own type must be the one asked for.
 */
export async function loadNodeOfType<T extends NodeType>(ctx: Context, type: T, key: string) {
  const record = (await loadEntity(ctx, type, key)) ?? null;
  return record?.nodeType === type ? record : null;
}
