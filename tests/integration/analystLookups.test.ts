/**
 * Issue 14 over real HTTP against the IIJ fact file: the metric catalogue and checked metric
 * names, forgiving company lookups, search over what the text says, statements by subject, ratios.
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../kit/seededApi.js';

const seeded = useSeededApi();

describe('the metric catalogue', () => {
  it('lists every lexicon metric with what the graph holds for it', async () => {
    const data = await seeded.client.data<{
      metrics: {
        key: string;
        kind: string | null;
        factCount: number;
        units: string[];
        bases: string[];
        periods: { label: string }[];
        companies: { key: string }[];
        inLexicon: boolean;
      }[];
    }>(`{ metrics { key kind factCount units bases periods { label } companies { key } inLexicon } }`);
    const byKey = new Map(data.metrics.map((m) => [m.key, m]));
    expect([...byKey.keys()]).toEqual([...byKey.keys()].sort());
    expect(byKey.get('revenue')).toMatchObject({
      kind: 'MONEY',
      units: ['JPY', 'USD'],
      companies: [{ key: 'iij' }],
      inLexicon: true,
    });
    expect(byKey.get('revenue')!.periods.map((p) => p.label)).toContain('3Q02');
    expect(byKey.get('operatingIncome')!.factCount).toBeGreaterThan(0);
    expect(byKey.get('netIncome')).toMatchObject({ factCount: 0, units: [], companies: [] });
    expect(data.metrics.every((m) => m.inLexicon)).toBe(true);
  });

  it('narrows to one company, and finds a metric by a forgiving name', async () => {
    const data = await seeded.client.data<{ metrics: { key: string }[]; metric: { key: string } }>(
      `{ metrics(company: "11J") { key } metric(name: "operating_income") { key } }`,
    );
    expect(data.metrics.map((m) => m.key)).not.toContain('netIncome');
    expect(data.metrics.map((m) => m.key)).toContain('revenue');
    expect(data.metric.key).toBe('operatingIncome');
  });

  it('refuses an unknown metric name with the closest keys', async () => {
    const result = await seeded.client.execute(`{ metric(name: "operatingIncom") { key } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'name',
      candidates: ['operatingIncome'],
    });
    expect(result.errors?.[0]?.message).toContain('Did you mean operatingIncome?');
  });
});
