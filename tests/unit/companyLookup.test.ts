import { describe, expect, it } from 'vitest';
import type { NameCandidateRecord } from '../../src/companies/companyRepository.js';
import { bestMatches, isOcrVariant, normalizeName, scoreCandidate } from '../../src/companies/companyLookup.js';

const candidate = (key: string, name: string, more: Partial<NameCandidateRecord> = {}): NameCandidateRecord => ({
  key,
  labels: ['Company', 'Entity'],
  name,
  shortName: null,
  aliases: [],
  ownerKey: null,
  ...more,
});

describe('name normalisation', () => {
  it('drops case, punctuation, whitespace and trailing legal suffixes', () => {
    expect(normalizeName('Internet Initiative Japan Inc.')).toBe('internet initiative japan');
    expect(normalizeName('  internet   initiative japan, K.K. ')).toBe('internet initiative japan');
    expect(normalizeName('Acme Co., Ltd.')).toBe('acme');
    expect(normalizeName('Kabushiki Kaisha Acme Trading')).toBe('acme trading');
    expect(normalizeName('Inc.')).toBe('inc');
    expect(normalizeName('AT&T Corp')).toBe('at and t');
  });

  it('tells OCR misreadings from other spellings', () => {
    const names = ['Internet Initiative Japan Inc.', 'IIJ'];
    expect(isOcrVariant('11J', names)).toBe(true);
    expect(isOcrVariant('[1J', names)).toBe(true);
    expect(isOcrVariant('lIJ', names)).toBe(true);
    expect(isOcrVariant('Internet Initiative Japan', names)).toBe(false);
  });
});

describe('matching a name to candidates', () => {
  it('prefers an exact match to a normalised one and says which name matched', () => {
    expect(scoreCandidate('Acme Inc', candidate('acme', 'Acme Inc.'))?.match).toEqual({
      input: 'Acme Inc',
      matchedOn: 'name',
      matched: 'Acme Inc.',
      exact: false,
    });
    expect(scoreCandidate('Widgets', candidate('acme', 'Acme Inc.'))).toBeNull();
  });

  it('returns every entity that fits equally well, so the caller can refuse the ambiguity', () => {
    const twins = [candidate('acme-jp', 'Acme K.K.'), candidate('acme-us', 'Acme Inc.')];
    expect(bestMatches('Acme', twins, ['Company']).map((m) => m.candidate.key)).toEqual(['acme-jp', 'acme-us']);
    // An exact spelling of one of them is no ambiguity.
    expect(bestMatches('Acme Inc.', twins, ['Company']).map((m) => m.candidate.key)).toEqual(['acme-us']);
  });

  it('keeps only the requested types', () => {
    const service = candidate('acme/cloud', 'Acme Cloud', {
      labels: ['Service', 'Offering', 'Entity'],
      ownerKey: 'acme',
    });
    expect(bestMatches('acme cloud', [service], ['Company'])).toEqual([]);
    expect(bestMatches('acme cloud', [service], ['Service']).map((m) => m.nodeType)).toEqual(['Service']);
  });
});
