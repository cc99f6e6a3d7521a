import { describe, expect, it } from 'vitest';
import { assignCompetitionRanks } from '../../src/financials/metricRanking.js';
import { toLuceneQuery } from '../../src/search/searchRepository.js';

describe('assignCompetitionRanks', () => {
  const values = [
    { companyKey: 'b', rankedValue: 5 },
    { companyKey: 'a', rankedValue: 9 },
    { companyKey: 'c', rankedValue: 5 },
    { companyKey: 'd', rankedValue: 1 },
  ];

  it('gives ties one rank and skips the next ("1, 2, 2, 4"), ties ordered by key', () => {
    expect(assignCompetitionRanks(values, 'DESC').map((v) => [v.companyKey, v.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ranks ascending when asked', () => {
    expect(assignCompetitionRanks(values, 'ASC').map((v) => [v.companyKey, v.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['c', 2],
      ['a', 4],
    ]);
  });
});

describe('toLuceneQuery', () => {
  it('requires every word, whole or as a prefix', () => {
    expect(toLuceneQuery('Yokohama data')).toBe('(yokohama OR yokohama*) AND (data OR data*)');
    expect(toLuceneQuery('IIJ AND')).toBe('(iij OR iij*) AND (and OR and*)');
  });
  it('escapes Lucene syntax so no input fails to parse', () => {
    expect(toLuceneQuery('a:b (c)')).toBe('(a\\:b OR a\\:b*) AND (\\(c\\) OR \\(c\\)*)');
    expect(toLuceneQuery('  ')).toBe('');
    expect(toLuceneQuery('*')).toBe('(\\* OR \\**)');
  });
});
