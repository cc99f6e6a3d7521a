/** Field tables (src/lookahead/fields.ts): one declaration gives a field both its resolver and its look-ahead entry. */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { byKeyQuery } from '../../src/db/batch.js';
import { fieldsFor, lookAheadOf, resolversOf } from '../../src/lookahead/fields.js';

interface Loaders {
  readonly byKey: DataLoader<string, { key: string } | null>;
}
interface Parent {
  key: string;
  otherKey: string | null;
  listKeys: string[];
}

const query = byKeyQuery('test.byKeys', 'MATCH (n:Company {id: key})', 'n { key: n.id }');
const missing = (_p: Parent, key: string) =>
  new GraphQLError(`Not found: ${key}.`, { extensions: { code: 'NOT_FOUND' } });

function loaders() {
  const asked: string[][] = [];
  const byKey = new DataLoader<string, { key: string } | null>(async (keys) => {
    asked.push([...keys]);
    return keys.map((key) => (key.startsWith('gone') ? null : { key }));
  });
  return { ctx: { loaders: { byKey } as Loaders }, asked };
}

const fields = fieldsFor<Loaders, Parent>();
const table = {
  Parent: {
    other: fields.optionalRelation({ query, key: 'otherKey', loader: (l) => l.byKey }),
    self: fields.reference({ query, key: 'key', loader: (l) => l.byKey, missing }),
    many: fields.references({ query, key: 'listKeys', loader: (l) => l.byKey, missing }),
    hidden: fields.relation({ query, key: 'key', loader: (l) => l.byKey, lookAhead: false }),
  },
};
const parent: Parent = { key: 'a', otherKey: null, listKeys: ['b', 'c'] };

describe('field tables', () => {
  it('derive the look-ahead entry from the same declaration as the resolver', () => {
    const registry = lookAheadOf<Loaders>(table);
    expect(Object.keys(registry.Parent!)).toEqual(['other', 'self', 'many']);
    expect(registry.Parent!.self).toMatchObject({ query, keyField: 'key', keyList: false });
    expect(registry.Parent!.many).toMatchObject({ keyField: 'listKeys', keyList: true });
    const { ctx } = loaders();
    expect(registry.Parent!.self!.loader(ctx.loaders)).toBe(ctx.loaders.byKey);
  });

  it('resolve through the declared loader, batching, with null for an absent optional key', async () => {
    const resolvers = resolversOf(table.Parent);
    const { ctx, asked } = loaders();
    const [other, self, many] = await Promise.all([
      resolvers.other(parent, {}, ctx),
      resolvers.self(parent, {}, ctx),
      resolvers.many(parent, {}, ctx),
    ]);
    expect(other).toBeNull();
    expect(self).toEqual({ key: 'a' });
    expect(many).toEqual([{ key: 'b' }, { key: 'c' }]);
    expect(asked).toEqual([['a', 'b', 'c']]);
  });

  it('report a reference whose record is missing with the declared error', async () => {
    const resolvers = resolversOf(table.Parent);
    const { ctx } = loaders();
    await expect(resolvers.self({ ...parent, key: 'gone-1' }, {}, ctx)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(resolvers.many({ ...parent, listKeys: ['b', 'gone-2'] }, {}, ctx)).rejects.toThrow('gone-2');
  });

  it('refuse a field declared twice for one type', () => {
    expect(() => lookAheadOf<Loaders>(table, { Parent: { self: table.Parent.self } })).toThrow(
      'field Parent.self is declared twice',
    );
  });
});
