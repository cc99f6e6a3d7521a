import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactFileValidationError } from '../../src/seed/errors.js';
import { readFactFiles } from '../../src/seed/readFactFiles.js';
import { IIJ_FACT_FILE, readIijFactFile, writeTempFactFile } from '../kit/factFiles.js';

function problemsOf(mutate: (data: ReturnType<typeof readIijFactFile>) => void): FactFileValidationError {
  const data = readIijFactFile();
  mutate(data);
  const file = writeTempFactFile(data);
  try {
    readFactFiles([file]);
  } catch (error) {
    if (error instanceof FactFileValidationError) return error;
    throw error;
  }
  throw new Error('expected the fact file to be rejected');
}

describe('fact file validation', () => {
  it('accepts the IIJ fact file with no reconciliation warnings', () => {
    const { files, warnings } = readFactFiles([IIJ_FACT_FILE]);
    expect(files).toHaveLength(1);
    expect(files[0]!.data.document.id).toBe('iij-2002-q3-results');
    expect(warnings).toEqual([]);
  });

  it('rejects a reference to an undefined company, naming file, entry and field', () => {
    const error = problemsOf((d) => {
      d.services[0].company = 'no-such-company';
    });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      field: 'company',
      message: expect.stringContaining('unknown company "no-such-company"'),
    });
    expect(error.problems[0]!.entry).toMatch(/^services\[0\] \(iij\//);
    expect(error.message).toContain('facts.yaml');
  });

  it('rejects a value of the wrong type with its path', () => {
    const error = problemsOf((d) => {
      d.facts[0].amounts[0].value = 'ten point six';
    });
    expect(error.problems[0]).toMatchObject({ entry: expect.stringMatching(/^facts\[0\]/), field: 'amounts.0.value' });
  });

  it('rejects a fact without a source', () => {
    const error = problemsOf((d) => {
      delete d.facts[1].source;
    });
    expect(error.problems[0]).toMatchObject({ entry: expect.stringMatching(/^facts\[1\]/), field: 'source' });
  });

  it('rejects a quote that does not occur in the document', () => {
    const error = problemsOf((d) => {
      d.facts[0].source.quote = 'Total revenues totaled JPY99 billion';
    });
    expect(error.problems[0]).toMatchObject({
      field: 'source.quote',
      message: expect.stringContaining('quote not found'),
    });
  });

  it('rejects a derived fact without its derivation, and a guidance range with low > high', () => {
    const error = problemsOf((d) => {
      const derived = d.facts.find((f: { basis: string }) => f.basis === 'derived');
      delete derived.derivation;
      const guidance = d.facts.find((f: { amounts: { low?: number }[] }) => f.amounts[0]?.low !== undefined);
      guidance.amounts[0].low = 99;
      guidance.amounts[0].high = 1;
    });
    const messages = error.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('a derived fact needs a derivation');
    expect(messages).toContain('low (99) is greater than high (1)');
  });

  it('rejects a scale written as the unit, and a per-share figure in millions', () => {
    const unit = problemsOf((d) => {
      d.facts[0].amounts[0] = { value: 10.6, scale: 'billion', unit: 'one' };
    });
    expect(unit.problems.map((p) => [p.entry.slice(0, 8), p.field])).toEqual([['facts[0]', 'amounts.0.unit']]);
    expect(unit.problems[0]!.message).toContain('unit "one" is a scale, not a unit');
    const perShare = problemsOf((d) => {
      const eps = d.facts[1];
      eps.metric = 'earningsPerShare';
      eps.amounts = [{ value: 0.83, scale: 'million', unit: 'JPY' }];
    });
    expect(perShare.problems.map((p) => [p.entry.slice(0, 8), p.field, p.message])).toEqual([
      [
        'facts[1]',
        'amounts',
        'earningsPerShare is a per-share figure: its scale is "one" (the value as printed, in the currency or its cents)',
      ],
    ]);
  });

  it('rejects an amount whose value × scale is not finite or beyond ±1e18, naming the field', () => {
    const error = problemsOf((d) => {
      d.facts[0].amounts[0] = { value: 1e300, scale: 'billion', unit: 'JPY' };
      d.facts[1].amounts[0] = { low: -2e9, high: 1, scale: 'billion', unit: 'JPY' };
    });
    expect(error.problems.map((p) => [p.entry.slice(0, 8), p.field])).toEqual([
      ['facts[0]', 'amounts.0.value'],
      ['facts[1]', 'amounts.0.low'],
    ]);
    expect(error.problems[0]!.message).toContain('Infinity) is outside ±1e+18');
  });

  it('bounds strings and lists, and refuses a fiscal year end that is not a calendar day', () => {
    const error = problemsOf((d) => {
      d.companies[0].name = 'N'.repeat(201);
      d.companies[0].aliases = Array.from({ length: 51 }, (_, i) => `alias ${i}`);
      d.companies[0].fiscalYearEnd = '02-31';
      d.facts[0].amounts[0].unit = 'U'.repeat(33);
    });
    expect(error.problems.map((p) => p.field).sort()).toEqual(['aliases', 'amounts.0.unit', 'fiscalYearEnd', 'name']);
  });

  it('accepts 02-29 as a fiscal year end (the last day of February)', () => {
    const data = readIijFactFile();
    data.companies[0].fiscalYearEnd = '02-29';
    expect(() => readFactFiles([writeTempFactFile(data)])).not.toThrow();
  });

  it('rejects duplicate ids and reports every problem at once', () => {
    const error = problemsOf((d) => {
      d.services[1].id = d.services[0].id;
      d.dataCenters[0].operator = 'nobody';
    });
    const messages = error.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('is already used by service');
    expect(messages).toContain('unknown company "nobody"');
  });

  it('rejects malformed YAML with its position', () => {
    const file = writeTempFactFile(readIijFactFile());
    writeFileSync(file, 'format: company-kg/facts@1\ndocument: [unclosed\n');
    expect(() => readFactFiles([file])).toThrowError(/\(YAML\)/);
    // The fast parser refuses it; the message is the position-bearing one of `yaml`.
    expect(() => readFactFiles([file])).toThrowError(/at line \d+, column \d+/);
  });

  it('reads an unquoted date as text (YAML 1.2 core schema: no timestamps)', () => {
    const file = writeTempFactFile(readIijFactFile());
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('asOf: 2002-12\n');
    writeFileSync(file, text.replace('asOf: 2002-12\n', 'asOf: 2002-12-31\n'));
    const [loaded] = readFactFiles([file]).files;
    expect(JSON.stringify(loaded!.data)).toContain('"asOf":"2002-12-31"');
  });
});
