import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { parseMetricLexicon } from '../../src/model/metricLexicon.js';
import { matchMetricName, metricArgument } from '../../src/model/metricNames.js';
import { metricLexicon } from '../../src/model/metricLexicon.js';

const lexicon = metricLexicon();

function refusal(text: string): GraphQLError {
  try {
    metricArgument(text, 'metric', lexicon);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('metric arguments', () => {
  it('accepts keys, and forgives case, separators, labels and phrases when they name one metric', () => {
    expect(metricArgument('operatingIncome', 'metric', lexicon)).toBe('operatingIncome');
    expect(metricArgument('operating_income', 'metric', lexicon)).toBe('operatingIncome');
    expect(metricArgument('operatingincome', 'metric', lexicon)).toBe('operatingIncome');
    expect(metricArgument('Revenue', 'metric', lexicon)).toBe('revenue');
    expect(metricArgument(' Adjusted EBITDA ', 'metric', lexicon)).toBe('adjustedEbitda');
    expect(metricArgument('net sales', 'metric', lexicon)).toBe('revenue');
    expect(matchMetricName('operating-income', lexicon)).toEqual({
      kind: 'found',
      key: 'operatingIncome',
      matchedOn: 'folded key',
    });
  });

  it('refuses an unknown metric with BAD_USER_INPUT naming the closest keys', () => {
    const error = refusal('operatingIncom');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.argumentName).toBe('metric');
    expect(error.extensions.candidates).toEqual(['operatingIncome']);
    expect(error.message).toContain('Did you mean operatingIncome?');
    expect(refusal('revenueTotal').extensions.candidates).toContain('revenue');
  });

  it('lists every key when nothing is close', () => {
    const error = refusal('xylophoneTuning');
    expect(error.message).not.toContain('Did you mean');
    expect(error.extensions.candidates).toEqual(lexicon.map((m) => m.key));
  });

  it('refuses a name that folds onto two metrics, listing both', () => {
    const twins = parseMetricLexicon(`format: company-kg/metrics@1
metrics:
  - { key: netIncome, label: Net income, description: a, kind: money, phrases: [profit] }
  - { key: grossProfit, label: Gross profit, description: b, kind: money, phrases: [profit] }
`);
    expect(matchMetricName('profit', twins)).toEqual({ kind: 'ambiguous', candidates: ['netIncome', 'grossProfit'] });
    expect(() => metricArgument('profit', 'metric', twins)).toThrow(/could be netIncome or grossProfit/);
  });

  it('refuses a lexicon whose perShare names no metric of it', () => {
    expect(() =>
      parseMetricLexicon(`format: company-kg/metrics@1
metrics:
  - { key: netIncome, label: Net income, description: a, kind: money, phrases: [net income], perShare: netIncomePerShare }
`),
    ).toThrow(/perShare "netIncomePerShare" is not a metric of the lexicon/);
    expect(() =>
      parseMetricLexicon(`format: company-kg/metrics@1
metrics:
  - { key: ebit, label: EBIT, description: a, kind: money, phrases: [ebit], margin: ebitMargin }
`),
    ).toThrow(/margin "ebitMargin" is not a metric of the lexicon/);
  });
});
