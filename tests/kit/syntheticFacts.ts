/**
 * Test kit: synthetic fact files — a document text and a fact file whose quotes are lines of that
 * text — so tests can load graphs of any size through the real loader.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

export interface WrittenFactFile {
  readonly dir: string;
  readonly factFile: string;
}

/** Writes `lines` as the document and `facts` (with `document.file` pointing at it) as YAML. */
export function writeFactFileWithDocument(facts: Record<string, any>, lines: readonly string[]): WrittenFactFile {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-synthetic-'));
  writeFileSync(path.join(dir, 'document.txt'), `${lines.join('\n')}\n`);
  const factFile = path.join(dir, 'facts.yaml');
  writeFileSync(factFile, stringify({ ...facts, document: { ...facts.document, file: 'document.txt' } }));
  return { dir, factFile };
}

/**
 * `count` companies, each with two business lines, two services, a data center, a segment, a
 * revenue fact for 3Q of FY2002 and a win of one shared award: the shape of a deep query.
 */
export function syntheticCompanies(count: number, documentId = 'synthetic'): WrittenFactFile {
  const lines: string[] = ['Synthetic company facts.', 'Best Company Award 2002, published by Award House.'];
  const quote = (text: string) => {
    lines.push(text);
    return { section: 'main', quote: text };
  };
  const awardSource = { section: 'main', quote: 'Best Company Award 2002, published by Award House.' };
  const facts: Record<string, any> = {
    format: 'company-kg/facts@1',
    document: { id: documentId, title: 'Synthetic', kind: 'other', issuer: 'award-house', language: 'en' },
    sections: [{ id: 'main', title: 'Main' }],
    companies: [{ id: 'award-house', name: 'Award House', kind: 'publisher', source: awardSource }],
    businessLines: [],
    services: [],
    dataCenters: [],
    segments: [],
    facts: [],
    awards: [
      {
        id: 'best-company-2002',
        name: 'Best Company Award 2002',
        publisher: 'award-house',
        edition: '2002',
        published: '2002-12',
        source: awardSource,
        winners: [] as any[],
      },
    ],
  };
  for (let i = 0; i < count; i++) {
    const id = `co-${String(i).padStart(5, '0')}`;
    facts.companies.push({
      id,
      name: `Company ${i}`,
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'start-year',
      source: quote(`Company ${i} is a company.`),
    });
    for (const line of ['net', 'cloud']) {
      facts.businessLines.push({
        id: `${id}/${line}`,
        company: id,
        name: `${line} of ${i}`,
        source: quote(`Company ${i} has a ${line} line.`),
      });
      facts.services.push({
        id: `${id}/${line}-service`,
        company: id,
        businessLine: `${id}/${line}`,
        name: `${line} service ${i}`,
        source: quote(`Company ${i} sells a ${line} service.`),
      });
    }
    facts.dataCenters.push({
      id: `${id}/dc`,
      operator: id,
      name: `DC ${i}`,
      floorSpace: { value: 1000 + i, unit: 'm2' },
      source: quote(`Company ${i} runs DC ${i} of ${1000 + i} m2.`),
    });
    facts.segments.push({
      id: `${id}/top`,
      company: id,
      name: `Top customers of ${i}`,
      kind: 'top-customers',
      size: 10,
      source: quote(`Company ${i} has top 10 customers.`),
    });
    facts.facts.push({
      id: `${id}/revenue/fy2002-q3`,
      company: id,
      metric: 'revenue',
      period: { fiscalYear: 2002, quarter: 3 },
      basis: 'actual',
      amounts: [{ value: 100 + (i % 7), scale: 'million', unit: 'JPY' }],
      source: quote(`Company ${i} revenue was JPY${100 + (i % 7)} million in 3Q02.`),
    });
    facts.awards[0].winners.push({ company: id, source: quote(`Company ${i} won the Best Company Award 2002.`) });
  }
  return writeFactFileWithDocument(facts, lines);
}
