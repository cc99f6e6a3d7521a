/**
 * Field tables: a relation field is declared once — the batch query behind it, the parent field
 * holding its key, the loader — and both its resolver and its look-ahead entry are derived from
 * that declaration, so they cannot drift apart. A field that must not be looked ahead says so in
 * the same place (`lookAhead: false`).
 *
 * The engine knows no domain: L is the type of a request's loaders, P the parent record.
 */
import type DataLoader from 'dataloader';
import type { BatchQuery } from '../db/batch.js';
import type { AnyLoader, FieldPrefetch, PrefetchRegistry } from './plan.js';

/** A declared field: its resolver and, unless it opts out, its look-ahead entry. */
export interface FieldDefinition<L, P, R> {
  readonly resolve: (parent: P, args: unknown, ctx: { readonly loaders: L }) => Promise<R>;
  readonly lookAhead: FieldPrefetch<L> | null;
}

interface RelationSpec<L, P, V> {
  readonly query: BatchQuery;
  /** The parent field holding the related record's key (or, for `references`, keys). */
  readonly key: keyof P & string;
  readonly loader: (loaders: L) => DataLoader<string, V>;
  /** False for a field the look-ahead must leave to its resolver. */
  readonly lookAhead?: boolean;
}

interface ReferenceSpec<L, P, V> extends RelationSpec<L, P, V> {
  /** The error for a reference the graph holds but whose record is missing (a data error). */
  readonly missing: (parent: P, key: string) => Error;
}

function keyOf<P>(parent: P, field: keyof P & string): unknown {
  return (parent as Record<string, unknown>)[field];
}

function lookAheadEntry<L, P, V>(spec: RelationSpec<L, P, V>, keyList: boolean): FieldPrefetch<L> | null {
  if (spec.lookAhead === false) return null;
  return { query: spec.query, keyField: spec.key, keyList, loader: spec.loader as (loaders: L) => AnyLoader };
}

/** The field-table builder for parents of type P, over loaders of type L. */
export function fieldsFor<L, P>() {
  return {
    /** What the loader gives for the parent's key (a list, or a record that may be absent), through `select`. */
    relation<V, R = V>(spec: RelationSpec<L, P, V> & { readonly select?: (loaded: V) => R }): FieldDefinition<L, P, R> {
      const select = spec.select ?? ((loaded: V) => loaded as unknown as R);
      return {
        lookAhead: lookAheadEntry(spec, false),
        async resolve(parent, _args, ctx) {
          return select(await spec.loader(ctx.loaders).load(String(keyOf(parent, spec.key))));
        },
      };
    },

    /** As `relation`, for a key the parent may lack: then the field is null without a load. */
    optionalRelation<V, R = V>(
      spec: RelationSpec<L, P, V> & { readonly select?: (loaded: V) => R },
    ): FieldDefinition<L, P, R | null> {
      const select = spec.select ?? ((loaded: V) => loaded as unknown as R);
      return {
        lookAhead: lookAheadEntry(spec, false),
        async resolve(parent, _args, ctx) {
          const key = keyOf(parent, spec.key);
          if (key === null || key === undefined) return null;
          return select(await spec.loader(ctx.loaders).load(String(key)));
        },
      };
    },

    /** The record the parent references by key, which must exist (`missing` says what is not there). */
    reference<V>(spec: ReferenceSpec<L, P, V>): FieldDefinition<L, P, NonNullable<V>> {
      return {
        lookAhead: lookAheadEntry(spec, false),
        async resolve(parent, _args, ctx) {
          const key = String(keyOf(parent, spec.key));
          const loaded = await spec.loader(ctx.loaders).load(key);
          if (loaded === null || loaded === undefined) throw spec.missing(parent, key);
          return loaded as NonNullable<V>;
        },
      };
    },

    /** The records the parent references by the list of keys in `key`, in order; each must exist. */
    references<V>(spec: ReferenceSpec<L, P, V>): FieldDefinition<L, P, NonNullable<V>[]> {
      return {
        lookAhead: lookAheadEntry(spec, true),
        async resolve(parent, _args, ctx) {
          const keys = (keyOf(parent, spec.key) ?? []) as string[];
          const loaded = await spec.loader(ctx.loaders).loadMany(keys);
          return loaded.map((value, i) => {
            if (value instanceof Error) throw value;
            if (value === null || value === undefined) throw spec.missing(parent, keys[i]!);
            return value as NonNullable<V>;
          });
        },
      };
    },
  };
}

export type FieldTable<L> = Readonly<Record<string, Readonly<Record<string, FieldDefinition<L, never, unknown>>>>>;

/** The resolvers of one type's table, to spread into the type's resolver map. */
export function resolversOf<T extends Readonly<Record<string, { readonly resolve: unknown }>>>(
  fields: T,
): { [K in keyof T]: T[K]['resolve'] } {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.resolve])) as {
    [K in keyof T]: T[K]['resolve'];
  };
}

/** The look-ahead registry of several tables (type → field → entry); a field declared twice is an error. */
export function lookAheadOf<L>(...tables: readonly FieldTable<L>[]): PrefetchRegistry<L> {
  const registry: Record<string, Record<string, FieldPrefetch<L>>> = {};
  for (const table of tables) {
    for (const [type, fields] of Object.entries(table)) {
      const target = (registry[type] ??= {});
      for (const [name, field] of Object.entries(fields)) {
        if (name in target) throw new Error(`field ${type}.${name} is declared twice`);
        if (field.lookAhead) target[name] = field.lookAhead;
      }
    }
  }
  return registry;
}
