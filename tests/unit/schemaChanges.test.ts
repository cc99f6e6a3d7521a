import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/projectRoot.js';
import { schemaProblems, unreleasedSection } from '../../scripts/schemaChanges.js';

const read = (name: string): string => readFileSync(`${PROJECT_ROOT}/${name}`, 'utf8');

describe('schema change management', () => {
  it('the printed schema breaks nothing of the last released one, or the changelog records it', async () => {
    const problems = await schemaProblems(
      read('schema/released/schema.graphql'),
      read('schema.graphql'),
      read('schema/CHANGELOG.md'),
    );
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  const released = `type Query {
  a: Int
  old: Int @deprecated(reason: "use a")
  f(x: Int): Int
}
enum E { X Y }`;

  it('refuses removing a field that was never deprecated, even when recorded', async () => {
    const current = 'type Query { old: Int @deprecated(reason: "use a") f(x: Int): Int }\nenum E { X Y }';
    const problems = await schemaProblems(released, current, '## Unreleased\n- `Query.a` removed\n');
    expect(problems).toEqual([{ path: 'Query.a', message: expect.stringMatching(/did not deprecate it/) }]);
  });

  it('allows removing a deprecated field once the changelog records it, and not before', async () => {
    const current = 'type Query { a: Int f(x: Int): Int }\nenum E { X Y }';
    expect(await schemaProblems(released, current, '## Unreleased\n')).toHaveLength(1);
    expect(
      await schemaProblems(released, current, '## Unreleased\n- `Query.old` removed (deprecated in 0.1.0)\n## 0.1.0\n'),
    ).toEqual([]);
  });

  it('refuses other breaking changes unless recorded, and lets additions through', async () => {
    const current = 'type Query { a: Int old: Int f(x: Int!): Int added: String }\nenum E { X Y Z }';
    const problems = await schemaProblems(released, current, '## 0.1.0\n- `Query.f.x` old release note\n');
    expect(problems.map((p) => p.path)).toEqual(['Query.f.x']);
    expect(await schemaProblems(released, current, '## Unreleased\n- `Query.f.x` now required\n')).toEqual([]);
  });

  it('reads only the Unreleased section of the changelog', () => {
    expect(unreleasedSection('# Schema\n## Unreleased\n- a\n## 0.1.0\n- b\n')).toBe('\n- a\n');
  });
});
