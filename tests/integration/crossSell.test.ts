/**
 * Computed cross-sell rates on a small customer graph whose rates are known by hand, loaded
 * through the real fact-file loader:
 *
 *   acme/connectivity ⊃ acme/dedicated ∋ acme/fiber;  acme/vas ∋ acme/dc
 *   members of acme/top-5: c1 {fiber, dc}, c2 {connectivity, vas}, c3 {fiber}, c4 {vas}, c5 {}
 *   c6 {fiber, vas} is not a member and must not count.
 *
 *   connectivity & vas: A = {c1, c2, c3}, B = {c1, c2, c4}, both = {c1, c2}
 *     → rateBGivenA = 2/3, pairShare = 2/5
 *   dedicated & vas: A = {c1, c3} (c2 bought the parent line, not dedicated), both = {c1}
 *     → rateBGivenA = 1/2, pairShare = 1/5
 */
import { describe, expect, it } from 'vitest';
import { writeFactFileWithDocument } from '../kit/syntheticFacts.js';
import { useSeededApi } from '../kit/seededApi.js';

function customerGraph() {
  const lines: string[] = [];
  const src = (text: string) => {
    lines.push(text);
    return { section: 'main', quote: text };
  };
  const subscriptions: Record<string, string[]> = {
    c1: ['acme/fiber', 'acme/dc'],
    c2: ['acme/connectivity', 'acme/vas'],
    c3: ['acme/fiber'],
    c4: ['acme/vas'],
    c5: [],
    c6: ['acme/fiber', 'acme/vas'],
  };
  const members = ['c1', 'c2', 'c3', 'c4', 'c5'];
  return writeFactFileWithDocument(
    {
      format: 'company-kg/facts@1',
      document: { id: 'acme-customers', title: 'Acme customers', kind: 'other', issuer: 'acme', language: 'en' },
      sections: [{ id: 'main', title: 'Customers' }],
      companies: [
        { id: 'acme', name: 'Acme', source: src('Acme sells connectivity and value-added services.') },
        ...Object.keys(subscriptions).map((c) => ({
          id: c,
          name: `Customer ${c}`,
          source: src(`Customer ${c} is a customer of Acme.`),
        })),
      ],
      businessLines: [
        { id: 'acme/connectivity', company: 'acme', name: 'Connectivity', source: src('Acme connectivity line.') },
        {
          id: 'acme/dedicated',
          company: 'acme',
          name: 'Dedicated access',
          parent: 'acme/connectivity',
          source: src('Dedicated access is part of connectivity.'),
        },
        { id: 'acme/vas', company: 'acme', name: 'VAS', source: src('Acme VAS line.') },
      ],
      services: [
        {
          id: 'acme/fiber',
          company: 'acme',
          name: 'Fiber',
          businessLine: 'acme/dedicated',
          source: src('Fiber is a dedicated access service.'),
        },
        {
          id: 'acme/dc',
          company: 'acme',
          name: 'Data center',
          businessLine: 'acme/vas',
          source: src('Data center is a VAS service.'),
        },
        { id: 'acme/voice', company: 'acme', name: 'Voice', source: src('Voice is a service no customer buys.') },
      ],
      segments: [
        {
          id: 'acme/top-5',
          company: 'acme',
          name: 'Top 5 customers',
          kind: 'top-customers',
          size: 5,
          source: src('Acme top 5 customers.'),
        },
      ],
      relationships: [
        ...members.map((c) => ({
          type: 'MEMBER_OF',
          from: c,
          to: 'acme/top-5',
          source: src(`Customer ${c} is in the top 5.`),
        })),
        ...Object.entries(subscriptions).flatMap(([c, offerings]) =>
          offerings.map((o) => ({ type: 'SUBSCRIBES_TO', from: c, to: o, source: src(`Customer ${c} buys ${o}.`) })),
        ),
      ],
    },
    lines,
  ).factFile;
}

const RATE = /* GraphQL */ `
  query Rate($segment: ID!, $a: ID!, $b: ID!) {
    computedCrossSellRate(segment: $segment, offeringA: $a, offeringB: $b) {
      customers
      customersBuyingA
      customersBuyingB
      customersBuyingBoth
      rateBGivenA
      pairShare
      segment {
        key
      }
      offeringA {
        key
      }
      offeringB {
        key
      }
    }
  }
`;

const seeded = useSeededApi(() => [customerGraph()]);

describe('computedCrossSellRate', () => {
  it('counts a line as bought when a service filed under it (or under a sub-line) is bought', async () => {
    const data = await seeded.client.data<any>(RATE, { segment: 'acme/top-5', a: 'acme/connectivity', b: 'acme/vas' });
    expect(data.computedCrossSellRate).toMatchObject({
      customers: 5,
      customersBuyingA: 3,
      customersBuyingB: 3,
      customersBuyingBoth: 2,
      pairShare: 0.4,
      segment: { key: 'acme/top-5' },
      offeringA: { key: 'acme/connectivity' },
      offeringB: { key: 'acme/vas' },
    });
    expect(data.computedCrossSellRate.rateBGivenA).toBeCloseTo(2 / 3, 10);
  });

  it('does not count a purchase of the parent line as a purchase of its sub-line', async () => {
    const data = await seeded.client.data<any>(RATE, {
      segment: 'Segment:acme/top-5',
      a: 'BusinessLine:acme/dedicated',
      b: 'acme/vas',
    });
    expect(data.computedCrossSellRate).toMatchObject({
      customersBuyingA: 2,
      customersBuyingBoth: 1,
      rateBGivenA: 0.5,
      pairShare: 0.2,
    });
  });

  it('works on services directly and is not symmetric in A and B', async () => {
    const fiberThenDc = await seeded.client.data<any>(RATE, { segment: 'acme/top-5', a: 'acme/fiber', b: 'acme/dc' });
    const dcThenFiber = await seeded.client.data<any>(RATE, { segment: 'acme/top-5', a: 'acme/dc', b: 'acme/fiber' });
    expect(fiberThenDc.computedCrossSellRate).toMatchObject({
      customersBuyingA: 2,
      customersBuyingB: 1,
      customersBuyingBoth: 1,
      rateBGivenA: 0.5,
    });
    expect(dcThenFiber.computedCrossSellRate).toMatchObject({ customersBuyingA: 1, rateBGivenA: 1 });
  });

  it('answers a null rate, not a division by zero, when no member buys A', async () => {
    const data = await seeded.client.data<any>(RATE, { segment: 'acme/top-5', a: 'acme/voice', b: 'acme/vas' });
    expect(data.computedCrossSellRate).toMatchObject({
      customersBuyingA: 0,
      customersBuyingBoth: 0,
      rateBGivenA: null,
      pairShare: 0,
    });
  });

  it('reports an unknown offering as NOT_FOUND naming the argument', async () => {
    const none = await seeded.client.execute<any>(RATE, { segment: 'acme/top-5', a: 'acme/nothing', b: 'acme/vas' });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(none.errors?.[0]?.message).toContain('offeringA');
  });

  it('lists the segment members that the rate is computed over', async () => {
    const data = await seeded.client.data<any>('{ segment(id: "acme/top-5") { members { key } } }');
    expect(data.segment.members.map((m: { key: string }) => m.key)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });
});
