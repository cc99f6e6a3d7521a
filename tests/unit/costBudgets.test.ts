import { describe, expect, it } from 'vitest';
import { CostBudgets, rateLimitHeaders } from '../../src/rateLimit/costBudgets.js';

function makeBudgets(): { budgets: CostBudgets; advance: (ms: number) => void } {
  let now = 1_000_000;
  const budgets = new CostBudgets({ points: 1_000, anonymousPoints: 100, windowSeconds: 10 }, () => now);
  return { budgets, advance: (ms) => (now += ms) };
}

describe('cost budgets (token bucket per caller)', () => {
  it('charges each query its cost and refuses one the bucket cannot cover, taking nothing', () => {
    const { budgets } = makeBudgets();
    expect(budgets.charge('key:a', false, 600)).toMatchObject({ allowed: true, remaining: 400, limit: 1_000 });
    const refused = budgets.charge('key:a', false, 500);
    expect(refused).toMatchObject({ allowed: false, remaining: 400, cost: 500 });
    // 100 points missing at 100 points a second: one second.
    expect(refused.retryAfterSeconds).toBe(1);
    expect(budgets.charge('key:a', false, 400)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('refills continuously, never above the limit, and says when it is full again', () => {
    const { budgets, advance } = makeBudgets();
    const first = budgets.charge('key:a', false, 1_000);
    expect(first.resetAtMs - 1_000_000).toBe(10_000);
    advance(2_500);
    expect(budgets.charge('key:a', false, 0).remaining).toBe(250);
    advance(60_000);
    expect(budgets.charge('key:a', false, 0).remaining).toBe(1_000);
  });

  it('keeps callers apart and gives anonymous callers their own, smaller bucket', () => {
    const { budgets } = makeBudgets();
    budgets.charge('key:a', false, 1_000);
    expect(budgets.charge('key:b', false, 1).remaining).toBe(999);
    expect(budgets.charge('address:127.0.0.1', true, 1)).toMatchObject({ limit: 100, remaining: 99 });
  });

  it('tells a query dearer than the whole bucket to wait a full window', () => {
    const { budgets } = makeBudgets();
    const refused = budgets.charge('address:x', true, 5_000);
    expect(refused).toMatchObject({ allowed: false, remaining: 100, retryAfterSeconds: 10 });
  });

  it('writes the IETF draft headers, and Retry-After only on a refusal', () => {
    const { budgets } = makeBudgets();
    const charge = budgets.charge('key:a', false, 300);
    expect(Object.fromEntries(rateLimitHeaders(charge, 1_000_000))).toEqual({
      'ratelimit-policy': '"cost";q=1000;w=10',
      ratelimit: '"cost";r=700;t=3',
    });
    const refused = budgets.charge('key:a', false, 800);
    expect(rateLimitHeaders(refused, 1_000_000).get('retry-after')).toBe('1');
  });
});
