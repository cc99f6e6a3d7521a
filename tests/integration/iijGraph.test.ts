/**
 * The IIJ 3Q02 graph in the real Neo4j, checked against the fact file (counts) and against the
 * document text (entities, figures, periods, provenance, relationships). Expected values are
 * written out from the text, not read back from the loader, so a wrong load fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Row } from '../../src/db/database.js';
import type { FactFile } from '../../src/seed/factFileSchema.js';
import { readFactFiles } from '../../src/seed/readFactFiles.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

let db: Database;
let file: FactFile;

beforeAll(async () => {
  file = readFactFiles([IIJ_FACT_FILE]).files[0]!.data;
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
});

afterAll(async () => {
  await db.close();
});

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return db.read({ name: 'test.iijGraph', cypher }, params);
}

async function one(cypher: string, params: Record<string, unknown> = {}): Promise<Row> {
  const result = await rows(cypher, params);
  expect(result, cypher).toHaveLength(1);
  return result[0]!;
}

async function countsBy(cypher: string): Promise<Record<string, number>> {
  const result = await rows(cypher);
  return Object.fromEntries(result.map((r) => [String(r.key), Number(r.n)]));
}

/** A fact's amounts (ordered as printed), period and basis. */
async function fact(id: string): Promise<Row> {
  return one(
    `MATCH (f:FinancialFact {id: $id})-[:FOR_PERIOD]->(p:Period)
     MATCH (f)-[:OF_COMPANY]->(c:Company)
     OPTIONAL MATCH (f)-[:ABOUT_OFFERING]->(o:Offering)
     MATCH (f)<-[:REPORTS]-(r:FactReport)
     CALL (r) {
       MATCH (r)-[:HAS_AMOUNT]->(a:Amount)
       WITH a ORDER BY a.position
       RETURN collect(a { .unit, .scale, .value, .low, .high, .bound, .baseValue, .baseLow, .baseHigh }) AS amounts
     }
     MATCH (r)-[:SOURCED_FROM]->(s:Source)
     RETURN c.id AS company, f.metric AS metric, f.basis AS basis, r.approximate AS approximate,
            r.formula AS formula, o.id AS offering, p.label AS period, p.startDate AS start,
            p.endDate AS end, amounts, s.quote AS quote`,
    { id },
  );
}

async function comparisons(factId: string): Promise<Row[]> {
  return rows(
    `MATCH (c:Comparison)-[:COMPARES]->(:FactReport)-[:REPORTS]->(:FinancialFact {id: $factId})
     MATCH (c)-[:BASE_PERIOD]->(b:Period)
     MATCH (s:Source {id: c.sourceId})
     RETURN c.kind AS kind, c.direction AS direction, c.changeValue AS change, c.changeUnit AS changeUnit,
            b.label AS base, b.startDate AS baseStart, b.endDate AS baseEnd, s.quote AS quote
     ORDER BY kind`,
    { factId },
  );
}

async function related(type: string, from: string): Promise<string[]> {
  const result = await rows(`MATCH (:Entity {id: $from})-[r:${type}]->(b:Entity) RETURN b.id AS id ORDER BY id`, {
    from,
  });
  return result.map((r) => String(r.id));
}

// ---------------------------------------------------------------------------------------------
// Expected counts, computed from the parsed fact file independently of src/seed/graphRows.ts.

/** Every SourceRef cited by the file (the document's own `source` is checked but not stored). */
function citedSourceKeys(data: FactFile): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.section === 'string' && typeof o.quote === 'string') {
        keys.add(`${o.section}\u0000${o.quote}\u0000${typeof o.note === 'string' ? o.note : ''}`);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(Object.entries(data).filter(([key]) => key !== 'document'));
  return keys;
}

/** Graph properties a file field is stored as (each gets its own SOURCED_FROM edge). */
const STORED_WIDTH: Record<string, number> = { bandwidth: 3, floorLoad: 2, revenueShare: 2 };

function expectedCounts(data: FactFile) {
  const categories = data.awards.flatMap((a) => a.categories);
  const rankings = data.awards.flatMap((a) => a.rankings);
  const periodKeys = new Set(
    [
      ...data.facts.map((f) => f.period),
      ...data.facts.flatMap((f) => f.comparisons.map((c) => c.basePeriod)),
      ...data.statements.flatMap((s) => (s.period ? [s.period] : [])),
    ].map((p) => `${p.fiscalYear}/${p.quarter ?? '-'}/${p.months ?? '-'}`),
  );
  const entities = [...data.companies, ...data.businessLines, ...data.services, ...data.dataCenters, ...data.segments];
  const fieldSourced = (e: { fieldSources?: Record<string, unknown> | undefined }) =>
    Object.keys(e.fieldSources ?? {}).reduce((n, field) => n + (STORED_WIDTH[field] ?? 1), 0);
  const entitySourcedFrom =
    entities.reduce((n, e) => n + 1 + fieldSourced(e), 0) +
    data.segments.filter((s) => s.revenueShare).length * STORED_WIDTH.revenueShare! +
    data.awards.length +
    categories.length;
  const relationshipsOfType = (type: string) => data.relationships.filter((r) => r.type === type).length;
  const nodes: Record<string, number> = {
    Company: data.companies.length,
    BusinessLine: data.businessLines.length,
    Service: data.services.length,
    DataCenter: data.dataCenters.length,
    Segment: data.segments.length,
    Award: data.awards.length,
    AwardCategory: categories.length,
    Entity: entities.length + data.awards.length + categories.length,
    Offering: data.businessLines.length + data.services.length,
    Document: 1,
    Section: data.sections.length,
    Source: citedSourceKeys(data).size,
    Period: periodKeys.size,
    FinancialFact: data.facts.length,
    FactReport: data.facts.length,
    Amount: data.facts.reduce((n, f) => n + f.amounts.length, 0),
    Comparison: data.facts.reduce((n, f) => n + f.comparisons.length, 0),
    Explanation: data.facts.reduce((n, f) => n + f.explanations.length, 0),
    CrossSellRate: data.crossSellRates.length,
    Ranking: rankings.length,
    Statement: data.statements.length,
  };
  const relationships: Record<string, number> = {
    PART_OF_DOCUMENT: data.sections.length,
    IN_SECTION: nodes.Source!,
    LINE_OF: data.businessLines.length,
    PART_OF: data.businessLines.filter((l) => l.parent).length,
    OFFERED_BY: data.services.length,
    IN_LINE: data.services.filter((s) => s.businessLine).length,
    BUILT_ON: data.services.filter((s) => s.builtOn).length,
    OPERATED_BY: data.dataCenters.length,
    SEGMENT_OF: data.segments.length,
    PUBLISHED_BY: data.awards.length,
    CATEGORY_OF: categories.length,
    RANKING_OF: rankings.length,
    IN_CATEGORY: rankings.filter((r) => r.category).length,
    LISTS: rankings.reduce((n, r) => n + r.entries.length, 0),
    WON: new Set(data.awards.flatMap((a) => a.winners.map((w) => `${w.company}>${w.category ?? a.id}`))).size,
    FOR_SEGMENT: data.crossSellRates.length,
    OFFERING_A: data.crossSellRates.length,
    OFFERING_B: data.crossSellRates.length,
    OF_COMPANY: data.facts.length,
    FOR_PERIOD: data.facts.length + data.statements.filter((s) => s.period).length,
    ABOUT_OFFERING: data.facts.filter((f) => f.offering).length,
    HAS_AMOUNT: nodes.Amount!,
    COMPARES: nodes.Comparison!,
    BASE_PERIOD: nodes.Comparison!,
    EXPLAINS: nodes.Explanation!,
    REPORTS: data.facts.length,
    DERIVED_FROM: data.facts.reduce((n, f) => n + (f.derivation?.from.length ?? 0), 0),
    BY_COMPANY: data.statements.length,
    ABOUT: data.statements.reduce((n, s) => n + s.about.length, 0),
    PERIOD_OF: periodKeys.size,
    SOURCED_FROM: entitySourcedFrom + data.facts.length,
    CUSTOMER_OF: relationshipsOfType('CUSTOMER_OF'),
    COMPETES_WITH: relationshipsOfType('COMPETES_WITH'),
    INVESTS_IN: relationshipsOfType('INVESTS_IN'),
    CANCELLED_CONTRACTS_WITH: relationshipsOfType('CANCELLED_CONTRACTS_WITH'),
    TARGETS: relationshipsOfType('TARGETS'),
    SUBSCRIBES_TO: relationshipsOfType('SUBSCRIBES_TO'),
  };
  return { nodes, relationships };
}

describe('IIJ graph: counts', () => {
  it('has exactly the nodes per label that the fact file implies', async () => {
    const actual = await countsBy('MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n');
    expect(actual).toEqual(expectedCounts(file).nodes);
  });

  it('has exactly the relationships per type that the fact file implies', async () => {
    const actual = await countsBy('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n');
    expect(actual).toEqual(expectedCounts(file).relationships);
  });

  it('pins the totals: 256 nodes, 422 relationships, 122 sources, 76 SOURCED_FROM edges, 40 entities', async () => {
    const totals = await one(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (s:Source) RETURN count(s) AS sources }
       CALL () { MATCH ()-[r:SOURCED_FROM]->() RETURN count(r) AS sourcedFrom }
       CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       RETURN nodes, relationships, sources, sourcedFrom, entities`,
    );
    expect(totals).toEqual({ nodes: 256, relationships: 422, sources: 122, sourcedFrom: 76, entities: 40 });
  });

  it('pins the per-label counts of the IIJ document', async () => {
    const actual = await countsBy('MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n');
    expect(actual).toMatchObject({
      Company: 15,
      BusinessLine: 7,
      Service: 9,
      DataCenter: 2,
      Segment: 2,
      Award: 1,
      AwardCategory: 4,
      Offering: 16,
      Section: 17,
      Period: 5,
      FinancialFact: 12,
      FactReport: 12,
      Amount: 14,
      Comparison: 4,
      Explanation: 2,
      CrossSellRate: 3,
      Ranking: 2,
      Statement: 22,
    });
  });
});

describe('IIJ graph: every organisation, offering, place and award the text names', () => {
  const cases: [label: string, id: string, name: string][] = [
    ['Company', 'iij', 'Internet Initiative Japan Inc.'],
    ['Company', 'crosswave', 'Crosswave'],
    ['Company', 'us-sec', 'United States Securities and Exchange Commission'],
    ['Company', 'nikkei-communications', 'Nikkei Communications'],
    ['Company', 'ntt-communications', 'NTT Communications'],
    ['Company', 'kddi', 'KDDI'],
    ['Company', 'japan-telecom', 'Japan Telecom'],
    ['Company', 'powered-com', 'Powered Com'],
    ['Company', 'nec', 'NEC'],
    ['Company', 'nifty', 'Nifty'],
    ['Company', 'ntt', 'NTT'],
    ['Company', 'ricoh', 'Ricoh'],
    ['Company', 'bb-excite', 'BB Excite'],
    ['Company', 'plala', 'Plala'],
    ['Company', 'regional-electric-power-telecom-arms', 'Telecom service arms of regional electric power companies'],
    ['BusinessLine', 'iij/connectivity', 'Internet connectivity'],
    ['BusinessLine', 'iij/dedicated-access', 'Dedicated Access services'],
    ['BusinessLine', 'iij/dialup-access', 'Dial-up access services'],
    ['BusinessLine', 'iij/systems-integration', 'System Integration services (SI)'],
    ['BusinessLine', 'iij/vas', 'VAS'],
    ['BusinessLine', 'iij/equipment-sales', 'Equipment Sales'],
    ['BusinessLine', 'iij/others', 'Others'],
    ['Service', 'iij/fiberaccess-f', 'IIJ FiberAccess/F'],
    ['Service', 'iij/cdn-platform', 'IIJ CDN platform'],
    ['Service', 'iij/broadband-oem', 'Broadband OEM service'],
    ['Service', 'iij/vpn-standard', 'IIJ VPN Standard'],
    ['Service', 'iij/resource-on-demand-dc', 'Resource on Demand DC service'],
    ['Service', 'iij/large-scale-gateway', 'Large-scale gateway solutions'],
    ['Service', 'iij/seil-neu-atm', 'SEIL/neu ATM'],
    ['Service', 'iij/data-center-service', 'Data center service'],
    ['Service', 'iij/internet-data-center-connectivity', 'IIJ Internet Data Center connectivity'],
    ['DataCenter', 'iij/yokohama-1', 'Yokohama 1 Data Center'],
    ['DataCenter', 'iij/saitama-1', 'Saitama 1 Data Center'],
    ['Segment', 'iij/top-150-customers', "IIJ's Top 150 Customers"],
    ['Segment', 'iij/catv-operators', 'CATV operators'],
    ['Award', 'nikkei-best-provider-2002', 'Best Provider 2002'],
    ['AwardCategory', 'nikkei-best-provider-2002/broadband', 'Broadband Service'],
    ['AwardCategory', 'nikkei-best-provider-2002/dedicated-access', 'Dedicated Access'],
    ['AwardCategory', 'nikkei-best-provider-2002/dialup-access', 'Dialup Access'],
    ['AwardCategory', 'nikkei-best-provider-2002/hosting-housing', 'Hosting and Housing Service'],
  ];

  it.each(cases)('has the %s %s named "%s"', async (label, id, name) => {
    const row = await one(`MATCH (n:${label} {id: $id}) RETURN n.name AS name, 'Entity' IN labels(n) AS entity`, {
      id,
    });
    expect(row).toEqual({ name, entity: true });
  });

  it('has no entity beyond those named in the text', async () => {
    const ids = (await rows('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')).map((r) => r.id);
    expect(ids).toEqual(cases.map(([, id]) => id).sort());
  });

  it('labels business lines and services, and only them, as :Offering', async () => {
    const offerings = await rows('MATCH (o:Offering) RETURN o.id AS id, labels(o) AS labels');
    expect(offerings).toHaveLength(16);
    for (const o of offerings) {
      expect(o.labels, String(o.id)).toEqual(expect.arrayContaining(['Entity', 'Offering']));
      expect(
        (o.labels as string[]).some((l) => l === 'BusinessLine' || l === 'Service'),
        String(o.id),
      ).toBe(true);
    }
  });
});

describe('IIJ graph: the company and its calendar', () => {
  it('stores IIJ as a Japanese company whose fiscal year ends 31 March and is named by its start year', async () => {
    const row = await one(
      `MATCH (c:Company {id: 'iij'})
       RETURN c.shortName AS shortName, c.kind AS kind, c.country AS country, c.fiscalYearEnd AS fye,
              c.fiscalYearNamedBy AS namedBy`,
    );
    expect(row).toEqual({ shortName: 'IIJ', kind: 'company', country: 'JP', fye: '03-31', namedBy: 'start-year' });
  });

  it('keeps the OCR spellings that clearly denote IIJ as aliases, and drops the loose fragments IJ, I3 and 11)', async () => {
    const { aliases, aliasText } = await one(
      "MATCH (c:Company {id: 'iij'}) RETURN c.aliases AS aliases, c.aliasText AS aliasText",
    );
    expect(aliases).toEqual(
      expect.arrayContaining(['11J', 'I1J', '113', '[1J', '1IJ', 'lIJ', '[IJ', '[1IJ', 'Intarnet Initiative Japan']),
    );
    for (const loose of ['IJ', 'I3', '11)', '1)']) expect(aliases).not.toContain(loose);
    expect(aliasText).toBe((aliases as string[]).join(' '));
  });

  it('finds IIJ through the full-text index by an OCR variant, but not by the bare number 11', async () => {
    const hits = await rows("CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id", {
      q: '113',
    });
    expect(hits.map((h) => h.id)).toContain('iij');
    const eleven = await rows("CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id", {
      q: '11',
    });
    expect(eleven).toEqual([]);
  });

  it('stores the SEC as a US regulator, Nikkei Communications as a publisher, and the power-company telecom arms as a group', async () => {
    const kinds = await rows(
      `MATCH (c:Company) WHERE c.id IN ['us-sec', 'nikkei-communications', 'regional-electric-power-telecom-arms']
       RETURN c.id AS id, c.kind AS kind, c.country AS country ORDER BY id`,
    );
    expect(kinds).toEqual([
      { id: 'nikkei-communications', kind: 'publisher', country: null },
      { id: 'regional-electric-power-telecom-arms', kind: 'group', country: null },
      { id: 'us-sec', kind: 'regulator', country: 'US' },
    ]);
  });

  it("places IIJ's five periods on the April–March calendar, each linked to IIJ", async () => {
    const periods = await rows(
      `MATCH (p:Period)-[:PERIOD_OF]->(:Company {id: 'iij'})
       RETURN p.id AS id, p.label AS label, p.kind AS kind, p.startDate AS start, p.endDate AS end ORDER BY start, end`,
    );
    expect(periods).toEqual([
      { id: 'iij/fy2001-q3', label: '3Q01', kind: 'quarter', start: '2001-10-01', end: '2001-12-31' },
      { id: 'iij/fy2002', label: 'FY2002', kind: 'fiscal-year', start: '2002-04-01', end: '2003-03-31' },
      { id: 'iij/fy2002-q2', label: '2Q02', kind: 'quarter', start: '2002-07-01', end: '2002-09-30' },
      { id: 'iij/fy2002-q3', label: '3Q02', kind: 'quarter', start: '2002-10-01', end: '2002-12-31' },
      { id: 'iij/fy2002-q4', label: '4Q02', kind: 'quarter', start: '2003-01-01', end: '2003-03-31' },
    ]);
  });

  it('records the document as IIJ-issued, reporting on 3Q02, with its 17 sections in slide order', async () => {
    const doc = await one(
      "MATCH (d:Document {id: 'iij-2002-q3-results'}) RETURN d.issuer AS issuer, d.reportsOn AS reportsOn, d.kind AS kind",
    );
    expect(doc).toEqual({ issuer: 'iij', reportsOn: 'iij/fy2002-q3', kind: 'investor-presentation' });
    const sections = await rows(
      `MATCH (s:Section)-[:PART_OF_DOCUMENT]->(:Document {id: 'iij-2002-q3-results'})
       RETURN s.key AS key, s.position AS position, s.number AS number ORDER BY position`,
    );
    expect(sections.map((s) => s.key)).toEqual([
      'disclaimer',
      'highlights',
      'revenue-growth',
      'revenue-growth-full-fiscal',
      'revenue-portfolio',
      'top-150-customers',
      'connectivity-vas-1',
      'connectivity-vas-2',
      'systems-integration',
      'equipment-sales',
      'operating-profit',
      'cdn',
      'data-centers',
      'award-broadband',
      'award-dedicated-access',
      'award-dialup-access',
      'award-hosting-housing',
    ]);
    expect(sections.filter((s) => s.number !== null)).toEqual([{ key: 'data-centers', position: 12, number: 13 }]);
  });
});

describe('IIJ graph: 3Q02 results', () => {
  it('has 3Q02 revenue of JPY 10.6 billion and USD 89.0 million, actual, for October–December 2002', async () => {
    const f = await fact('iij/revenue/fy2002-q3');
    expect(f).toMatchObject({
      company: 'iij',
      metric: 'revenue',
      basis: 'actual',
      approximate: false,
      offering: null,
      period: '3Q02',
      start: '2002-10-01',
      end: '2002-12-31',
    });
    expect(f.amounts).toEqual([
      expect.objectContaining({ unit: 'JPY', scale: 'billion', value: 10.6, baseValue: 10.6e9 }),
      expect.objectContaining({ unit: 'USD', scale: 'million', value: 89, baseValue: 89e6 }),
    ]);
    expect(f.quote).toContain('Total revenues totaled JPY10.6 billion($89.0 million)');
  });

  it('compares 3Q02 revenue +6.3% YoY against 3Q01 and unchanged QoQ against 2Q02', async () => {
    expect(await comparisons('iij/revenue/fy2002-q3')).toEqual([
      expect.objectContaining({
        kind: 'qoq',
        direction: 'unchanged',
        // "Unchanged" is stored with its figure: no change.
        change: 0,
        changeUnit: 'percent',
        base: '2Q02',
        baseStart: '2002-07-01',
        baseEnd: '2002-09-30',
      }),
      expect.objectContaining({
        kind: 'yoy',
        direction: 'increase',
        change: 6.3,
        changeUnit: 'percent',
        base: '3Q01',
        baseStart: '2001-10-01',
        baseEnd: '2001-12-31',
      }),
    ]);
  });

  it('has a 3Q02 operating loss of JPY 567 million, stored as -567 million', async () => {
    const f = await fact('iij/operating-income/fy2002-q3');
    expect(f).toMatchObject({ metric: 'operatingIncome', basis: 'actual', period: '3Q02' });
    expect(f.amounts).toEqual([
      expect.objectContaining({ unit: 'JPY', scale: 'million', value: -567, baseValue: -567e6 }),
    ]);
  });

  it('has 3Q01 operating profit of JPY 151 million and a 2Q02 operating loss of JPY 194 million', async () => {
    const q301 = await fact('iij/operating-income/fy2001-q3');
    const q202 = await fact('iij/operating-income/fy2002-q2');
    expect([q301.period, q301.amounts]).toEqual(['3Q01', [expect.objectContaining({ value: 151, unit: 'JPY' })]]);
    expect([q202.period, q202.amounts]).toEqual(['2Q02', [expect.objectContaining({ value: -194, unit: 'JPY' })]]);
    expect(q202.quote).toBe('a JPY194 million operating loss in 2Q02)');
  });

  it('compares the 3Q02 operating result as a decrease QoQ (vs 2Q02) and YoY (vs 3Q01), with no change figure', async () => {
    const result = await comparisons('iij/operating-income/fy2002-q3');
    expect(result.map((c) => [c.kind, c.direction, c.change, c.base])).toEqual([
      ['qoq', 'decrease', null, '2Q02'],
      ['yoy', 'decrease', null, '3Q01'],
    ]);
    expect(result[0]!.quote).toBe('Operating loss temporarily expanded');
  });

  it('explains the operating loss by investments in network infrastructure for broadband traffic', async () => {
    const explanations = await rows(
      `MATCH (x:Explanation)-[:EXPLAINS]->(:FactReport)-[:REPORTS]->(:FinancialFact {id: 'iij/operating-income/fy2002-q3'})
       MATCH (s:Source {id: x.sourceId}) RETURN x.text AS text, s.quote AS quote`,
    );
    expect(explanations).toHaveLength(1);
    expect(explanations[0]!.text).toMatch(/reinforce network infrastructure for broadband traffic/);
    expect(explanations[0]!.quote).toBe(
      'Loss primarily a result of the investments needed to reinforce network infrastructure for broadband traffic.',
    );
  });

  it('has 3Q02 adjusted EBITDA of JPY 349 million', async () => {
    const f = await fact('iij/adjusted-ebitda/fy2002-q3');
    expect(f).toMatchObject({ metric: 'adjustedEbitda', basis: 'actual', period: '3Q02', approximate: false });
    expect(f.amounts).toEqual([expect.objectContaining({ unit: 'JPY', scale: 'million', value: 349 })]);
    expect(f.quote).toBe('Adjusted EBITDA was JPY349 million.');
  });

  it('has 3Q02 contracted bandwidth of 30.3 Gbps for dedicated access', async () => {
    const f = await fact('iij/dedicated-access/contracted-bandwidth/fy2002-q3');
    expect(f).toMatchObject({ metric: 'contractedBandwidth', offering: 'iij/dedicated-access', period: '3Q02' });
    expect(f.amounts).toEqual([expect.objectContaining({ unit: 'Gbps', scale: 'one', value: 30.3, baseValue: 30.3 })]);
  });

  it('marks the third quarter above JPY 10 billion as a 3Q02 milestone about the revenue fact', async () => {
    const s = await one(
      `MATCH (s:Statement {id: 'iij/statement/fy2002-q3-revenue-above-10-billion'})-[:FOR_PERIOD]->(p:Period)
       MATCH (s)-[:ABOUT]->(f:FinancialFact) MATCH (s)-[:BY_COMPANY]->(c:Company)
       RETURN s.kind AS kind, p.label AS period, f.id AS about, c.id AS company`,
    );
    expect(s).toEqual({ kind: 'milestone', period: '3Q02', about: 'iij/revenue/fy2002-q3', company: 'iij' });
  });
});

describe('IIJ graph: guidance', () => {
  it('guides 4Q02 revenue to JPY 12.5–13.0 billion and USD 105.3–109.5 million (January–March 2003)', async () => {
    const f = await fact('iij/revenue/fy2002-q4/guidance');
    expect(f).toMatchObject({ basis: 'guidance', period: '4Q02', start: '2003-01-01', end: '2003-03-31' });
    expect(f.amounts).toEqual([
      expect.objectContaining({
        unit: 'JPY',
        scale: 'billion',
        value: null,
        low: 12.5,
        high: 13,
        baseLow: 12.5e9,
        baseHigh: 13e9,
      }),
      expect.objectContaining({ unit: 'USD', scale: 'million', low: 105.3, high: 109.5 }),
    ]);
  });

  it('guides FY2002 revenue to JPY 43.5–44.0 billion (April 2002 – March 2003)', async () => {
    const f = await fact('iij/revenue/fy2002/guidance');
    expect(f).toMatchObject({ basis: 'guidance', period: 'FY2002', start: '2002-04-01', end: '2003-03-31' });
    expect(f.amounts).toEqual([
      expect.objectContaining({ unit: 'JPY', scale: 'billion', low: 43.5, high: 44, bound: null }),
    ]);
  });

  it('guides FY2002 revenue growth to approximately 10%', async () => {
    const f = await fact('iij/revenue-growth/fy2002/guidance');
    expect(f).toMatchObject({ metric: 'revenueGrowth', basis: 'guidance', approximate: true, period: 'FY2002' });
    expect(f.amounts).toEqual([expect.objectContaining({ unit: 'percent', value: 10 })]);
  });

  it('guides 4Q02 systems-integration revenue to more than JPY 5 billion, driven by contracts over JPY 300 million', async () => {
    const f = await fact('iij/systems-integration/revenue/fy2002-q4/guidance');
    expect(f).toMatchObject({
      metric: 'revenue',
      basis: 'guidance',
      offering: 'iij/systems-integration',
      period: '4Q02',
    });
    expect(f.amounts).toEqual([
      expect.objectContaining({ unit: 'JPY', scale: 'billion', low: 5, high: null, bound: 'more-than', baseLow: 5e9 }),
    ]);
    const [x] = await rows(
      "MATCH (x:Explanation)-[:EXPLAINS]->(:FactReport)-[:REPORTS]->(:FinancialFact {id: 'iij/systems-integration/revenue/fy2002-q4/guidance'}) RETURN x.text AS text",
    );
    expect(x?.text).toMatch(/in excess of JPY300 million/);
  });

  it('states that 4Q02 revenue would be the highest in IIJ history and that operating profit should improve', async () => {
    const expectations = await rows(
      `MATCH (s:Statement {kind: 'expectation'})-[:FOR_PERIOD]->(p:Period)
       RETURN s.id AS id, p.label AS period ORDER BY id`,
    );
    expect(expectations).toEqual([
      { id: 'iij/statement/fy2002-q4-operating-profit-improvement', period: '4Q02' },
      { id: 'iij/statement/fy2002-q4-revenue-record', period: '4Q02' },
    ]);
  });
});

describe('IIJ graph: derived facts', () => {
  it('derives 3Q01 revenue ≈ JPY 9.97 billion from 3Q02 revenue and +6.3% YoY', async () => {
    const f = await fact('iij/revenue/fy2001-q3/derived');
    expect(f).toMatchObject({ basis: 'derived', approximate: true, period: '3Q01' });
    expect(f.formula).toContain('10.6 / 1.063');
    expect(f.amounts).toEqual([expect.objectContaining({ unit: 'JPY', scale: 'billion', value: 9.97 })]);
    const from = await rows(
      "MATCH (:FinancialFact {id: 'iij/revenue/fy2001-q3/derived'})<-[:REPORTS]-(:FactReport)-[:DERIVED_FROM]->(g) RETURN g.id AS id",
    );
    expect(from).toEqual([{ id: 'iij/revenue/fy2002-q3' }]);
  });

  it('derives 2Q02 revenue = JPY 10.6 billion from "unchanged from 2Q02"', async () => {
    const f = await fact('iij/revenue/fy2002-q2/derived');
    expect(f).toMatchObject({ basis: 'derived', approximate: true, period: '2Q02' });
    expect(f.amounts).toEqual([expect.objectContaining({ value: 10.6, unit: 'JPY' })]);
    expect(f.quote).toBe('an increase of 6.3% YoY, and unchanged from 2Q02');
  });

  it('gives a formula and DERIVED_FROM edges to every derived fact and to no other fact', async () => {
    const facts = await rows(
      `MATCH (f:FinancialFact)<-[:REPORTS]-(r:FactReport) OPTIONAL MATCH (r)-[:DERIVED_FROM]->(g)
       RETURN f.id AS id, f.basis AS basis, r.formula IS NOT NULL AS hasFormula, count(g) AS from`,
    );
    expect(facts).toHaveLength(file.facts.length);
    for (const f of facts) {
      const derived = f.basis === 'derived';
      expect(f.hasFormula, String(f.id)).toBe(derived);
      expect(Number(f.from) > 0, String(f.id)).toBe(derived);
    }
    expect(facts.filter((f) => f.basis === 'derived')).toHaveLength(2);
  });
});

describe('IIJ graph: offerings', () => {
  it('launched SEIL/neu ATM in November 2002, in the equipment-sales line', async () => {
    const s = await one("MATCH (s:Service {id: 'iij/seil-neu-atm'}) RETURN s.launched AS launched");
    expect(s.launched).toBe('2002-11');
    expect(await related('IN_LINE', 'iij/seil-neu-atm')).toEqual(['iij/equipment-sales']);
    expect(await related('OFFERED_BY', 'iij/seil-neu-atm')).toEqual(['iij']);
  });

  it('sells FiberAccess/F at 10–100 Mbps within Internet connectivity', async () => {
    const s = await one(
      "MATCH (s:Service {id: 'iij/fiberaccess-f'}) RETURN s.bandwidthMin AS min, s.bandwidthMax AS max, s.bandwidthUnit AS unit",
    );
    expect(s).toEqual({ min: 10, max: 100, unit: 'Mbps' });
    expect(await related('IN_LINE', 'iij/fiberaccess-f')).toEqual(['iij/connectivity']);
  });

  it('builds the broadband OEM service on the CDN platform, both launched in 2002', async () => {
    expect(await related('BUILT_ON', 'iij/broadband-oem')).toEqual(['iij/cdn-platform']);
    const launched = await rows(
      "MATCH (s:Service) WHERE s.id IN ['iij/broadband-oem', 'iij/cdn-platform', 'iij/vpn-standard'] RETURN s.launched AS l",
    );
    expect(launched.map((r) => r.l)).toEqual(['2002', '2002', '2002']);
  });

  it('groups dedicated and dial-up access under Internet connectivity, and data center service under VAS', async () => {
    const parts = await rows(
      "MATCH (l:BusinessLine)-[:PART_OF]->(p:BusinessLine {id: 'iij/connectivity'}) RETURN l.id AS id ORDER BY id",
    );
    expect(parts.map((r) => r.id)).toEqual(['iij/dedicated-access', 'iij/dialup-access']);
    expect(await related('IN_LINE', 'iij/data-center-service')).toEqual(['iij/vas']);
    const lines = await rows("MATCH (l:BusinessLine)-[:LINE_OF]->(:Company {id: 'iij'}) RETURN count(l) AS n");
    expect(lines[0]!.n).toBe(7);
  });
});

describe('IIJ graph: data centers', () => {
  it('describes Yokohama 1: Yokohama, Kanagawa, 19,420.15 m², B1F 3F Tower 2F, quake-absorbing steel frame, 1 ton/', async () => {
    const dc = await one(
      `MATCH (d:DataCenter {id: 'iij/yokohama-1'})-[:OPERATED_BY]->(c:Company)
       RETURN d { .city, .prefecture, .floorSpaceM2, .floors, .structure, .floorLoadValue, .floorLoadUnit } AS d,
              c.id AS operator`,
    );
    expect(dc).toEqual({
      operator: 'iij',
      d: {
        city: 'Yokohama',
        prefecture: 'Kanagawa',
        floorSpaceM2: 19420.15,
        floors: 'B1F 3F Tower 2F',
        structure: 'Steel frame, quake-absorbing structure',
        floorLoadValue: 1,
        floorLoadUnit: 'ton/',
      },
    });
  });

  it('describes Saitama 1: Kawaguchi, Saitama, 14,143.10 m², 9F Tower 2F, quake-resistant + quake-absorbing', async () => {
    const dc = await one(
      `MATCH (d:DataCenter {id: 'iij/saitama-1'})-[:OPERATED_BY]->(c:Company)
       RETURN d { .city, .prefecture, .floorSpaceM2, .floors, .structure, .floorLoadValue } AS d, c.id AS operator`,
    );
    expect(dc).toEqual({
      operator: 'iij',
      d: {
        city: 'Kawaguchi',
        prefecture: 'Saitama',
        floorSpaceM2: 14143.1,
        floors: '9F Tower 2F',
        structure: 'Steel frame, quake-resistant + quake-absorbing structure',
        floorLoadValue: 1,
      },
    });
  });

  it('cites each data-center field with the table row it was read from', async () => {
    const cited = await rows(
      `MATCH (d:DataCenter)-[r:SOURCED_FROM]->(s:Source)
       UNWIND r.fields AS field
       WITH d, field, s WHERE field IN ['city', 'floorSpaceM2']
       RETURN d.id AS id, field, s.quote AS quote ORDER BY id, field`,
    );
    expect(cited).toEqual([
      { id: 'iij/saitama-1', field: 'city', quote: 'Place Kawaguchi-city Saitama pref.' },
      { id: 'iij/saitama-1', field: 'floorSpaceM2', quote: 'Floor space 14,143.10' },
      { id: 'iij/yokohama-1', field: 'city', quote: 'Place Yokohama-city Kanagawa pref.' },
      { id: 'iij/yokohama-1', field: 'floorSpaceM2', quote: 'Floor space 19,420.15 term' },
    ]);
  });
});

describe('IIJ graph: customers and cross-selling', () => {
  it('reports cross-selling rates of 67% (VAS), 53% (SI) and 25% (DC) among the top 150 customers at December 2002', async () => {
    const rates = await rows(
      `MATCH (r:CrossSellRate)-[:FOR_SEGMENT]->(s:Segment)
       MATCH (r)-[:OFFERING_A]->(a:Offering) MATCH (r)-[:OFFERING_B]->(b:Offering)
       RETURN s.id AS segment, a.id AS a, b.id AS b, r.ratePercent AS rate, r.asOf AS asOf, r.basis AS basis
       ORDER BY rate DESC`,
    );
    const common = { segment: 'iij/top-150-customers', a: 'iij/connectivity', asOf: '2002-12', basis: 'reported' };
    expect(rates).toEqual([
      { ...common, b: 'iij/vas', rate: 67 },
      { ...common, b: 'iij/systems-integration', rate: 53 },
      { ...common, b: 'iij/data-center-service', rate: 25 },
    ]);
  });

  it('gives the top 150 customers 50% of revenues at December 2002', async () => {
    const seg = await one(
      `MATCH (s:Segment {id: 'iij/top-150-customers'})-[:SEGMENT_OF]->(c:Company)
       MATCH (s)-[r:SOURCED_FROM]->(src:Source) WHERE 'revenueSharePercent' IN r.fields
       RETURN s.kind AS kind, s.size AS size, s.revenueSharePercent AS share, s.revenueShareAsOf AS asOf,
              c.id AS company, src.quote AS quote`,
    );
    expect(seg).toEqual({
      kind: 'top-customers',
      size: 150,
      share: 50,
      asOf: '2002-12',
      company: 'iij',
      quote: '50% from / [1J°s Top 150 Customers Revenues at December 2002',
    });
  });

  it('has Ricoh, BB Excite and Plala as customers of IIJ, the latter two on the CDN platform', async () => {
    const customers = await rows(
      "MATCH (c:Company)-[:CUSTOMER_OF]->(:Company {id: 'iij'}) RETURN c.id AS id ORDER BY id",
    );
    expect(customers.map((r) => r.id)).toEqual(['bb-excite', 'plala', 'ricoh']);
    expect(await related('SUBSCRIBES_TO', 'bb-excite')).toEqual(['iij/cdn-platform']);
    expect(await related('SUBSCRIBES_TO', 'plala')).toEqual(['iij/cdn-platform']);
    expect(await related('SUBSCRIBES_TO', 'ricoh')).toEqual(['iij/large-scale-gateway']);
  });

  it('records the contract cancellations by the power companies’ telecom arms against IIJ', async () => {
    expect(await related('CANCELLED_CONTRACTS_WITH', 'regional-electric-power-telecom-arms')).toEqual(['iij']);
  });

  it('records that IIJ targets CATV operators and invests in Crosswave, citing the text', async () => {
    expect(await related('TARGETS', 'iij')).toEqual(['iij/catv-operators']);
    const invest = await one(
      `MATCH (:Company {id: 'iij'})-[r:INVESTS_IN]->(c:Company {id: 'crosswave'})
       MATCH (s:Source {id: r.sourceId}) RETURN r.documentId AS doc, s.quote AS quote`,
    );
    expect(invest).toEqual({ doc: 'iij-2002-q3-results', quote: "the success of 11J's investments in Crosswave" });
  });

  it('has IIJ compete with the seven other providers ranked in dedicated or dial-up access', async () => {
    expect(await related('COMPETES_WITH', 'iij')).toEqual([
      'japan-telecom',
      'kddi',
      'nec',
      'nifty',
      'ntt',
      'ntt-communications',
      'powered-com',
    ]);
  });
});

describe('IIJ graph: Best Provider 2002 award', () => {
  it('is published by Nikkei Communications in December 2002 with four categories', async () => {
    const award = await one(
      `MATCH (a:Award {id: 'nikkei-best-provider-2002'})-[:PUBLISHED_BY]->(p:Company)
       RETURN a.edition AS edition, a.published AS published, p.id AS publisher`,
    );
    expect(award).toEqual({ edition: '2002', published: '2002-12', publisher: 'nikkei-communications' });
    const categories = await rows(
      "MATCH (c:AwardCategory)-[:CATEGORY_OF]->(:Award {id: 'nikkei-best-provider-2002'}) RETURN c.name AS name ORDER BY name",
    );
    expect(categories.map((c) => c.name)).toEqual([
      'Broadband Service',
      'Dedicated Access',
      'Dialup Access',
      'Hosting and Housing Service',
    ]);
  });

  it('was won by IIJ in broadband, dedicated access and dial-up access, but not (legibly) in hosting', async () => {
    const won = await rows(
      "MATCH (:Company {id: 'iij'})-[w:WON]->(c:AwardCategory) RETURN c.id AS id, w.sourceId IS NOT NULL AS sourced ORDER BY id",
    );
    expect(won).toEqual([
      { id: 'nikkei-best-provider-2002/broadband', sourced: true },
      { id: 'nikkei-best-provider-2002/dedicated-access', sourced: true },
      { id: 'nikkei-best-provider-2002/dialup-access', sourced: true },
    ]);
  });

  it('lists five dedicated-access entries, IIJ included, all with unknown positions', async () => {
    const entries = await rows(
      `MATCH (r:Ranking)-[:IN_CATEGORY]->(:AwardCategory {id: 'nikkei-best-provider-2002/dedicated-access'})
       MATCH (r)-[e:LISTS]->(c:Company)
       RETURN r.entriesListed AS listed, r.scope AS scope, c.id AS company, e.position AS position,
              e.positionKnown AS known, e.documentId AS doc ORDER BY company`,
    );
    expect(entries.map((e) => e.company)).toEqual([
      'iij',
      'japan-telecom',
      'kddi',
      'ntt-communications',
      'powered-com',
    ]);
    for (const e of entries) {
      expect(e).toMatchObject({
        listed: 5,
        scope: 'unknown',
        position: null,
        known: false,
        doc: 'iij-2002-q3-results',
      });
    }
  });

  it('lists six dial-up entries (NEC, Nifty, NTT Communications, KDDI, Japan Telecom, NTT) without positions or IIJ', async () => {
    const entries = await rows(
      `MATCH (r:Ranking)-[:IN_CATEGORY]->(:AwardCategory {id: 'nikkei-best-provider-2002/dialup-access'})
       MATCH (r)-[e:LISTS]->(c:Company)
       RETURN r.entriesListed AS listed, c.id AS company, e.position AS position, e.positionKnown AS known
       ORDER BY company`,
    );
    expect(entries.map((e) => e.company)).toEqual([
      'japan-telecom',
      'kddi',
      'nec',
      'nifty',
      'ntt',
      'ntt-communications',
    ]);
    expect(entries.every((e) => e.listed === 6 && e.position === null && e.known === false)).toBe(true);
  });

  it('has no ranking for the broadband and hosting categories, whose entries are illegible', async () => {
    const rankings = await rows('MATCH (r:Ranking)-[:IN_CATEGORY]->(c:AwardCategory) RETURN c.id AS id ORDER BY id');
    expect(rankings.map((r) => r.id)).toEqual([
      'nikkei-best-provider-2002/dedicated-access',
      'nikkei-best-provider-2002/dialup-access',
    ]);
  });
});

describe('IIJ graph: provenance', () => {
  it('marks every fact report SOURCED_FROM with fields ["*"] and the document id', async () => {
    const edges = await rows(
      'MATCH (:FinancialFact)<-[:REPORTS]-(:FactReport)-[r:SOURCED_FROM]->(:Source) RETURN r.fields AS fields, r.documentId AS doc',
    );
    expect(edges).toHaveLength(file.facts.length);
    for (const e of edges) expect(e).toEqual({ fields: ['*'], doc: 'iij-2002-q3-results' });
  });

  it('places every Source in a Section of the IIJ document', async () => {
    const orphans = await rows(
      `MATCH (s:Source) WHERE NOT (s)-[:IN_SECTION]->(:Section)-[:PART_OF_DOCUMENT]->(:Document {id: 'iij-2002-q3-results'})
       RETURN s.id AS id`,
    );
    expect(orphans).toEqual([]);
  });

  it('lists eight risk factors from the disclaimer, one about Crosswave', async () => {
    const risks = await rows(
      `MATCH (s:Statement {kind: 'risk'}) MATCH (src:Source {id: s.sourceId})-[:IN_SECTION]->(sec:Section)
       OPTIONAL MATCH (s)-[:ABOUT]->(e:Entity)
       RETURN s.id AS id, sec.key AS section, collect(e.id) AS about`,
    );
    expect(risks).toHaveLength(8);
    expect(risks.every((r) => r.section === 'disclaimer')).toBe(true);
    expect(risks.find((r) => r.id === 'iij/statement/risk-crosswave-investment')?.about).toEqual(['crosswave']);
  });
});
