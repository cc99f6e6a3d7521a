/**
 * `kg extract --diff` against the real Neo4j: a draft of the IIJ deck, compared with the graph the
 * curated file loaded, confirms what the curator recorded; a changed figure is a restatement, a
 * fact the graph lacks is new, a changed guidance a revision. Nothing is written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { draftDocument, draftYaml } from '../../src/extract/draftFile.js';
import { knownCompaniesInGraph } from '../../src/extract/graphCompanies.js';
import { diffDraftAgainstGraph, type DraftLike } from '../../src/extract/graphDiff.js';
import { PROJECT_ROOT } from '../../src/projectRoot.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_DOCUMENT, IIJ_FACT_FILE } from '../kit/factFiles.js';

let db: Database;
let draft: DraftLike & {
  facts: { id: string; metric: string; basis: string; amounts: { value?: number; low?: number; high?: number }[] }[];
};

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
  const seedDir = path.join(PROJECT_ROOT, 'seed');
  draft = draftDocument(IIJ_DOCUMENT, undefined, undefined, seedDir, [IIJ_FACT_FILE]).draft as unknown as typeof draft;
});

afterAll(async () => {
  await db.close();
});

describe('kg extract --diff', () => {
  it('finds every drafted fact of the deck already in the graph with the same figures', async () => {
    const news = await diffDraftAgainstGraph(db, 'iij', draft);
    expect(news).toHaveLength(draft.facts.length);
    const kinds = Object.fromEntries(news.map((n) => [n.fact, n.kind]));
    // The curated file puts the 30.3 Gbps on the dedicated-access offering; the draft names no
    // offering, so for the graph it is another fact: the curator adds `offering:` when reviewing.
    expect(kinds).toEqual({
      'iij/revenue/fy2002-q3': 'confirms',
      'iij/operating-income/fy2002-q3': 'confirms',
      'iij/operating-income/fy2001-q3': 'confirms',
      'iij/operating-income/fy2002-q2': 'confirms',
      'iij/adjusted-ebitda/fy2002-q3': 'confirms',
      'iij/revenue/fy2002-q4/guidance': 'reaffirms',
      'iij/revenue/fy2002/guidance': 'reaffirms',
      'iij/revenue-growth/fy2002/guidance': 'reaffirms',
      'iij/contracted-bandwidth/fy2002-q3': 'new',
    });
    expect(news.find((n) => n.fact === 'iij/revenue/fy2002-q3')?.message).toContain(
      'first reported in iij-2002-q3-results',
    );
  });

  it('tells a restatement, a new fact and a guidance revision apart, and writes nothing', async () => {
    const [before] = await db.read({ name: 'test.count', cypher: 'MATCH (n) RETURN count(n) AS n' });
    const changed = structuredClone(draft);
    const ebitda = changed.facts.find((f) => f.metric === 'adjustedEbitda')!;
    ebitda.amounts[0]!.value = 360;
    const guidance = changed.facts.find((f) => f.id === 'iij/revenue/fy2002/guidance')!;
    guidance.amounts[0]!.low = 46;
    guidance.amounts[0]!.high = 47;
    changed.facts.push({
      ...structuredClone(ebitda),
      id: 'iij/adjusted-ebitda/fy2002-q4',
      period: { fiscalYear: 2002, quarter: 4 },
    } as never);
    const news = await diffDraftAgainstGraph(db, 'iij', changed);
    const kindOf = (id: string) => news.find((n) => n.fact === id || n.fact.startsWith(id))?.kind;
    expect(kindOf('iij/adjusted-ebitda/fy2002-q3')).toBe('restates');
    expect(news.find((n) => n.kind === 'restates')?.message).toContain('from 349 JPY million to 360 JPY million');
    expect(kindOf('iij/revenue/fy2002/guidance')).toBe('raises');
    expect(kindOf('iij/adjusted-ebitda/fy2002-q4')).toBe('new');
    const [after] = await db.read({ name: 'test.count', cypher: 'MATCH (n) RETURN count(n) AS n' });
    expect(after!.n).toEqual(before!.n);
  });

  it('matches companies the graph knows with --graph, not only those of seed/', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-noseed-'));
    try {
      const known = await knownCompaniesInGraph(db);
      expect(known.find((c) => c.id === 'iij')).toMatchObject({
        name: 'Internet Initiative Japan Inc.',
        shortName: 'IIJ',
        fiscalYearEnd: '03-31',
        file: 'the graph',
      });
      const issuerNote = (known: Parameters<typeof draftDocument>[5]) => {
        const { draft } = draftDocument(IIJ_DOCUMENT, undefined, undefined, empty, [], known);
        return (draft.companies as { id: string; source: { note: string } }[])[0]!.source.note;
      };
      expect(issuerNote(known)).toBe('issuer (known from the graph)');
      expect(issuerNote([])).toBe('issuer read from this text');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('loads a draft with the seed loader as it is written, and then finds it all confirmed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-it-'));
    try {
      const out = path.join(dir, 'kestrel.draft.yaml');
      const doc = path.join(PROJECT_ROOT, 'tests/fixtures/extract/tuning/documents/kestrel-2q05-release.txt');
      const result = draftDocument(doc, out, undefined, path.join(PROJECT_ROOT, 'seed'), []);
      writeFileSync(out, draftYaml(result));
      const report = await seedGraph(db, [out]);
      expect(report.documents.map((d) => d.documentId)).toEqual(['kestrel-2q05-release']);
      const facts = (result.draft.facts as unknown[]).length;
      // Every drafted fact is now in the graph, reported by this very draft: a second look (as another
      // document) confirms each one.
      const again = { ...(result.draft as unknown as DraftLike), document: { id: 'kestrel-second-look' } };
      const news = await diffDraftAgainstGraph(db, 'kni', again);
      expect(news).toHaveLength(facts);
      expect(new Set(news.map((n) => n.kind))).toEqual(new Set(['confirms', 'reaffirms']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
