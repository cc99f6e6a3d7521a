/** Bounds on the planning work look-ahead asks of Neo4j (src/lookahead/), without a database. */
import { describe, expect, it } from 'vitest';
import { byKeyQuery } from '../../src/db/batch.js';
import type { SubtreeNode } from '../../src/db/subtree.js';
import { capLevels } from '../../src/lookahead/plan.js';
import { WarmUpBudget } from '../../src/lookahead/warmUpBudget.js';

const query = byKeyQuery('test.byKeys', 'MATCH (n:Company {id: key})', 'n { key: n.id }');
const node = (tag: string, children: SubtreeNode<string>[] = []): SubtreeNode<string> => ({
  query,
  keyField: 'key',
  children,
  tag,
});
const tags = (plan: readonly SubtreeNode<string>[]): string[] => plan.flatMap((n) => [n.tag, ...tags(n.children)]);

describe('capLevels', () => {
  const plan = [node('a', [node('a1', [node('a11')]), node('a2')]), node('b', [node('b1')])];

  it('keeps a plan within the cap as it is', () => {
    expect(tags(capLevels(plan, 10))).toEqual(['a', 'a1', 'a11', 'a2', 'b', 'b1']);
  });

  it('keeps the levels nearest the root first, and a dropped level drops its children', () => {
    expect(tags(capLevels(plan, 2))).toEqual(['a', 'b']);
    expect(tags(capLevels(plan, 4))).toEqual(['a', 'a1', 'a2', 'b']);
    expect(tags(capLevels(plan, 5))).toEqual(['a', 'a1', 'a2', 'b', 'b1']);
    expect(capLevels(plan, 0)).toEqual([]);
  });
});

describe('WarmUpBudget', () => {
  it('runs one warm-up at a time', () => {
    const budget = new WarmUpBudget(() => 0);
    expect(budget.tryStart()).toBe(true);
    expect(budget.tryStart()).toBe(false);
    budget.finished();
    expect(budget.tryStart()).toBe(true);
  });

  it('allows a burst, then one warm-up per refill interval', () => {
    let now = 0;
    const budget = new WarmUpBudget(() => now);
    for (let i = 0; i < WarmUpBudget.BURST; i++) {
      expect(budget.tryStart()).toBe(true);
      budget.finished();
    }
    expect(budget.tryStart()).toBe(false);
    now += WarmUpBudget.REFILL_MS - 1;
    expect(budget.tryStart()).toBe(false);
    now += 1;
    expect(budget.tryStart()).toBe(true);
    budget.finished();
    expect(budget.tryStart()).toBe(false);
    // A long quiet spell refills the bucket only up to its burst size.
    now += WarmUpBudget.REFILL_MS * 100;
    let started = 0;
    while (budget.tryStart()) {
      started++;
      budget.finished();
    }
    expect(started).toBe(WarmUpBudget.BURST);
  });
});
