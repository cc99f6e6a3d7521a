import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findAmounts,
  readingCopy,
  groupsBySpaces,
  repairOcrDigits,
  statedDollar,
  withCommaGroups,
} from '../../src/extract/amountMentions.js';
import { CompanyMatcher, candidateCompanies, issuerFromText, ocrVariants } from '../../src/extract/companyMentions.js';
import { compareDraft } from '../../src/extract/compareDraft.js';
import { splitSections } from '../../src/extract/documentSections.js';
import { draftDocument, draftYaml, measureDraft, validateDraft } from '../../src/extract/draftFile.js';
import { businessLineName, draftSentence, type DraftFact } from '../../src/extract/draftFacts.js';
import { ExtractError, extractDraft } from '../../src/extract/extractDraft.js';
import { findPeriods, learnFiscalCalendar } from '../../src/extract/fiscalPeriods.js';
import { MetricMatcher } from '../../src/extract/metricMentions.js';
import { draftChartLabels } from '../../src/extract/chartLabels.js';
import { draftAmountCellTables, isAmountCellRow } from '../../src/extract/amountCellTables.js';
import { draftGroupedColumnTables } from '../../src/extract/groupedColumnTables.js';
import { draftMetricColumnTables } from '../../src/extract/metricColumnTables.js';
import { draftPeriodColumnTables } from '../../src/extract/periodColumnTables.js';
import { isPeriodLine } from '../../src/extract/periodColumnHeaders.js';
import { cellsOf, cumulativePeriod, rowOf, unitHeader } from '../../src/extract/tableCells.js';
import { withQuarterGroupDates } from '../../src/extract/quarterGroupDates.js';
import { withStatementExtractLines } from '../../src/extract/statementExtractLines.js';
import { withRelativePeriodHeaders } from '../../src/extract/relativePeriodHeaders.js';
import { metricLexicon } from '../../src/model/metricLexicon.js';
import { PROJECT_ROOT } from '../../src/projectRoot.js';
import { periodKey } from '../../src/seed/periods.js';
import type { Amount, PeriodRef } from '../../src/seed/factFileSchema.js';

const metrics = new MetricMatcher(metricLexicon());
const seedDir = path.join(PROJECT_ROOT, 'seed');
const fixtures = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'extract');

/** The draft of a document's text, with no known companies: the issuer is the one the text names. */
const draftOfText = (text: string, documentId: string) =>
  extractDraft(text, { documentFile: 'doc.txt', documentId, known: [], lexicon: metricLexicon() });
/** A drafted fact as the draft file holds it: what the tests of document forms read. */
type DraftedFact = {
  metric: string;
  offering?: string;
  period: PeriodRef;
  basis: string;
  amounts: Amount[];
  approximate?: boolean;
  comparisons?: { basePeriod: PeriodRef; direction: string; change?: { value: number } }[];
};
const draftedFacts = (text: string, documentId: string) => draftOfText(text, documentId).draft.facts as DraftedFact[];
/** Each table fact's period, first value and changes against their bases: what a table of periods states. */
const periodValueAndChanges = (facts: readonly { fact: DraftFact }[]) =>
  facts.map(({ fact }) => [
    periodKey(fact.period),
    fact.amounts[0]!.value,
    fact.comparisons.map((c) => [periodKey(c.basePeriod), c.change?.value]),
  ]);
const amountsOf = (text: string) => findAmounts(text).map(({ start: _s, end: _e, text: _t, ...rest }) => rest);
const draft = (sentence: string, documentPeriod = { fiscalYear: 2005, quarter: 2 }) =>
  draftSentence(sentence, { metrics, calendar: {}, documentPeriod });

describe('amounts', () => {
  it('reads currency, scale, separators, sign and side-by-side currencies', () => {
    expect(amountsOf('JPY10.6 billion($89.0 million)')).toEqual([
      { value: 10.6, scale: 'billion', unit: 'JPY', approximate: false, signed: false },
      { value: 89, scale: 'million', unit: 'USD', approximate: false, signed: false },
    ]);
    expect(amountsOf('JPY 12,407 million (US$ 103.2 million)').map((a) => [a.value, a.unit])).toEqual([
      [12407, 'JPY'],
      [103.2, 'USD'],
    ]);
    expect(amountsOf('a loss of $(2.3) million and ▲12 million yen').map((a) => a.value)).toEqual([-2.3, -12]);
    expect(amountsOf('more than JPY5 bhillion')[0]).toMatchObject({ low: 5, bound: 'more-than', scale: 'billion' });
    expect(amountsOf('approximately 10% YoY')[0]).toMatchObject({ value: 10, unit: 'percent', approximate: true });
  });

  it('reads ranges, one per currency when two are printed side by side', () => {
    expect(amountsOf('between JPY43.5 billion and JPY44.0 billion')).toEqual([
      { low: 43.5, high: 44, scale: 'billion', unit: 'JPY', approximate: false, signed: false },
    ]);
    expect(amountsOf('between JPY12.5 billion ($105.3 million) and JPY13.0 billion ($109.5 million)')).toEqual([
      { low: 12.5, high: 13, scale: 'billion', unit: 'JPY', approximate: false, signed: false },
      { low: 105.3, high: 109.5, scale: 'million', unit: 'USD', approximate: false, signed: false },
    ]);
    expect(amountsOf('JPY 12.5 to 13.0 billion')[0]).toMatchObject({ low: 12.5, high: 13, scale: 'billion' });
  });

  it("reads per-share amounts in a minor unit as printed: pence as GBX, cents as the currency's cents", () => {
    expect(amountsOf('EPS of 9.8p and a dividend of 4.2 pence').map((a) => [a.value, a.unit])).toEqual([
      [9.8, 'GBX'],
      [4.2, 'GBX'],
    ]);
    expect(
      findAmounts('a final dividend of 9.5 cents per share, 1.50 Singapore cents, 12c per share', {
        dollar: 'AUD',
      }).map((a) => [a.value, a.unit]),
    ).toEqual([
      [9.5, 'AUD cents'],
      [1.5, 'SGD cents'],
      [12, 'AUD cents'],
    ]);
  });

  it('leaves bare numbers, period labels and chart axes alone', () => {
    expect(findAmounts('7,000 T 6000 + 1Q00 3Q 1Q01 FY2002 3Q02')).toEqual([]);
  });
});

describe('fiscal periods', () => {
  it('reads labels, OCR damage and sentences', () => {
    const read = (text: string) => findPeriods(text).map((p) => p.period);
    expect(read('3Q02 and 40Q02')).toEqual([
      { fiscalYear: 2002, quarter: 3 },
      { fiscalYear: 2002, quarter: 4 },
    ]);
    expect(read('FY02 9 months accumulated, FY 98')).toEqual([{ fiscalYear: 2002, months: 9 }, { fiscalYear: 1998 }]);
    expect(read('full fiscal 2005')).toEqual([{ fiscalYear: 2005 }]);
    expect(read('the fourth quarter of 2005, Q4 2005')).toEqual([
      { fiscalYear: 2005, quarter: 4 },
      { fiscalYear: 2005, quarter: 4 },
    ]);
    // Months between two month-years (a forecast table's "Full year (April 2025-March 2026)").
    expect(
      findPeriods('April 2025-March 2026, April 2025 to September 2025', {
        fiscalYearEnd: '03-31',
        fiscalYearNamedBy: 'end-year',
      }).map((p) => p.period),
    ).toEqual([{ fiscalYear: 2026 }, { fiscalYear: 2026, months: 6 }]);
    // A Nordic interim report's months by number.
    expect(read('7-9/2025 1-9/2024 1-12/2024')).toEqual([
      { fiscalYear: 2025, quarter: 3 },
      { fiscalYear: 2024, months: 9 },
      { fiscalYear: 2024 },
    ]);
  });

  it('learns how the company names its fiscal years and places dated periods with it', () => {
    const text = 'results for the second quarter of fiscal 2005, the fiscal year ending March 31, 2006.';
    const calendar = learnFiscalCalendar(text);
    expect(calendar).toMatchObject({ fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' });
    expect(
      findPeriods('the second quarter of the fiscal year ending March 31, 2006', calendar).map((p) => p.period),
    ).toEqual([{ fiscalYear: 2005, quarter: 2 }]);
    expect(findPeriods('the nine months ended December 31, 2005', calendar).map((p) => p.period)).toEqual([
      { fiscalYear: 2005, months: 9 },
    ]);
    expect(learnFiscalCalendar('Fiscal 2006 is the fiscal year ending June 30, 2006.')).toMatchObject({
      fiscalYearEnd: '06-30',
      fiscalYearNamedBy: 'end-year',
    });
  });
});

describe('one sentence', () => {
  it("carries a paragraph's opening business line to its later sentences, and reads no defined term as the issuer", () => {
    const text = `Hallowrey Industries, Inc. (NYSE: HWRY) ("Hallowrey" or the "Company"), a maker of valves, pumps, and motors, today reported results for the third quarter ended September 30, 2025.

Flow Control: Net sales were $548.2 million, up 7.6% from $509.6 million in the prior-year quarter. Segment operating profit increased 11.6% to $104.7 million from $93.8 million.

The Company reported record backlog.`;
    const { draft } = draftOfText(text, 'hallowrey');
    expect((draft.companies as { name: string }[])[0]).toMatchObject({ name: 'Hallowrey Industries, Inc.' });
    const facts = draft.facts as { metric: string; offering?: string; amounts: { value: number }[] }[];
    expect(facts.map((f) => [f.metric, f.offering, f.amounts[0]!.value])).toEqual([
      ['revenue', 'hallowrey-industries/flow-control', 548.2],
      ['revenue', 'hallowrey-industries/flow-control', 509.6],
      ['operatingIncome', 'hallowrey-industries/flow-control', 104.7],
      ['operatingIncome', 'hallowrey-industries/flow-control', 93.8],
    ]);
  });

  it('keeps the table\'s "2,413.6" over the prose\'s "2.41 trillion", one fact, the more exact printing', () => {
    const text = `Haneulbit Components Co., Ltd. today announced results for the third quarter of 2025.

For the third quarter, the Company posted revenue of KRW 2.41 trillion.

Consolidated Earnings
(Unit: KRW billion)
                      3Q25        3Q24
Revenue            2,413.6     2,104.3`;
    const { draft } = draftOfText(text, 'haneulbit');
    const facts = draft.facts as { metric: string; period: PeriodRef; amounts: { value: number; scale: string }[] }[];
    expect(facts.filter((f) => f.period.fiscalYear === 2025).map((f) => [f.metric, f.amounts[0]])).toEqual([
      ['revenue', { value: 2413.6, scale: 'billion', unit: 'KRW' }],
    ]);
  });

  it("keeps a business line for the figures joined to its own, and a paragraph's opening line for the sentences after", () => {
    const text = `Corrowdale plc announced its results for the year ended 31 December 2025.

Flow Control revenue increased to £240.9m (2024: £212.8m), with adjusted operating profit of £34.9m (2024: £28.4m).

Rail Systems revenue grew 4.6% to £161.2 million (2024: £154.1 million). Adjusted operating profit was £17.3 million (2024: £16.4 million).

Organic revenue growth was 4.2%, and the business grew 4.7% organically.`;
    const { draft } = draftOfText(text, 'corrowdale');
    const facts = draft.facts as { metric: string; offering?: string; amounts: { value: number }[] }[];
    expect(facts.map((f) => [f.metric, f.offering, f.amounts[0]!.value])).toEqual([
      ['revenue', 'corrowdale/flow-control', 240.9],
      ['revenue', 'corrowdale/flow-control', 212.8],
      ['adjustedOperatingIncome', 'corrowdale/flow-control', 34.9],
      ['adjustedOperatingIncome', 'corrowdale/flow-control', 28.4],
      ['revenue', 'corrowdale/rail-systems', 161.2],
      ['revenue', 'corrowdale/rail-systems', 154.1],
      ['adjustedOperatingIncome', 'corrowdale/rail-systems', 17.3],
      ['adjustedOperatingIncome', 'corrowdale/rail-systems', 16.4],
      ['organicRevenueGrowth', undefined, 4.2],
    ]);
  });

  it('reads an IIJ-style release: quarter labels with FY, wrapped lines, business lines in sentence case and a table by line', () => {
    const text = `Amagumo Networks Inc. announced its results for the second quarter of the fiscal year ending March 31, 2026 ("2Q FY2025").

Revenues
Network services revenues were JPY 7,215 million (US$ 48.5 million), up 4.7% year over year.
Net income attributable to Amagumo Networks was JPY 512 million (US$ 3.4 million), up 21.6%
from JPY 421 million for 2Q FY2024.

Revenues by business line (JPY millions)
                          2Q FY2024   1Q FY2025   2Q FY2025     YoY      QoQ
Systems integration           4,470       4,398       4,632    +3.6%    +5.3%
Total revenues               11,907      12,102      12,407    +4.2%    +2.5%`;
    const { draft } = draftOfText(text, 'amagumo');
    const facts = draft.facts as {
      metric: string;
      offering?: string;
      period: PeriodRef;
      amounts: { value: number; unit: string }[];
    }[];
    const read = facts.map((f) => [
      f.metric,
      f.offering,
      periodKey(f.period),
      f.amounts.map((a) => `${a.value} ${a.unit}`).join(' + '),
    ]);
    expect(read).toEqual(
      expect.arrayContaining([
        ['revenue', 'amagumo-networks/network-services', 'fy2025-q2', '7215 JPY + 48.5 USD'],
        ['netIncome', undefined, 'fy2025-q2', '512 JPY + 3.4 USD'],
        ['netIncome', undefined, 'fy2024-q2', '421 JPY'],
        ['revenue', 'amagumo-networks/systems-integration', 'fy2025-q2', '4632 JPY'],
        ['revenue', 'amagumo-networks/systems-integration', 'fy2024-q2', '4470 JPY'],
        ['revenue', undefined, 'fy2025-q2', '12407 JPY'],
      ]),
    );
  });

  it('reads the name headings under a segment review as business lines', () => {
    const text = `Tsuyuhara Works Co., Ltd. announced its results for the fiscal year ended March 31, 2025.

Results by segment are as follows.

Precision Components

Net sales were ¥78,310 million (up 2.1% year on year), and segment profit was ¥8,215 million (up 4.0% year on year).

Medical Devices

Net sales were ¥45,126 million (up 9.8% year on year).`;
    const { draft } = draftOfText(text, 'tsuyuhara');
    const facts = draft.facts as { metric: string; offering?: string; amounts: { value: number }[] }[];
    expect(facts.map((f) => [f.metric, f.offering, f.amounts[0]!.value])).toEqual([
      ['revenue', 'tsuyuhara-works/precision-components', 78310],
      ['operatingIncome', 'tsuyuhara-works/precision-components', 8215],
      ['revenue', 'tsuyuhara-works/medical-devices', 45126],
    ]);
  });

  it('reads a figure reported in the past tense under an outlook heading as an actual, an expectation as guidance', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2025, quarter: 3 },
      outlook: true,
    };
    const basisOf = (sentence: string) => draftSentence(sentence, ctx).facts.map((f) => [f.metric, f.basis]);
    expect(basisOf('Capital expenditures totalled $96.3 million in the quarter.')).toEqual([
      ['capitalExpenditures', 'actual'],
    ]);
    expect(basisOf('The Company expects capital expenditures of $330 million to $350 million for 2025.')).toEqual([
      ['capitalExpenditures', 'guidance'],
    ]);
    expect(basisOf('Revenue of $1.2 billion to $1.3 billion.')).toEqual([['revenue', 'guidance']]);
  });

  it('reads a second change joined to the first, a balance at a month end without a year, and no section as a line', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2025, quarter: 4 },
    };
    const [profit] = draftSentence('Operating profit rose 18.0% QoQ and 65.6% YoY to KRW 96.4 billion.', ctx).facts;
    expect(profit!.comparisons.map((c) => [c.kind, periodKey(c.basePeriod), c.direction, c.change?.value])).toEqual([
      ['qoq', 'fy2025-q3', 'increase', 18],
      ['yoy', 'fy2024-q4', 'increase', 65.6],
    ]);
    const [debt] = draftSentence('Net debt at the end of June stood at EUR 64.0 million.', {
      ...ctx,
      documentPeriod: { fiscalYear: 2025, months: 6 },
    }).facts;
    expect([debt!.metric, periodKey(debt!.period)]).toEqual(['netDebt', 'fy2025-q2']);
    const [cash] = draftSentence('Cash Flow: Net cash provided by operating activities was $64.3 million.', ctx).facts;
    expect([cash!.metric, cash!.offering]).toEqual(['operatingCashFlow', undefined]);
  });

  it('reads an upgraded guidance range and a base after "on the pcp"', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2026, months: 6 },
      reading: { dollar: 'AUD' },
    };
    const read = (sentence: string) =>
      draftSentence(sentence, ctx).facts.map((f) => [f.metric, periodKey(f.period), f.basis, f.amounts[0]]);
    expect(read('FY26 underlying EBITDA guidance upgraded to A$212m – A$220m (previously A$195m – A$205m)')).toEqual([
      ['adjustedEbitda', 'fy2026', 'guidance', { low: 212, high: 220, scale: 'million', unit: 'AUD' }],
    ]);
    expect(read('Underlying NPAT was A$50.3 million, up 24.8% on the pcp (A$40.3 million).')).toEqual([
      ['adjustedNetIncome', 'fy2026-6m', 'actual', { value: 50.3, scale: 'million', unit: 'AUD' }],
      ['adjustedNetIncome', 'fy2025-6m', 'actual', { value: 40.3, scale: 'million', unit: 'AUD' }],
    ]);
  });

  it('reads net debt as a multiple of EBITDA, adjusted where the words name it', () => {
    const read = (sentence: string) =>
      draft(sentence, { fiscalYear: 2025, quarter: 2 }).facts.map((f) => [
        f.metric,
        f.amounts[0]!.value,
        f.amounts[0]!.unit,
      ]);
    expect(read('Net debt/EBITDA was 1.4x.')).toEqual([['netDebtToEbitda', 1.4, 'x']]);
    expect(read('The Group ended the half with leverage of 1.3 times adjusted EBITDA.')).toEqual([
      ['netDebtToAdjustedEbitda', 1.3, 'x'],
    ]);
    expect(read('Net debt represented 2.7 times trailing twelve-month adjusted EBITDA.')).toEqual([
      ['netDebtToAdjustedEbitda', 2.7, 'x'],
    ]);
    expect(read('Leverage (net debt to adjusted EBITDA) was 0.9x.')).toEqual([['netDebtToAdjustedEbitda', 0.9, 'x']]);
    // A multiple is no amount of a money metric.
    expect(read('Revenue grew 2x.')).toEqual([]);
  });

  it('reads a base printed with no period as the same period a year before, but not a revised target or a dated base', () => {
    const read = (sentence: string) =>
      draft(sentence, { fiscalYear: 2025, quarter: 4 }).facts.map((f) => [
        f.metric,
        periodKey(f.period),
        f.amounts[0]!.value ?? f.amounts[0]!.low,
      ]);
    expect(read('Operating income increased to $214.7 million from $188.9 million.')).toEqual([
      ['operatingIncome', 'fy2025-q4', 214.7],
      ['operatingIncome', 'fy2024-q4', 188.9],
    ]);
    expect(
      read(
        'Net earnings were $148.2 million, or $1.87 per diluted share, compared with $129.5 million, or $1.62 per diluted share, in the year-ago period.',
      ),
    ).toEqual([
      ['netIncome', 'fy2025-q4', 148.2],
      ['earningsPerShare', 'fy2025-q4', 1.87],
      ['netIncome', 'fy2024-q4', 129.5],
      ['earningsPerShare', 'fy2024-q4', 1.62],
    ]);
    // The previous target is no figure of a year before.
    expect(
      read('The company raised its 2025 annual revenue target to KRW 5.5 trillion from KRW 5.3 trillion.'),
    ).toEqual([['revenue', 'fy2025', 5500]]);
  });

  it('ties amounts to metrics, periods, comparisons and base figures', () => {
    const { facts } = draft(
      'Operating loss was JPY567 million vs.JPY151 million of operating profit in 3Q01, and a JPY194 million operating loss in 2Q02)',
      { fiscalYear: 2002, quarter: 3 },
    );
    expect(facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['operatingIncome', { fiscalYear: 2002, quarter: 3 }, -567],
      ['operatingIncome', { fiscalYear: 2001, quarter: 3 }, 151],
      ['operatingIncome', { fiscalYear: 2002, quarter: 2 }, -194],
    ]);
    expect(facts[0]!.comparisons.map((c) => [c.kind, c.basePeriod, c.direction])).toEqual([
      ['yoy', { fiscalYear: 2001, quarter: 3 }, 'decrease'],
      ['qoq', { fiscalYear: 2002, quarter: 2 }, 'decrease'],
    ]);
  });

  it('reads percent changes and their bases, stated or relative', () => {
    const { facts } = draft(
      'Total revenues were JPY 12,407 million (US$ 103.2 million), up 4.2% from 1Q05 and up 11.8% year over year.',
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]!.amounts).toEqual([
      { value: 12407, scale: 'million', unit: 'JPY' },
      { value: 103.2, scale: 'million', unit: 'USD' },
    ]);
    expect(facts[0]!.comparisons.map((c) => [c.kind, c.basePeriod, c.change?.value, c.direction])).toEqual([
      ['qoq', { fiscalYear: 2005, quarter: 1 }, 4.2, 'increase'],
      ['yoy', { fiscalYear: 2004, quarter: 2 }, 11.8, 'increase'],
    ]);
  });

  it('drafts guidance, growth targets and bounds', () => {
    const range = draft(
      'KNI expects total revenues for full fiscal 2005 to be between JPY 49.5 billion and JPY 50.5 billion.',
    );
    expect(range.facts[0]).toMatchObject({ metric: 'revenue', basis: 'guidance', period: { fiscalYear: 2005 } });
    const growth = draft('11J expects total revenues to grow by approximately 10% YoY.', {
      fiscalYear: 2002,
      quarter: 4,
    });
    expect(growth.facts[0]).toMatchObject({ metric: 'revenueGrowth', basis: 'guidance', approximate: true });
  });

  it('carries a period closing a list of figures back to each, but not to a base figure', () => {
    const list = draft(
      'Takane now expects full-year net sales of 172 billion yen and operating income of 13 billion yen for fiscal 2011.',
      { fiscalYear: 2011, months: 6 } as never,
    );
    expect(list.facts.map((f) => [f.metric, f.period, f.basis])).toEqual([
      ['revenue', { fiscalYear: 2011 }, 'guidance'],
      ['operatingIncome', { fiscalYear: 2011 }, 'guidance'],
    ]);
    const base = draft('Net income was JPY 301 million, compared with a net loss of JPY 88 million in 2Q04.');
    expect(base.facts.map((f) => [f.period, f.amounts[0]!.value])).toEqual([
      [{ fiscalYear: 2005, quarter: 2 }, 301],
      [{ fiscalYear: 2004, quarter: 2 }, -88],
    ]);
  });

  it('reads a full year under a half-year, qualifiers of a metric, and a dividend per share', () => {
    const fullYear = draft('The company expects full-year net sales of 172 billion yen.', {
      fiscalYear: 2011,
      months: 6,
    } as never);
    expect(fullYear.facts[0]).toMatchObject({ period: { fiscalYear: 2011 }, basis: 'guidance' });
    const attributable = draft('Net income attributable to shareholders was 3.8 billion yen.');
    expect(attributable.facts[0]).toMatchObject({ metric: 'netIncome', amounts: [{ value: 3.8, scale: 'billion' }] });
    const dividend = draft('The Board of Directors approved a year-end dividend of JPY 1,500 per share.');
    expect(dividend.facts[0]).toMatchObject({ metric: 'dividendPerShare', amounts: [{ value: 1500, unit: 'JPY' }] });
    const eps = draft('Net loss was $1.9 million, or $0.08 per share.');
    expect(eps.facts.map((f) => [f.metric, f.amounts[0]!.value])).toEqual([
      ['netIncome', -1.9],
      ['earningsPerShare', -0.08],
    ]);
  });

  it('reads OCR letters inside numbers as digits, and says so', () => {
    expect(repairOcrDigits('JPY8,42l million, 6O2 and 1,S42; FY2O10 and Sl-related stay')).toBe(
      'JPY8,421 million, 602 and 1,542; FY2O10 and Sl-related stay',
    );
    const { facts } = draft('Revenues were JPY8,42l million, up 7.3% YoY');
    expect(facts[0]).toMatchObject({ metric: 'revenue', amounts: [{ value: 8421, scale: 'million', unit: 'JPY' }] });
    expect(facts[0]!.reasons.join(' ')).toContain('OCR');
  });

  it('ties a per-share figure after a base figure to that base, and balances to their quarter end', () => {
    const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const };
    const ctx = { metrics, calendar, documentPeriod: { fiscalYear: 2014, quarter: 3 } };
    const loss = draftSentence(
      'GAAP net loss was $(3.1) million, or $(0.12) per basic and diluted share, compared to a GAAP net loss of $(5.4) million, or $(0.22) per share, in the third quarter of 2013.',
      ctx,
    );
    expect(loss.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value, f.comparisons.length])).toEqual([
      ['netIncome', { fiscalYear: 2014, quarter: 3 }, -3.1, 1],
      ['earningsPerShare', { fiscalYear: 2014, quarter: 3 }, -0.12, 1],
      ['netIncome', { fiscalYear: 2013, quarter: 3 }, -5.4, 0],
      ['earningsPerShare', { fiscalYear: 2013, quarter: 3 }, -0.22, 0],
    ]);
    const cash = draftSentence(
      'Cash and cash equivalents were $112.7 million as of September 30, 2014, compared to $98.4 million as of December 31, 2013.',
      ctx,
    );
    expect(cash.facts.map((f) => [f.metric, f.period])).toEqual([
      ['cashAndEquivalents', { fiscalYear: 2014, quarter: 3 }],
      // An earlier year-end balance is the year's (a Q4 release's own year-end is its fourth quarter's).
      ['cashAndEquivalents', { fiscalYear: 2013 }],
    ]);
    expect(learnFiscalCalendar('results for its third quarter ended September 30, 2014.')).toMatchObject({
      fiscalYearEnd: '12-31',
    });
  });

  it('drafts a figure of a business line with its offering, the issuer and qualifiers being none', () => {
    const line = draftSentence('Subscription revenue was $39.6 million, up 18% year over year.', {
      metrics,
      calendar: {},
      documentPeriod: { fiscalYear: 2014, quarter: 3 },
      issuerNames: ['Lindqvar Analytics, Inc.', 'Lindqvar'],
    });
    expect(line.facts[0]).toMatchObject({ metric: 'revenue', offering: 'Subscription' });
    for (const sentence of [
      'Total revenues were $39.6 million.',
      'GAAP net loss was $(3.1) million.',
      'Fourth-quarter revenues were $9.1 million.',
      'Lindqvar revenue was $39.6 million.',
    ])
      expect(
        draftSentence(sentence, {
          metrics,
          calendar: {},
          documentPeriod: { fiscalYear: 2014, quarter: 3 },
          issuerNames: ['Lindqvar'],
        }).facts[0]!.offering,
        sentence,
      ).toBeUndefined();
  });

  it("leaves another company's figures to the curator", () => {
    const sentence = 'Kurobe Automotive Systems Co., Ltd. reported revenues of JPY 5.1 billion for 2Q05.';
    const { facts, decisions } = draftSentence(sentence, {
      metrics,
      calendar: {},
      issuerNames: ['Takane Semiconductor Corporation', 'Takane'],
      otherCompanies: [{ start: 0, end: 35, name: 'Kurobe Automotive Systems Co., Ltd.' }],
    });
    expect(facts).toEqual([]);
    expect(decisions[0]!.question).toContain('about Kurobe Automotive Systems Co., Ltd.');
    const own = draftSentence('Sales to Kurobe Automotive Systems Co., Ltd. were JPY 5.1 billion in 2Q05.', {
      metrics,
      calendar: {},
      otherCompanies: [{ start: 9, end: 44, name: 'Kurobe Automotive Systems Co., Ltd.' }],
    });
    expect(own.decisions.map((d) => d.question).join()).not.toContain('not drafted');
  });

  it('learns fiscal calendars from year spans, half-year labels and calendar-year sentences', () => {
    // A quarter label beside the date the quarter ends.
    expect(
      learnFiscalCalendar('results for the quarter and half year ended September 30, 2025 (Q2 FY26 and H1 FY26).'),
    ).toMatchObject({ fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' });
    // A quarterly report's nine months are the year's first nine.
    expect(
      learnFiscalCalendar('announced its results for the three and nine months ended September 30, 2025. All figures'),
    ).toMatchObject({ fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' });
    expect(learnFiscalCalendar('for the nine months ended December 31, 2025.')).toMatchObject({
      fiscalYearEnd: '03-31',
    });
    expect(learnFiscalCalendar('Forecast for FY2012 (April 1, 2012 to March 31, 2013)')).toMatchObject({
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'start-year',
    });
    // The part's own label elsewhere in the text says how the year is named.
    const firstHalf = 'Results for the First Half of the Fiscal Year Ending March 31, 2026. Summary';
    expect(learnFiscalCalendar(`${firstHalf} (1H FY2025): 1H FY2024 1H FY2025`)).toMatchObject({
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'start-year',
    });
    expect(learnFiscalCalendar(`${firstHalf} (1H FY2026): 1H FY2025 1H FY2026`)).toMatchObject({
      fiscalYearNamedBy: 'end-year',
    });
    // A quarter's own end is no year end.
    expect(
      learnFiscalCalendar(
        'guidance for the third quarter of fiscal 2026, ending March 31, 2026, and for the full fiscal year 2026, ending June 30, 2026. Annual Report for the fiscal year ended June 30, 2025.',
      ).fiscalYearEnd,
    ).toBe('06-30');
    // Nine months are no year: no calendar from them.
    expect(learnFiscalCalendar('Results for the Nine Months of FY2012 (April 1, 2012 to December 31, 2012)')).toEqual(
      {},
    );
    expect(learnFiscalCalendar('interim results for the six months to 30 September 2024 ("H1 FY25").')).toMatchObject({
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'end-year',
    });
    expect(learnFiscalCalendar("The Group's financial year corresponds to the calendar year.")).toMatchObject({
      fiscalYearEnd: '12-31',
    });
  });

  it('guesses the issuer from the first company named when nothing else says, and says it guessed', () => {
    expect(issuerFromText('Ferncastle Digital plc ("Ferncastle" or the "Group") Interim results')).toMatchObject({
      company: { name: 'Ferncastle Digital plc', shortName: 'Ferncastle' },
    });
    expect(issuerFromText('Results summary. Aozora Widgets Co., Ltd. Listing: Tokyo')).toMatchObject({
      company: { name: 'Aozora Widgets Co., Ltd.' },
      guessed: true,
    });
  });

  it('reads an issuer named by a group prefix, a Mexican suffix, and rand, pesos and shekels', () => {
    expect(
      issuerFromText(
        'Groupe Orvendal (Euronext Paris: ORVL), a specialist in lifts, escalators and building services, today reported its revenue',
      ),
    ).toMatchObject({ company: { id: 'orvendal', name: 'Groupe Orvendal', shortName: 'Orvendal' } });
    expect(
      issuerFromText(
        'Grupo Cerrovano, S.A.B. de C.V. ("Cerrovano" or "the Company") (BMV: CERVAN), a leading producer',
      ),
    ).toMatchObject({ company: { id: 'cerrovano', name: 'Grupo Cerrovano, S.A.B. de C.V.' } });
    expect(
      amountsOf('Sales rose to R12.4 billion; costs of 310 million pesos; revenue of ILS 82 million').map(
        (a) => a.unit,
      ),
    ).toEqual(['ZAR', 'MXN', 'ILS']);
  });

  it('reads a REIT\'s "1H FY2026" half year, a label with its short name in quotes, a "(%)" unit and a dated column', () => {
    const { draft } = draftOfText(
      'Corvanta Logistics Trust\n\nCorvanta Trust Management Pte. Ltd. today announced the results for the half year ended 30 September 2025 ("1H FY2026").\n\nSummary of results\n                                  1H FY2026    1H FY2025    Change\n                                  S$ million   S$ million      (%)\nNet property income ("NPI")           120.5        115.0      +4.8\n\nPortfolio by geography\n                 Gross revenue (S$ million)     Occupancy (%)\n                 1H FY2026    1H FY2025         30 Sep 2025\nSingapore            100.1         96.0                94.9\n',
      'corvanta',
    );
    expect(
      (draft.facts as { metric: string; period: PeriodRef; amounts: { value: number; unit: string }[] }[]).map((f) => [
        f.metric,
        periodKey(f.period),
        f.amounts[0]!.value,
        f.amounts[0]!.unit,
      ]),
    ).toEqual([
      ['netPropertyIncome', 'fy2026-6m', 120.5, 'SGD'],
      ['netPropertyIncome', 'fy2025-6m', 115, 'SGD'],
      ['revenue', 'fy2026-6m', 100.1, 'SGD'],
      ['revenue', 'fy2025-6m', 96, 'SGD'],
      ['occupancyRate', 'fy2026-6m', 94.9, 'percent'],
    ]);
  });

  it('reads a REIT\'s "% Chg" table with "Per diluted share" rows, lines "by property type" and a "Revised  Prior" outlook', () => {
    const { draft } = draftOfText(
      'Halvecourt Realty Trust, Inc. Reports Second Quarter 2025 Results\n\nDALLAS, July 29, 2025 -- Halvecourt Realty Trust, Inc. today announced its results for the quarter ended June 30, 2025.\n\nSUMMARY OF RESULTS\n(Unaudited; dollars in thousands, except per share amounts)\n\n                                  Three Months Ended June 30      Six Months Ended June 30\n                                   2025      2024   % Chg        2025      2024   % Chg\nAFFO                             41,210    38,400    7.3%      80,120    75,020    6.8%\n  Per diluted share               $0.41     $0.38    7.9%       $0.80     $0.75    6.7%\n\nSAME-PROPERTY NOI BY PROPERTY TYPE (dollars in thousands)\n\n                                  2Q 2025      2Q 2024    Change\nGrocery-anchored centers           50,100       48,200      3.9%\n\n2025 Guidance\n\nThe Company is raising its full-year 2025 guidance as follows:\n\n                                              Revised              Prior\nAFFO per diluted share                  $1.62 - $1.66      $1.58 - $1.64\n',
      'halvecourt',
    );
    const facts = draft.facts as {
      metric: string;
      offering?: string;
      period: PeriodRef;
      basis: string;
      amounts: { value?: number; low?: number; scale: string }[];
    }[];
    expect(
      facts.map((f) => [
        f.metric,
        f.offering,
        periodKey(f.period),
        f.basis,
        f.amounts[0]!.value ?? f.amounts[0]!.low,
        f.amounts[0]!.scale,
      ]),
    ).toEqual([
      ['adjustedFundsFromOperationsPerShare', undefined, 'fy2025', 'guidance', 1.62, 'one'],
      ['adjustedFundsFromOperations', undefined, 'fy2025-q2', 'actual', 41210, 'thousand'],
      ['adjustedFundsFromOperations', undefined, 'fy2024-q2', 'actual', 38400, 'thousand'],
      ['adjustedFundsFromOperations', undefined, 'fy2025-6m', 'actual', 80120, 'thousand'],
      ['adjustedFundsFromOperations', undefined, 'fy2024-6m', 'actual', 75020, 'thousand'],
      ['adjustedFundsFromOperationsPerShare', undefined, 'fy2025-q2', 'actual', 0.41, 'one'],
      ['adjustedFundsFromOperationsPerShare', undefined, 'fy2024-q2', 'actual', 0.38, 'one'],
      ['adjustedFundsFromOperationsPerShare', undefined, 'fy2025-6m', 'actual', 0.8, 'one'],
      ['adjustedFundsFromOperationsPerShare', undefined, 'fy2024-6m', 'actual', 0.75, 'one'],
      ['samePropertyNoi', 'halvecourt-realty-trust/grocery-anchored-centers', 'fy2025-q2', 'actual', 50100, 'thousand'],
      ['samePropertyNoi', 'halvecourt-realty-trust/grocery-anchored-centers', 'fy2024-q2', 'actual', 48200, 'thousand'],
    ]);
  });

  it('reads metrics centred over "Var." columns, "n.m." cells, dates as "30/09/2025" and a calendar from "first nine months of 2025"', () => {
    const { draft } = draftOfText(
      'VALDECERRO ENERGIA, S.A.\nRESULTS 9M 2025 (JANUARY - SEPTEMBER)\n\nMadrid, 29 October 2025. Valdecerro Energia, S.A. ("Valdecerro") today reported its results for the first nine months of 2025 (9M 2025).\n\nPERFORMANCE BY DIVISION\n\n                               Revenue                         EBITDA\n(EUR million)           9M 2025  9M 2024    Var.      9M 2025  9M 2024    Var.\nRenewables                412.6    318.4  +29.6%        202.4    168.9  +19.8%\nCorporate & eliminations  -85.5    -93.4    n.m.        -16.8    -18.2    n.m.\n\nFINANCIAL POSITION\n\n(EUR million)                             30/09/2025   31/12/2024      Var.\nNet financial debt                           2,184.5      2,472.9    -288.4\n',
      'valdecerro',
    );
    expect(
      (draft.facts as { metric: string; offering?: string; period: PeriodRef; amounts: { value: number }[] }[]).map(
        (f) => [f.metric, f.offering, periodKey(f.period), f.amounts[0]!.value],
      ),
    ).toEqual([
      ['netDebt', undefined, 'fy2025-9m', 2184.5],
      ['netDebt', undefined, 'fy2024', 2472.9],
      ['revenue', 'valdecerro/renewables', 'fy2025-9m', 412.6],
      ['revenue', 'valdecerro/renewables', 'fy2024-9m', 318.4],
      ['ebitda', 'valdecerro/renewables', 'fy2025-9m', 202.4],
      ['ebitda', 'valdecerro/renewables', 'fy2024-9m', 168.9],
      ['revenue', 'valdecerro/corporate-eliminations', 'fy2025-9m', -85.5],
      ['revenue', 'valdecerro/corporate-eliminations', 'fy2024-9m', -93.4],
      ['ebitda', 'valdecerro/corporate-eliminations', 'fy2025-9m', -16.8],
      ['ebitda', 'valdecerro/corporate-eliminations', 'fy2024-9m', -18.2],
    ]);
  });

  it('reads "MILLION" in capitals, regions under "REVENUES BY REGION" and a "Change at constant / exchange rates" column', () => {
    const { draft } = draftOfText(
      'VELLAMORA S.p.A.\nPRESS RELEASE\n\nVELLAMORA: FY 2025 REVENUES AT EUR 846.3 MILLION\n\nMilan, 4 March 2026 - The Board of Directors of Vellamora S.p.A. today approved the consolidated financial statements for the year ended 31 December 2025 (FY 2025).\n\nREVENUES BY REGION\n\n(EUR million)              FY 2025    FY 2024   Change     Change at constant\n                                                reported   exchange rates\nEurope                       402.5      364.8    +10.3%     +11.0%\nTotal                        846.3      812.4     +4.2%      +5.9%\n\nThe tax rate was 26.0%.\n',
      'vellamora',
    );
    expect(
      (
        draft.facts as {
          metric: string;
          offering?: string;
          period: PeriodRef;
          amounts: { value: number; scale: string }[];
        }[]
      ).map((f) => [f.metric, f.offering, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.scale]),
    ).toEqual([
      ['revenue', undefined, 'fy2025', 846.3, 'million'],
      ['effectiveTaxRate', undefined, 'fy2025', 26, 'one'],
      ['revenue', 'vellamora/europe', 'fy2025', 402.5, 'million'],
      ['revenue', 'vellamora/europe', 'fy2024', 364.8, 'million'],
      ['constantCurrencyRevenueGrowth', 'vellamora/europe', 'fy2025', 11, 'one'],
      ['revenue', undefined, 'fy2024', 812.4, 'million'],
      ['constantCurrencyRevenueGrowth', undefined, 'fy2025', 5.9, 'one'],
    ]);
  });

  it('reads "3Q FY2025" rows of a cumulative tanshin table, and "the nine months under review", as nine months', () => {
    const { draft } = draftOfText(
      'Consolidated Financial Results for the Third Quarter of the Fiscal Year Ending March 31, 2026\n(3Q FY2025) [Japanese GAAP]\n\nCompany name: Hisamaru Systems Co., Ltd.\n\n(1) Consolidated Operating Results (cumulative)\n                          Net sales        Operating profit\n                     JPY Millions     %  JPY Millions    %\n3Q FY2025                  28,362   8.4         3,127  14.0\n3Q FY2024                  26,165   6.9         2,743  11.2\n\nDuring the nine months under review, operating profit rose 14.0% year on year to JPY 3,127 million.\n',
      'hisamaru',
    );
    expect(
      (draft.facts as { metric: string; period: PeriodRef; amounts: { value: number }[] }[]).map((f) => [
        f.metric,
        periodKey(f.period),
        f.amounts[0]!.value,
      ]),
    ).toEqual([
      ['operatingIncome', 'fy2025-9m', 3127],
      ['revenue', 'fy2025-9m', 28362],
      ['revenue', 'fy2024-9m', 26165],
      ['operatingIncome', 'fy2024-9m', 2743],
    ]);
    // A column header naming the six months is no caption of the quarter's columns.
    expect(
      cumulativePeriod({ fiscalYear: 2025, quarter: 2 }, 'Three months ended June 30  Six months ended June 30'),
    ).toEqual({ fiscalYear: 2025, quarter: 2 });
    expect(cumulativePeriod({ fiscalYear: 2025, quarter: 3 }, 'Segment information (nine months)')).toEqual({
      fiscalYear: 2025,
      months: 9,
    });
  });

  it('reads Nordic "operational" and French "recurring" measures as adjusted, and operating revenues as revenue', () => {
    const q4 = draft(
      'Operating revenues of NOK 2,842 million and operational EBIT of NOK 574 million in Q4 2025; operational EBITDA was NOK 771 million.',
      { fiscalYear: 2025, quarter: 4 },
    );
    expect(q4.facts.map((f) => [f.metric, f.amounts[0]!.value])).toEqual([
      ['revenue', 2842],
      ['adjustedEbit', 574],
      ['adjustedEbitda', 771],
    ]);
    // French releases: "recurring" operating income is the adjusted one; other operating income is no operating income.
    expect(
      ['Recurring operating income', 'Recurring operating margin', 'Other operating income and expenses'].map(
        (l) => metrics.find(l)[0]?.key,
      ),
    ).toEqual(['adjustedOperatingIncome', 'adjustedOperatingMargin', 'otherOperatingIncomeAndExpenses']);
  });

  it('reads business lines under a metric sub-heading alone on its line, unindented, and leaves a holding row out', () => {
    const { draft } = draftOfText(
      'Brekhaven N.V.\n\nUtrecht, 23 April 2026 - Brekhaven N.V. today publishes its trading update for the first quarter of 2026.\n\nQ1 2026 by business segment\n(in EUR million)              Q1 2026    Q1 2025    Change    Organic\nSales\nInstallation Technology         198.6      181.2      9.6%       3.4%\nTotal sales                     446.3      412.7      8.1%       2.6%\n\nEBITA\nInstallation Technology          24.1       20.3\nHolding                          -5.6       -5.9\nTotal EBITA                      54.2       47.9     13.2%\n\nEBITA margin\nInstallation Technology         12.1%      11.2%\n',
      'brekhaven',
    );
    expect(
      (draft.facts as { metric: string; offering?: string; period: PeriodRef; amounts: { value: number }[] }[]).map(
        (f) => [f.metric, f.offering, periodKey(f.period), f.amounts[0]!.value],
      ),
    ).toEqual([
      ['revenue', 'brekhaven/installation-technology', 'fy2026-q1', 198.6],
      ['revenue', 'brekhaven/installation-technology', 'fy2025-q1', 181.2],
      ['organicRevenueGrowth', 'brekhaven/installation-technology', 'fy2026-q1', 3.4],
      ['revenue', undefined, 'fy2026-q1', 446.3],
      ['revenue', undefined, 'fy2025-q1', 412.7],
      ['organicRevenueGrowth', undefined, 'fy2026-q1', 2.6],
      ['ebita', 'brekhaven/installation-technology', 'fy2026-q1', 24.1],
      ['ebita', 'brekhaven/installation-technology', 'fy2025-q1', 20.3],
      ['ebita', undefined, 'fy2026-q1', 54.2],
      ['ebita', undefined, 'fy2025-q1', 47.9],
      ['ebitaMargin', 'brekhaven/installation-technology', 'fy2026-q1', 12.1],
      ['ebitaMargin', 'brekhaven/installation-technology', 'fy2025-q1', 11.2],
    ]);
  });

  it('reads a table that prints no unit in the unit the document states, with quarter labels and bare years, and weights in kt', () => {
    const { draft } = draftOfText(
      'MINERA LOS ALAMOS S.A.\n4Q25 AND FULL YEAR 2025 EARNINGS RELEASE\n\nSantiago, Chile, February 24, 2026 - Minera Los Alamos S.A. ("MLA") announces its consolidated results for the fourth quarter ("4Q25") and the year ended December 31, 2025. Figures are in US$ million unless otherwise stated.\n\nKEY FIGURES\n                                     4Q25      4Q24    % Chg       2025       2024    % Chg\nCopper production (kt)               38.6      29.4    31.3%      121.7      107.3    13.4%\nCopper sales (kt)                    37.2      28.8    29.2%      119.9      106.0    13.1%\nC1 cash cost (US$/lb)                1.84      1.97    -6.6%       1.90       1.98    -4.0%\nRevenue                             586.4     407.9    43.8%    1,981.2    1,712.6    15.7%\n',
      'mla',
    );
    const facts = draft.facts as { metric: string; period: PeriodRef; amounts: Amount[] }[];
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]])).toEqual([
      ['copperProduction', 'fy2025-q4', { value: 38.6, scale: 'thousand', unit: 'tonnes' }],
      ['copperProduction', 'fy2024-q4', { value: 29.4, scale: 'thousand', unit: 'tonnes' }],
      ['copperProduction', 'fy2025', { value: 121.7, scale: 'thousand', unit: 'tonnes' }],
      ['copperProduction', 'fy2024', { value: 107.3, scale: 'thousand', unit: 'tonnes' }],
      ['cashCostPerPound', 'fy2025-q4', { value: 1.84, scale: 'one', unit: 'USD' }],
      ['cashCostPerPound', 'fy2024-q4', { value: 1.97, scale: 'one', unit: 'USD' }],
      ['cashCostPerPound', 'fy2025', { value: 1.9, scale: 'one', unit: 'USD' }],
      ['cashCostPerPound', 'fy2024', { value: 1.98, scale: 'one', unit: 'USD' }],
      ['revenue', 'fy2025-q4', { value: 586.4, scale: 'million', unit: 'USD' }],
      ['revenue', 'fy2024-q4', { value: 407.9, scale: 'million', unit: 'USD' }],
      ['revenue', 'fy2025', { value: 1981.2, scale: 'million', unit: 'USD' }],
      ['revenue', 'fy2024', { value: 1712.6, scale: 'million', unit: 'USD' }],
    ]);
  });

  it("reads a convenience-translation column as the same fact's second amount, preferring the table's printing, and a trillion range", () => {
    const { draft } = draftOfText(
      'PT Sembrani Telekomunikasi Tbk\n\nJakarta, 30 July 2025 - PT Sembrani Telekomunikasi Tbk ("Sembrani") today announced its results for the first half of 2025 (1H25), ended 30 June 2025.\n\n- Revenues grew 5.5% YoY to Rp11.48 trillion (US$0.70 billion).\n\nFINANCIAL SUMMARY\n                                        1H25        1H24      YoY        1H25\n                                    (Rp bn)     (Rp bn)              (US$ mn)\nRevenues                             11,483      10,884     5.5%       704.5\n\nSembrani maintains its capital expenditure guidance of Rp4-5 trillion for 2025.\n',
      'sembrani',
    );
    expect(
      (draft.facts as { metric: string; period: PeriodRef; amounts: Amount[] }[]).map((f) => [
        f.metric,
        periodKey(f.period),
        f.amounts,
      ]),
    ).toEqual([
      [
        'revenue',
        'fy2025-6m',
        [
          { value: 11483, scale: 'billion', unit: 'IDR' },
          { value: 704.5, scale: 'million', unit: 'USD' },
        ],
      ],
      ['capitalExpenditures', 'fy2025', [{ low: 4000, high: 5000, scale: 'billion', unit: 'IDR' }]],
      ['revenue', 'fy2024-6m', [{ value: 10884, scale: 'billion', unit: 'IDR' }]],
    ]);
  });

  it('reads a business line heading its indented metric rows, and footnote marks after row labels', () => {
    const segments = draftPeriodColumnTables(
      `SEGMENT SUMMARY - THIRD QUARTER
($ in millions)                   Q3 2025   Q3 2024  Change
Pump Systems
  Net sales                         362.4     321.8   12.6%
  Segment operating income           68.9      57.2   20.5%
Adjusted EPS (1)                     2.68      2.29   17.0%
Corporate expense                   (12.1)    (11.7)`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(
      segments.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Pump Systems', 'fy2025-q3', 362.4],
      ['revenue', 'Pump Systems', 'fy2024-q3', 321.8],
      ['operatingIncome', 'Pump Systems', 'fy2025-q3', 68.9],
      ['operatingIncome', 'Pump Systems', 'fy2024-q3', 57.2],
      ['adjustedEarningsPerShare', undefined, 'fy2025-q3', 2.68],
      ['adjustedEarningsPerShare', undefined, 'fy2024-q3', 2.29],
      // (As printed: the draft turns a cost positive, see extractDraft.)
      ['corporateCosts', undefined, 'fy2025-q3', -12.1],
      ['corporateCosts', undefined, 'fy2024-q3', -11.7],
    ]);
  });

  it('reads a grouped table whose "Organic" header continues as "growth, %" over its one column', () => {
    const areas = draftGroupedColumnTables(
      `BUSINESS AREAS, THIRD QUARTER
                        Net sales        Organic      Operating profit
SEK m                 Q3 2025  Q3 2024   growth, %    Q3 2025  Q3 2024
Valve Systems           1,246    1,159        4.1        219      196`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      areas.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Valve Systems', 'fy2025-q3', 1246],
      ['revenue', 'Valve Systems', 'fy2024-q3', 1159],
      ['organicRevenueGrowth', 'Valve Systems', 'fy2025-q3', 4.1],
      ['operatingIncome', 'Valve Systems', 'fy2025-q3', 219],
      ['operatingIncome', 'Valve Systems', 'fy2024-q3', 196],
    ]);
  });

  it("ends a table at the next one's header with its unit, and reads a bank's impairment, income tax and stage 3 rows", () => {
    const bank = draftPeriodColumnTables(
      `Income statement (PLN m)          Q3 2025    Q2 2025    Q3 2024
Net impairment allowances          -118.2     -105.9     -139.4
Income tax                         -244.3     -203.6     -153.5

Key ratios                        Q3 2025    Q2 2025    Q3 2024
Stage 3 ratio                        3.1%       3.2%       3.6%

Balance sheet (PLN bn)         30.09.2025  30.06.2025  30.09.2024      y/y
Gross loans to customers            118.6       117.0       109.7    +8.1%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      bank.facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.amounts[0]!.scale,
      ]),
    ).toEqual([
      ['impairmentOnFinancialInstruments', 'fy2025-q3', -118.2, 'million'],
      ['impairmentOnFinancialInstruments', 'fy2025-q2', -105.9, 'million'],
      ['impairmentOnFinancialInstruments', 'fy2024-q3', -139.4, 'million'],
      ['incomeTaxExpense', 'fy2025-q3', -244.3, 'million'],
      ['incomeTaxExpense', 'fy2025-q2', -203.6, 'million'],
      ['incomeTaxExpense', 'fy2024-q3', -153.5, 'million'],
      ['grossStage3Ratio', 'fy2025-q3', 3.1, 'one'],
      ['grossStage3Ratio', 'fy2025-q2', 3.2, 'one'],
      ['grossStage3Ratio', 'fy2024-q3', 3.6, 'one'],
      ['totalLoans', 'fy2025-q3', 118.6, 'billion'],
      ['totalLoans', 'fy2025-q2', 117, 'billion'],
      ['totalLoans', 'fy2024-q3', 109.7, 'billion'],
    ]);
  });

  it('reads a per-share base figure in parentheses, or after a change, as the dividend it follows', () => {
    const compared = draft(
      'The dividend is 12.0% higher than the $0.25 per share paid for the fourth quarter of 2024.',
      {
        fiscalYear: 2025,
        quarter: 3,
      },
    );
    expect(compared.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['dividendPerShare', 'fy2024-q4', 0.25],
    ]);
    const dividend = draft('The Board proposes a dividend of EUR 0.65 per share (EUR 0.60 per share for FY 2024).', {
      fiscalYear: 2025,
    } as never);
    expect(dividend.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['dividendPerShare', 'fy2025', 0.65],
      ['dividendPerShare', 'fy2024', 0.6],
    ]);
  });

  it('reads business lines named in a column of their own, a later parenthesis as the unit, and skips reconciling lines', () => {
    const segments = draftPeriodColumnTables(
      `Segment information (nine months)              (JPY Millions)
                                   3Q FY2024   3Q FY2025   YoY change
Cloud Systems        Net sales        10,932      11,846        8.4%
                     Segment profit    1,087       1,214       11.7%
Adjustments          Segment profit     △378        △406          -
Total                Net sales        24,615      26,362        7.1%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      segments.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Cloud Systems', 'fy2024-9m', 10932],
      ['revenue', 'Cloud Systems', 'fy2025-9m', 11846],
      ['operatingIncome', 'Cloud Systems', 'fy2024-9m', 1087],
      ['operatingIncome', 'Cloud Systems', 'fy2025-9m', 1214],
      ['revenue', undefined, 'fy2024-9m', 24615],
      ['revenue', undefined, 'fy2025-9m', 26362],
    ]);
    expect(unitHeader('Segment information (nine months)   (JPY Millions)')).toMatchObject({
      unit: 'JPY',
      scale: 'million',
    });
  });

  it('reads business lines under "Revenue by Type", and non-GAAP earnings per diluted share', () => {
    const byType = draftPeriodColumnTables(
      `Revenue by Type (U.S. dollars in millions)
                              Q4 2025   Q4 2024
Subscription and SaaS            61.8      48.9`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(byType.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period)])).toEqual([
      ['revenue', 'Subscription and SaaS', 'fy2025-q4'],
      ['revenue', 'Subscription and SaaS', 'fy2024-q4'],
    ]);
    expect(metrics.find('Non-GAAP earnings per diluted share')[0]?.key).toBe('nonGaapEarningsPerShare');
  });

  it('reads "1.20 %" cells, a caption on the line of years under dates, and US bank ratios', () => {
    const bank = draftPeriodColumnTables(
      `SELECTED FINANCIAL DATA (unaudited)
($ in thousands, except per share data)

                                        Three Months Ended
                                   Sep 30,     Jun 30,     Sep 30,
                                     2025        2025        2024
Pre-provision net revenue          54,863      49,460      42,832
Return on average assets             1.10 %      0.98 %      0.95 %

                                   Sep 30,     Jun 30,     Sep 30,
Period-end balances                  2025        2025        2024
Total loans                     9,841,607   9,688,150   9,102,334`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(
      bank.facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.amounts[0]!.unit,
      ]),
    ).toEqual([
      ['preProvisionNetRevenue', 'fy2025-q3', 54863, 'USD'],
      ['preProvisionNetRevenue', 'fy2025-q2', 49460, 'USD'],
      ['preProvisionNetRevenue', 'fy2024-q3', 42832, 'USD'],
      ['returnOnAssets', 'fy2025-q3', 1.1, 'percent'],
      ['returnOnAssets', 'fy2025-q2', 0.98, 'percent'],
      ['returnOnAssets', 'fy2024-q3', 0.95, 'percent'],
      ['totalLoans', 'fy2025-q3', 9841607, 'USD'],
      ['totalLoans', 'fy2025-q2', 9688150, 'USD'],
      ['totalLoans', 'fy2024-q3', 9102334, 'USD'],
    ]);
    // Dates alone over the years, no "ended" above them: balances at those dates.
    const balances = draftPeriodColumnTables(
      `($ in thousands)

                                   Sep 30,     Jun 30,
                                     2025        2025
Total deposits                  9,841,607   9,688,150`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(balances.facts.map(({ fact }) => [fact.metric, periodKey(fact.period)])).toEqual([
      ['totalDeposits', 'fy2025-q3'],
      ['totalDeposits', 'fy2025-q2'],
    ]);
  });

  it('reads "EPS - basic" and "EPS - diluted" rows, and a breakdown titled under a note in parentheses', () => {
    const tables = draftPeriodColumnTables(
      `Summary of standalone financial results (₹ crore)

Particulars                           Q2 FY26   Q2 FY25
EPS - basic (₹)                         12.32     10.93
EPS - diluted (₹)                       12.25     10.86
(EPS for the quarter is not annualised)

AUM by business (₹ crore)
                                   Sep 30, 2025     Sep 30, 2024
Tractor Finance                        22,085           17,906`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      tables.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['basicEarningsPerShare', undefined, 'fy2026-q2', 12.32],
      ['basicEarningsPerShare', undefined, 'fy2025-q2', 10.93],
      ['earningsPerShare', undefined, 'fy2026-q2', 12.25],
      ['earningsPerShare', undefined, 'fy2025-q2', 10.86],
      ['assetsUnderManagement', 'Tractor Finance', 'fy2026-q2', 220850],
      ['assetsUnderManagement', 'Tractor Finance', 'fy2025-q2', 179060],
    ]);
  });

  it('keeps to what the review found: spaced cells apart where commas group, a twelve-month cumulative quarter is the year, bare revision words need an outlook', () => {
    expect(groupsBySpaces('Stores   120 118   and revenue of 1,204.5 and 2,310.0 and 3,115.2')).toBe(false);
    expect(groupsBySpaces('R48 612 million, R6 215 million and R4 311 million')).toBe(true);
    expect(cumulativePeriod({ fiscalYear: 2025, quarter: 4 }, 'Results (cumulative)')).toEqual({ fiscalYear: 2025 });
    expect(amountsOf('capital expenditure of Rp11-12 Bn')[0]).toMatchObject({ low: 11, high: 12, scale: 'billion' });
    const actuals = draftAmountCellTables(
      `Segment results
                               Current            Prior
Revenue                        EUR 1.40 billion   EUR 1.33 billion`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' },
        headingPeriod: { fiscalYear: 2025 },
      },
    );
    expect(actuals.facts.filter(({ fact }) => fact.basis === 'guidance')).toEqual([]);
  });

  it('drafts one fact per business line id: a line printed in two cases is one line, its second value a decision', () => {
    const { draft, decisions } = draftOfText(
      'Corvessa Telecom Inc.\n\nResults for the third quarter of 2025\n\nRevenues by business line (USD millions)\n                         Q3 2025     Q3 2024\nHome Broadband              12.0        11.0\nHome broadband              14.5        13.2\n',
      'corvessa',
    );
    expect((draft.facts as { id: string }[]).map((f) => f.id)).toEqual([
      'corvessa-telecom/home-broadband/revenue/fy2025-q3',
      'corvessa-telecom/home-broadband/revenue/fy2024-q3',
    ]);
    expect(decisions.filter((d) => d.question.startsWith('not drafted: a second value')).length).toBe(2);
  });

  it('reads thousands grouped by spaces, quoting them as printed, and rupiah, pesos and baht signs', () => {
    expect(withCommaGroups('Revenue 48 612 45 263 in 2026 2025; 1 642.3 cents')).toBe(
      'Revenue 48,612 45,263 in 2026 2025; 1,642.3 cents',
    );
    expect(amountsOf('Revenue of Rp21.48 trillion, Ps. 3,120 million and ₱ 18.2 billion').map((a) => a.unit)).toEqual([
      'IDR',
      'MXN',
      'PHP',
    ]);
    const { draft } = draftOfText(
      'Kobuzane Retail Limited\n\nResults for the year ended 28 February 2026\n\nGroup revenue for the 52 weeks ended 28 February 2026 increased by 7.4% to R48 612 million. Headline earnings per share rose 11.2% to 1 642.3 cents.',
      'kobuzane',
    );
    const facts = draft.facts as {
      metric: string;
      amounts: { value: number; unit: string }[];
      source: { quote: string };
    }[];
    expect(facts.map((f) => [f.metric, f.amounts[0]!.value, f.amounts[0]!.unit])).toEqual([
      ['revenue', 48612, 'ZAR'],
      ['headlineEarningsPerShare', 1642.3, 'ZAR cents'],
    ]);
    // The quote is the document's own printing, not the grammar's reading of it.
    expect(facts[0]!.source.quote).toContain('R48 612 million');
    expect(facts[1]!.source.quote).toContain('1 642.3 cents');
  });

  it('reads a year opening the sentence, "plans" as guidance, "has been lowered to", and won printed as W', () => {
    const plan = draft('For 2026, the Company plans capital expenditure of approximately KRW 450 billion.', {
      fiscalYear: 2025,
      quarter: 4,
    } as never);
    expect(plan.facts.map((f) => [f.metric, periodKey(f.period), f.basis])).toEqual([
      ['capitalExpenditures', 'fy2026', 'guidance'],
    ]);
    const lowered = draft('Full-year capital expenditure guidance has been lowered to $330 million to $350 million.', {
      fiscalYear: 2025,
      quarter: 3,
    } as never);
    expect(lowered.facts.map((f) => [f.metric, periodKey(f.period), f.basis, f.amounts[0]])).toEqual([
      ['capitalExpenditures', 'fy2025', 'guidance', { low: 330, high: 350, scale: 'million', unit: 'USD' }],
    ]);
    expect(amountsOf('Capital expenditure in the quarter amounted to W118.5 billion')[0]).toMatchObject({
      value: 118.5,
      scale: 'billion',
      unit: 'KRW',
    });
  });

  it('leaves the forecast a revision replaces undrafted, and says so', () => {
    const revised = draft('Underlying EBITDA is now expected to be A$212m – A$220m (previously A$195m – A$205m).', {
      fiscalYear: 2025,
    } as never);
    expect(revised.facts.map((f) => [f.metric, f.basis, f.amounts[0]])).toEqual([
      ['adjustedEbitda', 'guidance', { low: 212, high: 220, scale: 'million', unit: 'AUD' }],
    ]);
    expect(revised.decisions.map((d) => d.question)).toEqual([
      "'A$195m – A$205m' is the previous forecast the new one replaces: not drafted (cite it in the new fact's note)",
    ]);
    const lowered = draft(
      'Capex guidance was lowered to $330 million to $350 million, from $340 million to $370 million previously.',
      {
        fiscalYear: 2025,
      } as never,
    );
    expect(lowered.facts).toHaveLength(1);
    expect(lowered.decisions[0]!.question).toContain('previous forecast');
  });

  it('reads a sum "in" what it is, and repurchases as share repurchases', () => {
    const balance = draft(
      'As of September 30, 2025, the Company had $84.6 million in cash and cash equivalents and total debt of $425.0 million.',
      { fiscalYear: 2025, quarter: 3 } as never,
    );
    expect(balance.facts.map((f) => [f.metric, f.amounts[0]!.value])).toEqual([
      ['cashAndEquivalents', 84.6],
      ['totalDebt', 425],
    ]);
    const buyback = draft('Repurchases for the first nine months of 2025 were $96.2 million.', {
      fiscalYear: 2025,
      quarter: 3,
    } as never);
    expect(buyback.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['shareRepurchases', 'fy2025-9m', 96.2],
    ]);
  });

  it('reads a percent range printed "3.5%-4.5%", and a headcount in Indian grouping', () => {
    expect(amountsOf('FY26 growth guidance raised to 3.5%-4.5%')).toEqual([
      expect.objectContaining({ low: 3.5, high: 4.5, unit: 'percent' }),
    ]);
    const people = draft('Total headcount stood at 1,48,230 as of September 30, 2025.', {
      fiscalYear: 2026,
      quarter: 2,
    } as never);
    expect(people.facts.map((f) => f.amounts[0])).toEqual([{ value: 148230, scale: 'one', unit: 'employees' }]);
  });

  it('reads a second figure of the same metric for another period, and the year to date', () => {
    const q3 = { fiscalYear: 2025, quarter: 3 } as never;
    const capex = draft(
      'Capital expenditure in the quarter amounted to W118.5 billion, bringing the year-to-date total to W301.7 billion.',
      q3,
    );
    expect(capex.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['capitalExpenditures', 'fy2025-q3', 118.5],
      ['capitalExpenditures', 'fy2025-9m', 301.7],
    ]);
    const cash = draft(
      'Net cash from operating activities was $61.2 million for the first nine months, and $29.7 million in the quarter.',
      q3,
    );
    expect(cash.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['operatingCashFlow', 'fy2025-9m', 61.2],
      ['operatingCashFlow', 'fy2025-q3', 29.7],
    ]);
  });

  it('reads a headcount in employees, lakh included', () => {
    const year = draft('The company has approximately 1,900 employees in eight countries.', {
      fiscalYear: 2025,
    } as never);
    expect(year.facts.map((f) => [f.metric, f.amounts[0]])).toEqual([
      ['headcount', { value: 1900, scale: 'one', unit: 'employees' }],
    ]);
    const lakh = draft('Total headcount stood at 1.5 lakh employees.', { fiscalYear: 2026, quarter: 2 } as never);
    expect(lakh.facts.map((f) => f.amounts[0])).toEqual([{ value: 150, scale: 'thousand', unit: 'employees' }]);
  });

  it('reads bases a release prints in parentheses: "(2021: £371.9m)", "(pcp: …)", a bare figure', () => {
    const year = draft('Revenue up 10.9% to £412.6m (2021: £371.9m)', { fiscalYear: 2022 } as never);
    expect(year.facts.map((f) => [f.period, f.amounts[0]!.value])).toEqual([
      [{ fiscalYear: 2022 }, 412.6],
      [{ fiscalYear: 2021 }, 371.9],
    ]);
    const pcp = draft('Underlying EBITDA of A$52.7 million (pcp: A$44.1 million).', {
      fiscalYear: 2024,
      months: 9,
    } as never);
    expect(pcp.facts.map((f) => [f.period, f.amounts[0]])).toEqual([
      [
        { fiscalYear: 2024, months: 9 },
        { value: 52.7, scale: 'million', unit: 'AUD' },
      ],
      [
        { fiscalYear: 2023, months: 9 },
        { value: 44.1, scale: 'million', unit: 'AUD' },
      ],
    ]);
    const bare = draft('Operating profit was EUR 21.7 million (EUR 17.3 million).', {
      fiscalYear: 2018,
      months: 6,
    } as never);
    expect(bare.facts[1]).toMatchObject({ period: { fiscalYear: 2017, months: 6 }, amounts: [{ value: 17.3 }] });
  });

  it('reads pence, won and trillions', () => {
    expect(amountsOf('basic EPS of 18.9p').map((a) => [a.value, a.unit])).toEqual([[18.9, 'GBX']]);
    expect(amountsOf('at 3 p.m. today')).toEqual([]);
    expect(amountsOf('KRW 1.42 trillion').map((a) => [a.value, a.scale, a.unit])).toEqual([[1420, 'billion', 'KRW']]);
  });

  it("reads a bare $ in the dollars a document says it reports in, and 'not less than' as a bound", () => {
    expect(statedDollar('Figures are in U.S. dollars. Revenue of $5.0 million.')).toBeUndefined();
    expect(statedDollar('Revenue was $5.0 million.')).toBeUndefined();
    expect(statedDollar('(TSX: PLV) Unless otherwise noted, all figures are expressed in Canadian dollars.')).toEqual({
      currency: 'CAD',
      quote: 'figures are expressed in Canadian dollars',
    });
    expect(statedDollar('Wombeena Health Limited (ASX: WBH) today reported')?.currency).toBe('AUD');
    const read = (text: string) => findAmounts(text, { dollar: 'CAD' }).map((a) => a.unit);
    expect(read('$71.3 million, 40 dollars, US$2.1 million and C$4 million')).toEqual(['CAD', 'CAD', 'USD', 'CAD']);
    expect(amountsOf('of not less than £65m').map((a) => [a.low, a.bound])).toEqual([[65, 'at-least']]);
    expect(amountsOf('of not more than €5m').map((a) => [a.high, a.bound])).toEqual([[5, 'at-most']]);
  });

  it('reads the base of a loss as a loss, per-share figures as no millions, and a non-GAAP per-share figure', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2021, quarter: 2 },
    };
    const rows = (sentence: string) =>
      draftSentence(sentence, ctx).facts.map((f) => [f.metric, f.period.fiscalYear, f.amounts[0]!.value]);
    expect(
      rows('GAAP loss from operations was $2.4 million, compared to $5.1 million in the second quarter of 2020.'),
    ).toEqual([
      ['operatingIncome', 2021, -2.4],
      ['operatingIncome', 2020, -5.1],
    ]);
    const up = draftSentence(
      'GAAP loss from operations was $2.4 million, compared to $5.1 million in the second quarter of 2020.',
      ctx,
    ).facts[0]!.comparisons[0];
    expect(up).toMatchObject({ kind: 'yoy', direction: 'increase' });
    expect(
      rows(
        'Net earnings of $8.8 million, or $0.19 per diluted share, compared with $6.1 million, or $0.13 per diluted share, in the second quarter of 2020.',
      ),
    ).toEqual([
      ['netIncome', 2021, 8.8],
      ['earningsPerShare', 2021, 0.19],
      ['netIncome', 2020, 6.1],
      ['earningsPerShare', 2020, 0.13],
    ]);
    expect(
      rows(
        'Non-GAAP net income was $3.3 million, or $0.05 per diluted share, compared to $0.02 per diluted share in the second quarter of 2020.',
      ),
    ).toEqual([
      ['nonGaapNetIncome', 2021, 3.3],
      ['nonGaapEarningsPerShare', 2021, 0.05],
      ['nonGaapEarningsPerShare', 2020, 0.02],
    ]);
  });

  it('reads interim and annual dividends apart, their bases, and a change before a half-year figure', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2019 },
    };
    const annual = draftSentence(
      'The Company plans an annual dividend of ¥34 per share for fiscal 2019, including the interim dividend of ¥16 per share already paid, compared with ¥30 per share for fiscal 2018.',
      ctx,
    );
    expect(annual.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['dividendPerShare', { fiscalYear: 2019 }, 34],
      ['dividendPerShare', { fiscalYear: 2019, months: 6 }, 16],
      ['dividendPerShare', { fiscalYear: 2018 }, 30],
    ]);
    expect(annual.facts[0]!.comparisons).toMatchObject([{ basePeriod: { fiscalYear: 2018 }, direction: 'increase' }]);
    const interim = draftSentence('Interim dividend increased by 6% to 3.7p per share (H1 2018: 3.5p)', {
      ...ctx,
      documentPeriod: { fiscalYear: 2019, months: 6 },
    });
    expect(interim.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['dividendPerShare', { fiscalYear: 2019, months: 6 }, 3.7],
      ['dividendPerShare', { fiscalYear: 2018, months: 6 }, 3.5],
    ]);
    expect(interim.facts[0]!.comparisons).toMatchObject([{ change: { value: 6 }, direction: 'increase' }]);
    expect(learnFiscalCalendar('raising its outlook for the year ending December 31, 2021:')).toMatchObject({
      fiscalYearEnd: '12-31',
    });
  });

  it('reads Nordic and Indian amounts and a bare prior-year figure in parentheses', () => {
    expect(amountsOf('MSEK 612 and SEK 4.2 billion').map((a) => [a.value, a.scale, a.unit])).toEqual([
      [612, 'million', 'SEK'],
      [4.2, 'billion', 'SEK'],
    ]);
    expect(amountsOf('₹2,310 crore and Rs. 45 lakh').map((a) => [a.value, a.scale, a.unit])).toEqual([
      [23100, 'million', 'INR'],
      [4500, 'thousand', 'INR'],
    ]);
    // A footnote mark printed unlike the figure is no prior-year figure.
    expect(amountsOf('$5.0 million (1)')).toHaveLength(1);
    const ctx = { metrics, calendar: {}, documentPeriod: { fiscalYear: 2023, quarter: 2 } };
    const nordic = draftSentence('Operating profit (EBIT) was SEK 87 million (79), an increase of 10 percent', ctx);
    expect(nordic.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['operatingIncome', { fiscalYear: 2023, quarter: 2 }, 87],
      ['operatingIncome', { fiscalYear: 2022, quarter: 2 }, 79],
    ]);
    expect(nordic.facts[0]!.comparisons).toMatchObject([{ kind: 'yoy', change: { value: 10 }, direction: 'increase' }]);
    const margin = draftSentence('Adjusted EBITA margin was 9.8 percent (9.1)', ctx);
    expect(margin.facts.map((f) => [f.metric, f.period.fiscalYear, f.amounts[0]!.value])).toEqual([
      ['adjustedEbitaMargin', 2023, 9.8],
      ['adjustedEbitaMargin', 2022, 9.1],
    ]);
  });

  it('reads a segment named before a colon, an annual dividend under a half-year, and losses that are metrics', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2022, months: 6 },
    };
    const segment = draftSentence(
      'Marine Coatings: net sales were ¥12,480 million (up 3.1% year on year) and operating profit was ¥905 million.',
      ctx,
    );
    expect(segment.facts.map((f) => [f.metric, f.offering, f.period])).toEqual([
      ['revenue', 'Marine Coatings', { fiscalYear: 2022, months: 6 }],
      ['operatingIncome', 'Marine Coatings', { fiscalYear: 2022, months: 6 }],
    ]);
    expect(draftSentence('Outlook: net sales of ¥50,000 million.', ctx).facts[0]!.offering).toBeUndefined();
    const annual = draftSentence('The forecast for the annual dividend remains 48 yen per share.', ctx);
    expect(annual.facts[0]).toMatchObject({
      metric: 'dividendPerShare',
      period: { fiscalYear: 2022 },
      basis: 'guidance',
    });
    const impairment = draftSentence('The Company expects to record an impairment loss of ¥310 million.', ctx);
    expect(impairment.facts[0]).toMatchObject({ metric: 'impairmentLoss', amounts: [{ value: 310 }] });
    expect(
      findPeriods(
        'the first half (April 1 to September 30, 2021) of the fiscal year ending March 31, 2022',
        ctx.calendar,
      )[0]!.period,
    ).toEqual({
      fiscalYear: 2022,
      months: 6,
    });
    expect(findPeriods('Results for FY2021/3 and FY3/2022', ctx.calendar).map((p) => p.period)).toEqual([
      { fiscalYear: 2021 },
      { fiscalYear: 2022 },
    ]);
  });

  it('learns a half-year report\'s calendar, and reads "in the third quarter of 2025 (Q3 2024: …)"', () => {
    expect(
      learnFiscalCalendar('Half-year results. Results for the six months ended 30 June 2023 (H1 2022: £4.1m).'),
    ).toMatchObject({ fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' });
    expect(learnFiscalCalendar('Interim report for the six months ended 30 September 2023.')).toMatchObject({
      fiscalYearEnd: '03-31',
    });
    const q = draftSentence(
      'The Group generated revenue of EUR 88.1 million in the third quarter of 2023 (Q3 2022: EUR 91.4 million).',
      {
        metrics,
        calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' },
      },
    );
    expect(q.facts.map((f) => [f.period, f.amounts[0]!.value])).toEqual([
      [{ fiscalYear: 2023, quarter: 3 }, 88.1],
      [{ fiscalYear: 2022, quarter: 3 }, 91.4],
    ]);
  });

  it('reads counts beside a quantity metric and a margin "of revenue" after its figure', () => {
    const ctx = { metrics, calendar: {}, documentPeriod: { fiscalYear: 2017, quarter: 3 } };
    const rows = (sentence: string) =>
      draftSentence(sentence, ctx).facts.map((f) => [f.metric, f.offering, f.period.fiscalYear, f.amounts[0]] as const);
    expect(rows('Fibre subscribers reached 318 thousand at the end of the quarter')).toEqual([
      ['subscribers', 'Fibre', 2017, { value: 318, scale: 'thousand', unit: 'subscribers' }],
    ]);
    expect(rows('The network carries 41 thousand subscribers')).toEqual([
      ['subscribers', undefined, 2017, { value: 41, scale: 'thousand', unit: 'subscribers' }],
    ]);
    // A bare number beside no quantity metric stays no amount.
    expect(rows('Revenue grew in 12 of 14 regions')).toEqual([]);
    expect(
      rows('Operating profit was EUR 9.4 million (EUR 8.1 million), or 6.2% of revenue (5.7%).').map((r) => [
        r[0],
        r[2],
        r[3]!.value,
      ]),
    ).toEqual([
      ['operatingIncome', 2017, 9.4],
      ['operatingIncome', 2016, 8.1],
      ['operatingMargin', 2017, 6.2],
      ['operatingMargin', 2016, 5.7],
    ]);
    expect(
      rows(
        'Non-GAAP operating income was $12.2 million, or 18.0% of total revenue, compared to $9.9 million in the third quarter of 2016.',
      ).map((r) => r[0]),
    ).toEqual(['nonGaapOperatingIncome', 'nonGaapOperatingMargin', 'nonGaapOperatingIncome']);
  });

  it('reads the parts of a dividend, a base with its own date, and a calendar counted from January', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2021 },
    };
    const parts = draftSentence(
      'The Board declared an annual dividend of ¥36 per share (interim ¥16, year-end ¥20) for fiscal 2021, up from ¥32 in the previous fiscal year.',
      ctx,
    );
    expect(parts.facts.map((f) => [f.period, f.amounts[0]!.value, f.printedMetric])).toEqual([
      [{ fiscalYear: 2021 }, 36, 'annual dividend'],
      [{ fiscalYear: 2021, months: 6 }, 16, 'interim dividend'],
      [{ fiscalYear: 2021 }, 20, 'year-end dividend'],
      [{ fiscalYear: 2020 }, 32, 'annual dividend'],
    ]);
    expect(parts.facts[0]!.comparisons).toMatchObject([{ basePeriod: { fiscalYear: 2020 }, direction: 'increase' }]);
    const calendar = learnFiscalCalendar('Interim report January–September 2020');
    expect(calendar).toMatchObject({ fiscalYearEnd: '12-31' });
    const debt = draftSentence(
      'Net debt amounted to SEK 455 million at the end of the period (520 at 31 December 2019).',
      {
        metrics,
        calendar: { ...calendar, reportsOn: { fiscalYear: 2020, months: 9 } },
        documentPeriod: { fiscalYear: 2020, months: 9 },
      },
    );
    expect(debt.facts.map((f) => [f.period, f.amounts[0]!.value])).toEqual([
      [{ fiscalYear: 2020, months: 9 }, 455],
      [{ fiscalYear: 2019 }, 520],
    ]);
  });

  it('reads a percent range, "compared to a loss of", a labelled prior-year base and a trailing change', () => {
    expect(amountsOf('growth of 8 to 10 percent').map((a) => [a.low, a.high, a.unit])).toEqual([[8, 10, 'percent']]);
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2022, months: 6 },
    };
    const loss = draftSentence(
      'GAAP loss from operations was $1.1 million, compared to a loss of $2.6 million in the first half of fiscal 2021.',
      ctx,
    );
    expect(loss.facts.map((f) => f.amounts[0]!.value)).toEqual([-1.1, -2.6]);
    const profit = draftSentence(
      'GAAP loss from operations was $1.1 million, compared to a profit of $0.4 million in the first half of fiscal 2021.',
      ctx,
    );
    expect(profit.facts.map((f) => f.amounts[0]!.value)).toEqual([-1.1, 0.4]);
    const dividend = draftSentence(
      'The Company will pay an interim dividend of ¥15 per share (interim dividend for the previous fiscal year: ¥12).',
      ctx,
    );
    expect(dividend.facts.map((f) => [f.period, f.amounts[0]!.value])).toEqual([
      [{ fiscalYear: 2022, months: 6 }, 15],
      [{ fiscalYear: 2021, months: 6 }, 12],
    ]);
    const trailing = draftSentence('Ordinary profit was ¥2,210 million, up 4.4%.', ctx);
    expect(trailing.facts[0]!.comparisons).toMatchObject([
      { kind: 'yoy', basePeriod: { fiscalYear: 2021, months: 6 }, change: { value: 4.4 }, direction: 'increase' },
    ]);
  });

  it("reads a quarter printed as its months, a count's prior figure, a change in parentheses and a base past a relative one", () => {
    const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const };
    expect(findPeriods('Second quarter (April-June 2022)', calendar).map((p) => p.period)).toEqual([
      { fiscalYear: 2022, quarter: 2 },
    ]);
    const ctx = { metrics, calendar, documentPeriod: { fiscalYear: 2022, quarter: 2 } };
    const counts = draftSentence('The number of connected subscriptions rose to 912,000 (804,000).', ctx);
    expect(counts.facts.map((f) => [f.period, f.amounts[0]])).toEqual([
      [
        { fiscalYear: 2022, quarter: 2 },
        { value: 912000, scale: 'one', unit: 'subscribers' },
      ],
      [
        { fiscalYear: 2021, quarter: 2 },
        { value: 804000, scale: 'one', unit: 'subscribers' },
      ],
    ]);
    const forecast = draftSentence('For FY2023, the Company forecasts net sales of 88,000 million yen (up 3.5%).', {
      ...ctx,
      documentPeriod: { fiscalYear: 2022 },
    });
    expect(forecast.facts[0]!.comparisons).toMatchObject([
      { basePeriod: { fiscalYear: 2022 }, change: { value: 3.5 } },
    ]);
    const relative = draftSentence(
      'The Group generated revenue of EUR 120.5 million in the second quarter of 2022, an increase of 4.1% on the prior-year quarter (Q2 2021: EUR 115.8 million). EBIT rose to EUR 14.0 million, corresponding to an EBIT margin of 11.6%.',
      ctx,
    );
    expect(relative.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['revenue', { fiscalYear: 2022, quarter: 2 }, 120.5],
      ['revenue', { fiscalYear: 2021, quarter: 2 }, 115.8],
      ['ebit', { fiscalYear: 2022, quarter: 2 }, 14],
      ['ebitMargin', { fiscalYear: 2022, quarter: 2 }, 11.6],
    ]);
  });

  it('reads periods printed without a year, divisions and businesses, and bases past a per-share figure', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2023, quarter: 3 },
    };
    const rows = (sentence: string) =>
      draftSentence(sentence, ctx).facts.map((f) => [f.metric, f.offering, f.period, f.amounts[0]!.value]);
    expect(
      rows('Operating profit reached KRW 86.4 billion, compared with KRW 71.0 billion in the second quarter.'),
    ).toEqual([
      ['operatingIncome', undefined, { fiscalYear: 2023, quarter: 3 }, 86.4],
      ['operatingIncome', undefined, { fiscalYear: 2023, quarter: 2 }, 71],
    ]);
    expect(rows('For the first nine months of the year, revenue totaled KRW 3,930.2 billion.')).toEqual([
      ['revenue', undefined, { fiscalYear: 2023, months: 9 }, 3930.2],
    ]);
    expect(
      rows('Order intake in the first nine months declined to EUR 702.5 million (9M 2022: EUR 811.3 million).'),
    ).toEqual([
      ['orderIntake', undefined, { fiscalYear: 2023, months: 9 }, 702.5],
      ['orderIntake', undefined, { fiscalYear: 2022, months: 9 }, 811.3],
    ]);
    expect(findPeriods('(4M FY26: $33.5 million)', ctx.calendar)[0]!.period).toEqual({ fiscalYear: 2026, months: 4 });
    expect(rows('Underlying NPAT of $52 million to $56 million is now expected.')[0]![0]).toBe('adjustedNetIncome');
    expect(
      rows('The Coatings division posted revenue of KRW 502.6 billion and operating profit of KRW 39.8 billion.'),
    ).toEqual([
      ['revenue', 'Coatings', { fiscalYear: 2023, quarter: 3 }, 502.6],
      ['operatingIncome', 'Coatings', { fiscalYear: 2023, quarter: 3 }, 39.8],
    ]);
    expect(rows('By segment, net sales in the Gears business were 11,240 million yen.')[0]![1]).toBe('Gears');
    expect(
      rows(
        'Non-GAAP net income was $8.3 million, or $0.14 per diluted share, compared to $6.0 million, or $0.10 per diluted share, a year ago.',
      ).map((r) => [r[0], r[2]]),
    ).toEqual([
      ['nonGaapNetIncome', { fiscalYear: 2023, quarter: 3 }],
      ['nonGaapEarningsPerShare', { fiscalYear: 2023, quarter: 3 }],
      ['nonGaapNetIncome', { fiscalYear: 2022, quarter: 3 }],
      ['nonGaapEarningsPerShare', { fiscalYear: 2022, quarter: 3 }],
    ]);
    const sequential = draftSentence('Revenue was KRW 1,118.7 billion, 2.5% higher than the previous quarter.', ctx);
    expect(sequential.facts[0]!.comparisons).toMatchObject([
      { kind: 'qoq', basePeriod: { fiscalYear: 2023, quarter: 2 }, change: { value: 2.5 } },
    ]);
    const half = { ...ctx, documentPeriod: { fiscalYear: 2023, months: 6 } };
    const dividends = draftSentence(
      'The Company will pay an interim dividend of 32 yen per share (28 yen for the previous interim period). The year-end dividend is forecast at 34 yen per share.',
      half,
    );
    expect(dividends.facts.map((f) => [f.period, f.basis, f.amounts[0]!.value])).toEqual([
      [{ fiscalYear: 2023, months: 6 }, 'guidance', 32],
      [{ fiscalYear: 2022, months: 6 }, 'actual', 28],
      [{ fiscalYear: 2023 }, 'guidance', 34],
    ]);
    const previousYear = draftSentence(
      'The Group generated revenue of approximately EUR 212 million in the first nine months of fiscal year 2023 (previous year: EUR 247 million). EBITDA for the same period amounted to EUR 18.5 million.',
      { ...ctx, previousPeriod: { fiscalYear: 2023, months: 9 } },
    );
    expect(previousYear.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['revenue', { fiscalYear: 2023, months: 9 }, 212],
      ['revenue', { fiscalYear: 2022, months: 9 }, 247],
      ['ebitda', { fiscalYear: 2023, months: 9 }, 18.5],
    ]);
    const yearEnd = draftSentence(
      'Our order backlog amounted to SEK 1,210 million at the end of March, up from SEK 1,070 million at year-end.',
      { ...ctx, documentPeriod: { fiscalYear: 2023, quarter: 1 } },
    );
    expect(yearEnd.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['orderBook', { fiscalYear: 2023, quarter: 1 }, 1210],
      ['orderBook', { fiscalYear: 2022 }, 1070],
    ]);
    expect(
      learnFiscalCalendar('Results for the First Half of Fiscal 2022 (Six months ended September 30, 2022)'),
    ).toMatchObject({ fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' });
    const canadian = draftSentence(
      'Net earnings of $12.6 million ($0.31 per share basic; $0.30 per share diluted). Dividends declared of $0.085 per common share (Q3 2022 - $0.075).',
      ctx,
    );
    expect(canadian.facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['netIncome', { fiscalYear: 2023, quarter: 3 }, 12.6],
      ['basicEarningsPerShare', { fiscalYear: 2023, quarter: 3 }, 0.31],
      ['earningsPerShare', { fiscalYear: 2023, quarter: 3 }, 0.3],
      ['dividendPerShare', { fiscalYear: 2023, quarter: 3 }, 0.085],
      ['dividendPerShare', { fiscalYear: 2022, quarter: 3 }, 0.075],
    ]);
    const uk = draftSentence(
      'Proposed final dividend of 6.2p per share (2022: 5.7p), making a total for the year of 9.1p (2022: 8.3p). Operating profit is stated after adjusting items of £4.4m (2022: £2.4m), mainly amortisation and £1.1m of acquisition-related costs.',
      { ...ctx, documentPeriod: { fiscalYear: 2023 } },
    );
    expect(uk.facts.map((f) => [f.metric, f.printedMetric, f.period, f.amounts[0]!.value])).toEqual([
      ['dividendPerShare', 'final dividend', { fiscalYear: 2023 }, 6.2],
      ['dividendPerShare', 'final dividend', { fiscalYear: 2022 }, 5.7],
      ['dividendPerShare', 'total dividend', { fiscalYear: 2023 }, 9.1],
      ['dividendPerShare', 'total dividend', { fiscalYear: 2022 }, 8.3],
      ['adjustingItems', 'adjusting items', { fiscalYear: 2023 }, 4.4],
      ['adjustingItems', 'adjusting items', { fiscalYear: 2022 }, 2.4],
      ['acquisitionRelatedCosts', 'acquisition-related costs', { fiscalYear: 2023 }, 1.1],
    ]);
    const halfYearBase = draftSentence(
      'Revenue for the six months ended June 30, 2023 was $258.6 million (2022 - $221.0 million).',
      {
        ...ctx,
        calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' },
      },
    );
    expect(halfYearBase.facts.map((f) => [f.period, f.amounts[0]!.value])).toEqual([
      [{ fiscalYear: 2023, months: 6 }, 258.6],
      [{ fiscalYear: 2022, months: 6 }, 221],
    ]);
    expect(learnFiscalCalendar('results for the three and six months ended June 30, 2023')).toMatchObject({
      fiscalYearEnd: '12-31',
    });
    const unchanged = draftSentence(
      'The consolidated forecast announced on May 10, 2022 is unchanged: net sales of 98,000 million yen and operating profit of 8,200 million yen.',
      { ...ctx, documentPeriod: { fiscalYear: 2023, months: 6 } },
    );
    expect(unchanged.facts.map((f) => [f.metric, f.period, f.basis])).toEqual([
      ['revenue', { fiscalYear: 2023 }, 'guidance'],
      ['operatingIncome', { fiscalYear: 2023 }, 'guidance'],
    ]);
    const carried = draftSentence('The forecast of free cash flow of at least EUR 40 million is confirmed.', {
      ...ctx,
      guidancePeriod: { fiscalYear: 2023 },
    });
    expect(carried.facts[0]).toMatchObject({ period: { fiscalYear: 2023 }, basis: 'guidance' });
  });

  it('reads a count before its service and date, net cash as a negative net debt, and a qualified EBITDA', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2023, quarter: 3 },
    };
    const rows = (sentence: string, c: Parameters<typeof draftSentence>[1] = ctx) =>
      draftSentence(sentence, c).facts.map((f) => [f.metric, f.period, f.amounts[0]!.value]);
    expect(rows('188,400 fibre subscribers at 30 September 2023 (171,900), with net additions of 4,200')).toEqual([
      ['subscribers', { fiscalYear: 2023, quarter: 3 }, 188400],
      ['subscribers', { fiscalYear: 2022, quarter: 3 }, 171900],
    ]);
    expect(rows('EBITDA adjusted for special items was NOK 301.0 million (266.5)')).toEqual([
      ['adjustedEbitda', { fiscalYear: 2023, quarter: 3 }, 301],
      ['adjustedEbitda', { fiscalYear: 2022, quarter: 3 }, 266.5],
    ]);
    const year = {
      ...ctx,
      calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' as const, reportsOn: { fiscalYear: 2023 } },
      documentPeriod: { fiscalYear: 2023 },
    };
    expect(rows('Net debt of £31.0m at 30 June 2023 (30 June 2022: net cash of £8.4m)', year)).toEqual([
      ['netDebt', { fiscalYear: 2023 }, 31],
      ['netDebt', { fiscalYear: 2022 }, -8.4],
    ]);
  });

  it('reads a year before the metric it qualifies, "for the period", a base without its own period, and clauses', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2023, quarter: 2 },
    };
    const rows = (sentence: string, c: Parameters<typeof draftSentence>[1] = ctx) =>
      draftSentence(sentence, c).facts.map((f) => [f.metric, f.period, f.basis, f.amounts[0]]);
    expect(
      rows(
        'The company maintained its 2023 capital expenditure plan of KRW 190 billion and declared a quarterly dividend of KRW 400 per share.',
      ),
    ).toEqual([
      ['capitalExpenditures', { fiscalYear: 2023 }, 'guidance', { value: 190, scale: 'billion', unit: 'KRW' }],
      ['dividendPerShare', { fiscalYear: 2023, quarter: 2 }, 'actual', { value: 400, scale: 'one', unit: 'KRW' }],
    ]);
    expect(
      rows('Underlying EBITDA for the period was A$81.2 million.', {
        ...ctx,
        previousPeriod: { fiscalYear: 2023, months: 10 },
      }),
    ).toEqual([
      ['adjustedEbitda', { fiscalYear: 2023, months: 10 }, 'actual', { value: 81.2, scale: 'million', unit: 'AUD' }],
    ]);
    expect(
      rows(
        'Operating profit reached KRW 41.3 billion, compared with KRW 38.0 billion in the second quarter of 2022, and the operating margin improved to 6.3% from 5.9%.',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ['operatingIncome', { fiscalYear: 2023, quarter: 2 }],
      ['operatingIncome', { fiscalYear: 2022, quarter: 2 }],
      ['operatingMargin', { fiscalYear: 2023, quarter: 2 }],
      ['operatingMargin', { fiscalYear: 2022, quarter: 2 }],
    ]);
    expect(
      findPeriods('unaudited revenue for the ten months to 30 April 2023', { fiscalYearEnd: '06-30' })[0]!.period,
    ).toEqual({
      fiscalYear: 2023,
      months: 10,
    });
  });

  it('reads a segment profit, a balance at a date without its year, and a planned dividend', () => {
    const ctx = {
      metrics,
      calendar: {
        fiscalYearEnd: '03-31',
        fiscalYearNamedBy: 'end-year' as const,
        reportsOn: { fiscalYear: 2024, months: 6 },
      },
      documentPeriod: { fiscalYear: 2024, months: 6 },
    };
    const rows = (sentence: string) =>
      draftSentence(sentence, ctx).facts.map((f) => [f.metric, f.offering, f.period, f.basis, f.amounts[0]!.value]);
    expect(
      rows(
        'Net sales of the Optics segment were 12,406 million yen, up 4.2% year on year, with segment profit of 1,520 million yen.',
      ),
    ).toEqual([
      ['revenue', 'Optics', { fiscalYear: 2024, months: 6 }, 'actual', 12406],
      ['operatingIncome', 'Optics', { fiscalYear: 2024, months: 6 }, 'actual', 1520],
    ]);
    expect(rows('Net debt at 30 September was 4,410 million yen (4,870).')).toEqual([
      ['netDebt', undefined, { fiscalYear: 2024, months: 6 }, 'actual', 4410],
      ['netDebt', undefined, { fiscalYear: 2023, months: 6 }, 'actual', 4870],
    ]);
    expect(
      rows('Together with a planned year-end dividend of 20 yen, the annual dividend will be 38 yen.').map((r) => [
        r[0],
        r[3],
      ]),
    ).toEqual([
      ['dividendPerShare', 'guidance'],
      ['dividendPerShare', 'guidance'],
    ]);
  });

  it('reads bases given "respectively", divisions named in capitals, and slash-separated table columns', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2022, quarter: 3 },
    };
    const rows = (sentence: string) =>
      draftSentence(sentence, ctx).facts.map((f) => [f.metric, f.offering, f.period, f.amounts[0]!.value]);
    expect(
      rows(
        'Operating cash flow was $14.8 million and free cash flow was $11.3 million, compared to $9.2 million and $7.6 million, respectively, in the third quarter of 2021.',
      ),
    ).toEqual([
      ['operatingCashFlow', undefined, { fiscalYear: 2022, quarter: 3 }, 14.8],
      ['freeCashFlow', undefined, { fiscalYear: 2022, quarter: 3 }, 11.3],
      ['operatingCashFlow', undefined, { fiscalYear: 2021, quarter: 3 }, 9.2],
      ['freeCashFlow', undefined, { fiscalYear: 2021, quarter: 3 }, 7.6],
    ]);
    expect(rows('The Cathode Materials Division posted revenue of KRW 188.1 billion.')[0]![1]).toBe(
      'Cathode Materials',
    );
    const slashed = draftMetricColumnTables(
      `(Millions of yen, except earnings per share in yen)
Net sales / Operating profit / Earnings per share
Revised forecast (B): 81,500 / 3,400 / 43.68
(Reference) Results for FY2021: 78,342 / 3,615 / 50.66`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' },
        documentPeriod: { fiscalYear: 2022 },
      },
    );
    expect(
      slashed.facts.map(({ fact }) => [fact.metric, fact.period.fiscalYear, fact.basis, fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 2022, 'guidance', 81500],
      ['operatingIncome', 2022, 'guidance', 3400],
      ['earningsPerShare', 2022, 'guidance', 43.68],
      ['revenue', 2021, 'actual', 78342],
      ['operatingIncome', 2021, 'actual', 3615],
      ['earningsPerShare', 2021, 'actual', 50.66],
    ]);
  });

  it('reads a highlights table under bare years, bases past a parenthesis, and leaves an absolute change undrafted', () => {
    const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const };
    const highlights = draftPeriodColumnTables(
      `                 2025   2024  Change
Revenue (£m)     412.8  389.5  +6.0%
Adjusted diluted EPS (p)  31.4  27.8  +12.9%`.split('\n'),
      { metrics, calendar, defaultCurrency: 'GBP' },
    );
    expect(highlights.facts.map(({ fact }) => [fact.metric, fact.period.fiscalYear, fact.amounts[0]])).toEqual([
      ['revenue', 2025, { value: 412.8, scale: 'million', unit: 'GBP' }],
      ['revenue', 2024, { value: 389.5, scale: 'million', unit: 'GBP' }],
      ['adjustedEarningsPerShare', 2025, { value: 31.4, scale: 'one', unit: 'GBX' }],
      ['adjustedEarningsPerShare', 2024, { value: 27.8, scale: 'one', unit: 'GBX' }],
    ]);
    const ctx = { metrics, calendar, documentPeriod: { fiscalYear: 2025 } };
    const rows = (sentence: string, at = ctx) =>
      draftSentence(sentence, at).facts.map((f) => [f.metric, f.offering, f.period, f.amounts[0]!.value]);
    expect(
      rows('Net debt reduced to £96.2m (£118.4m) at the year end; proposed final dividend of 8.6p (7.9p) per share.'),
    ).toEqual([
      ['netDebt', undefined, { fiscalYear: 2025 }, 96.2],
      ['netDebt', undefined, { fiscalYear: 2024 }, 118.4],
      ['dividendPerShare', undefined, { fiscalYear: 2025 }, 8.6],
      ['dividendPerShare', undefined, { fiscalYear: 2024 }, 7.9],
    ]);
    const quarter = { ...ctx, documentPeriod: { fiscalYear: 2025, quarter: 3 } };
    expect(
      rows('Revenue was EUR 268 million in the third quarter of 2025 (prior-year quarter: EUR 301 million).', quarter),
    ).toEqual([
      ['revenue', undefined, { fiscalYear: 2025, quarter: 3 }, 268],
      ['revenue', undefined, { fiscalYear: 2024, quarter: 3 }, 301],
    ]);
    expect(rows('The company plans capital expenditures of around KRW 650 billion for the year.', quarter)).toEqual([
      ['capitalExpenditures', undefined, { fiscalYear: 2025 }, 650],
    ]);
    expect(
      rows('We enter FY26 and expect capital expenditures of at least £40m for the year.', quarter)[0]![2],
    ).toEqual({
      fiscalYear: 2026,
    });
    expect(
      rows('EBIT for the nine-month period amounted to EUR 52.6 million (9M 2024: EUR 89.4 million).', quarter),
    ).toEqual([
      ['ebit', undefined, { fiscalYear: 2025, months: 9 }, 52.6],
      ['ebit', undefined, { fiscalYear: 2024, months: 9 }, 89.4],
    ]);
    expect(rows('In the Industrial Machinery segment, net sales were ¥118.5 billion.')).toEqual([
      ['revenue', 'Industrial Machinery', { fiscalYear: 2025 }, 118.5],
    ]);
    expect(rows('Adjusted EBIT was EUR 9.8 million.')[0]![0]).toBe('adjustedEbit');
    const change = draftSentence('The interim dividend is ¥35 per share, up ¥5 from the previous year.', ctx);
    expect(change.facts.map((f) => f.amounts[0]!.value)).toEqual([35]);
    expect(change.decisions.map((d) => d.question)).toContainEqual(expect.stringContaining("'¥5' is a change"));
  });

  it('reads a base past its margin or per-share words, and a headline list line by line', () => {
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2025, quarter: 4 },
    };
    const rows = (sentence: string) =>
      draftSentence(sentence, ctx).facts.map((f) => [f.metric, f.period, f.amounts[0]!.value]);
    expect(
      rows(
        'GAAP operating income was $78.2 million, or 12.8% of revenue, compared with $64.5 million, or 11.8% of revenue, in the prior-year quarter.',
      ),
    ).toEqual([
      ['operatingIncome', { fiscalYear: 2025, quarter: 4 }, 78.2],
      ['operatingMargin', { fiscalYear: 2025, quarter: 4 }, 12.8],
      ['operatingIncome', { fiscalYear: 2024, quarter: 4 }, 64.5],
      ['operatingMargin', { fiscalYear: 2024, quarter: 4 }, 11.8],
    ]);
    expect(
      rows(
        'Net income was $198.6 million, or $3.07 per diluted share, compared with $171.0 million, or $2.61 per diluted share, in 2024.',
      ).slice(2),
    ).toEqual([
      ['netIncome', { fiscalYear: 2024 }, 171],
      ['earningsPerShare', { fiscalYear: 2024 }, 2.61],
    ]);
    const [headline] = splitSections(
      'Record fourth quarter revenue of $612.4 million, up 11.6% year-over-year\nFull year free cash flow of $326.3 million\nInitiates 2026 outlook\n',
    );
    expect(headline!.units).toEqual([
      'Record fourth quarter revenue of $612.4 million, up 11.6% year-over-year',
      'Full year free cash flow of $326.3 million',
      'Initiates 2026 outlook',
    ]);
  });

  it('drafts nothing the sentence does not tie to a metric, and says so', () => {
    const { facts, decisions } = draft("3rd timein IIJ's history that revenues surpassed JPY10 billion.");
    expect(facts).toEqual([]);
    expect(decisions[0]!.question).toContain('JPY10 billion');
  });
});

describe('tables', () => {
  const lines = (text: string) => text.split('\n');
  const ctx = { metrics, calendar: {} };

  it('reads a unit header in its usual forms', () => {
    expect(unitHeader('(Millions of yen, except per share data)')).toEqual({
      unit: 'JPY',
      scale: 'million',
      perShareInUnits: true,
    });
    expect(unitHeader('(JPY Millions)')).toMatchObject({ unit: 'JPY', scale: 'million' });
    expect(unitHeader('(In thousands of U.S. dollars)')).toMatchObject({ unit: 'USD', scale: 'thousand' });
    expect(unitHeader('(Unit: million yen)')).toMatchObject({ unit: 'JPY', scale: 'million' });
    expect(unitHeader('(unaudited, in thousands, except per share data)')).toEqual({
      scale: 'thousand',
      perShareInUnits: true,
    });
    expect(unitHeader('(see note 3)')).toBeUndefined();
  });

  it('drafts one fact per period column, signs, per-share rows, wrapped labels and the change column', () => {
    const { facts, decisions } = draftPeriodColumnTables(
      lines(`(Millions of yen, except per share data)
                     FY2013      FY2012     Change
Net sales           123,456     110,234      12.0%
Operating income     △1,234       (987)         -
Profit attributable to
owners of parent      7,890       6,543      20.6%
Earnings per share (yen)  98.76   81.23`),
      ctx,
    );
    expect(decisions).toEqual([]);
    expect(facts.map(({ fact }) => [fact.metric, fact.period.fiscalYear, fact.amounts[0]])).toEqual([
      ['revenue', 2013, { value: 123456, scale: 'million', unit: 'JPY' }],
      ['revenue', 2012, { value: 110234, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', 2013, { value: -1234, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', 2012, { value: -987, scale: 'million', unit: 'JPY' }],
      ['netIncome', 2013, { value: 7890, scale: 'million', unit: 'JPY' }],
      ['netIncome', 2012, { value: 6543, scale: 'million', unit: 'JPY' }],
      ['earningsPerShare', 2013, { value: 98.76, scale: 'one', unit: 'JPY' }],
      ['earningsPerShare', 2012, { value: 81.23, scale: 'one', unit: 'JPY' }],
    ]);
    expect(facts[0]!.fact.comparisons).toEqual([
      expect.objectContaining({
        kind: 'yoy',
        basePeriod: { fiscalYear: 2012 },
        change: { value: 12, unit: 'percent' },
      }),
    ]);
    // The quote runs from the header to the row: label, column and unit are all in it.
    expect(facts[4]!.fact.quote).toMatch(/^\(Millions of yen.*FY2013.*Profit attributable to owners of parent 7,890/);
  });

  it('reads a forecast table as guidance and a revision as its revised column only', () => {
    const forecast = draftPeriodColumnTables(
      lines(`Forecast for FY2014
(Millions of yen)
          FY2014
Net sales   130,000`),
      ctx,
    );
    expect(forecast.facts.map(({ fact }) => [fact.metric, fact.period, fact.basis])).toEqual([
      ['revenue', { fiscalYear: 2014 }, 'guidance'],
    ]);
    const revision = draftPeriodColumnTables(
      lines(`Revised full-year forecast for fiscal 2009
(Millions of yen)
            Previous forecast (A)   Revised forecast (B)   Difference (B-A)   Change (%)
Net sales         52,000                 48,500               △3,500            △6.7`),
      ctx,
    );
    expect(revision.facts).toHaveLength(1);
    expect(revision.facts[0]!.fact).toMatchObject({
      metric: 'revenue',
      period: { fiscalYear: 2009 },
      basis: 'guidance',
      amounts: [{ value: 48500, scale: 'million', unit: 'JPY' }],
    });
    expect(revision.facts[0]!.fact.reasons.join(' ')).toContain('52,000');
  });

  it('reads a differences-from-forecast notice: the forecast beside the actual is guidance, a label ends below its row', () => {
    const lines =
      `1. Differences between the consolidated earnings forecast and actual results for the first half of the fiscal year ending March 31, 2026 (April 1, 2025 to September 30, 2025)

(Millions of yen, except per-share figures)
                                   Net sales   Operating   Ordinary   Profit attributable
                                               profit      profit     to owners of parent
Previous forecast (A)                 48,000      3,600      3,700           2,500
Actual results (B)                    51,284      4,412      4,633           3,171
Change (B-A)                           3,284        812        933             671
(Reference) Results for the first
half of the previous fiscal year      45,907      3,318      3,402           2,287
(six months ended September 30, 2024)`.split('\n');
    const { facts } = draftMetricColumnTables(lines, {
      metrics,
      calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' },
    });
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.basis, fact.amounts[0]!.value])).toEqual([
      ['revenue', 'fy2026-6m', 'guidance', 48000],
      ['operatingIncome', 'fy2026-6m', 'guidance', 3600],
      ['ordinaryIncome', 'fy2026-6m', 'guidance', 3700],
      ['netIncome', 'fy2026-6m', 'guidance', 2500],
      ['revenue', 'fy2026-6m', 'actual', 51284],
      ['operatingIncome', 'fy2026-6m', 'actual', 4412],
      ['ordinaryIncome', 'fy2026-6m', 'actual', 4633],
      ['netIncome', 'fy2026-6m', 'actual', 3171],
      ['revenue', 'fy2025-6m', 'actual', 45907],
      ['operatingIncome', 'fy2025-6m', 'actual', 3318],
      ['ordinaryIncome', 'fy2025-6m', 'actual', 3402],
      ['netIncome', 'fy2025-6m', 'actual', 2287],
    ]);
    // A forecast row stays guidance after its period has ended (no preliminary actual).
    expect(facts[0]!.fact.printedForecast).toBe(true);
  });

  it('reads a dividend table by its parts: the interim column as the half, year-end apart, the total as the year', () => {
    const lines = `3. Revision of the dividend forecast

                                              Annual dividends per share (yen)
                                        End of second quarter   Year-end   Total
Previous forecast (announced May 13, 2025)        35.00            35.00     70.00
Revised forecast                                                   42.00     82.00
Results for the current fiscal year               40.00
Results for the previous fiscal year
(fiscal year ended March 31, 2025)                30.00            34.00     64.00`.split('\n');
    const { facts } = draftMetricColumnTables(lines, {
      metrics,
      calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' },
      documentPeriod: { fiscalYear: 2026, months: 6 },
    });
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.basis, fact.amounts[0]!.value])).toEqual([
      ['yearEndDividendPerShare', 'fy2026', 'guidance', 42],
      ['dividendPerShare', 'fy2026', 'guidance', 82],
      ['dividendPerShare', 'fy2026-6m', 'actual', 40],
      ['dividendPerShare', 'fy2025-6m', 'actual', 30],
      ['yearEndDividendPerShare', 'fy2025', 'actual', 34],
      ['dividendPerShare', 'fy2025', 'actual', 64],
    ]);
  });

  it('reads a metric-column table by order under a unit line, its per-share column in the currency', () => {
    const calendar = { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' as const };
    const revision = draftMetricColumnTables(
      lines(`(Millions of yen, except per-share amounts)
                      Net sales   Operating profit   Ordinary profit   Basic earnings per share (yen)
Previous forecast (A)    41,000        2,600            2,700                      88.10
Revised forecast (B)     38,900        2,050            2,150               69.35
(Reference) Results for FY2020/3   40,212   2,498   2,611   85.02`),
      { metrics, calendar, documentPeriod: { fiscalYear: 2021 } },
    );
    expect(revision.facts.map(({ fact }) => [fact.metric, fact.period, fact.basis, fact.amounts[0]])).toEqual([
      ['revenue', { fiscalYear: 2021 }, 'guidance', { value: 38900, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', { fiscalYear: 2021 }, 'guidance', { value: 2050, scale: 'million', unit: 'JPY' }],
      ['ordinaryIncome', { fiscalYear: 2021 }, 'guidance', { value: 2150, scale: 'million', unit: 'JPY' }],
      ['basicEarningsPerShare', { fiscalYear: 2021 }, 'guidance', { value: 69.35, scale: 'one', unit: 'JPY' }],
      ['revenue', { fiscalYear: 2020 }, 'actual', { value: 40212, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', { fiscalYear: 2020 }, 'actual', { value: 2498, scale: 'million', unit: 'JPY' }],
      ['ordinaryIncome', { fiscalYear: 2020 }, 'actual', { value: 2611, scale: 'million', unit: 'JPY' }],
      ['basicEarningsPerShare', { fiscalYear: 2020 }, 'actual', { value: 85.02, scale: 'one', unit: 'JPY' }],
    ]);
  });

  it('reads a header line opening with its unit, and packed rows under a wrapped header by order', () => {
    const keyFigures = draftPeriodColumnTables(
      lines(`NOK million                 Q3 2021    Q3 2020    Change
Revenue                         812        744        9%
Earnings per share (NOK)       1.10       0.95       16%`),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(keyFigures.facts.map(({ fact }) => [fact.metric, fact.period, fact.amounts[0]])).toEqual([
      ['revenue', { fiscalYear: 2021, quarter: 3 }, { value: 812, scale: 'million', unit: 'NOK' }],
      ['revenue', { fiscalYear: 2020, quarter: 3 }, { value: 744, scale: 'million', unit: 'NOK' }],
      ['earningsPerShare', { fiscalYear: 2021, quarter: 3 }, { value: 1.1, scale: 'one', unit: 'NOK' }],
      ['earningsPerShare', { fiscalYear: 2020, quarter: 3 }, { value: 0.95, scale: 'one', unit: 'NOK' }],
    ]);
    const lines2 = draftPeriodColumnTables(
      lines(`SEK million          Apr-Jun 2022   Apr-Jun 2021   Change, %
Hardware sales              88.2           80.4           10
Net sales                  301.7          270.0           12`),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(lines2.facts.map(({ fact }) => [fact.metric, fact.offering, fact.period, fact.amounts[0]!.value])).toEqual([
      ['revenue', 'Hardware', { fiscalYear: 2022, quarter: 2 }, 88.2],
      ['revenue', 'Hardware', { fiscalYear: 2021, quarter: 2 }, 80.4],
      ['revenue', undefined, { fiscalYear: 2022, quarter: 2 }, 301.7],
      ['revenue', undefined, { fiscalYear: 2021, quarter: 2 }, 270],
    ]);
    const points = draftPeriodColumnTables(
      lines(`GBP million               H1 2022    H1 2021    Change
Adjusted operating margin     9.1%       8.6%     +50bps`),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(points.facts[0]!.fact.comparisons).toMatchObject([
      { basePeriod: { fiscalYear: 2021, months: 6 }, change: { value: 0.5, unit: 'absolute' }, direction: 'increase' },
    ]);
    const korean = draftPeriodColumnTables(
      lines(`(Unit: KRW billion)     3Q23     2Q23     QoQ      3Q22     YoY
Revenue                 2,140    2,050    4.4%     2,010    6.5%`),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(korean.facts[0]!.fact.comparisons.map((c) => [c.kind, c.basePeriod, c.change?.value])).toEqual([
      ['qoq', { fiscalYear: 2023, quarter: 2 }, 4.4],
      ['yoy', { fiscalYear: 2022, quarter: 3 }, 6.5],
    ]);
    const both = draftPeriodColumnTables(
      lines(`(in millions of Canadian dollars, except per share amounts)
                       Q4 2022   Q4 2021   % change    FY 2022    FY 2021   % change
Revenue                  212.7     199.5        6.6      801.3      762.0        5.2`),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      both.facts
        .filter(({ fact }) => fact.comparisons.length > 0)
        .map(({ fact }) => [
          fact.period,
          fact.amounts[0]!.unit,
          fact.comparisons.map((c) => [c.basePeriod, c.change?.value]),
        ]),
    ).toEqual([
      [{ fiscalYear: 2022, quarter: 4 }, 'CAD', [[{ fiscalYear: 2021, quarter: 4 }, 6.6]]],
      [{ fiscalYear: 2022 }, 'CAD', [[{ fiscalYear: 2021 }, 5.2]]],
    ]);
    const nordic = draftPeriodColumnTables(
      lines(`SEK million            Apr-Jun 2021  Apr-Jun 2020  Change, %  Jan-Jun 2021  Jan-Jun 2020  Change, %
Net sales                     1,120         1,050          7         2,210         2,100          5
Operating margin, %            10.4           9.9                      10.1           9.6`),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(nordic.facts.map(({ fact }) => [fact.metric, fact.period, fact.amounts[0]!.value])).toEqual([
      ['revenue', { fiscalYear: 2021, quarter: 2 }, 1120],
      ['revenue', { fiscalYear: 2020, quarter: 2 }, 1050],
      ['revenue', { fiscalYear: 2021, months: 6 }, 2210],
      ['revenue', { fiscalYear: 2020, months: 6 }, 2100],
      ['operatingMargin', { fiscalYear: 2021, quarter: 2 }, 10.4],
      ['operatingMargin', { fiscalYear: 2020, quarter: 2 }, 9.9],
      ['operatingMargin', { fiscalYear: 2021, months: 6 }, 10.1],
      ['operatingMargin', { fiscalYear: 2020, months: 6 }, 9.6],
    ]);
    const yearsOnly = draftPeriodColumnTables(
      lines(`£m unless otherwise stated            2022      2021     Change
Revenue                              312.6     289.1       +8%
Basic EPS (p)                         23.9      21.7      +10%`),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(yearsOnly.facts.map(({ fact }) => [fact.metric, fact.period, fact.amounts[0]])).toEqual([
      ['revenue', { fiscalYear: 2022 }, { value: 312.6, scale: 'million', unit: 'GBP' }],
      ['revenue', { fiscalYear: 2021 }, { value: 289.1, scale: 'million', unit: 'GBP' }],
      ['basicEarningsPerShare', { fiscalYear: 2022 }, { value: 23.9, scale: 'one', unit: 'GBX' }],
      ['basicEarningsPerShare', { fiscalYear: 2021 }, { value: 21.7, scale: 'one', unit: 'GBX' }],
    ]);
    expect(yearsOnly.facts[0]!.fact.comparisons).toMatchObject([{ change: { value: 8 }, direction: 'increase' }]);
    const packed = draftMetricColumnTables(
      lines(`                      Net sales  Operating profit  Ordinary profit
                      Million yen  Million yen  Million yen
Revised forecast (B)     41,500   2,300   2,410
Change (B-A)             (1,500) (400) (390)
(Reference) Results for the previous
fiscal year (ended March 31, 2020) 40,118 2,702 2,655`),
      {
        metrics,
        calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' },
        documentPeriod: { fiscalYear: 2021 },
      },
    );
    expect(
      packed.facts.map(({ fact }) => [fact.metric, fact.period.fiscalYear, fact.basis, fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 2021, 'guidance', 41500],
      ['operatingIncome', 2021, 'guidance', 2300],
      ['ordinaryIncome', 2021, 'guidance', 2410],
      ['revenue', 2020, 'actual', 40118],
      ['operatingIncome', 2020, 'actual', 2702],
      ['ordinaryIncome', 2020, 'actual', 2655],
    ]);
  });

  it('reads a table whose columns are metrics by column position, headers wrapped over lines', () => {
    const { facts } = draftMetricColumnTables(
      lines(`1. Revision of the consolidated earnings forecast for FY2008
                                                  (Millions of yen)
                        Net sales  Operating   Net income
                                   income      per share
                                               (yen)
Previous forecast (A)     56,000     3,200       68.42
Revised forecast (B)      51,500     1,150       16.94
Difference (B - A)        △4,500    △2,050          -
(Reference) FY2007        57,940     4,215       85.08`),
      ctx,
    );
    expect(facts.map(({ fact }) => [fact.metric, fact.period.fiscalYear, fact.basis, fact.amounts[0]])).toEqual([
      ['revenue', 2008, 'guidance', { value: 51500, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', 2008, 'guidance', { value: 1150, scale: 'million', unit: 'JPY' }],
      ['earningsPerShare', 2008, 'guidance', { value: 16.94, scale: 'one', unit: 'JPY' }],
      ['revenue', 2007, 'actual', { value: 57940, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', 2007, 'actual', { value: 4215, scale: 'million', unit: 'JPY' }],
      ['earningsPerShare', 2007, 'actual', { value: 85.08, scale: 'one', unit: 'JPY' }],
    ]);
    expect(facts[0]!.fact.reasons.join(' ')).toContain('Previous forecast (A) 56,000');
  });

  it("reads a chart's data labels against its axis labels, by order, under the slide's metric", () => {
    const facts = draftChartLabels(
      'YDC Revenues by Quarter',
      lines(`(JPY Millions)
10,000
8,000
0
8,132 7,848 8,305 8,42l
1Q09 2Q09 3Q09 4Q09`),
      ctx,
    );
    expect(facts.map((f) => [f.metric, f.period, f.amounts[0]!.value])).toEqual([
      ['revenue', { fiscalYear: 2009, quarter: 1 }, 8132],
      ['revenue', { fiscalYear: 2009, quarter: 2 }, 7848],
      ['revenue', { fiscalYear: 2009, quarter: 3 }, 8305],
      ['revenue', { fiscalYear: 2009, quarter: 4 }, 8421],
    ]);
    expect(draftChartLabels('Highlights', lines('(JPY Millions)\n8,132 7,848 8,305\n1Q09 2Q09 3Q09'), ctx)).toEqual([]);
  });

  it('reads a US condensed statement: a header over lines, the document currency, $ cells, Basic and Diluted rows', () => {
    const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const };
    const { facts } = draftPeriodColumnTables(
      lines(`              (in thousands, except per share data)
                          Three Months Ended     Nine Months Ended
                             September 30,          September 30,
                            2013       2012        2013       2012
Revenue                   $ 48,215   $ 41,062    $137,904   $118,377
Operating income (loss)      3,127     (1,085)      6,942     (4,310)
Net income (loss) per share:
  Basic                   $   0.09   $  (0.05)   $   0.18   $  (0.20)
  Diluted                 $   0.08   $  (0.05)   $   0.17   $  (0.20)`),
      { metrics, calendar, defaultCurrency: 'USD' },
    );
    const read = facts.map(({ fact }) => [fact.metric, fact.period, fact.amounts[0]!.value, fact.amounts[0]!.scale]);
    expect(read).toContainEqual(['revenue', { fiscalYear: 2013, quarter: 3 }, 48215, 'thousand']);
    expect(read).toContainEqual(['revenue', { fiscalYear: 2012, months: 9 }, 118377, 'thousand']);
    expect(read).toContainEqual(['operatingIncome', { fiscalYear: 2012, quarter: 3 }, -1085, 'thousand']);
    expect(read).toContainEqual(['basicEarningsPerShare', { fiscalYear: 2013, quarter: 3 }, 0.09, 'one']);
    expect(read).toContainEqual(['earningsPerShare', { fiscalYear: 2012, months: 9 }, -0.2, 'one']);
    expect(facts.every(({ fact }) => fact.amounts[0]!.unit === 'USD')).toBe(true);
  });

  it('reads a kessan-tanshin table: value and % sub-columns by position, labels under "Nine months ended"', () => {
    const calendar = { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' as const };
    const { facts } = draftMetricColumnTables(
      lines(`                 (% figures indicate changes from the same period of the previous year)
                  Net sales         Operating income
               Millions of yen  %  Millions of yen  %
Nine months ended
Dec. 31, 2012          84,312  4.6           5,127  △8.3
Dec. 31, 2011          80,604  2.1           5,591  11.7`),
      { metrics, calendar },
    );
    expect(facts.map(({ fact }) => [fact.metric, fact.period, fact.amounts[0]!.value])).toEqual([
      ['revenue', { fiscalYear: 2012, months: 9 }, 84312],
      ['operatingIncome', { fiscalYear: 2012, months: 9 }, 5127],
      ['revenue', { fiscalYear: 2011, months: 9 }, 80604],
      ['operatingIncome', { fiscalYear: 2011, months: 9 }, 5591],
    ]);
    expect(facts[1]!.fact.comparisons).toEqual([
      expect.objectContaining({ kind: 'yoy', direction: 'decrease', change: { value: 8.3, unit: 'percent' } }),
    ]);
  });

  it('reads rows labelled by a date alone as the balances at that date', () => {
    const calendar = {
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'start-year' as const,
      reportsOn: { fiscalYear: 2025, months: 6 },
    };
    const { facts } = draftMetricColumnTables(
      lines(`(2) Consolidated financial position                                  (Millions of yen)

                         Total assets    Net assets      Equity ratio
                          Millions        Millions        %
September 30, 2025       1,624,880         684,115        40.4
March 31, 2025           1,571,342         662,508        40.1`),
      { metrics, calendar },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['totalAssets', 'fy2025-6m', 1624880],
      ['netAssets', 'fy2025-6m', 684115],
      ['equityRatio', 'fy2025-6m', 40.4],
      ['totalAssets', 'fy2024', 1571342],
      ['netAssets', 'fy2024', 662508],
      ['equityRatio', 'fy2024', 40.1],
    ]);
  });

  it('reads a dividend table titled above its part columns, a line of units under them', () => {
    const calendar = { fiscalYearEnd: '02-28', fiscalYearNamedBy: 'start-year' as const };
    const { facts } = draftMetricColumnTables(
      lines(`5. Dividends
                         Interim      Year-end       Annual
                          (yen)         (yen)        (yen)
FY2024                    38.00         40.00        78.00
FY2025 (forecast)                       42.00        84.00`),
      { metrics, calendar },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.basis, fact.amounts[0]])).toEqual([
      ['dividendPerShare', 'fy2024-6m', 'actual', { value: 38, scale: 'one', unit: 'JPY' }],
      ['yearEndDividendPerShare', 'fy2024', 'actual', { value: 40, scale: 'one', unit: 'JPY' }],
      ['dividendPerShare', 'fy2024', 'actual', { value: 78, scale: 'one', unit: 'JPY' }],
      ['yearEndDividendPerShare', 'fy2025', 'guidance', { value: 42, scale: 'one', unit: 'JPY' }],
      ['dividendPerShare', 'fy2025', 'guidance', { value: 84, scale: 'one', unit: 'JPY' }],
    ]);
  });

  it('reads a segment table as business-line figures and a key-metrics slide by its row units', () => {
    const calendar = { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' as const };
    const segments = draftMetricColumnTables(
      lines(` NDL Segment Results (3Q14)

(JPY Millions) Net sales YoY Operating income
Network Services 5,210 +9.4% 498
Data Center 1,156 +3.6% 38`),
      { metrics, calendar },
    );
    expect(segments.facts.map(({ fact }) => [fact.offering, fact.metric, fact.period, fact.amounts[0]!.value])).toEqual(
      [
        ['Network Services', 'revenue', { fiscalYear: 2014, quarter: 3 }, 5210],
        ['Network Services', 'operatingIncome', { fiscalYear: 2014, quarter: 3 }, 498],
        ['Data Center', 'revenue', { fiscalYear: 2014, quarter: 3 }, 1156],
        ['Data Center', 'operatingIncome', { fiscalYear: 2014, quarter: 3 }, 38],
      ],
    );
    const keyMetrics = draftPeriodColumnTables(
      lines('Q2 FY13 Q2 FY12\nCapex (A$m) 9.8 7.5\nChurn (% per month) l.4 1.6'),
      {
        metrics,
        calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' },
      },
    );
    expect(keyMetrics.facts.map(({ fact }) => [fact.metric, fact.period.fiscalYear, fact.amounts[0]])).toEqual([
      ['capitalExpenditures', 2013, { value: 9.8, scale: 'million', unit: 'AUD' }],
      ['capitalExpenditures', 2012, { value: 7.5, scale: 'million', unit: 'AUD' }],
      ['churnRate', 2013, { value: 1.4, scale: 'one', unit: 'percent' }],
      ['churnRate', 2012, { value: 1.6, scale: 'one', unit: 'percent' }],
    ]);
  });

  it('reads the business lines a metric sub-heading heads in a statement table', () => {
    const table = draftPeriodColumnTables(
      `(in millions)                    Three Months Ended September 30
                                     2025         2024     Change
Net sales
  Flow Control                   $  612.4     $  571.0       7.3%
  Power Systems                     488.9        462.3       5.8%
Total net sales                  $1,402.8     $1,330.1       5.5%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(
      table.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Flow Control', 'fy2025-q3', 612.4],
      ['revenue', 'Flow Control', 'fy2024-q3', 571],
      ['revenue', 'Power Systems', 'fy2025-q3', 488.9],
      ['revenue', 'Power Systems', 'fy2024-q3', 462.3],
      ['revenue', undefined, 'fy2025-q3', 1402.8],
      ['revenue', undefined, 'fy2024-q3', 1330.1],
    ]);
  });

  it('stores a cost printed as a deduction positive, and reads a per-share row in "(cents per share)"', () => {
    const text = `Bilbarra Group Limited (ASX: BGX) announced its results for the year ended 30 June 2025. Net debt was $286.4 million at 30 June 2025.

$m                                  FY25         FY24
Corporate costs                    (12.3)       (10.9)
Total dividend (cents per share)    10.0          8.8`;
    const { draft } = draftOfText(text, 'bilbarra');
    const facts = draft.facts as { metric: string; period: PeriodRef; amounts: { value: number; unit: string }[] }[];
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.unit])).toEqual([
      ['netDebt', 'fy2025', 286.4, 'AUD'],
      ['corporateCosts', 'fy2025', 12.3, 'AUD'],
      ['corporateCosts', 'fy2024', 10.9, 'AUD'],
      ['dividendPerShare', 'fy2025', 10, 'AUD cents'],
      ['dividendPerShare', 'fy2024', 8.8, 'AUD cents'],
    ]);
  });

  it('reads a key figures table whose column words stand over its unit line, and a segment table with the unit below', () => {
    const table = draftPeriodColumnTables(
      `Key figures
                                      Jul–Sep   Jul–Sep   Jan–Dec
SEK m                                    2025      2024      2024
Net sales                               2,431     2,292     9,384`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(table.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['revenue', 'fy2025-q3', 2431],
      ['revenue', 'fy2024-q3', 2292],
      ['revenue', 'fy2024', 9384],
    ]);
    const grouped = draftGroupedColumnTables(
      `                               Revenue               Adjusted operating profit
£m                           H1 FY26    H1 FY25        H1 FY26    H1 FY25
Infrastructure                 268.3      256.9           29.8       28.1
Central costs                      -          -           (5.1)      (4.6)`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      grouped.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]]),
    ).toEqual([
      ['revenue', 'Infrastructure', 'fy2026-6m', { value: 268.3, scale: 'million', unit: 'GBP' }],
      ['revenue', 'Infrastructure', 'fy2025-6m', { value: 256.9, scale: 'million', unit: 'GBP' }],
      ['adjustedOperatingIncome', 'Infrastructure', 'fy2026-6m', { value: 29.8, scale: 'million', unit: 'GBP' }],
      ['adjustedOperatingIncome', 'Infrastructure', 'fy2025-6m', { value: 28.1, scale: 'million', unit: 'GBP' }],
    ]);
  });

  it('reads a business-area table under quarter labels, its unit opening the metric line', () => {
    const { facts } = draftGroupedColumnTables(
      `SEK m                    Net sales                    EBITA              EBITA margin, %
                   Q3 2025   Q3 2024   Change    Q3 2025   Q3 2024    Q3 2025   Q3 2024
Flow Technology      1,468     1,437       2%        201       186       13.7      12.9`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        fact.offering,
        periodKey(fact.period),
        fact.amounts[0],
        fact.comparisons.length,
      ]),
    ).toEqual([
      ['revenue', 'Flow Technology', 'fy2025-q3', { value: 1468, scale: 'million', unit: 'SEK' }, 1],
      ['revenue', 'Flow Technology', 'fy2024-q3', { value: 1437, scale: 'million', unit: 'SEK' }, 0],
      ['ebita', 'Flow Technology', 'fy2025-q3', { value: 201, scale: 'million', unit: 'SEK' }, 0],
      ['ebita', 'Flow Technology', 'fy2024-q3', { value: 186, scale: 'million', unit: 'SEK' }, 0],
      ['ebitaMargin', 'Flow Technology', 'fy2025-q3', { value: 13.7, scale: 'one', unit: 'percent' }, 0],
      ['ebitaMargin', 'Flow Technology', 'fy2024-q3', { value: 12.9, scale: 'one', unit: 'percent' }, 0],
    ]);
  });

  it('reads a grouped table under a titled unit, a growth column of one period and a row with cells missing', () => {
    const grouped = draftGroupedColumnTables(
      `Segment overview (DKK million)

                           Revenue             Organic    EBITDA before special items
                       H1 2025   H1 2024       growth       H1 2025       H1 2024
Pump Systems             3,118     2,904         6.4%           682           618
Central costs                                                   (88)          (93)
Group                    6,842     6,395         5.8%         1,417         1,282`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      grouped.facts.map(({ fact }) => [fact.offering, fact.metric, periodKey(fact.period), fact.amounts[0]]),
    ).toEqual([
      ['Pump Systems', 'revenue', 'fy2025-6m', { value: 3118, scale: 'million', unit: 'DKK' }],
      ['Pump Systems', 'revenue', 'fy2024-6m', { value: 2904, scale: 'million', unit: 'DKK' }],
      ['Pump Systems', 'organicRevenueGrowth', 'fy2025-6m', { value: 6.4, scale: 'one', unit: 'percent' }],
      ['Pump Systems', 'adjustedEbitda', 'fy2025-6m', { value: 682, scale: 'million', unit: 'DKK' }],
      ['Pump Systems', 'adjustedEbitda', 'fy2024-6m', { value: 618, scale: 'million', unit: 'DKK' }],
      [undefined, 'revenue', 'fy2025-6m', { value: 6842, scale: 'million', unit: 'DKK' }],
      [undefined, 'revenue', 'fy2024-6m', { value: 6395, scale: 'million', unit: 'DKK' }],
      [undefined, 'organicRevenueGrowth', 'fy2025-6m', { value: 5.8, scale: 'one', unit: 'percent' }],
      [undefined, 'adjustedEbitda', 'fy2025-6m', { value: 1417, scale: 'million', unit: 'DKK' }],
      [undefined, 'adjustedEbitda', 'fy2024-6m', { value: 1282, scale: 'million', unit: 'DKK' }],
    ]);
  });

  it('reads centred metric headers over their columns, a currency change and a CER growth column, core measures as adjusted', () => {
    const grouped = draftGroupedColumnTables(
      `in CHF million                       Sales                           Core EBIT
                          H1 2025  H1 2024   CHF %   CER %    H1 2025  H1 2024   CHF %
Sterile Products            612.8    548.9   +11.6   +13.9      176.4    151.2   +16.7`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      grouped.facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.length,
      ]),
    ).toEqual([
      ['revenue', 'fy2025-6m', 612.8, 1],
      ['revenue', 'fy2024-6m', 548.9, 0],
      ['adjustedEbit', 'fy2025-6m', 176.4, 1],
      ['adjustedEbit', 'fy2024-6m', 151.2, 0],
      ['constantCurrencyRevenueGrowth', 'fy2025-6m', 13.9, 0],
    ]);
  });

  it('reads a "Margin" header as the margin of the metric before it, and a line of units under the periods', () => {
    const calendar = { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' as const };
    const grouped = draftGroupedColumnTables(
      `                          Revenue                    Adjusted operating profit      Margin
£m                 H1 FY26  H1 FY25   Change     H1 FY26  H1 FY25   Change    H1 FY26  H1 FY25
Signalling           248.3    229.6    +8.1%        24.9     21.7   +14.7%      10.0%     9.5%`.split('\n'),
      { metrics, calendar },
    );
    expect(
      grouped.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toContainEqual(['adjustedOperatingMargin', 'fy2026-6m', 10]);
    const summary = draftPeriodColumnTables(
      `                                              H1 FY26     H1 FY25      Change
                                                   £m          £m
Revenue                                         612.4       574.8       +6.5%`.split('\n'),
      { metrics, calendar },
    );
    expect(summary.facts.map(({ fact }) => [periodKey(fact.period), fact.amounts[0]])).toEqual([
      ['fy2026-6m', { value: 612.4, scale: 'million', unit: 'GBP' }],
      ['fy2025-6m', { value: 574.8, scale: 'million', unit: 'GBP' }],
    ]);
  });

  it("reads a margin column beside an adjusted figure as that figure's margin", () => {
    const grouped = draftGroupedColumnTables(
      `Segment overview (DKK million)
                    EBITDA before special items    EBITDA margin, %
                          H1 2025       H1 2024    H1 2025  H1 2024
Pump Systems                  682           618       21.9     21.3`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect([...new Set(grouped.facts.map(({ fact }) => fact.metric))]).toEqual([
      'adjustedEbitda',
      'adjustedEbitdaMargin',
    ]);
  });

  it('reads a segment table whose metrics each head their own year columns', () => {
    const grouped = draftGroupedColumnTables(
      `                      Revenue (£m)               Adjusted operating profit (£m)
                      2024     2023    Change    2024     2023
Roofing Products      268.3    255.9   +4.8%     33.6     31.2
Group                 412.6    398.1   +3.6%     47.3     44.9`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      grouped.facts.map(({ fact }) => [
        fact.offering,
        fact.metric,
        fact.period.fiscalYear,
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => [c.basePeriod.fiscalYear, c.change?.value]),
      ]),
    ).toEqual([
      ['Roofing Products', 'revenue', 2024, 268.3, [[2023, 4.8]]],
      ['Roofing Products', 'revenue', 2023, 255.9, []],
      ['Roofing Products', 'adjustedOperatingIncome', 2024, 33.6, []],
      ['Roofing Products', 'adjustedOperatingIncome', 2023, 31.2, []],
      [undefined, 'revenue', 2024, 412.6, [[2023, 3.6]]],
      [undefined, 'revenue', 2023, 398.1, []],
      [undefined, 'adjustedOperatingIncome', 2024, 47.3, []],
      [undefined, 'adjustedOperatingIncome', 2023, 44.9, []],
    ]);
    expect(grouped.facts[0]!.fact.amounts[0]).toEqual({ value: 268.3, scale: 'million', unit: 'GBP' });
  });

  it('reads tables whose cells are whole amounts: an outlook by period, a forecast revision by its new column', () => {
    const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const };
    const outlook = draftAmountCellTables(
      `Cobbleford is providing the following outlook for the first quarter and full year 2026:

                                   Q1 2026                 Full Year 2026
Revenue                            $555 - $570 million     $2.49 - $2.54 billion
Non-GAAP operating margin          --                      19.5% - 20.0%`.split('\n'),
      { metrics, calendar },
    );
    expect(outlook.facts.map(({ fact }) => [fact.metric, fact.period, fact.basis, fact.amounts[0]])).toEqual([
      ['revenue', { fiscalYear: 2026, quarter: 1 }, 'guidance', { low: 555, high: 570, scale: 'million', unit: 'USD' }],
      ['revenue', { fiscalYear: 2026 }, 'guidance', { low: 2.49, high: 2.54, scale: 'billion', unit: 'USD' }],
      [
        'nonGaapOperatingMargin',
        { fiscalYear: 2026 },
        'guidance',
        { low: 19.5, high: 20, scale: 'one', unit: 'percent' },
      ],
    ]);
    const revision = draftAmountCellTables(
      `Against this background, the Executive Board today adjusted the forecast for fiscal year 2025:

                               Previous forecast          New forecast
Revenue                        EUR 1.40 – 1.48 billion    EUR 1.33 – 1.37 billion`.split('\n'),
      { metrics, calendar, documentPeriod: { fiscalYear: 2025, quarter: 3 } },
    );
    expect(revision.facts.map(({ fact }) => [fact.metric, fact.period, fact.basis, fact.amounts[0]])).toEqual([
      ['revenue', { fiscalYear: 2025 }, 'guidance', { low: 1.33, high: 1.37, scale: 'billion', unit: 'EUR' }],
    ]);
    expect(isAmountCellRow('Revenue                        EUR 1.40 – 1.48 billion    EUR 1.33 – 1.37 billion')).toBe(
      true,
    );
    expect(isAmountCellRow('Revenue grew 10% to $2.3 billion in 2025.')).toBe(false);
    const highlights = draftAmountCellTables(
      `                                      FY25        FY24      Change
Revenue                             £412.6m     £378.9m      +8.9%
Adjusted basic EPS(1)                 18.4p       16.3p     +12.9%
Net cash/(net debt)(1)               £38.7m    £(12.4)m`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      highlights.facts.map(({ fact }) => [
        fact.metric,
        fact.period.fiscalYear,
        fact.basis,
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => [c.basePeriod.fiscalYear, c.change?.value]),
      ]),
    ).toEqual([
      ['revenue', 2025, 'actual', 412.6, [[2024, 8.9]]],
      ['revenue', 2024, 'actual', 378.9, []],
      ['adjustedEarningsPerShare', 2025, 'actual', 18.4, [[2024, 12.9]]],
      ['adjustedEarningsPerShare', 2024, 'actual', 16.3, []],
      ['netDebt', 2025, 'actual', -38.7, []],
      ['netDebt', 2024, 'actual', 12.4, []],
    ]);
    const fiscal = draftAmountCellTables(
      `Guidance:
                                          Q3 Fiscal 2026              Full Year Fiscal 2026
Subscription revenue                      $170.5 - $172.0 million     $665.0 - $669.0 million`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' } },
    );
    expect(fiscal.facts.map(({ fact }) => [fact.offering, fact.period, fact.basis])).toEqual([
      ['Subscription', { fiscalYear: 2026, quarter: 3 }, 'guidance'],
      ['Subscription', { fiscalYear: 2026 }, 'guidance'],
    ]);
  });

  it('reads a unit header wrapped over two lines, change columns among the years, footnote marks and per-share rows', () => {
    const table = draftPeriodColumnTables(
      `(millions of dollars, except       Three months ended June 30      Six months ended June 30
per share amounts and volumes)      2025      2024   % change       2025      2024   % change
FFO(1)                             121.4     113.5         7       244.0     224.3         9
  Per share(1)                      1.14      1.07         7        2.29      2.11         9
Adjusted EBITDA¹                   158.3     145.2         9       318.9     287.6        11`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' },
        defaultCurrency: 'CAD',
      },
    );
    expect(
      table.facts
        .filter(({ fact }) => fact.period.fiscalYear === 2025)
        .map(({ fact }) => [
          fact.metric,
          fact.period,
          fact.amounts[0]!.value,
          fact.comparisons.map((c) => c.change?.value),
        ]),
    ).toEqual([
      ['fundsFromOperations', { fiscalYear: 2025, quarter: 2 }, 121.4, [7]],
      ['fundsFromOperations', { fiscalYear: 2025, months: 6 }, 244, [9]],
      ['fundsFromOperationsPerShare', { fiscalYear: 2025, quarter: 2 }, 1.14, [7]],
      ['fundsFromOperationsPerShare', { fiscalYear: 2025, months: 6 }, 2.29, [9]],
      ['adjustedEbitda', { fiscalYear: 2025, quarter: 2 }, 158.3, [9]],
      ['adjustedEbitda', { fiscalYear: 2025, months: 6 }, 318.9, [11]],
    ]);
    expect(table.facts[0]!.fact.amounts[0]).toEqual({ value: 121.4, scale: 'million', unit: 'CAD' });
    const ctx = {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' as const },
      documentPeriod: { fiscalYear: 2025 },
    };
    expect(
      draftSentence('Inspection Services delivered revenue of £371.5m (2024: £359.0m).', ctx).facts[0]!.offering,
    ).toBe('Inspection Services');
  });

  it('reads a table in crore under "YoY %" and "QoQ %" columns, its per-share row in rupees', () => {
    const table = draftPeriodColumnTables(
      `Consolidated financial performance (₹ crore)
Particulars               Q2 FY26   Q2 FY25   YoY %   Q1 FY26   QoQ %
Revenue from operations   1,482.6   1,316.4    12.6   1,391.8     6.5
Diluted EPS (₹)             13.42     10.76             12.16`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      table.facts.map(({ fact }) => [
        fact.metric,
        fact.period,
        fact.amounts[0],
        fact.comparisons.map((c) => c.change?.value),
      ]),
    ).toEqual([
      ['revenue', { fiscalYear: 2026, quarter: 2 }, { value: 14826, scale: 'million', unit: 'INR' }, [12.6, 6.5]],
      ['revenue', { fiscalYear: 2025, quarter: 2 }, { value: 13164, scale: 'million', unit: 'INR' }, []],
      ['revenue', { fiscalYear: 2026, quarter: 1 }, { value: 13918, scale: 'million', unit: 'INR' }, []],
      ['earningsPerShare', { fiscalYear: 2026, quarter: 2 }, { value: 13.42, scale: 'one', unit: 'INR' }, []],
      ['earningsPerShare', { fiscalYear: 2025, quarter: 2 }, { value: 10.76, scale: 'one', unit: 'INR' }, []],
      ['earningsPerShare', { fiscalYear: 2026, quarter: 1 }, { value: 12.16, scale: 'one', unit: 'INR' }, []],
    ]);
  });

  it('reads a per-share row in the currency its label names, and a captioned line of periods', () => {
    const table = draftPeriodColumnTables(
      `Financial summary                  Q2 FY26    Q1 FY26
Revenue (US$ million)              1,284.6    1,258.2
Basic EPS (Rs)                       41.52      40.24

Operating metrics                  Q2 FY26    Q1 FY26
Attrition, last twelve months (%)     12.8       13.4`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(table.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]])).toEqual([
      ['revenue', 'fy2026-q2', { value: 1284.6, scale: 'million', unit: 'USD' }],
      ['revenue', 'fy2026-q1', { value: 1258.2, scale: 'million', unit: 'USD' }],
      ['basicEarningsPerShare', 'fy2026-q2', { value: 41.52, scale: 'one', unit: 'INR' }],
      ['basicEarningsPerShare', 'fy2026-q1', { value: 40.24, scale: 'one', unit: 'INR' }],
      ['attritionRate', 'fy2026-q2', { value: 12.8, scale: 'one', unit: 'percent' }],
      ['attritionRate', 'fy2026-q1', { value: 13.4, scale: 'one', unit: 'percent' }],
    ]);
  });

  it('reads a negative change printed "(4.6%)", its percent sign inside the parentheses', () => {
    const table = draftPeriodColumnTables(
      `$m                         FY25       FY24      Change
Statutory NPAT              78.4       82.2     (4.6%)`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'AUD' },
    );
    expect(table.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['netIncome', 'fy2025', 78.4],
      ['netIncome', 'fy2024', 82.2],
    ]);
    expect(table.facts[0]!.fact.comparisons[0]).toMatchObject({
      direction: 'decrease',
      change: { value: 4.6, unit: 'percent' },
    });
  });

  it('reads a "% Var" column as one change, and like-for-like and constant-currency columns as growth amounts', () => {
    const consolidated = draftPeriodColumnTables(
      `(MXN millions)              3Q25      3Q24    % Var       9M25      9M24    % Var
Net sales                 10,412     9,830     5.9%     30,118    28,950     4.0%`.split('\n'),
      { metrics, calendar: {} },
    );
    expect(
      consolidated.facts.map(({ fact }) => [periodKey(fact.period), fact.amounts[0], fact.comparisons[0]?.change]),
    ).toEqual([
      ['fy2025-q3', { value: 10412, scale: 'million', unit: 'MXN' }, { value: 5.9, unit: 'percent' }],
      ['fy2024-q3', { value: 9830, scale: 'million', unit: 'MXN' }, undefined],
      ['fy2025-9m', { value: 30118, scale: 'million', unit: 'MXN' }, { value: 4, unit: 'percent' }],
      ['fy2024-9m', { value: 28950, scale: 'million', unit: 'MXN' }, undefined],
    ]);
    const divisions = draftPeriodColumnTables(
      `Revenue by division

(EUR millions)        Q3 2025  Q3 2024  Reported   LfL*    9M 2025  9M 2024  Reported   LfL*
Metering Systems        212.4    200.0     +6.2%  +4.1%      640.0    600.0     +6.7%  +5.0%
Group                   500.0    480.0     +4.2%  +3.3%    1,500.0  1,420.0     +5.6%  +4.4%`.split('\n'),
      { metrics, calendar: {} },
    );
    const rows = divisions.facts.map(({ fact }) => [
      fact.metric,
      fact.offering,
      periodKey(fact.period),
      fact.amounts[0]!.value,
    ]);
    expect(rows).toContainEqual(['revenue', 'Metering Systems', 'fy2025-q3', 212.4]);
    expect(rows).toContainEqual(['organicRevenueGrowth', 'Metering Systems', 'fy2025-q3', 4.1]);
    expect(rows).toContainEqual(['organicRevenueGrowth', 'Metering Systems', 'fy2025-9m', 5]);
    expect(rows).toContainEqual(['organicRevenueGrowth', undefined, 'fy2025-9m', 4.4]);
    // The reported change is the comparison; the like-for-like growth is no comparison.
    const q3 = divisions.facts.find(({ fact }) => fact.metric === 'revenue' && fact.offering === undefined)!.fact;
    expect(q3.comparisons.map((c) => c.change)).toEqual([{ value: 4.2, unit: 'percent' }]);
  });

  it('reads "Three Months Ended" over every date, and "% Change vs. 2Q25 vs. 3Q24" columns against those quarters', () => {
    const bank = draftPeriodColumnTables(
      `SELECTED FINANCIAL DATA (unaudited)
($ in thousands, except per share data)

                                        Three Months Ended            % Change
                                   Sep 30,     Jun 30,     Sep 30,    vs.     vs.
                                     2025        2025        2024    2Q25    3Q24
Net interest income               201,440     196,380     188,020     2.6     7.1`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(periodValueAndChanges(bank.facts)).toEqual([
      [
        'fy2025-q3',
        201440,
        [
          ['fy2025-q2', 2.6],
          ['fy2024-q3', 7.1],
        ],
      ],
      ['fy2025-q2', 196380, []],
      ['fy2024-q3', 188020, []],
    ]);
    // A quarter of a bare year is a calendar quarter; a retailer's 52 weeks are its year.
    expect(learnFiscalCalendar('HALSTROM BANCORP REPORTS THIRD QUARTER 2025 RESULTS')).toMatchObject({
      fiscalYearEnd: '12-31',
    });
    expect(
      findPeriods('revenue for the 52 weeks ended 28 February 2026', { fiscalYearEnd: '02-28' }).map((p) => p.period),
    ).toEqual([{ fiscalYear: 2026 }]);
  });

  it('reads a metric caption over business-line rows, its unit from the table just above, and "First half FY2025"', () => {
    const segments = draftPeriodColumnTables(
      `Segment information                                            (Millions of yen)

Revenue                          First half FY2025   First half FY2024    Change
Marine Logistics                      118,440             106,215          12,225
Total                                 201,873             189,906          11,967

Note: Others includes corporate expenses.

Operating profit                 First half FY2025   First half FY2024    Change
Marine Logistics                        9,206               8,118           1,088

RECONCILIATION OF PROFIT TO ADJUSTED PROFIT
                                 First half FY2025   First half FY2024
Amortization of acquired intangibles    0.22                0.23`.split('\n'),
      { metrics, calendar: {} },
    );
    expect(
      segments.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]]),
    ).toEqual([
      ['revenue', 'Marine Logistics', 'fy2025-6m', { value: 118440, scale: 'million', unit: 'JPY' }],
      ['revenue', 'Marine Logistics', 'fy2024-6m', { value: 106215, scale: 'million', unit: 'JPY' }],
      ['revenue', undefined, 'fy2025-6m', { value: 201873, scale: 'million', unit: 'JPY' }],
      ['revenue', undefined, 'fy2024-6m', { value: 189906, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', 'Marine Logistics', 'fy2025-6m', { value: 9206, scale: 'million', unit: 'JPY' }],
      ['operatingIncome', 'Marine Logistics', 'fy2024-6m', { value: 8118, scale: 'million', unit: 'JPY' }],
    ]);
  });

  it('reads sub-headings that carry their unit or name a percent metric over business-line rows', () => {
    const brands = draftPeriodColumnTables(
      `                                    Q3 2025      Q3 2024      Change
  Revenues ($ in millions)
    Fenwick Grill                     221.7        208.0        6.6%
  Total revenues                      312.4        293.4        6.5%
  Comparable restaurant sales
    Fenwick Grill                      3.4%         2.2%`.split('\n'),
      { metrics, calendar: {}, defaultCurrency: 'USD' },
    );
    expect(
      brands.facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]]),
    ).toEqual([
      ['revenue', 'Fenwick Grill', 'fy2025-q3', { value: 221.7, scale: 'million', unit: 'USD' }],
      ['revenue', 'Fenwick Grill', 'fy2024-q3', { value: 208, scale: 'million', unit: 'USD' }],
      ['revenue', undefined, 'fy2025-q3', { value: 312.4, scale: 'million', unit: 'USD' }],
      ['revenue', undefined, 'fy2024-q3', { value: 293.4, scale: 'million', unit: 'USD' }],
      ['comparableSalesGrowth', 'Fenwick Grill', 'fy2025-q3', { value: 3.4, scale: 'one', unit: 'percent' }],
      ['comparableSalesGrowth', 'Fenwick Grill', 'fy2024-q3', { value: 2.2, scale: 'one', unit: 'percent' }],
    ]);
  });

  it('reads columns that are dates as balances, and a line of dates past a table as the next table', () => {
    const calendar = {
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'end-year' as const,
      reportsOn: { fiscalYear: 2026, quarter: 2 },
    };
    const { facts } = draftPeriodColumnTables(
      `Loan book by product (₹ crore)
                                   Sep 30, 2025     Sep 30, 2024     YoY %
Home Loans                             11,228            8,898          26
Total AUM                              32,918           30,191           9

Asset quality                    Sep 30, 2025    Jun 30, 2025    Sep 30, 2024
Gross Stage 3 (%)                        2.38            2.44            2.61`.split('\n'),
      { metrics, calendar },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['assetsUnderManagement', 'fy2026-q2', 329180],
      ['assetsUnderManagement', 'fy2025-q2', 301910],
      ['grossStage3Ratio', 'fy2026-q2', 2.38],
      ['grossStage3Ratio', 'fy2026-q1', 2.44],
      ['grossStage3Ratio', 'fy2025-q2', 2.61],
    ]);
  });

  it('reads rows indented under a metric row as its business lines when they add up to it, not reconciling items', () => {
    const { facts } = draftPeriodColumnTables(
      `Revenues (JPY millions)
                                      2Q24        2Q25    YoY change
Total revenues                      19,648      21,842        11.2%
  Network services                  16,122      17,214         6.8%
  Mobile services                    3,526       4,628        31.3%
Gross margin ratio                   20.4%       20.8%
  Network services                   23.5%       23.8%
Net cash provided by operating activities   8,612    9,850
  Purchases of property and equipment       (2,964)  (3,120)
Free cash flow                              5,648    6,730`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' } },
    );
    const rows = facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]);
    expect(rows).toContainEqual(['revenue', 'Network services', 'fy2025-q2', 17214]);
    expect(rows).toContainEqual(['revenue', 'Mobile services', 'fy2024-q2', 3526]);
    expect(rows).toContainEqual(['grossMargin', 'Network services', 'fy2025-q2', 23.8]);
    expect(rows).toContainEqual(['operatingCashFlow', undefined, 'fy2025-q2', 9850]);
    expect(rows.filter(([metric]) => metric === 'operatingCashFlow')).toHaveLength(2);
  });

  it('reads change columns qualified on the line below, each against its own base, and a label wrapped at "&"', () => {
    const calendar = { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' as const };
    const { facts } = draftPeriodColumnTables(
      `Operating margin (%)                  21.3       20.9       21.6    40 bps  (30) bps

Revenue by industry vertical (US$ million)
                                   Q2 FY26    QoQ growth   YoY growth   YoY growth
                                              (reported)   (reported)   (constant currency)
Travel, Transport
  & Hospitality                      402.1       2.5%         6.8%         6.1%`.split('\n'),
      { metrics, calendar },
    );
    const revenue = facts.find(({ fact }) => fact.metric === 'revenue')!.fact;
    expect(revenue).toMatchObject({ offering: 'Travel, Transport & Hospitality', amounts: [{ value: 402.1 }] });
    expect(revenue.comparisons.map((c) => [c.kind, periodKey(c.basePeriod), c.change?.value])).toEqual([
      ['qoq', 'fy2026-q1', 2.5],
      ['yoy', 'fy2025-q2', 6.8],
    ]);
    expect(facts.find(({ fact }) => fact.metric === 'constantCurrencyRevenueGrowth')!.fact.amounts[0]!.value).toBe(6.1);
    expect(cellsOf('40 bps  (30) bps').map((c) => c.value)).toEqual([0.4, -0.3]);
  });

  it('reads bare years under a later table as the periods the statement above named for them', () => {
    const calendar = { fiscalYearEnd: '01-31', fiscalYearNamedBy: 'end-year' as const };
    const { facts } = draftPeriodColumnTables(
      `(in thousands, except per share amounts; unaudited)
                                              Three Months Ended October 31,
                                                  2025             2024
Total revenue                                   182,412          150,318

RECONCILIATION OF GAAP TO NON-GAAP INCOME FROM OPERATIONS
(in thousands; unaudited)                         2025             2024
Net cash provided by operating activities     $  38,612        $  24,850`.split('\n'),
      { metrics, calendar, defaultCurrency: 'USD' },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['revenue', 'fy2026-q3', 182412],
      ['revenue', 'fy2025-q3', 150318],
      ['operatingCashFlow', 'fy2026-q3', 38612],
      ['operatingCashFlow', 'fy2025-q3', 24850],
    ]);
  });

  it("reads a count row's indented lines as its business lines, their unit no part of their names", () => {
    const { facts } = draftPeriodColumnTables(
      `                                         Q3 2025     Q3 2024
Gold produced (oz)                       118,450     104,210
  Wabigoon Mine (oz)                      71,320      66,870
  Kesagami Mine (oz)                      47,130      37,340`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]]),
    ).toContainEqual(['goldProduction', 'Wabigoon Mine', 'fy2025-q3', { value: 71320, scale: 'one', unit: 'oz' }]);
  });

  it('reads prices per ounce or pound as whole currency under a table in millions, and counts in millions of pounds', () => {
    const { facts } = draftPeriodColumnTables(
      `(in millions of U.S. dollars, except where noted)      Q3 2025      Q3 2024     Change
Copper produced (Mlbs)                                    24.6         22.1        11%
Average realized gold price ($/oz)                       3,412        2,468        38%
Revenue                                                  503.1        348.0        45%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.filter(({ fact }) => fact.period.fiscalYear === 2025).map(({ fact }) => [fact.metric, fact.amounts[0]]),
    ).toEqual([
      ['copperProduction', { value: 24.6, scale: 'million', unit: 'lb' }],
      ['averageRealizedGoldPrice', { value: 3412, scale: 'one', unit: 'USD' }],
      ['revenue', { value: 503.1, scale: 'million', unit: 'USD' }],
    ]);
  });

  it('reads a money row whose changes stand among its figures in order, and changes in "p.p."', () => {
    const { facts } = draftPeriodColumnTables(
      `R$ million                  3Q25      3Q24    Var. %      2Q25    Var. %       9M25       9M24    Var. %
EBITDA margin              33.4%     32.2%  1.2 p.p.     32.7%  0.7 p.p.      33.2%      32.1%  1.1 p.p.
Net debt (R$ billion)       14.2      12.9     10.1%      13.6      4.4%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    const rows = facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value]);
    expect(rows.filter(([m]) => m === 'netDebt')).toEqual([
      ['netDebt', 'fy2025-q3', 14.2],
      ['netDebt', 'fy2024-q3', 12.9],
      ['netDebt', 'fy2025-q2', 13.6],
    ]);
    expect(rows.filter(([m]) => m === 'ebitdaMargin')).toHaveLength(5);
    expect(facts[0]!.fact.comparisons[0]).toMatchObject({ change: { value: 1.2, unit: 'absolute' } });
  });

  it('reads a change column named on the line below the periods, and an outlook row whose label gives the scale', () => {
    const calendar = { fiscalYearEnd: '02-28', fiscalYearNamedBy: 'start-year' as const };
    const results = draftPeriodColumnTables(
      `(Millions of yen)
                                          1H FY2025        1H FY2024
                                       (Mar.-Aug. 2025) (Mar.-Aug. 2024)     Change
Operating revenue                           412,586          389,745           5.9%`.split('\n'),
      { metrics, calendar },
    );
    expect(
      results.facts.map(({ fact }) => [periodKey(fact.period), fact.amounts[0]!.value, fact.comparisons.length]),
    ).toEqual([
      ['fy2025-6m', 412586, 1],
      ['fy2024-6m', 389745, 0],
    ]);
    const outlook = draftAmountCellTables(
      `Flintmoor expects:
                                          Q4 Fiscal 2026           Fiscal Year 2026
Total revenue (millions)                  $425.0 - $429.0          $1,604.0 - $1,608.0`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '01-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(outlook.facts.map(({ fact }) => [periodKey(fact.period), fact.basis, fact.amounts[0]])).toEqual([
      ['fy2026-q4', 'guidance', { low: 425, high: 429, scale: 'million', unit: 'USD' }],
      ['fy2026', 'guidance', { low: 1604, high: 1608, scale: 'million', unit: 'USD' }],
    ]);
  });

  it("reads a breakdown title's metric from its own lines, not from the paragraph before the table", () => {
    const { facts } = draftPeriodColumnTables(
      `Cash, cash equivalents and short-term investments were $212.4 million as of June 30, 2025.

Revenue by Product Line (in thousands, unaudited)

                                   Three Months Ended June 30,
                                      2025         2024      % Change
Capital Systems                     18,420       15,960        15.4%
Total revenue                       81,136       67,974        19.4%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Capital Systems', 'fy2025-q2', 18420],
      ['revenue', 'Capital Systems', 'fy2024-q2', 15960],
      ['revenue', undefined, 'fy2025-q2', 81136],
      ['revenue', undefined, 'fy2024-q2', 67974],
    ]);
  });

  it('reads a gross margin printed as an amount as gross profit, its lines too, and the ratio row as the margin', () => {
    const { facts } = draftPeriodColumnTables(
      `Revenues and Gross Margin (JPY millions)
                                      2Q24        2Q25    YoY change
Total gross margin                   6,059       6,626         9.4%
  Network services                   3,781       4,102         8.5%
  Systems integration                2,278       2,524        10.8%
Gross margin ratio                   20.4%       20.8%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' } },
    );
    const rows = facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]);
    expect(rows).toContainEqual(['grossProfit', undefined, 'fy2025-q2', 6626]);
    expect(rows).toContainEqual(['grossProfit', 'Network services', 'fy2025-q2', 4102]);
    expect(rows).toContainEqual(['grossMargin', undefined, 'fy2025-q2', 20.8]);
    expect(metrics.find('Selling, general and administrative expenses were')[0]!.readings[0]!.key).toBe(
      'sellingGeneralAndAdministrativeExpense',
    );
  });

  it("reads a per-share row in cents as the table currency's cents, a named one as its own", () => {
    const table = draftPeriodColumnTables(
      `(A$m)                          FY25      FY24
Underlying EBITDA             236.8     216.3
Underlying EPS (cents)         27.6      24.5
Interim dividend per share (Singapore cents)   1.50   1.20`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' } },
    );
    expect(table.facts.map(({ fact }) => [fact.metric, fact.period, fact.amounts[0]])).toEqual([
      ['adjustedEbitda', { fiscalYear: 2025 }, { value: 236.8, scale: 'million', unit: 'AUD' }],
      ['adjustedEbitda', { fiscalYear: 2024 }, { value: 216.3, scale: 'million', unit: 'AUD' }],
      ['adjustedEarningsPerShare', { fiscalYear: 2025 }, { value: 27.6, scale: 'one', unit: 'AUD cents' }],
      ['adjustedEarningsPerShare', { fiscalYear: 2024 }, { value: 24.5, scale: 'one', unit: 'AUD cents' }],
      ['dividendPerShare', { fiscalYear: 2025 }, { value: 1.5, scale: 'one', unit: 'SGD cents' }],
      ['dividendPerShare', { fiscalYear: 2024 }, { value: 1.2, scale: 'one', unit: 'SGD cents' }],
    ]);
  });

  it('reads a forecast table\'s "First half" row as the half, and cash used in investing as an outflow', () => {
    const calendar = { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' as const };
    const forecast = draftMetricColumnTables(
      `3. Consolidated Forecast for FY2025 (April 1, 2025 to March 31, 2026)
              Net sales            Operating profit
              Millions of yen  %   Millions of yen  %
First half    75,500         2.8   6,700          4.0
Full year     158,000        3.9   14,600         5.5`.split('\n'),
      { metrics, calendar },
    );
    expect(
      forecast.facts.map(({ fact }) => [fact.metric, fact.offering, fact.period, fact.basis, fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', undefined, { fiscalYear: 2025, months: 6 }, 'guidance', 75500],
      ['operatingIncome', undefined, { fiscalYear: 2025, months: 6 }, 'guidance', 6700],
      ['revenue', undefined, { fiscalYear: 2025 }, 'guidance', 158000],
      ['operatingIncome', undefined, { fiscalYear: 2025 }, 'guidance', 14600],
    ]);
    const used = draftSentence('Net cash used in investing activities was ¥9,214 million.', {
      metrics,
      calendar,
      documentPeriod: { fiscalYear: 2024 },
    });
    expect(used.facts.map((f) => [f.metric, f.amounts[0]!.value])).toEqual([['investingCashFlow', -9214]]);
  });

  it('reads a key figures table by months, a bare year among its columns, and special items', () => {
    const table = draftPeriodColumnTables(
      `EUR million                      7-9/2025  7-9/2024  Change %  1-9/2025  1-9/2024  Change %     2024
Revenue                             218.6     207.3       5.5     651.9     628.4       3.7    861.7
EBIT before special items            25.1      21.4      17.3      70.4      63.2      11.4     88.9
Special items                        -1.8      -0.6                -4.9      -2.2              -3.1`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      table.facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.length,
      ]),
    ).toEqual([
      ['revenue', 'fy2025-q3', 218.6, 1],
      ['revenue', 'fy2024-q3', 207.3, 0],
      ['revenue', 'fy2025-9m', 651.9, 1],
      ['revenue', 'fy2024-9m', 628.4, 0],
      ['revenue', 'fy2024', 861.7, 0],
      ['adjustedEbit', 'fy2025-q3', 25.1, 1],
      ['adjustedEbit', 'fy2024-q3', 21.4, 0],
      ['adjustedEbit', 'fy2025-9m', 70.4, 1],
      ['adjustedEbit', 'fy2024-9m', 63.2, 0],
      ['adjustedEbit', 'fy2024', 88.9, 0],
      ['adjustingItems', 'fy2025-q3', -1.8, 0],
      ['adjustingItems', 'fy2024-q3', -0.6, 0],
      ['adjustingItems', 'fy2025-9m', -4.9, 0],
      ['adjustingItems', 'fy2024-9m', -2.2, 0],
      ['adjustingItems', 'fy2024', -3.1, 0],
    ]);
    // Months without a year under a heading of the document's year.
    const prose = draftSentence('Process Valves revenue in July-September was EUR 131.0 million (122.4).', {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' },
      documentPeriod: { fiscalYear: 2025, months: 9 },
    });
    expect(prose.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['revenue', 'fy2025-q3', 131],
      ['revenue', 'fy2024-q3', 122.4],
    ]);
  });

  it('reads columns dated under a shared header, with a long unit note and a change column above the dates', () => {
    const table = draftPeriodColumnTables(
      `(Millions of yen, except per share amounts; percentages show changes from the same period of the previous year)
                                          Three months ended   Three months ended   YoY change
                                          June 30, 2024        June 30, 2025
Net sales                                      17,203               18,426              7.1%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' } },
    );
    expect(
      table.facts.map(({ fact }) => [
        fact.period,
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => c.change?.value),
      ]),
    ).toEqual([
      [{ fiscalYear: 2024, quarter: 1 }, 17203, []],
      [{ fiscalYear: 2025, quarter: 1 }, 18426, [7.1]],
    ]);
  });

  it('leaves chart axes under a unit header alone', () => {
    const { facts } = draftPeriodColumnTables(
      lines(`(JPY Millions) due to:
7,000 T @® Contract cancellations by the telecom
6000 + service arms of regional electric power
Gross Margin Ratio T 25 equipment sales
3Q01 4Q01 1Q02 2Q02 3Q02`),
      ctx,
    );
    expect(facts).toEqual([]);
  });
});

describe('forms of other markets', () => {
  const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } as const;
  const rows = (facts: readonly { fact: { metric: string; period: PeriodRef; amounts: readonly Amount[] } }[]) =>
    facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value, fact.amounts[0]!.unit]);

  it('reads "M€" after a figure and over a table as euro millions', () => {
    expect(amountsOf('EBITDA: 2,894 M€ (+6.8%)')[0]).toMatchObject({ value: 2894, scale: 'million', unit: 'EUR' });
    // (A "€" that opens the next amount is no suffix of the year before it.)
    expect(amountsOf('In 2024 €3.2 billion was invested').map((x) => [x.value, x.scale])).toEqual([[3.2, 'billion']]);
    expect(unitHeader('CONSOLIDATED INCOME STATEMENT (M€)')).toMatchObject({ unit: 'EUR', scale: 'million' });
    expect(unitHeader('(k€)')).toMatchObject({ unit: 'EUR', scale: 'thousand' });
  });

  it("reads Nordic quarter labels and a retailer's first weeks of a year", () => {
    expect(
      findPeriods('Q3/2025  Q3/2024  Q1–Q3/2025  Q1-Q3/2024', calendar).map((p) => [p.text, periodKey(p.period)]),
    ).toEqual([
      ['Q3/2025', 'fy2025-q3'],
      ['Q3/2024', 'fy2024-q3'],
      ['Q1–Q3/2025', 'fy2025-9m'],
      ['Q1-Q3/2024', 'fy2024-9m'],
    ]);
    expect(findPeriods('For the first 40 weeks of fiscal 2025, sales rose').map((p) => periodKey(p.period))).toEqual([
      'fy2025-9m',
    ]);
    expect(findPeriods('in the first 24 weeks of fiscal 2025').map((p) => periodKey(p.period))).toEqual(['fy2025-6m']);
    // A bare year opening a sentence is that fiscal year; later in a quarterly release it is often the quarter a year before.
    expect(findPeriods('For 2026 we expect growth. Sales rose from $5 million in 2024.').map((p) => p.text)).toEqual([
      'For 2026',
    ]);
    expect(findPeriods('In 2025 to date, revenue was $30.1 million.').map((p) => p.text)).toEqual([]);
  });

  it('reads a Thai summary table: its "Unit:" header, "%YoY" columns and dash-marked breakdown rows', () => {
    const { facts } = draftPeriodColumnTables(
      `Unit: Baht million                  3Q24     2Q25     3Q25    %YoY    %QoQ      9M24      9M25    %YoY
Revenue from hospital operations   7,316    7,425    7,842     7.2     5.6    21,204    22,680     7.0
  - Thai patients                  5,452    5,521    5,724     5.0     3.7    15,912    16,635     4.5
  - International patients         1,864    1,904    2,118    13.6    11.2     5,292     6,045    14.2`.split('\n'),
      { metrics, calendar },
    );
    expect(rows(facts)).toEqual([
      ['revenue', 'fy2024-q3', 7316, 'THB'],
      ['revenue', 'fy2025-q2', 7425, 'THB'],
      ['revenue', 'fy2025-q3', 7842, 'THB'],
      ['revenue', 'fy2024-9m', 21204, 'THB'],
      ['revenue', 'fy2025-9m', 22680, 'THB'],
      ['revenue', 'fy2024-q3', 5452, 'THB'],
      ['revenue', 'fy2025-q2', 5521, 'THB'],
      ['revenue', 'fy2025-q3', 5724, 'THB'],
      ['revenue', 'fy2024-9m', 15912, 'THB'],
      ['revenue', 'fy2025-9m', 16635, 'THB'],
      ['revenue', 'fy2024-q3', 1864, 'THB'],
      ['revenue', 'fy2025-q2', 1904, 'THB'],
      ['revenue', 'fy2025-q3', 2118, 'THB'],
      ['revenue', 'fy2024-9m', 5292, 'THB'],
      ['revenue', 'fy2025-9m', 6045, 'THB'],
    ]);
    expect(facts[2]!.fact.comparisons.map((c) => [c.kind, c.change?.value])).toEqual([
      ['yoy', 7.2],
      ['qoq', 5.6],
    ]);
    expect(amountsOf('net profit of Baht 1,268 million')[0]).toMatchObject({ value: 1268, unit: 'THB' });
    expect(amountsOf('Record Free Cash Flow of $132.4 Million; $1.2 Billion').map((x) => [x.value, x.scale])).toEqual([
      [132.4, 'million'],
      [1.2, 'billion'],
    ]);
    const copper = draftSentence(
      'Record quarterly copper production of 138.6 thousand tonnes (kt), up 7.1% vs. 4Q24.',
      {
        metrics,
        calendar,
        documentPeriod: { fiscalYear: 2025, quarter: 4 },
      },
    );
    expect(
      draftSentence('Mill throughput was 1.2 million tons of ore, and gold production reached 112,300 ounces.', {
        metrics,
        calendar,
        documentPeriod: { fiscalYear: 2025, quarter: 4 },
      }).facts.map((f) => [f.metric, f.amounts[0]!.unit]),
    ).toEqual([['goldProduction', 'oz']]);
    expect(copper.facts.map((f) => [f.metric, f.amounts[0]])).toContainEqual([
      'copperProduction',
      { value: 138.6, scale: 'thousand', unit: 'tonnes' },
    ]);
    expect(
      amountsOf('unit revenue rose to 9.13 euro cent, fares to 89.37 euros').map((x) => [x.value, x.unit]),
    ).toEqual([
      [9.13, 'EUR cents'],
      [89.37, 'EUR'],
    ]);
  });

  it('reads Swiss apostrophe thousands and quotes them as printed', () => {
    const text = `Neuvillard Horlogerie SA
Full-Year Results 2025

Net sales for full year 2025 were CHF 2'486.3 million (2024: CHF 2'412.8 million).
`;
    const { draft } = draftOfText(text, 'n');
    const facts = draft.facts as { metric: string; amounts: Amount[]; source: { quote: string } }[];
    expect(facts.map((f) => [f.metric, f.amounts[0]!.value, f.amounts[0]!.unit])).toEqual([
      ['revenue', 2486.3, 'CHF'],
      ['revenue', 2412.8, 'CHF'],
    ]);
    expect(facts[0]!.source.quote).toContain("CHF 2'486.3 million");
  });

  it('reads a change column in the reporting currency beside an organic one', () => {
    const { facts } = draftPeriodColumnTables(
      `(CHF million)                          2025         2024    Change in CHF    Organic
Net sales                           2,214.9      2,153.0           +2.9%      +5.0%`.split('\n'),
      { metrics, calendar },
    );
    expect(rows(facts)).toEqual([
      ['revenue', 'fy2025', 2214.9, 'CHF'],
      ['revenue', 'fy2024', 2153, 'CHF'],
      ['organicRevenueGrowth', 'fy2025', 5, 'percent'],
    ]);
    expect(facts[0]!.fact.comparisons.map((c) => c.change?.value)).toEqual([2.9]);
  });

  it('reads "4Q25 vs 4Q24" as a change column, and a table cell over an earlier guess from prose', () => {
    const { facts } = draftPeriodColumnTables(
      `(R$ million)                      4Q25       4Q24   4Q25 vs 4Q24       2025       2024   2025 vs 2024
Net Revenue                    2,104.7    1,823.6         +15.4%    7,802.4    6,815.2         +14.5%`.split('\n'),
      { metrics, calendar },
    );
    expect(rows(facts)).toEqual([
      ['revenue', 'fy2025-q4', 2104.7, 'BRL'],
      ['revenue', 'fy2024-q4', 1823.6, 'BRL'],
      ['revenue', 'fy2025', 7802.4, 'BRL'],
      ['revenue', 'fy2024', 6815.2, 'BRL'],
    ]);
    expect(facts.map(({ fact }) => fact.comparisons.map((c) => c.change?.value))).toEqual([[15.4], [], [14.5], []]);
    const sequential = draftPeriodColumnTables(
      `(R$ million)            4Q25       3Q25       4Q24   4Q25 vs 4Q24   4Q25 vs 3Q25
Net Revenue           2,104.7    2,019.8    1,823.6         +15.4%          +4.2%`.split('\n'),
      { metrics, calendar },
    );
    expect(
      sequential.facts.map(({ fact }) => fact.comparisons.map((c) => [periodKey(c.basePeriod), c.change?.value])),
    ).toEqual([
      [
        ['fy2024-q4', 15.4],
        ['fy2025-q3', 4.2],
      ],
      [],
      [],
    ]);
    const text = `DOURANTES LOGISTICA S.A.
4Q25 Earnings Release

Road Freight Net Revenue reached R$ 648.9 million in 4Q25. The line's Adjusted EBITDA margin was 12.8%.

(R$ million)                      4Q25       4Q24   4Q25 vs 4Q24
Adjusted EBITDA                  412.8      346.0         +19.3%
Adjusted EBITDA Margin           19.6%      19.0%       +0.6 p.p.
`;
    const { draft, decisions } = draftOfText(text, 'd');
    const margins = (draft.facts as { metric: string; period: PeriodRef; amounts: Amount[] }[]).filter(
      (f) => f.metric === 'adjustedEbitdaMargin',
    );
    expect(margins.map((f) => [periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['fy2025-q4', 19.6],
      ['fy2024-q4', 19],
    ]);
    expect(decisions.some((d) => d.question.includes('[{"value":12.8,'))).toBe(true);
  });

  it("reads a short row's cells by their place under the header", () => {
    const { facts, decisions } = draftPeriodColumnTables(
      `DKK million                      9M 2025    9M 2024    Change    Change    Q3 2025    Q3 2024    Change
                                                        (DKK)     (CER)                          (DKK)
Sales                             38,412     34,605       11%       13%     13,158     11,842       11%
Gross profit                      31,266     27,892       12%
Operating profit                  14,812     12,873       15%       18%      5,087      4,410       15%`.split('\n'),
      { metrics, calendar },
    );
    expect(decisions).toEqual([]);
    expect(rows(facts).filter(([metric]) => metric === 'grossProfit')).toEqual([
      ['grossProfit', 'fy2025-9m', 31266, 'DKK'],
      ['grossProfit', 'fy2024-9m', 27892, 'DKK'],
    ]);
    expect(
      facts.find(({ fact }) => fact.metric === 'grossProfit')!.fact.comparisons.map((c) => c.change?.value),
    ).toEqual([12]);
    expect(
      rows(facts)
        .filter(([metric]) => metric === 'operatingIncome')
        .map(([, p]) => p),
    ).toEqual(['fy2025-9m', 'fy2024-9m', 'fy2025-q3', 'fy2024-q3']);
  });

  it('reads a "Per diluted share" table as per-share figures, and a per-share range after the metric it is of', () => {
    const { facts } = draftPeriodColumnTables(
      `                                      Three Months Ended       Six Months Ended
Per diluted share                        June 30,                 June 30,
                                      2025       2024          2025       2024
EPS                                  $0.48      $0.59         $0.91      $1.03
Core FFO                             $1.45      $1.38         $2.87      $2.73`.split('\n'),
      { metrics, calendar, defaultCurrency: 'USD' },
    );
    expect(rows(facts)).toEqual([
      ['earningsPerShare', 'fy2025-q2', 0.48, 'USD'],
      ['earningsPerShare', 'fy2024-q2', 0.59, 'USD'],
      ['earningsPerShare', 'fy2025-6m', 0.91, 'USD'],
      ['earningsPerShare', 'fy2024-6m', 1.03, 'USD'],
      ['coreFundsFromOperationsPerShare', 'fy2025-q2', 1.45, 'USD'],
      ['coreFundsFromOperationsPerShare', 'fy2024-q2', 1.38, 'USD'],
      ['coreFundsFromOperationsPerShare', 'fy2025-6m', 2.87, 'USD'],
      ['coreFundsFromOperationsPerShare', 'fy2024-6m', 2.73, 'USD'],
    ]);
    const { facts: guided } = draftSentence(
      'Raised full-year 2025 Core FFO guidance to a range of $5.72 to $5.84 per diluted share.',
      { metrics, calendar, documentPeriod: { fiscalYear: 2025, quarter: 2 } },
    );
    expect(guided.map((f) => [f.metric, f.basis, f.amounts[0]])).toEqual([
      ['coreFundsFromOperationsPerShare', 'guidance', { low: 5.72, high: 5.84, scale: 'one', unit: 'USD' }],
    ]);
  });

  it('reads the dollar of an ASX announcement and a Toronto listing, unless the release states US dollars', () => {
    expect(statedDollar('ASX ANNOUNCEMENT\n20 August 2025')?.currency).toBe('AUD');
    expect(statedDollar('Bayhollow Market Inc. (TSX: BYH) today reported')?.currency).toBe('CAD');
    expect(
      statedDollar('Northbrae Gold (TSX: NBG) reported. All amounts are in US dollars unless otherwise noted.'),
    ).toBeUndefined();
  });

  it('reads amount cells ("168.6p", "15.2%") under a header past rows of bare figures', () => {
    const { facts } = draftAmountCellTables(
      `                                           FY25        FY24      Change
Home completions                          6,842       6,315       +8.3%
Revenue (£m)                            2,214.6     1,984.3      +11.6%
Adjusted basic earnings per share         168.6p      147.2p     +14.5%
Return on capital employed                15.2%       13.9%    +130 bps`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' }, reading: {} },
    );
    expect(rows(facts)).toEqual([
      ['adjustedEarningsPerShare', 'fy2025', 168.6, 'GBX'],
      ['adjustedEarningsPerShare', 'fy2024', 147.2, 'GBX'],
      ['returnOnCapitalEmployed', 'fy2025', 15.2, 'percent'],
      ['returnOnCapitalEmployed', 'fy2024', 13.9, 'percent'],
    ]);
    expect(facts[0]!.fact.comparisons.map((c) => c.change?.value)).toEqual([14.5]);
  });

  it('reads periods printed over their metrics, a span caption above the years', () => {
    const { facts } = draftGroupedColumnTables(
      `                                  Six months ended 30 June
                              2025                  2024            Revenue
(RMB million)           Revenue     GPM       Revenue     GPM        change
Tea Beverages           2,104.6    52.2%      1,718.9    50.0%       +22.4%
Total                   6,482.7    43.8%      5,731.4    42.3%       +13.1%`.split('\n'),
      { metrics, calendar },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Tea Beverages', 'fy2025-6m', 2104.6],
      ['grossMargin', 'Tea Beverages', 'fy2025-6m', 52.2],
      ['revenue', 'Tea Beverages', 'fy2024-6m', 1718.9],
      ['grossMargin', 'Tea Beverages', 'fy2024-6m', 50],
      ['revenue', undefined, 'fy2025-6m', 6482.7],
      ['grossMargin', undefined, 'fy2025-6m', 43.8],
      ['revenue', undefined, 'fy2024-6m', 5731.4],
      ['grossMargin', undefined, 'fy2024-6m', 42.3],
    ]);
    expect(facts[0]!.fact.comparisons.map((c) => [periodKey(c.basePeriod), c.change?.value])).toEqual([
      ['fy2024-6m', 22.4],
    ]);
    expect(facts[0]!.fact.amounts[0]).toEqual({ value: 2104.6, scale: 'million', unit: 'CNY' });
  });

  it('reads a Korean summary: "T/B" and "Loss cut" cells, "OP" rows under a division in its own column', () => {
    const { facts } = draftPeriodColumnTables(
      `(Unit: KRW billion)                  1Q26      4Q25      1Q25      QoQ       YoY
Operating profit                     18.6     -24.3      31.2      T/B    -40.4%
Anode Materials      Sales           47.7      43.1      37.4    10.7%     27.5%
                     OP              -1.4      -2.3      -3.3  Loss cut  Loss cut`.split('\n'),
      { metrics, calendar },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['operatingIncome', undefined, 'fy2026-q1', 18.6],
      ['operatingIncome', undefined, 'fy2025-q4', -24.3],
      ['operatingIncome', undefined, 'fy2025-q1', 31.2],
      ['revenue', 'Anode Materials', 'fy2026-q1', 47.7],
      ['revenue', 'Anode Materials', 'fy2025-q4', 43.1],
      ['revenue', 'Anode Materials', 'fy2025-q1', 37.4],
      ['operatingIncome', 'Anode Materials', 'fy2026-q1', -1.4],
      ['operatingIncome', 'Anode Materials', 'fy2025-q4', -2.3],
      ['operatingIncome', 'Anode Materials', 'fy2025-q1', -3.3],
    ]);
    expect(facts[0]!.fact.comparisons.map((c) => [c.kind, c.change?.value])).toEqual([['yoy', 40.4]]);
  });

  it('reads a "% of sales" row as the margin of the row above, and a short count row by place', () => {
    const { facts } = draftPeriodColumnTables(
      `EUR million                  Q3/2025  Q3/2024  Change %  Q1–Q3/2025  Q1–Q3/2024  Change %     2024
Comparable EBIT                128      164     -22.0         421         468     -10.0      612
  % of sales                   6.9      8.5                   7.4         8.1                8.0
Comparable EPS, EUR           0.28     0.36     -22.2        0.87        1.03     -15.5     1.35
Net debt/comparable EBITDA     2.0      1.7                                                  1.8`.split('\n'),
      { metrics, calendar },
    );
    const of = (metric: string) =>
      rows(facts)
        .filter(([m]) => m === metric)
        .map(([, p, v]) => [p, v]);
    expect(of('adjustedEbitMargin')).toEqual([
      ['fy2025-q3', 6.9],
      ['fy2024-q3', 8.5],
      ['fy2025-9m', 7.4],
      ['fy2024-9m', 8.1],
      ['fy2024', 8],
    ]);
    expect(of('adjustedEarningsPerShare')).toHaveLength(5);
    const growth = draftPeriodColumnTables(
      `DKK million                 H1 2025   H1 2024
Organic growth, %               5.8       3.1`.split('\n'),
      { metrics, calendar },
    );
    expect(rows(growth.facts)).toEqual([
      ['organicRevenueGrowth', 'fy2025-6m', 5.8, 'percent'],
      ['organicRevenueGrowth', 'fy2024-6m', 3.1, 'percent'],
    ]);
    expect(of('netDebtToAdjustedEbitda')).toEqual([
      ['fy2025-q3', 2],
      ['fy2024-q3', 1.7],
      ['fy2024', 1.8],
    ]);
  });

  it('reads a ratio the lexicon counts as a multiple under its figure columns only', () => {
    const { facts } = draftPeriodColumnTables(
      `(EUR million)                       Q3 2025   Q3 2024   Change   9M 2025   9M 2024   Change
Book-to-bill ratio                     1.05      1.01               1.07      1.03`.split('\n'),
      { metrics, calendar },
    );
    expect(rows(facts)).toEqual([
      ['bookToBillRatio', 'fy2025-q3', 1.05, 'x'],
      ['bookToBillRatio', 'fy2024-q3', 1.01, 'x'],
      ['bookToBillRatio', 'fy2025-9m', 1.07, 'x'],
      ['bookToBillRatio', 'fy2024-9m', 1.03, 'x'],
    ]);
  });

  it("reads a kessan tanshin's figures each with its own year-on-year change after it", () => {
    const { facts, decisions } = draftPeriodColumnTables(
      `(Millions of yen; percentages indicate year-on-year changes.)

                                        Six months ended        Six months ended
                                        Sept. 30, 2025          Sept. 30, 2024
Net sales                               184,652     4.7%        176,318     6.2%
Operating profit                         15,238    △9.3%         16,804    11.5%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' } },
    );
    expect(decisions).toEqual([]);
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => [periodKey(c.basePeriod), c.direction, c.change?.value]),
      ]),
    ).toEqual([
      ['revenue', 'fy2025-6m', 184652, [['fy2024-6m', 'increase', 4.7]]],
      ['revenue', 'fy2024-6m', 176318, [['fy2023-6m', 'increase', 6.2]]],
      ['operatingIncome', 'fy2025-6m', 15238, [['fy2024-6m', 'decrease', 9.3]]],
      ['operatingIncome', 'fy2024-6m', 16804, [['fy2023-6m', 'increase', 11.5]]],
    ]);
    // Without the note a percent beside a figure may be its share or margin: no pairs, a decision.
    const shares = draftPeriodColumnTables(
      `(Millions of yen)
                                        1H FY2025               1H FY2024
Net sales                               184,652   100.0%        176,318   100.0%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' } },
    );
    expect(shares.facts).toEqual([]);
    expect(shares.decisions).toHaveLength(1);
  });

  it("reads a dividend the board will propose as the year's, its base in parentheses", () => {
    const { facts } = draftSentence(
      'The Board of Directors will propose to the Annual General Meeting of 22 April 2026 a dividend of CHF 6.50 per bearer share (2024: CHF 6.20), an increase of 4.8%.',
      { metrics, calendar, documentPeriod: { fiscalYear: 2025 } },
    );
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.basis, f.amounts[0]!.value])).toEqual([
      ['dividendPerShare', 'fy2025', 'actual', 6.5],
      ['dividendPerShare', 'fy2024', 'actual', 6.2],
    ]);
  });

  it('reads a base in parentheses past the figure\'s date, and a margin "on sales" or "as a percentage of sales"', () => {
    const ctx9m = { metrics, calendar, documentPeriod: { fiscalYear: 2025, quarter: 3 } };
    const debt = draftSentence('Net debt amounted to SEK 1,842m on 30 September 2025 (2,015).', ctx9m);
    expect(debt.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['netDebt', 'fy2025-q3', 1842],
      ['netDebt', 'fy2024-q3', 2015],
    ]);
    const margins = draftSentence(
      'EBITDA as a percentage of sales was 9.0% compared with 8.7% in the third quarter of fiscal 2024. Gross margin on sales was 19.8%.',
      ctx9m,
    );
    expect(margins.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['ebitdaMargin', 'fy2025-q3', 9],
      ['ebitdaMargin', 'fy2024-q3', 8.7],
      ['grossMargin', 'fy2025-q3', 19.8],
    ]);
  });

  it("reads a grocer's 12-week quarter and 40 weeks to date from headers centred over their columns", () => {
    const { facts } = draftPeriodColumnTables(
      `(Millions of dollars, unless otherwise indicated)
                                          12 weeks                     40 weeks
                                   Fiscal Year                  Fiscal Year
                                   2025      2024   Change(%)   2025       2024   Change(%)
Sales                           5,412.6   5,214.3     3.8    17,602.4   16,990.7     3.6`.split('\n'),
      { metrics, calendar, defaultCurrency: 'CAD', documentPeriod: { fiscalYear: 2025, quarter: 3 } },
    );
    expect(rows(facts)).toEqual([
      ['revenue', 'fy2025-q3', 5412.6, 'CAD'],
      ['revenue', 'fy2024-q3', 5214.3, 'CAD'],
      ['revenue', 'fy2025-9m', 17602.4, 'CAD'],
      ['revenue', 'fy2024-9m', 16990.7, 'CAD'],
    ]);
    // Without the document's quarter a quarter of weeks is no period.
    expect(
      draftPeriodColumnTables(
        `(Millions of dollars)
                                          12 weeks
                                   2025      2024
Sales                           5,412.6   5,214.3`.split('\n'),
        { metrics, calendar, defaultCurrency: 'CAD' },
      ).facts.map(({ fact }) => periodKey(fact.period)),
    ).not.toContain('fy2025');
  });
});

describe('companies and sections', () => {
  it('spells short names as OCR does and matches them', () => {
    expect(ocrVariants('IIJ')).toEqual(expect.arrayContaining(['11J', 'I1J', '113', '[1J']));
    const matcher = new CompanyMatcher([
      { id: 'iij', name: 'Internet Initiative Japan Inc.', shortName: 'IIJ', aliases: [] },
    ]);
    expect(matcher.find('11J expects; 113’ sfilings; the 113 Group; page 113 of 200').map((m) => m.text)).toEqual([
      '11J',
      '113',
      '113',
    ]);
    expect(
      issuerFromText('Copyright © 2003 by Internet Initiative Japan Inc. All Rights Reserved. IIJ')?.company,
    ).toMatchObject({
      id: 'iij',
      shortName: 'IIJ',
    });
  });

  it('reads names in any script and a heading line over its bullets', () => {
    expect(issuerFromText('Fjällvik Maskin AB (publ) - Interim report January-June 2022')?.company).toMatchObject({
      id: 'fjallvik-maskin',
      name: 'Fjällvik Maskin AB',
    });
    const [first] = splitSections(
      'Second quarter 2022\n- Net sales amounted to SEK 410 million (388)\n- Order intake rose',
    );
    expect(first!.title).toBe('Second quarter 2022');
    expect(first!.units[0]).toBe('Second quarter 2022');
  });

  it('reads neither a number as an all-digit alias nor an event or a title as a company', () => {
    const matcher = new CompanyMatcher([
      { id: 'iij', name: 'Internet Initiative Japan Inc.', shortName: 'IIJ', aliases: ['113'] },
    ]);
    expect(matcher.find('Results for FY2018 92,310 6,845 113.30; the 113 Group').map((m) => m.text)).toEqual(['113']);
    expect(
      candidateCompanies(
        'the Acquisition of Pennock Valves Limited completed, said Ann Roe, Group Chief Executive.',
        [],
      ).map((c) => c.name),
    ).toEqual(['Pennock Valves Limited']);
    expect(candidateCompanies('a customer, Oakvale Mutual Insurance Company, renewed', []).map((c) => c.name)).toEqual([
      'Oakvale Mutual Insurance Company',
    ]);
    expect(candidateCompanies('began production in August. The Company expects', [])).toEqual([]);
    expect(
      issuerFromText(
        'TRADING UPDATE AND UPGRADE TO FY23 GUIDANCE Womballa Metals Limited ("Womballa" or "the Company") provides',
      )?.company.name,
    ).toBe('Womballa Metals Limited');
    expect(
      candidateCompanies('(MAR) Brunnfeld AG: the Management Board of Brunnfeld AG today', []).map((c) => c.name),
    ).toEqual(['Brunnfeld AG']);
    expect(candidateCompanies('- Acquired Tallow Pumps Limited in May', []).map((c) => c.name)).toEqual([
      'Tallow Pumps Limited',
    ]);
    expect(
      candidateCompanies('The Board of Directors of Sauvelin SA (Euronext Paris: SVLN) reviewed', []).map(
        (c) => c.name,
      ),
    ).toEqual(['Sauvelin SA']);
    // The issuer named only well below a long headline list, in capitals in the headline.
    const headlineList = Array.from({ length: 12 }, (_, n) => `- Highlight number ${n} of the half`).join('\n');
    expect(
      issuerFromText(`SAUVELIN: SOLID FIRST-HALF 2025\n${headlineList}\nThe Board of Directors of Sauvelin SA met`)
        ?.company.name,
    ).toBe('Sauvelin SA');
  });

  it('splits an OCR deck into slides titled past the repeated logo line', () => {
    const raw = [
      ' IIJ 1) Highlights',
      'Internet Initiative Japan',
      'text',
      ' IIJ Revenues',
      'Intarnet Initiative Japan',
      ' IIJ Costs',
      'Internet Initiative Japan',
    ].join('\n');
    expect(splitSections(raw, ['IIJ']).map((s) => s.title)).toEqual(['Highlights', 'Revenues', 'Costs']);
  });
});

describe('kg extract on the documents', () => {
  it('meets the deck targets against the curated IIJ file', () => {
    const m = measureDraft(path.join(seedDir, 'iij-2002-q3.yaml'), seedDir);
    expect(m.problems).toEqual([]);
    expect(m.comparison!.amounts.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.comparison!.amounts.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.comparison!.quotesVerbatim.failed).toEqual([]);
    expect(m.comparison!.valuesInQuote.failed).toEqual([]);
  });

  it('drafts every fixture into a file the validator accepts, quotes verbatim and values printed', () => {
    // held-back/ is empty between a set's first run and the next set's arrival.
    const curated = ['tuning', 'held-back'].flatMap((set) =>
      (existsSync(path.join(fixtures, set)) ? readdirSync(path.join(fixtures, set)) : [])
        .filter((n) => n.endsWith('.yaml'))
        .map((n) => path.join(fixtures, set, n)),
    );
    expect(curated.length).toBeGreaterThanOrEqual(7);
    for (const file of curated) {
      const m = measureDraft(file, seedDir);
      // A held-back document is measured, not tuned on: the extractor may refuse it, but only with the clear
      // error a curator acts on (`--compare` scores it as an empty draft). Every tuning document drafts.
      if (m.error && file.includes(`${path.sep}held-back${path.sep}`)) {
        expect(m.error, m.name).toMatch(/give it with --company <id>/);
        continue;
      }
      expect(m.error, m.name).toBeUndefined();
      expect(m.problems, m.name).toEqual([]);
      expect(m.comparison!.quotesVerbatim.failed, m.name).toEqual([]);
      expect(m.comparison!.valuesInQuote.failed, m.name).toEqual([]);
    }
    // Over 300 documents, drafted and validated one after another: a minute or more on two busy cores.
  }, 300_000);

  it('scores a draft against itself as perfect', () => {
    const m = measureDraft(path.join(fixtures, 'tuning', 'kestrel-2q05-release.yaml'), seedDir);
    const self = compareDraft(m.result!.draft, m.result!.draft, 'x');
    expect([self.amounts.precision, self.amounts.recall, self.comparisons.recall]).toEqual([1, 1, 1]);
  });

  it('refuses an unreadable file, an empty document and an unknown company with a clear error', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-test-'));
    try {
      const empty = path.join(dir, 'empty.txt');
      writeFileSync(empty, '  \n\n ');
      expect(() => draftDocument(path.join(dir, 'missing.txt'), undefined, undefined, seedDir, [])).toThrow(
        /no such file/,
      );
      expect(() => draftDocument(empty, undefined, undefined, seedDir, [])).toThrow(/is empty/);
      const doc = path.join(fixtures, 'tuning', 'documents', 'kestrel-2q05-release.txt');
      expect(() => draftDocument(doc, undefined, 'no-such-company', seedDir, [])).toThrow(ExtractError);
      expect(() => draftDocument(doc, undefined, 'no-such-company', seedDir, [])).toThrow(
        /no company with id "no-such-company"/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a framing sentence for the figures after it, and a year-end dividend beside the annual one apart', () => {
    const text = [
      'Osterbrann AG publishes preliminary figures',
      '',
      'Munich, 3 March 2024 - Osterbrann AG today revised its forecast for fiscal year 2024. The Company now expects revenue of EUR 410 million to EUR 430 million. The adjusted EBITDA margin is now expected to be between 11% and 12%.',
      '',
      'The Board declared a year-end dividend of 30 yen per share, bringing the annual dividend for fiscal 2023 to 55 yen per share.',
    ].join('\n');
    const expects = draftOfText(
      'Brennwald AG\n\nMunich, 2 May 2023 - Brennwald AG raises its forecast.\n\nFor fiscal year 2023, the Executive Board now expects:\n- group revenue of EUR 610 million to EUR 640 million;\n- free cash flow of at least EUR 30 million.',
      'brennwald',
    );
    expect(
      (expects.draft.facts as { metric: string; period: unknown; basis: string }[]).map((f) => [
        f.metric,
        f.period,
        f.basis,
      ]),
    ).toEqual([
      ['revenue', { fiscalYear: 2023 }, 'guidance'],
      ['freeCashFlow', { fiscalYear: 2023 }, 'guidance'],
    ]);
    const basicOnly = draftOfText(
      'Harlowe Pumps plc\n\nResults for the year ended 31 March 2023\n\n- Basic earnings per share of 12.4p (FY22: 11.8p)\n- Net debt (excluding lease liabilities) of £21.3m (31 March 2022: £18.9m)',
      'harlowe',
    );
    expect(
      (basicOnly.draft.facts as { metric: string; amounts: { value: number }[] }[]).map((f) => [
        f.metric,
        f.amounts[0]!.value,
      ]),
    ).toEqual([
      ['earningsPerShare', 12.4],
      ['earningsPerShare', 11.8],
      ['netDebt', 21.3],
      ['netDebt', 18.9],
    ]);
    const quarterly = draftOfText(
      'Corbrand Foods Inc. reports fourth quarter results\n\nTORONTO, Feb. 20, 2023 - Corbrand Foods Inc. today reported results for the fourth quarter and fiscal year ended December 31, 2022.\n\nFourth Quarter Highlights\n\n- Revenue grew 5.0% to $212.7 million.\n\nFor the first quarter of 2023, Corbrand expects:\n\n- Revenue of $200 million to $205 million.',
      'corbrand',
    );
    expect(
      (quarterly.draft.facts as { metric: string; period: unknown; basis: string }[]).map((f) => [
        f.metric,
        f.period,
        f.basis,
      ]),
    ).toEqual([
      ['revenue', { fiscalYear: 2022, quarter: 4 }, 'actual'],
      ['revenue', { fiscalYear: 2023, quarter: 1 }, 'guidance'],
    ]);
    const { draft } = draftOfText(text, 'osterbrann');
    const facts = (draft.facts as { metric: string; period: unknown; basis: string }[]).map((f) => [
      f.metric,
      f.period,
      f.basis,
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ['revenue', { fiscalYear: 2024 }, 'guidance'],
        ['adjustedEbitdaMargin', { fiscalYear: 2024 }, 'guidance'],
        ['yearEndDividendPerShare', { fiscalYear: 2023 }, 'actual'],
        ['dividendPerShare', { fiscalYear: 2023 }, 'actual'],
      ]),
    );
    const uk = draftOfText(
      'Ashbury Tools plc\n\nResults for the year ended 30 June 2023\n\n- Proposed final dividend of 6.1p per share, making a total dividend for the year of 9.0p (FY22: 8.5p)',
      'ashbury',
    );
    expect(
      (uk.draft.facts as { metric: string; amounts: { value: number }[] }[]).map((f) => [
        f.metric,
        f.amounts[0]!.value,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['yearEndDividendPerShare', 6.1],
        ['dividendPerShare', 9],
        ['dividendPerShare', 8.5],
      ]),
    );
  });

  it('writes a draft that loads as written, its decisions as comments', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-test-'));
    try {
      const out = path.join(dir, 'draft.yaml');
      const doc = path.join(fixtures, 'tuning', 'documents', 'lumora-3q06-release.txt');
      const result = draftDocument(doc, out, undefined, seedDir, []);
      const yaml = draftYaml(result);
      writeFileSync(out, yaml);
      expect(validateDraft(out)).toEqual([]);
      expect(yaml).toMatch(/^# Draft written by `kg extract`/);
      expect(result.draft.document).toMatchObject({ published: { date: '2006-04-27' }, issuer: 'lumora-systems' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('forms of the sets written after the fifty-seventh', () => {
  const metrics = new MetricMatcher(metricLexicon());

  it('reads a split-year label as the year ending in its second year, by the company naming', () => {
    const text = '1H FY2025/26 against 1H FY24/25; FY2025-26 guidance; 2025/26 and 2011/12; 1/2 and 12/13';
    const byEnd = findPeriods(text, { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' });
    expect(byEnd.map((p) => [p.text, periodKey(p.period)])).toEqual([
      ['1H FY2025/26', 'fy2026-6m'],
      ['1H FY24/25', 'fy2025-6m'],
      ['FY2025-26', 'fy2026'],
      ['2025/26', 'fy2026'],
      ['2011/12', 'fy2012'],
    ]);
    // A company naming its years by their start calls the same year FY2025.
    const byStart = findPeriods('1H FY2025/26', { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' });
    expect(byStart.map((p) => periodKey(p.period))).toEqual(['fy2025-6m']);
    // The label says nothing of how the company names its years: only the end is learnt.
    const learned = learnFiscalCalendar(
      'the results for the first half of the financial year ending 31 March 2026 ("1H FY2025/26"), being the six months',
    );
    expect(learned.fiscalYearEnd).toBe('03-31');
    expect(learned).not.toHaveProperty('fiscalYearNamedBy');
    expect(
      findPeriods('the first half of the financial year ending 31 March 2026', { fiscalYearEnd: '03-31' }).map((p) =>
        periodKey(p.period),
      ),
    ).toEqual(['fy2026-6m']);
  });

  it("reads thousands of a currency printed as S$'000 or RM'000", () => {
    expect(unitHeader("(S$'000)")).toEqual({ unit: 'SGD', scale: 'thousand', perShareInUnits: false });
    expect(unitHeader("(RM'000)")).toEqual({ unit: 'MYR', scale: 'thousand', perShareInUnits: false });
    expect(unitHeader('(RM million)')).toMatchObject({ unit: 'MYR', scale: 'million' });
    const { facts } = draftPeriodColumnTables(
      `                                        1H FY2025/26    1H FY2024/25     Change
                                              S$'000          S$'000          %
Gross revenue                                186,452         178,390        4.5
Net property income                          144,579         137,778        4.9`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]])).toEqual([
      ['revenue', 'fy2026-6m', { value: 186452, scale: 'thousand', unit: 'SGD' }],
      ['revenue', 'fy2025-6m', { value: 178390, scale: 'thousand', unit: 'SGD' }],
      ['netPropertyIncome', 'fy2026-6m', { value: 144579, scale: 'thousand', unit: 'SGD' }],
      ['netPropertyIncome', 'fy2025-6m', { value: 137778, scale: 'thousand', unit: 'SGD' }],
    ]);
  });

  it('reads a Nordic key-figures table: (USD 1 000), space-grouped cells, YTD columns and dated balances', () => {
    expect(unitHeader('(USD 1 000)')).toEqual({ unit: 'USD', scale: 'thousand', perShareInUnits: false });
    expect(unitHeader('(NOK 1,000)')).toMatchObject({ unit: 'NOK', scale: 'thousand' });
    const calendar = {
      fiscalYearEnd: '12-31',
      fiscalYearNamedBy: 'end-year' as const,
      reportsOn: { fiscalYear: 2025, quarter: 3 },
    };
    expect(findPeriods('YTD 2025 against 2024 YTD', calendar).map((p) => periodKey(p.period))).toEqual([
      'fy2025-9m',
      'fy2024-9m',
    ]);
    // Without the period the document reports on, the months so far are unknown.
    expect(findPeriods('YTD 2025', { fiscalYearEnd: '12-31' })).toEqual([]);
    const { facts } = draftPeriodColumnTables(
      readingCopy(`(USD 1 000)                Q3 2025    Q2 2025    Q3 2024   YTD 2025   YTD 2024
Operating revenue           96 412     88 105     81 736    268 940    231 508
Depreciation               -14 230    -14 015    -13 102    -42 180    -38 944`).split('\n'),
      { metrics, calendar },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['revenue', 'fy2025-q3', 96412],
      ['revenue', 'fy2025-q2', 88105],
      ['revenue', 'fy2024-q3', 81736],
      ['revenue', 'fy2025-9m', 268940],
      ['revenue', 'fy2024-9m', 231508],
      ['depreciation', 'fy2025-q3', -14230],
      ['depreciation', 'fy2025-q2', -14015],
      ['depreciation', 'fy2024-q3', -13102],
      ['depreciation', 'fy2025-9m', -42180],
      ['depreciation', 'fy2024-9m', -38944],
    ]);
  });

  it('reads a Latin American release: Ch$ MM millions, margin columns abbreviated Mg., headers centred over columns', () => {
    expect(findAmounts('Revenues reached Ch$ 1,246,380 MM, an increase of 5.7%')[0]).toMatchObject({
      value: 1246380,
      scale: 'million',
      unit: 'CLP',
    });
    expect(unitHeader('(Ch$ MM)')).toMatchObject({ unit: 'CLP', scale: 'million' });
    const { facts } = draftGroupedColumnTables(
      `                             Revenues (Ch$ MM)                 EBITDA (Ch$ MM)          EBITDA Mg.
                          3Q25        3Q24   Var. %      3Q25      3Q24   Var. %     3Q25    3Q24
Department Stores      512,640     494,870     3.6%    48,320    44,110     9.5%     9.4%    8.9%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => c.change?.value),
      ]),
    ).toEqual([
      ['revenue', 'fy2025-q3', 512640, [3.6]],
      ['revenue', 'fy2024-q3', 494870, []],
      ['ebitda', 'fy2025-q3', 48320, [9.5]],
      ['ebitda', 'fy2024-q3', 44110, []],
      ['ebitdaMargin', 'fy2025-q3', 9.4, []],
      ['ebitdaMargin', 'fy2024-q3', 8.9, []],
    ]);
  });

  it('reads a Canadian producer summary: a sub-heading over a wrapped row label, basic and diluted EPS apart', () => {
    const { facts } = draftPeriodColumnTables(
      `(C$ millions, unless otherwise noted)

                                 Three months ended           Nine months ended
                                    September 30                 September 30
                               2025      2024   % change    2025      2024   % change
Financial
Petroleum and natural
  gas sales                   219.7     226.4       (3)     663.1     651.0        2
Net earnings                   46.2      58.9      (22)     141.5     152.8       (7)
  Per share - basic ($)        0.26      0.33      (21)      0.80      0.85       (6)
  Per share - diluted ($)      0.26      0.32      (19)      0.79      0.84       (6)`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['revenue', 'fy2025-q3', 219.7],
      ['revenue', 'fy2024-q3', 226.4],
      ['revenue', 'fy2025-9m', 663.1],
      ['revenue', 'fy2024-9m', 651],
      ['netIncome', 'fy2025-q3', 46.2],
      ['netIncome', 'fy2024-q3', 58.9],
      ['netIncome', 'fy2025-9m', 141.5],
      ['netIncome', 'fy2024-9m', 152.8],
      ['basicEarningsPerShare', 'fy2025-q3', 0.26],
      ['basicEarningsPerShare', 'fy2024-q3', 0.33],
      ['basicEarningsPerShare', 'fy2025-9m', 0.8],
      ['basicEarningsPerShare', 'fy2024-9m', 0.85],
      ['earningsPerShare', 'fy2025-q3', 0.26],
      ['earningsPerShare', 'fy2024-q3', 0.32],
      ['earningsPerShare', 'fy2025-9m', 0.79],
      ['earningsPerShare', 'fy2024-9m', 0.84],
    ]);
    // One figure for both is the diluted one.
    const both = draftPeriodColumnTables(
      `($ millions, except per share amounts)          2025        2024
Net income attributable to common shareholders     168         149
  Per share - basic and diluted                    0.57        0.51`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'CAD' },
    );
    expect(both.facts.map(({ fact }) => [fact.metric, fact.amounts[0]!.value])).toEqual([
      ['netIncome', 168],
      ['netIncome', 149],
      ['earningsPerShare', 0.57],
      ['earningsPerShare', 0.51],
    ]);
  });

  it("reads a South African interim: F2026 labels, R'm headers, a heading that names a line by its kind", () => {
    const calendar = { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' as const };
    expect(
      findPeriods('H1 F2026 against H1 F2025; guidance for F2026', calendar).map((p) => [p.text, periodKey(p.period)]),
    ).toEqual([
      ['H1 F2026', 'fy2026-6m'],
      ['H1 F2025', 'fy2025-6m'],
      ['F2026', 'fy2026'],
    ]);
    expect(unitHeader("R'm (unless otherwise stated)          2025        2024    % change")).toMatchObject({
      unit: 'ZAR',
      scale: 'million',
    });
    expect(unitHeader("(R'000)")).toMatchObject({ unit: 'ZAR', scale: 'thousand' });
    const text = [
      'SANDVELD GOLD & COPPER LIMITED',
      '',
      'INTERIM RESULTS FOR THE SIX MONTHS ENDED 31 DECEMBER 2025',
      '',
      'Johannesburg, 19 February 2026 - Sandveld Gold & Copper Limited today announced its interim results for the six months ended 31 December 2025 ("H1 F2026").',
      '',
      'Revenue rose 23.4% to R18,642 million (H1 F2025: R15,108 million).',
      '',
      'GOLD OPERATIONS',
      'Revenue from the gold operations rose 46.3% to R11,206 million (H1 F2025: R7,658 million) and adjusted EBITDA almost doubled, up 95.8% to R4,902 million (H1 F2025: R2,503 million).',
      '',
      'COPPER OPERATIONS',
      'Revenue from the copper operations was R7,436 million (H1 F2025: R7,450 million). Adjusted EBITDA was flat at R1,416 million (H1 F2025: R1,417 million).',
    ].join('\n');
    const { draft } = draftOfText(text, 'sandveld');
    expect((draft.companies as { name: string }[]).map((c) => c.name)).toEqual(['Sandveld Gold & Copper Limited']);
    const facts = draft.facts as {
      metric: string;
      offering?: string;
      period: PeriodRef;
      amounts: { value: number }[];
    }[];
    expect(facts.map((f) => [f.metric, f.offering?.split('/')[1], periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['revenue', undefined, 'fy2026-6m', 18642],
      ['revenue', undefined, 'fy2025-6m', 15108],
      ['revenue', 'gold', 'fy2026-6m', 11206],
      ['revenue', 'gold', 'fy2025-6m', 7658],
      ['adjustedEbitda', 'gold', 'fy2026-6m', 4902],
      ['adjustedEbitda', 'gold', 'fy2025-6m', 2503],
      ['revenue', 'copper', 'fy2026-6m', 7436],
      ['revenue', 'copper', 'fy2025-6m', 7450],
      ['adjustedEbitda', 'copper', 'fy2026-6m', 1416],
      ['adjustedEbitda', 'copper', 'fy2025-6m', 1417],
    ]);
  });

  it('reads the halves of a table beside a second-half column, which no period can hold, and leaves that column', () => {
    const { facts } = draftPeriodColumnTables(
      `A$m                               1H26     2H25     1H25   1H26 v 2H25   1H26 v 1H25
Net interest income              612.4    598.7    586.1          2.3%          4.5%
Cash EPS (cents)                  33.4     31.9     32.0
Statutory EPS (cents)             31.3     31.3     30.4`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        fact.offering,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => [periodKey(c.basePeriod), c.change?.value]),
      ]),
    ).toEqual([
      ['netInterestIncome', undefined, 'fy2026-6m', 612.4, [['fy2025-6m', 4.5]]],
      ['netInterestIncome', undefined, 'fy2025-6m', 586.1, []],
      ['cashEarningsPerShare', undefined, 'fy2026-6m', 33.4, []],
      ['cashEarningsPerShare', undefined, 'fy2025-6m', 32, []],
      ['earningsPerShare', undefined, 'fy2026-6m', 31.3, []],
      ['earningsPerShare', undefined, 'fy2025-6m', 30.4, []],
    ]);
  });

  it('reads balances under month-year columns (Dec-25 v Jun-25) and learns a half year labelled 1H26', () => {
    expect(
      learnFiscalCalendar('cash earnings of $204.3 million for the half year ended 31 December 2025 (1H26), up 4.8%'),
    ).toMatchObject({
      fiscalYearEnd: '06-30',
      fiscalYearNamedBy: 'end-year',
    });
    // A quarter's label says which quarter it is, not how many months are left.
    expect(
      learnFiscalCalendar(
        'results for the three months ended September 30, 2025 ("Q3 2025"). All amounts are in US dollars.',
      ),
    ).toEqual({});
    const calendar = {
      fiscalYearEnd: '06-30',
      fiscalYearNamedBy: 'end-year' as const,
      reportsOn: { fiscalYear: 2026, months: 6 },
    };
    const { facts } = draftPeriodColumnTables(
      `A$m                             Dec-25    Jun-25    Dec-24   Dec-25 v Jun-25   Dec-25 v Dec-24
Gross loans and advances        64,812    63,105    61,940             2.7%              4.6%`.split('\n'),
      { metrics, calendar },
    );
    expect(periodValueAndChanges(facts)).toEqual([
      [
        'fy2026-6m',
        64812,
        [
          ['fy2025', 2.7],
          ['fy2025-6m', 4.6],
        ],
      ],
      ['fy2025', 63105, []],
      ['fy2025-6m', 61940, []],
    ]);
  });

  it('reads a Korean table in KRW 100 million, a cost broken down by its kinds (no business lines)', () => {
    expect(unitHeader('(Unit: KRW 100 million)')).toEqual({
      unit: 'KRW',
      scale: 'billion',
      perShareInUnits: false,
      factor: 0.1,
    });
    const { facts } = draftPeriodColumnTables(
      `(Unit: KRW 100 million)
                                   3Q24      2Q25      3Q25       QoQ       YoY
Revenue                           1,681     1,627     1,824     12.1%      8.5%
Operating expenses                1,437     1,412     1,502      6.4%      4.5%
  Labor costs                       571       584       598      2.4%      4.7%
  Commission fees                   866       828       904      9.2%      4.4%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]])).toEqual([
      ['revenue', undefined, 'fy2024-q3', { value: 168.1, scale: 'billion', unit: 'KRW' }],
      ['revenue', undefined, 'fy2025-q2', { value: 162.7, scale: 'billion', unit: 'KRW' }],
      ['revenue', undefined, 'fy2025-q3', { value: 182.4, scale: 'billion', unit: 'KRW' }],
      ['operatingExpenses', undefined, 'fy2024-q3', { value: 143.7, scale: 'billion', unit: 'KRW' }],
      ['operatingExpenses', undefined, 'fy2025-q2', { value: 141.2, scale: 'billion', unit: 'KRW' }],
      ['operatingExpenses', undefined, 'fy2025-q3', { value: 150.2, scale: 'billion', unit: 'KRW' }],
    ]);
  });

  it('reads a Japanese retailer: FY2/27 Q1 labels, lines named "Store business" and "X Business" headings', () => {
    const calendar = { fiscalYearEnd: '02-28' };
    expect(
      findPeriods('FY2/27 Q1 against FY2/26 Q1; forecast for FY2/27; FY 2025 Q3', calendar).map((p) => [
        p.text,
        periodKey(p.period),
      ]),
    ).toEqual([
      ['FY2/27 Q1', 'fy2027-q1'],
      ['FY2/26 Q1', 'fy2026-q1'],
      ['FY2/27', 'fy2027'],
      ['FY 2025 Q3', 'fy2025-q3'],
    ]);
    const text = [
      'Kintsuba Co., Ltd. announced its results for the six months ended August 31, 2025 (1H FY2025).',
      '',
      'Results by segment are as follows.',
      '',
      'Garden & Patio Business',
      'Operating revenue was ¥268,412 million (up 6.3% year on year).',
      '',
      'Store business: Net sales were ¥14,902 million (up 5.1% year on year).',
      '',
      'Segment information                         (¥ million)',
      '                   Operating revenue             Segment profit',
      '                1H FY2025    1H FY2024       1H FY2025    1H FY2024',
      'Garden & Patio    268,412      252,390          21,506       19,388',
    ].join('\n');
    const { draft } = draftOfText(text, 'kintsuba');
    const facts = draft.facts as {
      metric: string;
      offering?: string;
      period: PeriodRef;
      amounts: { value: number }[];
    }[];
    expect(facts.map((f) => [f.metric, f.offering, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['revenue', 'kintsuba/garden-patio', 'fy2025-6m', 268412],
      ['revenue', 'kintsuba/store', 'fy2025-6m', 14902],
      // The table's "Garden & Patio" is the heading's "Garden & Patio Business": one line, its figure once.
      ['revenue', 'kintsuba/garden-patio', 'fy2024-6m', 252390],
      ['operatingIncome', 'kintsuba/garden-patio', 'fy2025-6m', 21506],
      ['operatingIncome', 'kintsuba/garden-patio', 'fy2024-6m', 19388],
    ]);
  });

  it('reads a Swedish interim: "Business areas, third quarter" is the quarter, profit after financial items', () => {
    const text = [
      'Rostavik AB (publ)',
      'Interim report January–September 2025',
      '',
      'Key figures',
      '                                     Jul-Sep   Jul-Sep   Change   Jan-Sep   Jan-Sep   Change',
      'SEK m                                   2025      2024        %      2025      2024        %',
      'Profit after financial items             610       538       13     1,893     1,702       11',
      '',
      'Business areas, third quarter',
      'Fluid Systems: Order intake rose 9 percent to SEK 2,146 m (1,960).',
    ].join('\n');
    const { draft } = draftOfText(text, 'rostavik');
    const facts = draft.facts as {
      metric: string;
      offering?: string;
      period: PeriodRef;
      amounts: { value: number }[];
    }[];
    expect(facts.map((f) => [f.metric, f.offering, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['orderIntake', 'rostavik/fluid-systems', 'fy2025-q3', 2146],
      ['orderIntake', 'rostavik/fluid-systems', 'fy2024-q3', 1960],
      ['incomeBeforeIncomeTaxes', undefined, 'fy2025-q3', 610],
      ['incomeBeforeIncomeTaxes', undefined, 'fy2024-q3', 538],
      ['incomeBeforeIncomeTaxes', undefined, 'fy2025-9m', 1893],
      ['incomeBeforeIncomeTaxes', undefined, 'fy2024-9m', 1702],
    ]);
  });

  it('reads a Hong Kong annual result: RMB and HK cents, EPS over "- Basic", the profit before the owners\' share', () => {
    expect(
      findAmounts('Basic earnings per share were RMB83.41 cents; a final dividend of HK18.5 cents per share').map(
        (a) => [a.value, a.unit],
      ),
    ).toEqual([
      [83.41, 'CNY cents'],
      [18.5, 'HKD cents'],
    ]);
    const { facts } = draftPeriodColumnTables(
      `                                           2025           2024     Change
                                        RMB'000        RMB'000          %
Revenue                              12,001,142     11,137,718       +7.8
Profit for the year                   1,062,882        829,162      +28.2
Profit attributable to owners
  of the Company                      1,041,476        810,285      +28.5

Earnings per share (RMB cents)
  - Basic                                 83.41          64.76
  - Diluted                               83.02          64.51`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]])).toEqual([
      ['revenue', 'fy2025', { value: 12001142, scale: 'thousand', unit: 'CNY' }],
      ['revenue', 'fy2024', { value: 11137718, scale: 'thousand', unit: 'CNY' }],
      ['netIncomeIncludingNonControllingInterests', 'fy2025', { value: 1062882, scale: 'thousand', unit: 'CNY' }],
      ['netIncomeIncludingNonControllingInterests', 'fy2024', { value: 829162, scale: 'thousand', unit: 'CNY' }],
      ['netIncome', 'fy2025', { value: 1041476, scale: 'thousand', unit: 'CNY' }],
      ['netIncome', 'fy2024', { value: 810285, scale: 'thousand', unit: 'CNY' }],
      ['basicEarningsPerShare', 'fy2025', { value: 83.41, scale: 'one', unit: 'CNY cents' }],
      ['basicEarningsPerShare', 'fy2024', { value: 64.76, scale: 'one', unit: 'CNY cents' }],
      ['earningsPerShare', 'fy2025', { value: 83.02, scale: 'one', unit: 'CNY cents' }],
      ['earningsPerShare', 'fy2024', { value: 64.51, scale: 'one', unit: 'CNY cents' }],
    ]);
    const total = draftSentence('Total dividends for the year amount to HK26.5 cents per share (2024: HK21.5 cents).', {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' },
      documentPeriod: { fiscalYear: 2025 },
    });
    expect(total.facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['dividendPerShare', 'fy2025', 26.5],
      ['dividendPerShare', 'fy2024', 21.5],
    ]);
  });

  it("reads an Indian bank's tables: crore cells grouped 3,36,918, a '(%)' caption, a bank's other income and operating profit", () => {
    const calendar = {
      fiscalYearEnd: '03-31',
      fiscalYearNamedBy: 'end-year' as const,
      reportsOn: { fiscalYear: 2026, quarter: 2 },
    };
    const pl = draftPeriodColumnTables(
      `Profit and Loss (₹ crore)
Particulars                    Q2 FY26    Q1 FY26    YoY (%)
Net Interest Income              3,946      3,812       11.2
Other Income                     1,688      1,604       15.5
Operating Profit                 3,048      2,945       15.4
Provisions & Contingencies       1,064      1,048       17.4`.split('\n'),
      { metrics, calendar },
    );
    expect(pl.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['netInterestIncome', 'fy2026-q2', 39460],
      ['netInterestIncome', 'fy2026-q1', 38120],
      ['noninterestIncome', 'fy2026-q2', 16880],
      ['noninterestIncome', 'fy2026-q1', 16040],
      ['preProvisionNetRevenue', 'fy2026-q2', 30480],
      ['preProvisionNetRevenue', 'fy2026-q1', 29450],
      ['impairmentOnFinancialInstruments', 'fy2026-q2', 10640],
      ['impairmentOnFinancialInstruments', 'fy2026-q1', 10480],
    ]);
    const sheet = draftPeriodColumnTables(
      `Balance Sheet (₹ crore)   Sep 30, 2025   Jun 30, 2025
Deposits                      3,36,918       3,27,455
Net Advances                  2,91,846       2,83,012

Key ratios (%)                  Q2 FY26    Q1 FY26
Cost to Income                     45.9       45.6`.split('\n'),
      { metrics, calendar },
    );
    expect(sheet.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['totalDeposits', 'fy2026-q2', 3369180],
      ['totalDeposits', 'fy2026-q1', 3274550],
      ['totalLoans', 'fy2026-q2', 2918460],
      ['totalLoans', 'fy2026-q1', 2830120],
      ['costToIncomeRatio', 'fy2026-q2', 45.9],
      ['costToIncomeRatio', 'fy2026-q1', 45.6],
    ]);
  });

  it('reads an Indonesian table in Rp trillion under Sep-24 / Sep-25 columns (thousands of billions)', () => {
    expect(unitHeader('(Rp trillion)')).toEqual({
      unit: 'IDR',
      scale: 'billion',
      perShareInUnits: false,
      factor: 1000,
    });
    const { facts } = draftPeriodColumnTables(
      `Balance sheet (Rp trillion)                   Sep-24      Sep-25      YoY
Third-party funds                           1,021.7     1,086.4     6.3%`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year', reportsOn: { fiscalYear: 2025, months: 9 } },
      },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]])).toEqual([
      ['totalDeposits', 'fy2024-9m', { value: 1021700, scale: 'billion', unit: 'IDR' }],
      ['totalDeposits', 'fy2025-9m', { value: 1086400, scale: 'billion', unit: 'IDR' }],
    ]);
  });

  it('reads a French half-year table: change columns "H1 2025/H1 2024" qualified "as published" and "like-for-like"', () => {
    const { facts } = draftPeriodColumnTables(
      `Revenue (in € millions)       H1 2025    H1 2024    H1 2025/H1 2024    H1 2025/H1 2024
                                                      as published       like-for-like
Europe                          2,561      2,604          -1.7%              +2.9%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        fact.offering,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => [c.direction, c.change?.value]),
      ]),
    ).toEqual([
      ['revenue', 'Europe', 'fy2025-6m', 2561, [['decrease', 1.7]]],
      ['revenue', 'Europe', 'fy2024-6m', 2604, []],
      ['organicRevenueGrowth', 'Europe', 'fy2025-6m', 2.9, []],
    ]);
  });

  it('reads a range whose low end prints no unit ("between 5,700 and 5,900 M€"), not a change "from 10 to 12 cents"', () => {
    const read = (t: string) => findAmounts(t).map((a) => [a.low ?? a.value, a.high, a.scale, a.unit]);
    expect(read('EBITDA of between 5,700 and 5,900 M€ and net profit')).toEqual([[5700, 5900, 'million', 'EUR']]);
    expect(read('expected to be 5.7 to 5.9 billion euros')).toEqual([[5.7, 5.9, 'billion', 'EUR']]);
    expect(read('the dividend was raised from 10 to 12 cents')).toEqual([[12, undefined, 'one', 'USD cents']]);
    expect(read('sales were up 3 to €5.9m')).toEqual([[5.9, undefined, 'million', 'EUR']]);
  });

  it('reads change columns named over two lines ("Reported / growth", "Constant / currency") by franchise', () => {
    const { facts } = draftPeriodColumnTables(
      `Worldwide Revenue by Franchise
($ in millions)

                                                               Reported    Constant
                               Q2 2025        Q2 2024            growth    currency
Cardiovascular                   612.4          561.8              9.0%        8.4%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        fact.offering,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => c.change?.value),
      ]),
    ).toEqual([
      ['revenue', 'Cardiovascular', 'fy2025-q2', 612.4, [9]],
      ['revenue', 'Cardiovascular', 'fy2024-q2', 561.8, []],
      ['constantCurrencyRevenueGrowth', 'Cardiovascular', 'fy2025-q2', 8.4, []],
    ]);
  });

  it('keeps the forms of these sets from misreading others (review of the rules above)', () => {
    const ctx = { metrics, calendar: {} };
    // A part of the company named by its kind is no business line.
    for (const heading of ['Continuing operations', 'Discontinued Operations', 'REVIEW OF OPERATIONS', 'Core business'])
      expect(businessLineName(heading, ctx), heading).toBeUndefined();
    expect(businessLineName('GOLD OPERATIONS', ctx)).toBe('GOLD OPERATIONS');
    // A base period's label is no label of the document's half.
    expect(learnFiscalCalendar('for the half year ended 31 December 2025 versus 1H25 figures')).toEqual({});
    // Two figures joined by "and" are a range only after "between".
    expect(
      findAmounts('interim and final dividends of 10 and 12 cents').map((a) => [a.low ?? a.value, a.high]),
    ).toEqual([[12, undefined]]);
    // "1 000 000" is a million.
    expect(unitHeader('(NOK 1 000 000)')).toMatchObject({ unit: 'NOK', scale: 'million' });
    expect(unitHeader('(EUR 1.000.000)')).toMatchObject({ unit: 'EUR', scale: 'million' });
    // A Japanese label placed without the company's naming says so.
    const [fy] = findPeriods('FY3/2026', { fiscalYearEnd: '03-31' });
    expect([periodKey(fy!.period), fy!.confidence]).toEqual(['fy2026', 0.5]);
    // Column headers are not a year's quarter.
    expect(findPeriods('FY2024    Q1    Q2', { fiscalYearEnd: '12-31' }).map((p) => periodKey(p.period))).toEqual([
      'fy2024',
    ]);
    // A calendar-year company's "FY2025-26" spans two years.
    expect(findPeriods('FY2025-26 capex plan', { fiscalYearEnd: '12-31' }).map((p) => periodKey(p.period))).toEqual([
      'fy2025',
    ]);
    // In a company's P&L a "Net interest income" line is no bank's: its operating profit stays operating income.
    const pl = draftPeriodColumnTables(
      `(EUR million)                  2025      2024
Revenue                         8,412     7,905
Operating profit                  912       845
Net interest income                 3         5`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect([...new Set(pl.facts.map(({ fact }) => fact.metric))]).toEqual([
      'revenue',
      'operatingIncome',
      'netInterestIncome',
    ]);
    // "2025  %  2024  %": the % beside each year is its margin, no change; the table is left to the curator.
    const margins = draftGroupedColumnTables(
      `                      Revenue (€m)            Adjusted EBITA (€m)
                      2025     2024           2025      %     2024      %
Europe               1,204    1,150            168   14.0      151   13.1`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(margins.facts).toEqual([]);
    expect(metrics.find('Depreciation, depletion and amortization')[0]!.readings[0]!.key).toBe(
      'depreciationAndAmortization',
    );
    // Net income from discontinued operations is not the group's net income.
    const discontinued = draftSentence('Net income from the discontinued operations was $5 million.', {
      metrics,
      calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' },
      documentPeriod: { fiscalYear: 2025 },
    });
    expect(discontinued.facts).toEqual([]);
  });

  it('counts a space-grouped cell of a collapsed row as printed in its quote, and no other digits', () => {
    const fact = (id: string, value: number) => ({
      id,
      metric: 'revenue',
      period: { fiscalYear: 2025, quarter: 3 },
      basis: 'actual',
      amounts: [{ value, scale: 'thousand', unit: 'USD' }],
      source: { quote: 'Operating revenue 96 412 88 105 81 736 268 940 231 508' },
    });
    // 736268 straddles two cells of the printed row: its digits run on in the quote, not in the document.
    const draft = { facts: [fact('a', 81736), fact('b', 268940), fact('c', 412881), fact('d', 736268)] };
    const c = compareDraft(
      draft as never,
      { facts: [] } as never,
      'Operating revenue           96 412     88 105     81 736    268 940    231 508',
    );
    expect(c.valuesInQuote.failed.map((f) => f.split(':')[0])).toEqual(['c', 'd']);
  });

  it('reads a segment table whose change columns are a bare %, a row label wrapped onto the next line', () => {
    const { facts } = draftGroupedColumnTables(
      `                          Gross revenue (S$'000)            NPI (S$'000)
                       1H FY25/26  1H FY24/25    %     1H FY25/26  1H FY24/25    %
Hi-Tech Buildings          72,118      66,904   7.8       56,920      52,301   8.8
Flatted Factories &
  Light Industrial         34,906      34,577   1.0       26,083      25,915   0.6`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        fact.offering,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => c.change?.value),
      ]),
    ).toEqual([
      ['revenue', 'Hi-Tech Buildings', 'fy2026-6m', 72118, [7.8]],
      ['revenue', 'Hi-Tech Buildings', 'fy2025-6m', 66904, []],
      ['netPropertyIncome', 'Hi-Tech Buildings', 'fy2026-6m', 56920, [8.8]],
      ['netPropertyIncome', 'Hi-Tech Buildings', 'fy2025-6m', 52301, []],
      ['revenue', 'Flatted Factories & Light Industrial', 'fy2026-6m', 34906, [1]],
      ['revenue', 'Flatted Factories & Light Industrial', 'fy2025-6m', 34577, []],
      ['netPropertyIncome', 'Flatted Factories & Light Industrial', 'fy2026-6m', 26083, [0.6]],
      ['netPropertyIncome', 'Flatted Factories & Light Industrial', 'fy2025-6m', 25915, []],
    ]);
  });
});

describe('forms of the sets written after the sixty-first', () => {
  it('reads an issuer named only in capitals on the release line, and not a headline in capitals', () => {
    expect(issuerFromText('KUULAVIRTA OYJ INTERIM REPORT 23 October 2025 at 8:00 a.m. EEST')).toMatchObject({
      company: { id: 'kuulavirta', name: 'Kuulavirta Oyj' },
      quote: 'KUULAVIRTA OYJ',
      guessed: true,
    });
    expect(issuerFromText('NORDVIK OFFSHORE ASA: THIRD QUARTER 2025')).toMatchObject({
      company: { id: 'nordvik-offshore', name: 'Nordvik Offshore ASA' },
    });
    // A headline in capitals is left to the general guess, which prints it as found, for the curator.
    expect(issuerFromText('Q3 RESULTS AS EXPECTED. Revenue rose 4%.')?.company.name).toBe('Q3 RESULTS AS');
  });

  it('reads a Malaysian quarter: RM before a figure, sen per share, the profit "Attributable to:" its owners', () => {
    expect(
      findAmounts('Revenue up 22.8% to RM612.4 million; EPS of 14.06 sen; a dividend of 6.0 sen per share').map((a) => [
        a.value,
        a.scale,
        a.unit,
      ]),
    ).toEqual([
      [22.8, 'one', 'percent'],
      [612.4, 'million', 'MYR'],
      [14.06, 'one', 'MYR sen'],
      [6, 'one', 'MYR sen'],
    ]);
    const { facts } = draftPeriodColumnTables(
      `SUMMARY OF RESULTS (RM'000)
                                3 months ended 30 September
                                     2025          2024     Change %
Revenue                           612,384       498,712       22.8
Profit for the period             104,879        62,051       69.0
Attributable to:
  Owners of the Company            98,415        58,260       68.9
  Non-controlling interests         6,464         3,791       70.5
Basic and diluted EPS (sen)         14.06          8.32       69.0`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' },
        documentPeriod: { fiscalYear: 2026, quarter: 1 },
      },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value, fact.amounts[0]!.unit]),
    ).toEqual([
      ['revenue', 'fy2026-q1', 612384, 'MYR'],
      ['revenue', 'fy2025-q1', 498712, 'MYR'],
      ['netIncomeIncludingNonControllingInterests', 'fy2026-q1', 104879, 'MYR'],
      ['netIncomeIncludingNonControllingInterests', 'fy2025-q1', 62051, 'MYR'],
      ['netIncome', 'fy2026-q1', 98415, 'MYR'],
      ['netIncome', 'fy2025-q1', 58260, 'MYR'],
      ['netIncomeAttributableToNonControllingInterests', 'fy2026-q1', 6464, 'MYR'],
      ['netIncomeAttributableToNonControllingInterests', 'fy2025-q1', 3791, 'MYR'],
      ['earningsPerShare', 'fy2026-q1', 14.06, 'MYR sen'],
      ['earningsPerShare', 'fy2025-q1', 8.32, 'MYR sen'],
    ]);
  });

  it('reads a table by business group whose change columns are named in two words ("Reported change    Organic change")', () => {
    const { facts } = draftPeriodColumnTables(
      `Revenue by business group
(in € millions)               H1 2025    H1 2024    Reported change    Organic change
Fashion & Leather Goods         5,214      4,986              +4.6%             +6.3%
Jewelry & Watches               2,108      1,962              +7.4%             +9.0%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Fashion & Leather Goods', 'fy2025-6m', 5214],
      ['revenue', 'Fashion & Leather Goods', 'fy2024-6m', 4986],
      ['organicRevenueGrowth', 'Fashion & Leather Goods', 'fy2025-6m', 6.3],
      ['revenue', 'Jewelry & Watches', 'fy2025-6m', 2108],
      ['revenue', 'Jewelry & Watches', 'fy2024-6m', 1962],
      ['organicRevenueGrowth', 'Jewelry & Watches', 'fy2025-6m', 9],
    ]);
    expect(facts.find((f) => f.fact.amounts[0]!.value === 5214)!.fact.comparisons).toMatchObject([
      { change: { value: 4.6, unit: 'percent' } },
    ]);
  });

  it('reads a Vietnamese bank: "(consolidated, VND billion)", total operating income, balances beside a "YTD" change', () => {
    const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } as const;
    expect(unitHeader('INCOME STATEMENT (consolidated, VND billion)')).toMatchObject({ unit: 'VND', scale: 'billion' });
    const { facts } = draftPeriodColumnTables(
      `INCOME STATEMENT (consolidated, VND billion)

Item                                   9M2025      9M2024       YoY
Net interest income                    16,214      14,276     +13.6%
Total operating income                 21,380      18,543     +15.3%
Operating profit before provisions     14,752      12,431     +18.7%

BALANCE SHEET (VND trillion)
Item                                   30/09/2025   31/12/2024      YTD
Loans to customers                          348.2        309.8    +12.4%`.split('\n'),
      { metrics, calendar, documentPeriod: { fiscalYear: 2025, months: 9 } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value, fact.amounts[0]!.scale]),
    ).toEqual([
      ['netInterestIncome', 'fy2025-9m', 16214, 'billion'],
      ['netInterestIncome', 'fy2024-9m', 14276, 'billion'],
      ['netTotalIncome', 'fy2025-9m', 21380, 'billion'],
      ['netTotalIncome', 'fy2024-9m', 18543, 'billion'],
      ['preProvisionNetRevenue', 'fy2025-9m', 14752, 'billion'],
      ['preProvisionNetRevenue', 'fy2024-9m', 12431, 'billion'],
      ['totalLoans', 'fy2025-q3', 348200, 'billion'],
      ['totalLoans', 'fy2024', 309800, 'billion'],
    ]);
  });

  it('reads a Saudi exchange table: "%Change" heads on the line above the periods, between them', () => {
    const { draft } = draftOfText(
      `Qassirah Chemicals Company announces its Interim Financial Results for the Period Ending on 2025-09-30

Qassirah Chemicals Company ("Qassirah") announced today its results for the nine-month period ended 30 September 2025.

All figures in SAR million unless otherwise stated

Element List                     Current   Similar Quarter   %Change    Previous   %Change
                                 Quarter   of Previous Year             Quarter
                                 Q3 2025   Q3 2024                      Q2 2025
Sales/Revenue                    3,846.2   3,612.5             6.47     3,701.8      3.90
Operational Profit (Loss)          468.7     352.1            33.12       431.6      8.60
`,
      'qassirah',
    );
    const facts = draft.facts as {
      metric: string;
      period: PeriodRef;
      amounts: { value: number }[];
      comparisons?: { change?: { value: number } }[];
    }[];
    expect(
      facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.comparisons?.[0]?.change?.value]),
    ).toEqual([
      ['revenue', 'fy2025-q3', 3846.2, 6.47],
      ['revenue', 'fy2024-q3', 3612.5, undefined],
      ['revenue', 'fy2025-q2', 3701.8, undefined],
      ['operatingIncome', 'fy2025-q3', 468.7, 33.12],
      ['operatingIncome', 'fy2024-q3', 352.1, undefined],
      ['operatingIncome', 'fy2025-q2', 431.6, undefined],
    ]);
  });

  it('reads a grouped segment table with a line of units under its headers, a count among them, and "Normalised" as adjusted', () => {
    const { facts } = draftGroupedColumnTables(
      `                          Sales volume          Revenue        Normalised EBIT
                           ('000 MT)             NZ$m               NZ$m
                          1H26    1H25      1H26      1H25      1H26     1H25
Ingredients              1,214   1,188     9,214     8,702       538      641
Total                    1,703   1,676    13,482    12,906       842      905`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '07-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]])).toEqual([
      ['revenue', 'Ingredients', 'fy2026-6m', { value: 9214, scale: 'million', unit: 'NZD' }],
      ['revenue', 'Ingredients', 'fy2025-6m', { value: 8702, scale: 'million', unit: 'NZD' }],
      ['adjustedEbit', 'Ingredients', 'fy2026-6m', { value: 538, scale: 'million', unit: 'NZD' }],
      ['adjustedEbit', 'Ingredients', 'fy2025-6m', { value: 641, scale: 'million', unit: 'NZD' }],
      ['revenue', undefined, 'fy2026-6m', { value: 13482, scale: 'million', unit: 'NZD' }],
      ['revenue', undefined, 'fy2025-6m', { value: 12906, scale: 'million', unit: 'NZD' }],
      ['adjustedEbit', undefined, 'fy2026-6m', { value: 842, scale: 'million', unit: 'NZD' }],
      ['adjustedEbit', undefined, 'fy2025-6m', { value: 905, scale: 'million', unit: 'NZD' }],
    ]);
    expect(unitHeader('NZ$m (unless stated)                    1H26      1H25     Change')).toMatchObject({
      unit: 'NZD',
      scale: 'million',
    });
  });

  it('reads a Brazilian utility table: net revenue beside gross (a metric of its own), no metric for a label "ex-" a part', () => {
    const { facts } = draftPeriodColumnTables(
      `(R$ million)                         3Q25       3Q24   Var. %
Gross operating revenue           6,842.5    6,318.0      8.3
Net operating revenue             4,905.7    4,512.4      8.7
NOR ex-construction revenue       4,102.3    3,838.6      6.9
Costs and expenses (ex-D&A)      (3,657.4)  (3,389.9)     7.9
IFRS EBITDA                       1,248.3    1,122.5     11.2`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['grossOperatingRevenue', undefined, 'fy2025-q3', 6842.5],
      ['grossOperatingRevenue', undefined, 'fy2024-q3', 6318],
      ['revenue', undefined, 'fy2025-q3', 4905.7],
      ['revenue', undefined, 'fy2024-q3', 4512.4],
      ['ebitda', undefined, 'fy2025-q3', 1248.3],
      ['ebitda', undefined, 'fy2024-q3', 1122.5],
    ]);
  });

  it('keeps what the review of these forms found apart: two change heads one space apart, a growth title, shares of another total', () => {
    const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } as const;
    const rows = (text: string) =>
      draftPeriodColumnTables(text.split('\n'), { metrics, calendar }).facts.map(({ fact }) => [
        fact.metric,
        fact.offering,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => c.change?.value),
      ]);
    expect(
      rows(`(US$ million)                 Q3 2025   Q2 2025   Q3 2024   QoQ YoY
Revenue                         1,200     1,100     1,000    9% 20%`),
    ).toEqual([
      ['revenue', undefined, 'fy2025-q3', 1200, [9, 20]],
      ['revenue', undefined, 'fy2025-q2', 1100, []],
      ['revenue', undefined, 'fy2024-q3', 1000, []],
    ]);
    expect(
      rows(`Revenue growth by region (%)   FY2025   FY2024
Europe                            9.1      4.0`),
    ).toEqual([
      ['revenueGrowth', 'Europe', 'fy2025', 9.1, []],
      ['revenueGrowth', 'Europe', 'fy2024', 4, []],
    ]);
    // The owners' share of the comprehensive income is no net income.
    expect(
      rows(`(RM'000)                             FY2025        FY2024
Total comprehensive income          110,200        60,100
Attributable to:
  Owners of the Company             103,500        56,900`).filter((r) => r[0] === 'netIncome'),
    ).toEqual([]);
    expect(issuerFromText('PROFIT UP AS VOLUMES RECOVER Acme Holdings plc Interim results')?.company.name).not.toMatch(
      /^Profit Up/,
    );
    expect(findAmounts('the migration to SAP S/4HANA and Line TL1 ramp-up')).toEqual([]);
    expect(metrics.find('Earnings per ADR - basic').map((m) => m.readings[0]!.key)).not.toContain('averageDailyRate');
  });

  it('reads a range whose high end carries a scale letter ("PLN 600-640m", "US$1.2-1.3B")', () => {
    expect(amountsOf('adjusted EBITDA of PLN 600-640m, with capex of US$1.2-1.3B')).toMatchObject([
      { low: 600, high: 640, scale: 'million', unit: 'PLN' },
      { low: 1.2, high: 1.3, scale: 'billion', unit: 'USD' },
    ]);
  });

  it('ends a bullet at the line that opens the next list ("For the full year 2025, … expects:")', () => {
    const { draft } = draftOfText(
      `Ezrawood Security Ltd. Reports Fourth Quarter 2024 Results

Ezrawood Security Ltd. (NASDAQ: EZRW) today announced results for the quarter ended December 31, 2024.

Financial Outlook
For the first quarter of 2025, Ezrawood expects:
- Total revenue of $79.0 million to $80.5 million
For the full year 2025, Ezrawood expects:
- Total revenue of $335 million to $341 million
`,
      'ezrawood',
    );
    const facts = draft.facts as { metric: string; period: PeriodRef; basis: string; amounts: { low?: number }[] }[];
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.basis, f.amounts[0]!.low])).toEqual([
      ['revenue', 'fy2025-q1', 'guidance', 79],
      ['revenue', 'fy2025', 'guidance', 335],
    ]);
  });

  it('takes an "Annual Report 2024" for the year it reports, whatever quarter it also gives', () => {
    const { draft } = draftOfText(
      `DRAKENHOLM LINE A/S
Annual Report 2024

Drakenholm Line A/S today published its annual report for 2024.
- Revenue increased by 14.4% to USD 18,422m (USD 16,108m).

In Q4 2024, revenue grew 30.3% to USD 4,930m (USD 3,785m), and in Q4 2024 EBIT was USD 689m.
`,
      'drakenholm',
    );
    expect((draft.document as { reportsOn?: PeriodRef }).reportsOn).toEqual({ fiscalYear: 2024 });
  });

  it("reads a lodging REIT's table: Adjusted FFO and EBITDAre in millions, the daily rate and RevPAR in dollars per room", () => {
    const { draft } = draftOfText(
      `Mossvale Lodging Trust Reports Results for Second Quarter 2025

Mossvale Lodging Trust, Inc. (NYSE: MVLT) today announced results for the quarter ended June 30, 2025.

Selected Financial and Operating Results
(unaudited, in millions, except per share data and hotel statistics)

                                   Three Months Ended June 30,
                                   2025       2024    Change
Adjusted EBITDAre                $181.4     $172.9     4.9 %
Adjusted FFO                     $148.2     $140.6     5.4 %

Hotel statistics
Average daily rate              $262.17    $256.30     2.3 %
RevPAR                          $198.46    $191.71     3.5 %
`,
      'mossvale',
    );
    const facts = draft.facts as { metric: string; amounts: { value: number; scale: string }[] }[];
    expect(facts.map((f) => [f.metric, f.amounts[0]!.value, f.amounts[0]!.scale])).toEqual([
      ['adjustedEbitdare', 181.4, 'million'],
      ['adjustedEbitdare', 172.9, 'million'],
      ['adjustedFundsFromOperations', 148.2, 'million'],
      ['adjustedFundsFromOperations', 140.6, 'million'],
      ['averageDailyRate', 262.17, 'one'],
      ['averageDailyRate', 256.3, 'one'],
      ['revpar', 198.46, 'one'],
      ['revpar', 191.71, 'one'],
    ]);
  });
});

describe('forms of the sets written after the sixty-fifth', () => {
  it('reads a report titled January–September over "Third quarter" highlights as the quarter\'s, "9M" as the nine months\'', () => {
    const interim = (title: string) =>
      (
        draftOfText(
          `Vinterfors AB (publ)
${title}

Stockholm, 23 October 2025

Third quarter 2025
- Net sales increased by 3% to SEK 4,655 m (4,519).

January–September 2025
- Net sales increased by 4% to SEK 14,236 m (13,711).

Net debt at the end of the period amounted to SEK 4,218 m (5,102).
`,
          'vinterfors',
        ).draft.document as { reportsOn?: PeriodRef }
      ).reportsOn;
    expect(interim('Interim report January–September 2025')).toEqual({ fiscalYear: 2025, quarter: 3 });
    expect(interim('Quarterly Statement 9M 2025')).toEqual({ fiscalYear: 2025, months: 9 });
  });

  it('reads the period past a bare base in parentheses as the figure\'s before it: "EUR 412 million (376) in Q1–Q3/2025"', () => {
    const facts = draftSentence('Capital expenditure totalled EUR 412 million (376) in Q1–Q3/2025.', {
      metrics,
      calendar: { reportsOn: { fiscalYear: 2025, quarter: 3 } },
      documentPeriod: { fiscalYear: 2025, quarter: 3 },
    }).facts;
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['capitalExpenditures', 'fy2025-9m', 412],
      ['capitalExpenditures', 'fy2024-9m', 376],
    ]);
  });

  it('reads a Nordic "MSEK" unit opening a table, and a grouped table under a caption "Business areas, Q3"', () => {
    expect(unitHeader('MSEK                      Q3 2025   Q3 2024')).toMatchObject({ unit: 'SEK', scale: 'million' });
    expect(unitHeader('Group key figures (TEUR)')).toMatchObject({ unit: 'EUR', scale: 'thousand' });
    const { facts } = draftGroupedColumnTables(
      `Business areas, Q3       Order intake       Net sales       Adjusted EBITA
MSEK                     2025     2024     2025     2024     2025     2024
Flow Systems            2,104    1,962    2,018    1,947      331      297
Group-wide functions        –        –        –        –      -36      -42
Group                   4,812    4,540    4,655    4,519      698      641`.split('\n'),
      { metrics, calendar: {}, documentPeriod: { fiscalYear: 2025, quarter: 3 } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering ?? '', periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['orderIntake', 'Flow Systems', 'fy2025-q3', 2104],
      ['orderIntake', 'Flow Systems', 'fy2024-q3', 1962],
      ['revenue', 'Flow Systems', 'fy2025-q3', 2018],
      ['revenue', 'Flow Systems', 'fy2024-q3', 1947],
      ['adjustedEbita', 'Flow Systems', 'fy2025-q3', 331],
      ['adjustedEbita', 'Flow Systems', 'fy2024-q3', 297],
      // "Group-wide functions" (central costs) is neither a business line nor the company's row.
      ['orderIntake', '', 'fy2025-q3', 4812],
      ['orderIntake', '', 'fy2024-q3', 4540],
      ['revenue', '', 'fy2025-q3', 4655],
      ['revenue', '', 'fy2024-q3', 4519],
      ['adjustedEbita', '', 'fy2025-q3', 698],
      ['adjustedEbita', '', 'fy2024-q3', 641],
    ]);
  });

  it('reads investments in property, plant and equipment, a "net debt/EBITDA ratio" and employees "at the end of the period"', () => {
    const read = (sentence: string) =>
      draftSentence(sentence, { metrics, calendar: {}, documentPeriod: { fiscalYear: 2025, quarter: 3 } }).facts.map(
        (f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.unit],
      );
    expect(read('Investments in property, plant and equipment amounted to SEK 362 m (341).')).toEqual([
      ['capitalExpenditures', 'fy2025-q3', 362, 'SEK'],
      ['capitalExpenditures', 'fy2024-q3', 341, 'SEK'],
    ]);
    expect(read('This corresponds to a net debt/EBITDA ratio of 1.4 (1.7).')).toEqual([
      ['netDebtToEbitda', 'fy2025-q3', 1.4, 'x'],
      ['netDebtToEbitda', 'fy2024-q3', 1.7, 'x'],
    ]);
    expect(read('The number of employees at the end of the period was 9,842 (9,615).')).toEqual([
      ['headcount', 'fy2025-q3', 9842, 'employees'],
      ['headcount', 'fy2024-q3', 9615, 'employees'],
    ]);
  });

  it("reads a Nigerian bank's statement: gross earnings and interest income above the net interest income", () => {
    const { facts } = draftPeriodColumnTables(
      `Income statement
(₦ million)                          9M 2025       9M 2024    Change
Gross earnings                     1,254,816       908,433     38.1%
Interest income                    1,012,540       702,118     44.2%
Net interest income                  514,325       370,712     38.7%
Net trading and FX income             86,910       101,377    (14.3%)
Other operating income                14,772         8,693     69.9%
Total operating income               744,611       577,027     29.0%`.split('\n'),
      { metrics, calendar: {}, documentPeriod: { fiscalYear: 2025, months: 9 } },
    );
    expect(
      facts
        .filter(({ fact }) => fact.period.fiscalYear === 2025)
        .map(({ fact }) => [fact.metric, fact.offering ?? '', fact.amounts[0]!.value, fact.amounts[0]!.unit]),
    ).toEqual([
      ['grossEarnings', '', 1254816, 'NGN'],
      ['interestIncome', '', 1012540, 'NGN'],
      ['netInterestIncome', '', 514325, 'NGN'],
      ['netTradingIncome', '', 86910, 'NGN'],
      ['otherOperatingIncome', '', 14772, 'NGN'],
      ['netTotalIncome', '', 744611, 'NGN'],
    ]);
  });

  it('reads balance columns dated "30-Sep-25  31-Dec-24", and shareholders\' funds as net assets', () => {
    const { facts } = draftPeriodColumnTables(
      `Statement of financial position
(₦ million)                         30-Sep-25     31-Dec-24    Change
Total assets                      13,482,906    11,905,314     13.3%
Shareholders' funds                1,842,560     1,566,081     17.7%`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '12-31', reportsOn: { fiscalYear: 2025, months: 9 } },
        documentPeriod: { fiscalYear: 2025, months: 9 },
      },
    );
    expect(facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['totalAssets', 'fy2025-9m', 13482906],
      ['totalAssets', 'fy2024', 11905314],
      ['netAssets', 'fy2025-9m', 1842560],
      ['netAssets', 'fy2024', 1566081],
    ]);
  });

  it('keeps to what the review of sets 62–65 found: years, quarter ranges, reconciling rows, spellings and scaled codes', () => {
    const read = (sentence: string) =>
      draftSentence(sentence, { metrics, calendar: {}, documentPeriod: { fiscalYear: 2025, quarter: 3 } }).facts.map(
        (f) => [f.metric, f.amounts[0]!.value],
      );
    // A year after "at the end of the year" is no headcount.
    expect(read('The number of employees at the end of the year 2025 was 9,842.')).not.toContainEqual([
      'headcount',
      2025,
    ]);
    const { facts } = draftGroupedColumnTables(
      `Business areas, Q1–Q3       Order intake       Net sales
MSEK                        2025     2024     2025     2024
Flow Systems               6,104    5,962    6,018    5,947
Group eliminations           -12      -10      -12      -10
Group                     14,580   13,902   14,236   13,711`.split('\n'),
      { metrics, calendar: {}, documentPeriod: { fiscalYear: 2025, quarter: 3 } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering ?? '', periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['orderIntake', 'Flow Systems', 'fy2025-9m', 6104],
      ['orderIntake', 'Flow Systems', 'fy2024-9m', 5962],
      ['revenue', 'Flow Systems', 'fy2025-9m', 6018],
      ['revenue', 'Flow Systems', 'fy2024-9m', 5947],
      // A reconciling line is a line of its own, as curators record it, not the company's row.
      ['orderIntake', 'Group eliminations', 'fy2025-9m', -12],
      ['orderIntake', 'Group eliminations', 'fy2024-9m', -10],
      ['revenue', 'Group eliminations', 'fy2025-9m', -12],
      ['revenue', 'Group eliminations', 'fy2024-9m', -10],
      ['orderIntake', '', 'fy2025-9m', 14580],
      ['orderIntake', '', 'fy2024-9m', 13902],
      ['revenue', '', 'fy2025-9m', 14236],
      ['revenue', '', 'fy2024-9m', 13711],
    ]);
    // "interest income" and "trading income" take no longer phrase's place.
    expect(metrics.find('Non interest income')[0]?.key).toBe('noninterestIncome');
    expect(metrics.find('Net interest and similar income')[0]?.key).toBe('netInterestIncome');
    expect(metrics.find('Trading income in the Energy Trading segment')).toEqual([]);
    expect(['(KSEK)', '(TCHF)', '(MSEK, unless otherwise stated)'].map((h) => unitHeader(h))).toMatchObject([
      { unit: 'SEK', scale: 'thousand' },
      { unit: 'CHF', scale: 'thousand' },
      { unit: 'SEK', scale: 'million' },
    ]);
  });
});

describe('forms of the sets written after the sixty-ninth', () => {
  it('reads Gulf, Egyptian and Andean legal forms as the end of an issuer name', () => {
    expect(
      issuerFromText('Lima, Peru - Quenhuaro Minera S.A.A. ("Quenhuaro") announces its results for the quarter'),
    ).toMatchObject({ company: { name: 'Quenhuaro Minera S.A.A.', shortName: 'Quenhuaro' } });
    expect(issuerFromText('Doha - Sadrawi Telecom Q.P.S.C. today announced its results')).toMatchObject({
      company: { name: 'Sadrawi Telecom Q.P.S.C.' },
    });
    expect(issuerFromText('Cairo - Nilvara Homes S.A.E. (EGX: NLVH) announced today its results')).toMatchObject({
      company: { name: 'Nilvara Homes S.A.E.' },
    });
  });

  it("reads a year before its quarter, and a fourth-quarter release's year-end balances as the quarters'", () => {
    expect(findPeriods('Fiscal 2025 Fourth Quarter Highlights').map((p) => p.period)).toEqual([
      { fiscalYear: 2025, quarter: 4 },
    ]);
    const calendar = { fiscalYearEnd: '09-30', reportsOn: { fiscalYear: 2025, quarter: 4 } };
    expect(findPeriods('as of September 30, 2025 and as of September 30, 2024', calendar).map((p) => p.period)).toEqual(
      [
        { fiscalYear: 2025, quarter: 4 },
        { fiscalYear: 2024, quarter: 4 },
      ],
    );
  });

  it("reads spans left undated by the table above, a label wrapped onto its row, and prices in the header's own scale", () => {
    const { facts } = draftPeriodColumnTables(
      `OPERATING DATA
(Dollars in millions, except average prices in thousands)
                                      Three Months Ended             Fiscal Year Ended
                                    2025      2024   % Change     2025      2024   % Change
Value of net sales orders        1,071.1   1,063.6       1%     4,271.3   4,467.6     (4)%
Average selling price of
  homes closed                     430.5     441.5     (2)%       427.9     435.6     (2)%
Active communities, end of period    268       246       9%`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '09-30', reportsOn: { fiscalYear: 2025, quarter: 4 } },
        documentPeriod: { fiscalYear: 2025, quarter: 4 },
        defaultCurrency: 'USD',
      },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value, fact.amounts[0]!.scale]),
    ).toEqual([
      ['netSalesOrdersValue', 'fy2025-q4', 1071.1, 'million'],
      ['netSalesOrdersValue', 'fy2024-q4', 1063.6, 'million'],
      ['netSalesOrdersValue', 'fy2025', 4271.3, 'million'],
      ['netSalesOrdersValue', 'fy2024', 4467.6, 'million'],
      ['averageSellingPrice', 'fy2025-q4', 430.5, 'thousand'],
      ['averageSellingPrice', 'fy2024-q4', 441.5, 'thousand'],
      ['averageSellingPrice', 'fy2025', 427.9, 'thousand'],
      ['averageSellingPrice', 'fy2024', 435.6, 'thousand'],
      // A balance row fills the quarter's columns, its cells placed by where they are printed.
      ['activeCommunities', 'fy2025-q4', 268, 'one'],
      ['activeCommunities', 'fy2024-q4', 246, 'one'],
    ]);
  });

  it("reads a caption in capitals, a caption's unit, the owners' share named by the company, and a bank's operating income", () => {
    const ctx = { metrics, calendar: { fiscalYearEnd: '12-31' }, documentPeriod: { fiscalYear: 2025, quarter: 3 } };
    const results = draftPeriodColumnTables(
      `NET REVENUES BY METAL (US$ million)   3Q25      3Q24   Var. %
Copper                               268.4     214.9    24.9

FINANCIAL RESULTS (US$ million)        3Q25     3Q24   Var. %     9M25     9M24   Var. %
Net income                             66.5     45.1    47.5     163.2    106.2    53.7
Attributable to Callpamayo shareholders 61.8    41.7    48.2     151.6     98.1    54.5

CASH FLOW AND NET DEBT (US$ million)  3Q25      3Q24   Var. %
Capital expenditures                 (71.5)    (58.2)   22.9
  Sustaining                         (44.9)    (39.0)   15.1`.split('\n'),
      ctx,
    );
    expect(
      results.facts.map(({ fact }) => [
        fact.metric,
        fact.offering ?? '',
        periodKey(fact.period),
        fact.amounts[0]!.value,
      ]),
    ).toEqual([
      ['revenue', 'Copper', 'fy2025-q3', 268.4],
      ['revenue', 'Copper', 'fy2024-q3', 214.9],
      // The whole profit, the owners' share of it below.
      ['netIncomeIncludingNonControllingInterests', '', 'fy2025-q3', 66.5],
      ['netIncomeIncludingNonControllingInterests', '', 'fy2024-q3', 45.1],
      ['netIncomeIncludingNonControllingInterests', '', 'fy2025-9m', 163.2],
      ['netIncomeIncludingNonControllingInterests', '', 'fy2024-9m', 106.2],
      ['netIncome', '', 'fy2025-q3', 61.8],
      ['netIncome', '', 'fy2024-q3', 41.7],
      ['netIncome', '', 'fy2025-9m', 151.6],
      ['netIncome', '', 'fy2024-9m', 98.1],
      ['capitalExpenditures', '', 'fy2025-q3', -71.5],
      ['capitalExpenditures', '', 'fy2024-q3', -58.2],
      // ("Sustaining" is no business line of net debt, which the caption names beside cash flow.)
    ]);
    const bank = draftPeriodColumnTables(
      `Income statement in EUR million    1-9/2025   1-9/2024   Change
Net interest income                 1,038.4    1,060.7   (2.1)%
Other net operating result            (18.9)     (22.4)      -
Operating income                    1,453.3    1,440.7    0.9%
General administrative expenses      (697.5)    (681.0)    2.4%
Operating result                      755.8      759.7   (0.5)%`.split('\n'),
      { ...ctx, documentPeriod: { fiscalYear: 2025, months: 9 } },
    );
    expect(bank.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['netInterestIncome', 'fy2025-9m', 1038.4],
      ['netInterestIncome', 'fy2024-9m', 1060.7],
      ['otherOperatingIncome', 'fy2025-9m', -18.9],
      ['otherOperatingIncome', 'fy2024-9m', -22.4],
      ['revenue', 'fy2025-9m', 1453.3],
      ['revenue', 'fy2024-9m', 1440.7],
      ['generalAndAdministrativeExpense', 'fy2025-9m', -697.5],
      ['generalAndAdministrativeExpense', 'fy2024-9m', -681],
      ['operatingIncome', 'fy2025-9m', 755.8],
      ['operatingIncome', 'fy2024-9m', 759.7],
    ]);
    expect(bank.facts[0]!.fact.amounts[0]).toMatchObject({ unit: 'EUR', scale: 'million' });
  });

  it("reads a line that only states the unit, and an insurer's core measures", () => {
    expect(
      ['Figures in COP billion (miles de millones)', 'Amounts in millions of euros'].map((h) => unitHeader(h)),
    ).toMatchObject([
      { unit: 'COP', scale: 'billion' },
      { unit: 'EUR', scale: 'million' },
    ]);
    // (A caption that names a metric is no unit line.)
    expect(unitHeader('Revenue in EUR million')).toBeUndefined();
    expect(
      ['Core earnings(1)', 'Core diluted EPS ($)(1)', 'Core ROE, trailing twelve months(1)', 'LICAT ratio(2)'].map(
        (l) => metrics.find(l)[0]?.key,
      ),
    ).toEqual(['coreEarnings', 'adjustedEarningsPerShare', 'coreReturnOnEquity', 'licatRatio']);
  });

  it('reads a Pakistani statement: its unit ruled off under the years, rupees of its listing, its year from the date', () => {
    const text = `JAUHARA CEMENT LIMITED

The General Manager
Pakistan Stock Exchange Limited

Subject: Financial Results for the Year Ended June 30, 2025

The Board of Jauhara Cement Limited (the "Company") recommended a final cash dividend at Rs. 4.00 per share
(FY2024: Rs. 3.00 per share).

STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED JUNE 30, 2025
                                                    2025                2024
                                            -------- Rupees in thousand --------
Net sales                                     51,072,242          47,241,114
Finance cost                                  (2,184,519)         (3,472,806)
Taxation                                      (3,214,076)         (1,902,637)
Profit after taxation                          5,467,263           2,912,486
`;
    const { draft } = draftOfText(text, 'jauhara-fy2025');
    const facts = draft.facts as {
      metric: string;
      period: PeriodRef;
      amounts: { value: number; scale: string; unit: string }[];
    }[];
    expect(
      facts
        .filter((f) => f.amounts[0]!.scale === 'thousand')
        .map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.unit]),
    ).toEqual([
      ['revenue', 'fy2025', 51072242, 'PKR'],
      ['revenue', 'fy2024', 47241114, 'PKR'],
      ['financeCosts', 'fy2025', 2184519, 'PKR'],
      ['financeCosts', 'fy2024', 3472806, 'PKR'],
      ['incomeTaxExpense', 'fy2025', 3214076, 'PKR'],
      ['incomeTaxExpense', 'fy2024', 1902637, 'PKR'],
      ['netIncome', 'fy2025', 5467263, 'PKR'],
      ['netIncome', 'fy2024', 2912486, 'PKR'],
    ]);
    // ("(FY2024: Rs. 3.00 …)" is a base, not the label of the year the date ends.)
    expect(learnFiscalCalendar(text.replace(/\s+/g, ' ')).fiscalYearNamedBy).not.toBe('start-year');
  });

  it("reads a Kenyan bank's release: KShs, ordinal dates, y-o-y change columns and its own names for a bank's lines", () => {
    const text = `KIBERA BANK GROUP PLC

Kibera Bank Group PLC (NSE: KIBB) today announced its unaudited financial results for the six
months ended 30th June 2025.

SUMMARY INCOME STATEMENT
KShs billion                            H1 2024     H1 2025   y-o-y change
Net interest income                       19.36       21.84          12.8%
Non-funded income                          8.47        9.12           7.7%
Loan loss provision                       (3.62)      (3.18)        (12.2%)
Profit after tax                           7.99        9.42          17.9%
Profit attributable to shareholders        7.81        9.18          17.5%

SUMMARY BALANCE SHEET
KShs billion                             Jun-24      Jun-25   y-o-y change
Net loans and advances                    471.2       498.6           5.8%
`;
    const { draft } = draftOfText(text, 'kibera-h1-2025');
    const facts = draft.facts as { metric: string; period: PeriodRef; amounts: { value: number; unit: string }[] }[];
    expect(
      facts
        .filter((f) => f.period.fiscalYear === 2025)
        .map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.unit]),
    ).toEqual([
      ['netInterestIncome', 'fy2025-6m', 21.84, 'KES'],
      ['noninterestIncome', 'fy2025-6m', 9.12, 'KES'],
      ['impairmentOnFinancialInstruments', 'fy2025-6m', 3.18, 'KES'],
      ['netIncomeIncludingNonControllingInterests', 'fy2025-6m', 9.42, 'KES'],
      ['netIncome', 'fy2025-6m', 9.18, 'KES'],
      ['totalLoans', 'fy2025-6m', 498.6, 'KES'],
    ]);
  });

  it("knows a dry-bulk shipowner's fleet data", () => {
    expect(
      ['Daily TCE rate(1)', 'Ownership days', 'Daily vessel operating expenses', 'Voyage expenses'].map(
        (l) => metrics.find(l)[0]?.key,
      ),
    ).toEqual(['timeCharterEquivalentRate', 'ownershipDays', 'dailyVesselOperatingExpenses', 'voyageExpenses']);
    expect(metrics.find('Tax expense')[0]?.key).toBe('incomeTaxExpense');
  });

  it('keeps to what the review of this tuning found: captions, owners, bank costs, undated spans, rupees, taxation', () => {
    const calendar = { fiscalYearEnd: '12-31' };
    // A line of dates or periods in capitals is no caption.
    expect(
      ['SEP 30, 2025   SEP 30, 2024', 'FIRST HALF 2025   FIRST HALF 2024', 'NII   3Q25   3Q24'].map((l) =>
        isPeriodLine(l, calendar),
      ),
    ).toEqual([true, true, true]);
    const ctx = { metrics, calendar, documentPeriod: { fiscalYear: 2025, quarter: 3 }, defaultCurrency: 'USD' };
    const rows = (text: string, c: Parameters<typeof draftPeriodColumnTables>[1] = ctx) =>
      draftPeriodColumnTables(text.split('\n'), c).facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
      ]);
    // The minorities' share under net income is not the owners'.
    expect(
      rows(`($ in millions)                    3Q25      3Q24
Net income                           66.5      45.1
Attributable to minority shareholders 4.7       3.4`),
    ).toEqual([
      ['netIncome', 'fy2025-q3', 66.5],
      ['netIncome', 'fy2024-q3', 45.1],
    ]);
    // A bank's "Operating income" after its costs is its operating income.
    expect(
      rows(`($ in millions)                    3Q25      3Q24
Net interest income                  90.0      85.0
Operating expenses                  (30.0)    (28.0)
Operating income                     60.0      57.0`).filter(
        ([m]) => m !== 'netInterestIncome' && m !== 'operatingExpenses',
      ),
    ).toEqual([
      ['operatingIncome', 'fy2025-q3', 60],
      ['operatingIncome', 'fy2024-q3', 57],
    ]);
    // Undated spans count back from the latest year printed; twelve months in a quarter's release are no year.
    expect(
      rows(
        `(Dollars in millions)
                          Three Months Ended     Twelve Months Ended
                          2024        2025        2024        2025
Net sales orders value    1,063.6     1,071.1     4,467.6     4,271.3`,
        { ...ctx, documentPeriod: { fiscalYear: 2025, quarter: 3 } },
      ).map(([, period]) => period),
    ).not.toContain('fy2026-q3');
    // "Taxation" is income tax as a whole label only.
    expect(metrics.find('Income before taxation')[0]?.key).toBe('incomeBeforeIncomeTaxes');
    expect(metrics.find('Net finance cost')[0]?.key).toBe('netFinanceCosts');
    // A Canadian listing on the CSE prints no rupees: no rupee decision.
    const { decisions } = draftOfText(
      'Maplewick Mining Corp. (CSE: MWC) today announced revenue of $12.4 million for the third quarter of 2025.',
      'maplewick-q3-2025',
    );
    expect(decisions.map((d) => d.question).join(' ')).not.toMatch(/rupees/);
  });
});

describe('forms of the sets written after the seventy-third', () => {
  it('reads a Turkish joint-stock company as an issuer, its id spelled as a curator types it', () => {
    expect(
      issuerFromText(
        'Istanbul, 5 November 2025 – Kavrulan Hava Yolları A.Ş. ("Kavrulan Airlines", BIST: KVRLN) today announced its results',
      ),
    ).toMatchObject({ company: { id: 'kavrulan-hava-yollari', name: 'Kavrulan Hava Yolları A.Ş.' } });
    // "9M EBITDA": the nine months, not a business line "M".
    const { draft } = draftOfText(
      'Kavrulan Hava Yolları A.Ş. today announced its results for the nine months ended 30 September 2025.\n\n- 9M EBITDA of EUR 864.2 mn, up 1.5%.',
      'kavrulan-9m-2025',
    );
    const facts = draft.facts as { metric: string; offering?: string }[];
    expect(facts.map((f) => [f.metric, f.offering])).toEqual([['ebitda', undefined]]);
  });
});

describe('forms of the sets written after the seventy-seventh', () => {
  it('reads a Malaysian Berhad and an Italian S.p.A. printed in capitals as issuers', () => {
    expect(
      issuerFromText(
        'KERINCI TEBING PLANTATIONS BERHAD\nQuarterly report for the third quarter ended 30 September 2025',
      ),
    ).toMatchObject({ company: { id: 'kerinci-tebing-plantations', name: 'Kerinci Tebing Plantations Berhad' } });
    expect(
      issuerFromText('VALTORBIDA BANCA S.p.A.\nPress release\nResults for the nine months ended 30 September 2025'),
    ).toMatchObject({ company: { id: 'valtorbida-banca', name: 'Valtorbida Banca S.p.A.' } });
  });

  it('takes the issuer from the closing "about" paragraph when the release names it only without a suffix', () => {
    const body = 'Revenue rose in every region and the stores traded well through the quarter. '.repeat(30);
    const issuer = issuerFromText(
      `Ostermeer reports Q3 2025 results\n\n${body}\n\nAbout Ostermeer\nOstermeer N.V. is a food retailer with 410 stores.`,
    );
    expect(issuer).toMatchObject({ company: { id: 'ostermeer', name: 'Ostermeer N.V.' } });
  });
});

describe('forms of the tuning sets, after the seventy-seventh moved in', () => {
  const tazrout = [
    'Tazrout Telecom S.A. publishes its consolidated results for the nine months ended 30 September 2025.',
    '',
    'CONSOLIDATED RESULTS',
    '',
    '(IFRS in MAD millions)                      9M 2024     9M 2025     Change    Change at',
    '                                                                               constant',
    '                                                                               exchange',
    '                                                                               rates(1)',
    'Revenue                                      12,410      12,655      +2.0%      +2.6%',
    'EBITDA                                        5,820       5,901      +1.4%      +1.9%',
    'Margin (%)                                     46.9        46.6     -0.3 pt',
    'Adjusted CFFO                                 3,102       3,240      +4.4%',
    '',
    'ATLAS',
    '',
    '(IFRS in MAD millions)                      9M 2024     9M 2025     Change',
    'Revenue                                       7,014       7,120      +1.5%',
    'EBITDA                                        3,612       3,650      +1.1%',
    '',
    'Revenue in the Atlas region rose 1.5%.',
  ].join('\n');

  it('reads dirhams, a header opened by its accounting standard, and a change column headed over four lines', () => {
    expect(amountsOf('revenue of MAD 12,655 million').map((a) => [a.value, a.scale, a.unit])).toEqual([
      [12655, 'million', 'MAD'],
    ]);
    expect(unitHeader('(IFRS in MAD millions)          9M 2024     9M 2025')).toMatchObject({
      unit: 'MAD',
      scale: 'million',
    });
    const facts = draftedFacts(tazrout, 'tazrout-9m-2025');
    const group = facts.filter((f) => !f.offering).map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value]);
    expect(group).toEqual(
      expect.arrayContaining([
        ['revenue', 'fy2025-9m', 12655],
        ['constantCurrencyRevenueGrowth', 'fy2025-9m', 2.6],
        ['ebitdaMargin', 'fy2024-9m', 46.9],
        ['ebitdaMargin', 'fy2025-9m', 46.6],
        ['adjustedOperatingCashFlow', 'fy2025-9m', 3240],
      ]),
    );
    // The region's table restates revenue and EBITDA with its own figures: they are the region's, not second values.
    const atlas = facts
      .filter((f) => f.offering)
      .map((f) => [f.offering, f.metric, periodKey(f.period), f.amounts[0]!.value]);
    expect(atlas).toEqual([
      ['tazrout-telecom/atlas', 'revenue', 'fy2024-9m', 7014],
      ['tazrout-telecom/atlas', 'revenue', 'fy2025-9m', 7120],
      ['tazrout-telecom/atlas', 'ebitda', 'fy2024-9m', 3612],
      ['tazrout-telecom/atlas', 'ebitda', 'fy2025-9m', 3650],
    ]);
  });

  it('reads an Italian bank’s minority interests and loan adjustments, and a dividend "on 2025 results"', () => {
    expect(metrics.find('Net profit attributable to minority interests')[0]?.key).toBe(
      'netIncomeAttributableToNonControllingInterests',
    );
    expect(metrics.find('Net adjustments to loans to customers')[0]?.key).toBe('impairmentOnFinancialInstruments');
    const { facts } = draft('Interim dividend on 2025 results of €0.30 per share.', { fiscalYear: 2025, quarter: 3 });
    expect(facts.map((f) => [f.metric, f.amounts[0]!.value])).toEqual([['dividendPerShare', 0.3]]);
  });
});

describe('forms of a Malaysian interim report and a Hong Kong announcement', () => {
  const header = [
    '                                   INDIVIDUAL QUARTER           CUMULATIVE QUARTER',
    '                                 Current      Preceding       Current      Preceding',
    '                                 Year         Year            Year         Year',
    '                                 Quarter      Corresponding   To Date      Corresponding',
    '                                              Quarter                      Period',
    '                                 30.09.2025   30.09.2024      30.09.2025   30.09.2024',
    "                                 RM'000       RM'000          RM'000       RM'000",
  ];

  it('reads the dates under "INDIVIDUAL QUARTER" and "CUMULATIVE QUARTER" as the quarter and the year to date', () => {
    const rewritten = withQuarterGroupDates(header, {});
    expect(rewritten.slice(0, 5).every((l) => l.trim() === '')).toBe(true);
    expect(rewritten[5]!.trim().split(/\s{2,}/)).toEqual(['Q3 2025', 'Q3 2024', '9M 2025', '9M 2024']);
    expect(rewritten.map((l) => l.length)).toEqual(header.map((l) => l.length));
    // A fiscal year ending in June: 30 September closes its first quarter, the cumulative column is that quarter too.
    expect(
      withQuarterGroupDates(header, { fiscalYearEnd: '06-30' })[5]!
        .trim()
        .split(/\s{2,}/),
    ).toEqual(['Q1 2026', 'Q1 2025', 'Q1 2026', 'Q1 2025']);
  });

  it('drafts the statement, its owners’ share, a segment table under a sub-heading, and a count’s changes', () => {
    const text = [
      'SERUNAI ESTATES BERHAD',
      '',
      'INTERIM FINANCIAL REPORT FOR THE THIRD QUARTER ENDED 30 SEPTEMBER 2025',
      '',
      'CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS',
      ...header,
      'Revenue                          212,836      198,419           648,207      607,552',
      'Profit for the period             31,387       22,671            80,732       68,654',
      '',
      'Profit attributable to:',
      'Owners of the Company             29,942       20,815            76,618       65,102',
      'Non-controlling interests          1,445        1,856             4,114        3,552',
      '',
      'A9. SEGMENTAL INFORMATION',
      '                                  Individual Quarter         Cumulative Quarter',
      '                                30.09.2025   30.09.2024    30.09.2025   30.09.2024',
      "                                  RM'000       RM'000        RM'000       RM'000",
      'Segment revenue',
      'Plantation                       188,402      171,630       571,115      530,284',
      'Downstream                        24,434       26,789        77,092       77,268',
      '',
      '                                 Q3 2025    Q3 2024   Change    9M 2025    9M 2024   Change',
      'FFB production (mt)              238,412    227,905     4.6%    711,560    684,207     4.0%',
    ].join('\n');
    const facts = draftedFacts(text, 'serunai-q3-2025');
    const read = (metric: string, offering?: string) =>
      facts
        .filter((f) => f.metric === metric && f.offering === offering)
        .map((f) => [periodKey(f.period), f.amounts[0]!.value]);
    expect(read('revenue')).toEqual([
      ['fy2025-q3', 212836],
      ['fy2024-q3', 198419],
      ['fy2025-9m', 648207],
      ['fy2024-9m', 607552],
    ]);
    expect(read('netIncome')).toEqual([
      ['fy2025-q3', 29942],
      ['fy2024-q3', 20815],
      ['fy2025-9m', 76618],
      ['fy2024-9m', 65102],
    ]);
    expect(read('netIncomeIncludingNonControllingInterests')[0]).toEqual(['fy2025-q3', 31387]);
    expect(read('revenue', 'serunai-estates/plantation')).toEqual([
      ['fy2025-q3', 188402],
      ['fy2024-q3', 171630],
      ['fy2025-9m', 571115],
      ['fy2024-9m', 530284],
    ]);
    const ffb = facts.filter((f) => f.metric === 'ffbProduction');
    expect(ffb.map((f) => [periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.unit])).toEqual([
      ['fy2025-q3', 238412, 'tonnes'],
      ['fy2024-q3', 227905, 'tonnes'],
      ['fy2025-9m', 711560, 'tonnes'],
      ['fy2024-9m', 684207, 'tonnes'],
    ]);
    expect(ffb.flatMap((f) => (f.comparisons ?? []).map((c) => [periodKey(c.basePeriod), c.change?.value]))).toEqual([
      ['fy2024-q3', 4.6],
      ['fy2024-9m', 4],
    ]);
  });

  it('skips the exchange’s disclaimer for the issuer, reads a captioned span for every year, ends a table at the next header', () => {
    const text = [
      'Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no',
      'responsibility for the contents of this announcement, make no representation as to its accuracy.',
      '',
      'TAI LAM HARBOUR HOLDINGS LIMITED',
      '(Incorporated in Hong Kong with limited liability)',
      '',
      'ANNOUNCEMENT OF INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2025',
      '',
      'SEGMENT INFORMATION',
      '                                       Revenue                    Segment results',
      'Six months ended 30 June               2025        2024          2025        2024',
      '                                HK$ million HK$ million   HK$ million HK$ million',
      'Property investment',
      '  - Hong Kong                         1,611       1,688         1,032       1,101',
      'Total                                 2,846       3,203         1,096       1,203',
      '',
      'CONDENSED CONSOLIDATED INCOME STATEMENT (Unaudited)',
      'For the six months ended 30 June                            2025          2024',
      '                                                     HK$ million   HK$ million',
      'Revenue                                                    2,846         3,203',
      'Gross profit                                               1,466         1,591',
    ].join('\n');
    const { draft } = draftOfText(text, 'tai-lam-interim-2025');
    expect((draft.companies as { id: string }[])[0]!.id).toBe('tai-lam-harbour-holdings');
    const facts = draft.facts as DraftedFact[];
    expect(
      facts.filter((f) => f.metric === 'grossProfit').map((f) => [periodKey(f.period), f.amounts[0]!.value]),
    ).toEqual([
      ['fy2025-6m', 1466],
      ['fy2024-6m', 1591],
    ]);
  });
});

describe('forms of a Brazilian bank’s release and a table of ratios', () => {
  it('reads Δ change columns, "Sep/25" balance dates and a bank’s managerial income statement', () => {
    const text = [
      'Banco Itapuranga S.A. announces its results for the third quarter of 2025 (3Q25).',
      '',
      'R$ million                                   3Q25      2Q25      Δ       3Q24      Δ',
      'Financial margin                            3,318     3,142    5.6%     2,806   18.2%',
      'Cost of credit                               (902)     (871)   3.6%      (788)  14.5%',
      'Recurring net income                          923       864    6.8%       798   15.7%',
      '',
      'R$ million                                 Sep/25      Jun/25      Δ       Sep/24      Δ',
      'Total loan portfolio                      201,119     195,113    3.1%    178,182   12.9%',
    ].join('\n');
    const facts = draftedFacts(text, 'itapuranga-3q25');
    const of = (metric: string) =>
      facts
        .filter((f) => f.metric === metric)
        .map((f) => [
          periodKey(f.period),
          f.amounts[0]!.value,
          (f.comparisons ?? []).map((c) => [periodKey(c.basePeriod), c.change?.value]),
        ]);
    expect(of('netInterestIncome')).toEqual([
      [
        'fy2025-q3',
        3318,
        [
          ['fy2025-q2', 5.6],
          ['fy2024-q3', 18.2],
        ],
      ],
      ['fy2025-q2', 3142, []],
      ['fy2024-q3', 2806, []],
    ]);
    expect(of('impairmentOnFinancialInstruments').map(([p, v]) => [p, v])).toEqual([
      ['fy2025-q3', 902],
      ['fy2025-q2', 871],
      ['fy2024-q3', 788],
    ]);
    expect(of('adjustedNetIncome')[0]!.slice(0, 2)).toEqual(['fy2025-q3', 923]);
    expect(of('totalLoans').map(([p, v]) => [p, v])).toEqual([
      ['fy2025-q3', 201119],
      ['fy2025-q2', 195113],
      ['fy2024-q3', 178182],
    ]);
  });

  it('reads every row of a table captioned "(%)" as a percent, "cost of credit" there as the cost of risk', () => {
    const text = [
      'PT Bank Sarimulya Tbk reports its results for the nine months of 2025 (9M25).',
      '',
      'Key ratios (%)                                 9M24        9M25',
      'NIM                                            5.31        5.12',
      'Cost of credit                                 1.82        1.71',
    ].join('\n');
    const facts = draftedFacts(text, 'sarimulya-9m-2025');
    expect(
      facts
        .filter((f) => f.metric === 'costOfRisk')
        .map((f) => [periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.unit]),
    ).toEqual([
      ['fy2024-9m', 1.82, 'percent'],
      ['fy2025-9m', 1.71, 'percent'],
    ]);
    expect(facts.some((f) => f.metric === 'impairmentOnFinancialInstruments')).toBe(false);
  });
});

describe('forms of an Austrian interim report', () => {
  it('reads "Q1-3/2025" as the first nine months and "EUR 1,000m to 1,080m" as one range', () => {
    expect(findPeriods('Q1-3/2025').map((p) => p.period)).toEqual([{ fiscalYear: 2025, months: 9 }]);
    expect(amountsOf('EBITDA 2025 of EUR 1,000m to 1,080m')).toEqual([
      { low: 1000, high: 1080, scale: 'million', unit: 'EUR', approximate: false, signed: false },
    ]);
    // (A change's two levels stay two: "rose from EUR 5m to 7m".)
    expect(amountsOf('rose from EUR 5m to 7m').some((a) => a.high !== undefined)).toBe(false);
  });

  it('drafts a results table in Austrian terms and a forecast under the report’s heading as the year’s', () => {
    const text = [
      'Traunstein Netz AG',
      'Interim Report Q1-3/2025 - Press Release',
      '',
      '- Guidance raised: EBITDA 2025 of EUR 600m to 640m',
      '',
      'EUR m                                   Q1-3/2024   Q1-3/2025    Change',
      'Result before taxes                         198.6       242.5    +22.1%',
      'Period result                               155.9       189.4    +21.5%',
      'Group result                                147.6       178.2    +20.7%',
    ].join('\n');
    const facts = draftedFacts(text, 'traunstein-q1-3-2025');
    expect(
      facts.map((f) => [f.metric, periodKey(f.period), f.basis, f.amounts[0]!.value ?? f.amounts[0]!.low]),
    ).toEqual(
      expect.arrayContaining([
        ['ebitda', 'fy2025', 'guidance', 600],
        ['incomeBeforeIncomeTaxes', 'fy2025-9m', 'actual', 242.5],
        ['netIncomeIncludingNonControllingInterests', 'fy2025-9m', 'actual', 189.4],
        ['netIncome', 'fy2025-9m', 'actual', 178.2],
      ]),
    );
  });
});

describe('forms of a Vietnamese and a Philippine release', () => {
  it('reads "9M/2025" as nine months and a table under "Unit: VND billion"', () => {
    expect(findPeriods('9M/2025').map((p) => p.period)).toEqual([{ fiscalYear: 2025, months: 9 }]);
    const text = [
      'SONG HAU CEMENT JOINT STOCK COMPANY',
      '',
      'Song Hau Cement Joint Stock Company today announced its results for the third quarter of 2025.',
      '',
      'CONSOLIDATED BUSINESS RESULTS',
      'Unit: VND billion',
      '',
      'Item                                 Q3/2025   Q3/2024   Change    9M/2025    9M/2024   Change',
      'Net revenue                          2,486.2   2,112.5   17.7%     7,318.4    6,740.7     8.6%',
    ].join('\n');
    const facts = draftedFacts(text, 'song-hau-q3-2025');
    expect(
      facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.scale, f.amounts[0]!.unit]),
    ).toEqual([
      ['revenue', 'fy2025-q3', 2486.2, 'billion', 'VND'],
      ['revenue', 'fy2024-q3', 2112.5, 'billion', 'VND'],
      ['revenue', 'fy2025-9m', 7318.4, 'billion', 'VND'],
      ['revenue', 'fy2024-9m', 6740.7, 'billion', 'VND'],
    ]);
  });

  it('drafts the pesos of a release listed on the Philippine Stock Exchange as PHP, and says so', () => {
    const text = [
      'TAGUMPAY GRID CORPORATION',
      'PSE: TGC',
      '',
      'Tagumpay Grid Corporation ("Tagumpay") reported its results for the nine months ended September 30, 2025.',
      '',
      '(In Million Pesos, except per share data)          9M 2025       9M 2024     % Change',
      'Revenues                                            48,462        44,118          9.8',
    ].join('\n');
    const { draft, decisions } = draftOfText(text, 'tagumpay-9m-2025');
    const facts = draft.facts as { metric: string; amounts: Amount[] }[];
    expect(facts.map((f) => [f.metric, f.amounts[0]!.value, f.amounts[0]!.unit])).toEqual([
      ['revenue', 48462, 'PHP'],
      ['revenue', 44118, 'PHP'],
    ]);
    expect(decisions.map((d) => d.question)).toContain(
      "every 'pesos' and 'Ps.' is drafted as PHP from these words: confirm (or change the units)",
    );
    // A Mexican release keeps its pesos.
    const mexican = draftOfText(
      'Grupo Sierra Alta, S.A.B. de C.V. (BMV: SIERRA) reported its results for the third quarter of 2025.\n\n(In Million Pesos)     3Q 2025     3Q 2024\nRevenues               12,462      11,118',
      'sierra-3q-2025',
    );
    expect((mexican.draft.facts as { amounts: Amount[] }[]).map((f) => f.amounts[0]!.unit)).toEqual(['MXN', 'MXN']);
  });
});

describe('forms of a South African interim results announcement', () => {
  it('reads SA cents, a header opened by "Figures in million - SA rand", and owners named under "Attributable to:"', () => {
    expect(amountsOf('HEPS of 362 SA cents (H1 2024: 102 SA cents)').map((a) => [a.value, a.unit])).toEqual([
      [362, 'ZAR cents'],
      [102, 'ZAR cents'],
    ]);
    const text = [
      'TSHEPISO MINERALS LIMITED',
      '(Incorporated in the Republic of South Africa)',
      '',
      'UNAUDITED CONDENSED CONSOLIDATED INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2025',
      '',
      'CONDENSED CONSOLIDATED INCOME STATEMENT',
      'Figures in million - SA rand                  Six months ended 30 June',
      '                                               2025          2024   % change',
      'Revenue                                      13,900        12,273        13',
      'Profit for the period                         2,457         1,366        80',
      'Attributable to:',
      'Owners of Tshepiso                            2,263         1,262',
      'Non-controlling interests                       194           104',
      'Headline earnings per share (SA cents)          162           102',
    ].join('\n');
    const facts = draftedFacts(text, 'tshepiso-h1-2025');
    expect(
      facts
        .filter((f) => periodKey(f.period) === 'fy2025-6m')
        .map((f) => [f.metric, f.amounts[0]!.value, f.amounts[0]!.scale, f.amounts[0]!.unit]),
    ).toEqual([
      ['revenue', 13900, 'million', 'ZAR'],
      ['netIncomeIncludingNonControllingInterests', 2457, 'million', 'ZAR'],
      ['netIncome', 2263, 'million', 'ZAR'],
      ['netIncomeAttributableToNonControllingInterests', 194, 'million', 'ZAR'],
      ['headlineEarningsPerShare', 162, 'one', 'ZAR cents'],
    ]);
  });
});

describe('forms of a Canadian railway’s quarter', () => {
  it('reads a span over the years, a change column qualified over two lines, and revenue by business unit', () => {
    const text = [
      'Keewatin Rail Corporation ("Keewatin") today reported its results for the third quarter ended September 30, 2025.',
      '',
      'Revenues by business unit',
      '                                 Three months ended September 30',
      '(in millions of Canadian dollars)     2025      2024   % Change   % Change at',
      '                                                                   constant currency (1)',
      'Forest products                        472       489      (3%)        (5%)',
      'Grain and fertilizers                  915       852       7%          7%',
    ].join('\n');
    const facts = draftedFacts(text, 'keewatin-q3-2025');
    expect(
      facts
        .filter((f) => f.offering === 'keewatin/forest-products')
        .map((f) => [
          f.metric,
          periodKey(f.period),
          f.amounts[0]!.value,
          (f.comparisons ?? []).map((c) => [c.direction, c.change?.value]),
        ]),
    ).toEqual([
      ['revenue', 'fy2025-q3', 472, [['decrease', 3]]],
      ['revenue', 'fy2024-q3', 489, []],
      ['constantCurrencyRevenueGrowth', 'fy2025-q3', -5, []],
    ]);
  });
});

describe('forms of a Swiss full year and a US airline’s statement', () => {
  it('reads "Change in %" and "at constant" / "exchange rates" columns, Swiss apostrophes and en-dash minus signs', () => {
    const text = [
      'Media release',
      '',
      'Montbrillant Group: full-year results 2025. Montbrillant Holding SA today reported its results for 2025.',
      '',
      '(in CHF million)                          2025        2024    Change in %    at constant',
      '                                                                              exchange rates',
      "Net sales                              1'418.6     1'552.3          –8.6           –6.9",
      'Operating profit                         226.5       318.6         –28.9',
    ].join('\n');
    const facts = draftedFacts(text, 'montbrillant-fy2025');
    expect(
      facts.map((f) => [
        f.metric,
        periodKey(f.period),
        f.amounts[0]!.value,
        (f.comparisons ?? []).map((c) => [c.direction, c.change?.value]),
      ]),
    ).toEqual([
      ['revenue', 'fy2025', 1418.6, [['decrease', 8.6]]],
      ['revenue', 'fy2024', 1552.3, []],
      ['constantCurrencyRevenueGrowth', 'fy2025', -6.9, []],
      ['operatingIncome', 'fy2025', 226.5, [['decrease', 28.9]]],
      ['operatingIncome', 'fy2024', 318.6, []],
    ]);
  });

  it('drafts no cost line of an "Operating expenses:" heading as the operating expenses, no unit note as a metric', () => {
    const text = [
      'Quillmoor Air Group Inc. today reported its results for the third quarter ended September 30, 2025.',
      '',
      'Condensed Consolidated Statements of Operations',
      '(In millions, except per share amounts) (Unaudited)',
      '                                               3 Months Ended September 30,    Percent',
      '                                                  2025          2024           Change',
      'Operating revenues:',
      '  Passenger                                     $ 13,386      $ 12,937          3.5',
      'Operating expenses:',
      '  Aircraft fuel and related taxes                  2,946         3,218         (8.5)',
      '  Salaries, wages and benefits                     4,612         4,289          7.5',
      '    Total operating expenses                      13,654        13,389          2.0',
    ].join('\n');
    const facts = draftedFacts(text, 'quillmoor-q3-2025');
    // (Nor is "Passenger" under "(In millions, except per share amounts)" a per-share figure.)
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['revenue', 'fy2025-q3', 13386],
      ['revenue', 'fy2024-q3', 12937],
      ['operatingExpenses', 'fy2025-q3', 13654],
      ['operatingExpenses', 'fy2024-q3', 13389],
    ]);
  });
});

describe('forms of a Swiss pharmaceutical half year', () => {
  it('reads "CHF   CER" under "% change" as the reported and the constant-currency change, "core operating profit" as adjusted', () => {
    const text = [
      'Hornbach Pharma Holding AG reported its results for the six months ended 30 June 2025.',
      '',
      'Key figures',
      '                                         January-June           % change',
      'CHF millions                            2025        2024      CHF      CER',
      'Group sales                            5,846       5,412     +8.0     +9.8',
      'Core operating profit                  1,521       1,342    +13.3    +15.9',
    ].join('\n');
    const facts = draftedFacts(text, 'hornbach-h1-2025');
    expect(
      facts.map((f) => [
        f.metric,
        periodKey(f.period),
        f.amounts[0]!.value,
        (f.comparisons ?? []).map((c) => c.change?.value),
      ]),
    ).toEqual([
      ['revenue', 'fy2025-6m', 5846, [8]],
      ['revenue', 'fy2024-6m', 5412, []],
      ['constantCurrencyRevenueGrowth', 'fy2025-6m', 9.8, []],
      ['adjustedOperatingIncome', 'fy2025-6m', 1521, [13.3]],
      ['adjustedOperatingIncome', 'fy2024-6m', 1342, []],
    ]);
  });
});

describe('forms of a Dutch grocer’s quarter', () => {
  it('reads a table captioned with a country as that segment’s, like-for-like sales as comparable sales', () => {
    const text = [
      'Press release',
      'Zaandijk Retail N.V. reports Q3 2025 results.',
      '',
      'Group performance',
      '(in EUR million, unless otherwise stated)      Q3 2025    Q3 2024    Change',
      'Net sales                                        2,140      2,065      3.6%',
      'Like-for-like sales growth                        2.9%       2.2%',
      '',
      'Segment performance',
      'Netherlands                                    Q3 2025    Q3 2024    Change',
      'Net sales                                        1,610      1,561      3.1%',
      'Like-for-like sales growth                        3.1%       2.4%',
      '',
      'Item                                           Q3 2025    Q3 2024',
      'Net sales                                        2,140      2,065',
    ].join('\n');
    const facts = draftedFacts(text, 'zaandijk-q3-2025');
    expect(facts.map((f) => [f.metric, f.offering, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['revenue', undefined, 'fy2025-q3', 2140],
      ['revenue', undefined, 'fy2024-q3', 2065],
      ['comparableSalesGrowth', undefined, 'fy2025-q3', 2.9],
      ['comparableSalesGrowth', undefined, 'fy2024-q3', 2.2],
      ['revenue', 'zaandijk-retail/netherlands', 'fy2025-q3', 1610],
      ['revenue', 'zaandijk-retail/netherlands', 'fy2024-q3', 1561],
      ['comparableSalesGrowth', 'zaandijk-retail/netherlands', 'fy2025-q3', 3.1],
      ['comparableSalesGrowth', 'zaandijk-retail/netherlands', 'fy2024-q3', 2.4],
    ]);
  });

  it('keeps a ratio that names losses positive ("loan loss coverage ratio")', () => {
    const facts = draftedFacts(
      'Rietmeer Bank N.V. reported its results for the third quarter of 2025. The loan loss coverage ratio rose to 96.5%.',
      'rietmeer-q3-2025',
    );
    expect(facts.map((f) => [f.metric, f.amounts[0]!.value])).toEqual([['provisionCoverageRatio', 96.5]]);
  });
});

describe('forms of a Mexican cement maker’s quarter', () => {
  it('reads a figure given no period as the span its base names, a year on; "estimates" and "budgeted" as guidance', () => {
    const text = [
      'Cementos Tolvaris, S.A.B. de C.V. reports results for the third quarter of 2025.',
      '',
      'Capital expenditures totaled Ps. 1,184 million (9M24: Ps. 1,362 million), mainly for kiln 2.',
      '',
      'For the full year 2025, Tolvaris estimates capital expenditures of approximately Ps. 1,650 million.',
      'Capital expenditures for 2026 are budgeted at Ps. 900 million.',
    ].join('\n');
    const facts = draftedFacts(text, 'tolvaris-q3-2025');
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.basis, f.amounts[0]!.value])).toEqual([
      ['capitalExpenditures', 'fy2025-9m', 'actual', 1184],
      ['capitalExpenditures', 'fy2024-9m', 'actual', 1362],
      ['capitalExpenditures', 'fy2025', 'guidance', 1650],
      ['capitalExpenditures', 'fy2026', 'guidance', 900],
    ]);
  });
});

describe('forms of a Canadian gold miner’s quarter', () => {
  it('reads "third-quarter 2025", a heading "2025 Guidance" for its forecasts, and figures reported under it as the quarter’s', () => {
    const text = [
      'Wabinosh Gold Corp. today reported its third-quarter 2025 results.',
      '',
      'Capital Expenditures and 2025 Guidance',
      'Capital expenditures totalled $96.3 million in the quarter, consisting of $52.1 million of sustaining capital. ' +
        'Full-year capital expenditure guidance has been lowered to $330 million to $350 million.',
      '',
      '2026 Outlook',
      'Wabinosh expects capital expenditures of approximately $300 million.',
    ].join('\n');
    const facts = draftedFacts(text, 'wabinosh-q3-2025');
    expect(
      facts.map((f) => [f.metric, periodKey(f.period), f.basis, f.amounts[0]!.value ?? f.amounts[0]!.low]),
    ).toEqual([
      ['capitalExpenditures', 'fy2025-q3', 'actual', 96.3],
      ['sustainingCapitalExpenditures', 'fy2025-q3', 'actual', 52.1],
      ['capitalExpenditures', 'fy2025', 'guidance', 330],
      ['capitalExpenditures', 'fy2026', 'guidance', 300],
    ]);
  });
});

describe('forms of a British engineer’s year', () => {
  it('reads no metric in what a qualifier leaves out or takes in ("Net debt (excluding lease liabilities) of")', () => {
    const facts = draftedFacts(
      [
        'Tollerby Engineering plc announces its results for the year ended 31 March 2025.',
        '',
        'Net debt (excluding lease liabilities) of £61.3m (31 March 2024: £48.9m). Net cash, including lease ' +
          'liabilities, was £12.0m. Operating profit was £40.2m, including impairment losses of £3.1m.',
      ].join('\n'),
      'tollerby-fy2025',
    );
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['netDebt', 'fy2025', 61.3],
      ['netDebt', 'fy2024', 48.9],
      ['operatingIncome', 'fy2025', 40.2],
      ['impairmentLoss', 'fy2025', 3.1],
    ]);
  });
});

describe('forms of a Qatari telecom’s, an Australian REIT’s and a Mexican bottler’s releases', () => {
  it('reads Qatari riyals printed "QR"', () => {
    expect(amountsOf('Net profit of QR 512 million')).toEqual([
      { value: 512, scale: 'million', unit: 'QAR', approximate: false, signed: false },
    ]);
  });

  it('reads "31 Dec 25   30 Jun 25" as the balances at those dates, a June year’s end the fiscal year', () => {
    const text = [
      'Yarrowdene Property Group announces its results for the half year ended 31 December 2025 (1H FY26).',
      'All figures are in Australian dollars unless otherwise stated.',
      '',
      '- Net property income of $142.3 million, up 4.0%',
      '',
      'Key financial results',
      '                                           1H FY26      1H FY25      Change',
      'Net property income ($m)                     142.3        136.8        4.0%',
      '',
      '                                         31 Dec 25    30 Jun 25      Change',
      'Total assets ($m)                            6,012        5,904        1.8%',
    ].join('\n');
    const facts = draftedFacts(text, 'yarrowdene-1h-fy26').filter((f) => f.metric === 'totalAssets');
    expect(facts.map((f) => [periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.unit])).toEqual([
      ['fy2026-6m', 6012, 'AUD'],
      ['fy2025', 5904, 'AUD'],
    ]);
  });

  it('reads "Majority net income" under "Consolidated net income" as the owners’ share; no period in "Profit for the period"', () => {
    const text = [
      'Embotelladora Quiroga, S.A.B. de C.V. reports results for the third quarter of 2025.',
      '',
      '(Ps. million)                            3Q25     3Q24   Var. %',
      'Consolidated net income                 1,041    1,019      2.2',
      'Majority net income                     1,036    1,014      2.2',
      '',
    ].join('\n');
    const facts = draftedFacts(text, 'quiroga-q3-2025');
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value]).sort()).toEqual([
      ['netIncome', 'fy2024-q3', 1014],
      ['netIncome', 'fy2025-q3', 1036],
      ['netIncomeIncludingNonControllingInterests', 'fy2024-q3', 1019],
      ['netIncomeIncludingNonControllingInterests', 'fy2025-q3', 1041],
    ]);
    const half = draftedFacts(
      [
        'Ferrowby Group plc announces its results for the six months ended 30 June 2025.',
        '',
        'Net finance costs were £8.5m (H1 2024: £7.7m). Profit for the period was £52.3m.',
      ].join('\n'),
      'ferrowby-h1-2025',
    );
    expect(half.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['netFinanceCosts', 'fy2025-6m', 8.5],
      ['netFinanceCosts', 'fy2024-6m', 7.7],
      ['netIncome', 'fy2025-6m', 52.3],
    ]);
  });
});

describe('forms of an Egyptian bank’s and a Spanish telecom’s nine months', () => {
  it('reads "Q3-25", "9M-25" columns and a "(Unaudited data, EUR million)" header', () => {
    expect(
      isPeriodLine('EGP mn       Q3-25     Q2-25     QoQ     Q3-24     YoY      9M-25     9M-24     YoY', {}),
    ).toBe(true);
    expect(unitHeader('(Unaudited data, EUR million)')).toEqual({
      unit: 'EUR',
      scale: 'million',
      perShareInUnits: false,
    });
    const text = [
      'Banque Misrine S.A.E. reports its results for the nine months ended 30 September 2025.',
      '',
      'EGP mn                     Q3-25     Q2-25     QoQ     Q3-24     YoY      9M-25     9M-24     YoY',
      'Net interest income        9,842     9,615     2.4%    8,903    10.5%    28,470    25,118    13.3%',
    ].join('\n');
    expect(draftedFacts(text, 'misrine-9m-2025').map((f) => [periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['fy2025-q3', 9842],
      ['fy2025-q2', 9615],
      ['fy2024-q3', 8903],
      ['fy2025-9m', 28470],
      ['fy2024-9m', 25118],
    ]);
  });
});

describe('forms of a UK housebuilder’s half and a Kenyan bank’s nine months', () => {
  it('reads a footnote digit set on a row label’s last word ("Adjusted profit before tax2 (£m)")', () => {
    const text = [
      'Harrowcombe Homes plc: half year results for the six months ended 30 June 2025.',
      '',
      '                                           H1 2025     H1 2024      Change',
      'Home completions (including JVs)1            2,184       1,962        +11%',
      'Adjusted profit before tax2 (£m)              85.9        70.2      +22.4%',
    ].join('\n');
    const facts = draftedFacts(text, 'harrowcombe-h1-2025');
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['completions', 'fy2025-6m', 2184],
      ['completions', 'fy2024-6m', 1962],
      ['adjustedProfitBeforeTax', 'fy2025-6m', 85.9],
      ['adjustedProfitBeforeTax', 'fy2024-6m', 70.2],
    ]);
  });

  it('reads "the nine months ended 30th September 2025"', () => {
    expect(findPeriods('the nine months ended 30th September 2025', { fiscalYearEnd: '12-31' })[0]?.period).toEqual({
      fiscalYear: 2025,
      months: 9,
    });
  });
});

describe('forms of a Japanese railway’s half-year tanshin', () => {
  it('learns how years are named from the label of the six months under review', () => {
    const learned = learnFiscalCalendar(
      'Consolidated Financial Results for the Six Months Ended September 30, 2025 [Japanese GAAP] ' +
        'During the six months under review (1H FY2025), demand from inbound visitors remained strong.',
    );
    expect([learned.fiscalYearEnd, learned.fiscalYearNamedBy, learned.evidence]).toEqual([
      '03-31',
      'start-year',
      'six months under review (1H FY2025)',
    ]);
  });
});

describe('forms of a US managed-care insurer’s guidance', () => {
  it('reads "~$42.9" under "Current   Previous" as approximate guidance, in the row label’s billions', () => {
    const text = [
      'Velmora Health, Inc. reports third-quarter 2025 results.',
      '',
      '2025 Guidance',
      'The Company now expects the following for the full year 2025:',
      '                                               Current           Previous',
      'Total revenue (billions)                       ~$45.3            ~$44.8',
      'Medical care ratio                             ~89.8%            ~89.3%',
    ].join('\n');
    const facts = draftedFacts(text, 'velmora-q3-2025').filter((f) => f.metric === 'revenue');
    expect(
      facts.map((f) => [periodKey(f.period), f.basis, f.amounts[0]!.value, f.amounts[0]!.scale, f.approximate]),
    ).toEqual([['fy2025', 'guidance', 45.3, 'billion', true]]);
  });
});

describe('forms of a Swiss private bank’s half', () => {
  it('drafts no amount from a margin in basis points ("Gross margin (bp)"), reads "Other ordinary income"', () => {
    const text = [
      'Bank Lauterach AG reports its results for the first half of 2025.',
      '',
      'Key figures (CHF million)                 H1 2025    H1 2024     Change',
      'Other ordinary income                        11.5       11.3       1.8%',
      'Operating income                            512.3      478.9       7.0%',
      'Gross margin (bp)                           105.8      108.3',
    ].join('\n');
    const facts = draftedFacts(text, 'lauterach-h1-2025');
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['otherOperatingIncome', 'fy2025-6m', 11.5],
      ['otherOperatingIncome', 'fy2024-6m', 11.3],
      ['operatingIncome', 'fy2025-6m', 512.3],
      ['operatingIncome', 'fy2024-6m', 478.9],
    ]);
  });
});

describe('forms of a Kenyan bank’s statement extract', () => {
  const extract = (rows: string[]) =>
    [
      'Mawingu Bank Kenya PLC: unaudited results for the nine months ended 30th September 2025.',
      '',
      'EXTRACT FROM THE GROUP’S UNAUDITED FINANCIAL STATEMENTS',
      '                                                     30.09.2024    31.12.2024    30.09.2025',
      '                                                      Unaudited       Audited     Unaudited',
      'KShs Million',
      '',
      ...rows,
    ].join('\n');

  it('reads dates over their audit status over a unit line, and rows numbered in each statement', () => {
    const text = extract([
      'I. STATEMENT OF FINANCIAL POSITION',
      '1 Deposits and balances due from banking institutions   9,633        12,418        14,905',
      '2 TOTAL ASSETS                                         259,865       265,820       288,414',
      '',
      'II. STATEMENT OF COMPREHENSIVE INCOME',
      '1 Staff costs                                           4,870         6,402         5,144',
      '2 Other operating expenses                              3,230         4,338         3,692',
      '3 PROFIT AFTER TAX                                      6,165         8,008         7,042',
      '',
      'III. OTHER DISCLOSURES',
      '1 Core capital to total risk-weighted assets (%)          16.6          16.1          17.0',
      '2 Liquidity ratio (%)                                     48.4          50.0          52.2',
    ]);
    const facts = draftedFacts(text, 'mawingu-9m-2025');
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.scale])).toEqual([
      ['dueFromBanks', 'fy2024-9m', 9633, 'million'],
      ['dueFromBanks', 'fy2024', 12418, 'million'],
      ['dueFromBanks', 'fy2025-9m', 14905, 'million'],
      ['totalAssets', 'fy2024-9m', 259865, 'million'],
      ['totalAssets', 'fy2024', 265820, 'million'],
      ['totalAssets', 'fy2025-9m', 288414, 'million'],
      ['personnelExpenses', 'fy2024-9m', 4870, 'million'],
      ['personnelExpenses', 'fy2024', 6402, 'million'],
      ['personnelExpenses', 'fy2025-9m', 5144, 'million'],
      ['otherOperatingExpenses', 'fy2024-9m', 3230, 'million'],
      ['otherOperatingExpenses', 'fy2024', 4338, 'million'],
      ['otherOperatingExpenses', 'fy2025-9m', 3692, 'million'],
      ['netIncome', 'fy2024-9m', 6165, 'million'],
      ['netIncome', 'fy2024', 8008, 'million'],
      ['netIncome', 'fy2025-9m', 7042, 'million'],
      ['tier1CapitalRatio', 'fy2024-9m', 16.6, 'one'],
      ['tier1CapitalRatio', 'fy2024', 16.1, 'one'],
      ['tier1CapitalRatio', 'fy2025-9m', 17, 'one'],
      ['liquidityRatio', 'fy2024-9m', 48.4, 'one'],
      ['liquidityRatio', 'fy2024', 50, 'one'],
      ['liquidityRatio', 'fy2025-9m', 52.2, 'one'],
    ]);
  });

  it('takes out row numbers only in a sequence, keeping every line’s length and every cell’s place', () => {
    const lines = [
      '1 Interest income        48,610    52,384',
      '2 Interest expense       18,920    17,106',
      '',
      '4 Segments               1,204     1,412',
    ];
    const out = withStatementExtractLines(lines, { fiscalYearEnd: '12-31' });
    expect(out).toEqual([
      'Interest income          48,610    52,384',
      'Interest expense         18,920    17,106',
      '',
      '4 Segments               1,204     1,412',
    ]);
  });
});

describe('forms of a Saudi Exchange results announcement', () => {
  const announcement = (tables: string[]) =>
    [
      'Qasr Almaha Bank Announces its Interim Condensed Consolidated Financial Results for the Period Ending on 2025-09-30 (Nine Months)',
      '',
      'All figures are in (Thousands) Saudi Riyal',
      '',
      ...tables,
      '',
      'Qasr Almaha Bank reported a net profit for the nine months ended 30 September 2025.',
    ].join('\n');

  it('reads "Current Quarter", "Similar Quarter for previous year" and "Previous Quarter" as the periods they name', () => {
    const text = announcement([
      'Element List                                 Current    Similar Quarter       %Change      Previous     % Change',
      '                                             Quarter  for previous year                     Quarter',
      'Net Profit (Loss) before Zakat and Income Tax  398,514          346,814         14.91       363,107         9.74',
      '',
      'Element List                                 Current Period     Similar Period            %Change',
      '                                                              for previous year',
      'Net Profit (Loss)                              1,034,440          936,338              10.48',
    ]);
    const facts = draftedFacts(text, 'qasr-almaha-9m-2025');
    expect(
      facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value, f.amounts[0]!.scale, f.amounts[0]!.unit]),
    ).toEqual([
      ['incomeBeforeIncomeTaxes', 'fy2025-q3', 398514, 'thousand', 'SAR'],
      ['incomeBeforeIncomeTaxes', 'fy2024-q3', 346814, 'thousand', 'SAR'],
      ['incomeBeforeIncomeTaxes', 'fy2025-q2', 363107, 'thousand', 'SAR'],
      ['netIncome', 'fy2025-9m', 1034440, 'thousand', 'SAR'],
      ['netIncome', 'fy2024-9m', 936338, 'thousand', 'SAR'],
    ]);
  });

  it('reads a period printed under a column’s words as that column’s', () => {
    const lines = [
      'Element List                     Current Period   Similar Period of    %Change',
      '                                 9M 2025          Previous Year 9M 2024',
      'Sales/Revenue                       11,024.6         10,587.3             4.13',
    ];
    const out = withRelativePeriodHeaders(lines, {
      fiscalYearEnd: '12-31',
      reportsOn: { fiscalYear: 2025, months: 9 },
    });
    expect(out.map((l) => l.trimEnd())).toEqual([
      '',
      'Element List                     9M 2025          9M 2024              %Change',
      'Sales/Revenue                       11,024.6         10,587.3             4.13',
    ]);
  });
});

describe('forms of a South African retailer’s 26-week interim', () => {
  const text = [
    'UMNGAZI STORES LIMITED',
    '(Incorporated in the Republic of South Africa)',
    '',
    'UNAUDITED CONDENSED CONSOLIDATED INTERIM RESULTS FOR THE 26 WEEKS ENDED 30 AUGUST 2025',
    '',
    'Operating profit rose 5.1% to R812 million, an operating margin of 9.4% (2024: 9.1%).',
    '',
    'CONDENSED CONSOLIDATED STATEMENT OF COMPREHENSIVE INCOME',
    '                                       Unaudited    Unaudited               Audited',
    '                                        26 weeks     26 weeks              52 weeks',
    '                                           ended        ended                 ended',
    '                                     30 Aug 2025  31 Aug 2024        %   1 Mar 2025',
    '                                              Rm           Rm   change           Rm',
    'Revenue                                    8 618        8 302      3.8       17 004',
  ].join('\n');

  it('reads spans of weeks ended a date, a 52-week year ended the first of March as February’s', () => {
    const facts = draftedFacts(text, 'umngazi-h1-fy2026').filter((f) => f.metric === 'revenue');
    expect(facts.map((f) => [periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['fy2026-6m', 8618],
      ['fy2025-6m', 8302],
      ['fy2025', 17004],
    ]);
  });

  it('reads "(2024: …)" after a half of a year ending in February as the half a year back', () => {
    const facts = draftedFacts(text, 'umngazi-h1-fy2026').filter((f) => f.metric === 'operatingMargin');
    expect(facts.map((f) => [periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['fy2026-6m', 9.4],
      ['fy2025-6m', 9.1],
    ]);
  });
});

describe('forms of a French hotel group’s quarter', () => {
  it('reads the issuer from a statutory header, its name in capitals before "Société anonyme"', () => {
    const issuer = issuerFromText(
      'VERANOLLE Société anonyme with a share capital of €98,204,100 - Registered office: 12, avenue Hoche, 75008 Paris PRESS RELEASE Paris, 22 October 2025',
    );
    expect([issuer?.company.name, issuer?.company.id]).toEqual(['Veranolle', 'veranolle']);
  });
});

describe('forms of a US regional airline’s and a Taiwanese foundry’s quarters', () => {
  it('reads "(Dollars and shares in thousands, except per share amounts)" as a unit header', () => {
    expect(unitHeader('(Dollars and shares in thousands, except per share amounts) (Unaudited)')).toEqual({
      scale: 'thousand',
      perShareInUnits: true,
    });
  });

  it('reads percent rows under "Revenue Breakdown by Application (% of …revenue)" as each line’s revenue share', () => {
    const text = [
      'Tamsui Semiconductor Corporation reports third quarter 2025 results.',
      '',
      'Revenue Breakdown by Application (% of wafer revenue)',
      '                                     3Q25      2Q25      3Q24',
      'Communication                         41%       43%       44%',
      'Automotive & Industrial               18%       16%       14%',
    ].join('\n');
    const facts = draftedFacts(text, 'tamsui-3q-2025');
    expect(facts.map((f) => [f.metric, f.offering, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['revenueShare', 'tamsui-semiconductor/communication', 'fy2025-q3', 41],
      ['revenueShare', 'tamsui-semiconductor/communication', 'fy2025-q2', 43],
      ['revenueShare', 'tamsui-semiconductor/communication', 'fy2024-q3', 44],
      ['revenueShare', 'tamsui-semiconductor/automotive-industrial', 'fy2025-q3', 18],
      ['revenueShare', 'tamsui-semiconductor/automotive-industrial', 'fy2025-q2', 16],
      ['revenueShare', 'tamsui-semiconductor/automotive-industrial', 'fy2024-q3', 14],
    ]);
  });
});

describe('forms of a Finnish machinery group’s interim report', () => {
  it('reads "Comparable EBITA" as adjusted EBITA, a balance row under the year-to-date columns as theirs', () => {
    const text = [
      'Kallioranta Oyj interim report January–September 2025',
      '',
      'Key figures',
      'EUR million                     7–9/2025  7–9/2024  Change %  1–9/2025  1–9/2024  Change %  1–12/2024',
      'Order book, end of period                                      1,286.4   1,231.0       4.5    1,168.9',
      'Comparable EBITA                    45.9      43.1       6.5     128.4     119.7       7.3      170.0',
    ].join('\n');
    const facts = draftedFacts(text, 'kallioranta-q3-2025');
    expect(facts.map((f) => [f.metric, periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['orderBook', 'fy2025-9m', 1286.4],
      ['orderBook', 'fy2024-9m', 1231],
      ['orderBook', 'fy2024', 1168.9],
      ['adjustedEbita', 'fy2025-q3', 45.9],
      ['adjustedEbita', 'fy2024-q3', 43.1],
      ['adjustedEbita', 'fy2025-9m', 128.4],
      ['adjustedEbita', 'fy2024-9m', 119.7],
      ['adjustedEbita', 'fy2024', 170],
    ]);
  });
});

describe('forms of an Indian consumer goods quarter and an Italian fashion house’s nine months', () => {
  it('reads business lines totalled by a row naming the metric, under a title that names its period', () => {
    const text = [
      'Kesarveda Consumer Limited results for the quarter ended 30th September 2025 (Q2 FY26).',
      '',
      'Business performance - Q2 FY26                                                        (₹ crore)',
      '                                 Q2 FY26   Q2 FY25   YoY growth',
      'India business                   2,702.8   2,524.1         7.1%',
      '  Home Care                      1,036.5     968.9         7.0%',
      'International business             709.8     642.3        10.5%',
      'Revenue from operations          3,412.6   3,166.4         7.8%',
    ].join('\n');
    const facts = draftedFacts(text, 'kesarveda-q2-fy26').filter((f) => periodKey(f.period) === 'fy2026-q2');
    expect(facts.map((f) => [f.metric, f.offering, f.amounts[0]!.value])).toEqual([
      ['revenue', 'kesarveda-consumer/india', 27028],
      ['revenue', 'kesarveda-consumer/home-care', 10365],
      ['revenue', 'kesarveda-consumer/international', 7098],
      ['revenue', undefined, 34126],
    ]);
  });

  it('reads a change in basis points in parentheses ("(120 bps)") as a fall in points', () => {
    expect(cellsOf('52.4   53.6  (120 bps)')).toEqual([
      { text: '52.4', value: 52.4, percent: false },
      { text: '53.6', value: 53.6, percent: false },
      { text: '(120bps)', value: -1.2, percent: false, points: true },
    ]);
  });

  it('ends a table at the next unit header over periods, even one with change words it does not read', () => {
    const text = [
      'Corvatti S.p.A. revenues for the first nine months of 2025',
      '',
      '(€ million)             9M 2025   9M 2024    Change',
      'Total revenues          1,284.6   1,236.3     +3.9%',
      '',
      '(€ million)             Q3 2025   Q3 2024    Change   Change at const. FX',
      'Total revenues            412.8     406.1     +1.6%        +3.4%',
    ].join('\n');
    const facts = draftedFacts(text, 'corvatti-9m-2025').filter((f) => f.metric === 'revenue');
    expect(facts.map((f) => [periodKey(f.period), f.amounts[0]!.value])).toEqual([
      ['fy2025-9m', 1284.6],
      ['fy2024-9m', 1236.3],
      ['fy2025-q3', 412.8],
      ['fy2024-q3', 406.1],
    ]);
  });
});

describe('forms of a UAE developer’s nine months', () => {
  it('reads "Net profit before tax", the owners’ share on a label wrapped after "of the", and a "SEGMENT REVENUE" table', () => {
    const text = [
      'Sahraa Estates PJSC announces results for the nine months ended 30 September 2025',
      '',
      'FINANCIAL SUMMARY',
      '(AED million)                     9M 2025    9M 2024    Change',
      'Net profit before tax               3,120      2,482       26%',
      'Net profit after tax                2,839      2,259       26%',
      'Attributable to owners of the',
      'Company                             2,796      2,221       26%',
      '',
      'SEGMENT REVENUE',
      '(AED million)                     9M 2025    9M 2024    Change',
      'Development                         6,778      5,632       20%',
      'Leasing                               642        584       10%',
      'Total                               7,420      6,216       19%',
    ].join('\n');
    const facts = draftedFacts(text, 'sahraa-9m-2025').filter((f) => periodKey(f.period) === 'fy2025-9m');
    expect(facts.map((f) => [f.metric, f.offering, f.amounts[0]!.value])).toEqual([
      ['incomeBeforeIncomeTaxes', undefined, 3120],
      ['netIncomeIncludingNonControllingInterests', undefined, 2839],
      ['netIncome', undefined, 2796],
      ['revenue', 'sahraa-estates/development', 6778],
      ['revenue', 'sahraa-estates/leasing', 642],
      ['revenue', undefined, 7420],
    ]);
  });
});

describe('forms of an Australian bank’s year', () => {
  it('reads a table whose columns include a second half, a table under it with its own header, cash earnings before tax', () => {
    const tables = draftPeriodColumnTables(
      [
        'Group performance ($m)            FY25      FY24   FY25 v FY24      2H25      1H25   2H25 v 1H25',
        'Credit impairment charge          (842)     (915)        (8.0%)     (431)     (411)         4.9%',
        'Cash earnings before tax         8,560     8,159          4.9%     4,311     4,249          1.5%',
        '',
        'Key metrics                                 FY25      FY24      2H25      1H25',
        'Net interest margin                        1.77%     1.79%     1.76%     1.78%',
      ],
      { metrics, calendar: { fiscalYearEnd: '09-30', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'AUD' },
    );
    // (As the table prints them: the draft turns a cost's sign positive.)
    expect(tables.facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value])).toEqual([
      ['impairmentOnFinancialInstruments', 'fy2025', -842],
      ['impairmentOnFinancialInstruments', 'fy2024', -915],
      ['impairmentOnFinancialInstruments', 'fy2025-6m', -411],
      ['cashEarningsBeforeTax', 'fy2025', 8560],
      ['cashEarningsBeforeTax', 'fy2024', 8159],
      ['cashEarningsBeforeTax', 'fy2025-6m', 4249],
      ['netInterestMargin', 'fy2025', 1.77],
      ['netInterestMargin', 'fy2024', 1.79],
      ['netInterestMargin', 'fy2025-6m', 1.78],
    ]);
  });
});

describe('spans of weeks', () => {
  it('reads a 53-week year ended in the first days of January as the year before’s', () => {
    expect(findPeriods('the 53 weeks ended 3 January 2021', { fiscalYearEnd: '12-31' })[0]?.period).toEqual({
      fiscalYear: 2020,
    });
  });
});

describe('forms of a French hotel group’s quarter', () => {
  const calendar = { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } as const;

  it('reads a revenue table titled by its metric and period, its "Change reported" and "Change LFL" columns', () => {
    const { facts } = draftPeriodColumnTables(
      `THIRD-QUARTER 2025 REVENUE

In €m                            Q3 2024    Q3 2025   Change reported   Change LFL(1)
Hotel management                    81.3       86.0             +5.8%           +4.9%
Leased hotels                      204.6      209.9             +2.6%           +3.1%
Total                              285.9      295.9             +3.5%           +3.6%`.split('\n'),
      { metrics, calendar },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Hotel management', 'fy2024-q3', 81.3],
      ['revenue', 'Hotel management', 'fy2025-q3', 86],
      ['organicRevenueGrowth', 'Hotel management', 'fy2025-q3', 4.9],
      ['revenue', 'Leased hotels', 'fy2024-q3', 204.6],
      ['revenue', 'Leased hotels', 'fy2025-q3', 209.9],
      ['organicRevenueGrowth', 'Leased hotels', 'fy2025-q3', 3.1],
      ['revenue', undefined, 'fy2024-q3', 285.9],
      ['revenue', undefined, 'fy2025-q3', 295.9],
      ['organicRevenueGrowth', undefined, 'fy2025-q3', 3.6],
    ]);
    expect(facts.find((f) => f.fact.amounts[0]!.value === 86)!.fact.comparisons).toMatchObject([
      { change: { value: 5.8, unit: 'percent' } },
    ]);
  });

  it('does not take the rows under a cost’s title for business lines', () => {
    const { facts } = draftPeriodColumnTables(
      `OPERATING EXPENSES

In €m                            Q3 2024    Q3 2025    Change
Staff costs                         61.2       63.0      +2.9%
Energy                              18.4       16.9      -8.2%`.split('\n'),
      { metrics, calendar },
    );
    expect(facts.filter(({ fact }) => fact.offering !== undefined)).toEqual([]);
  });
});

describe('forms of an Indian IT company’s quarter', () => {
  it('reads shares of revenue under "(% of revenue)" beside a crore table, and a "YoY CC growth %" column as growth', () => {
    const { facts } = draftPeriodColumnTables(
      `(₹ crore)                             Q2 FY26    Q1 FY26    Q2 FY25    QoQ %    YoY %
Revenue from operations               5,372.4    5,150.8    4,906.2      4.3      9.5

Revenue by vertical (% of revenue)        Q2 FY26   Q1 FY26   Q2 FY25   YoY CC growth %
Banking                                     30.1      29.8      28.7          9.2
Retail                                      12.4      12.9      13.5         (3.1)`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'end-year' } },
    );
    const lines = facts.filter(({ fact }) => fact.offering !== undefined);
    expect(
      lines.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenueShare', 'Banking', 'fy2026-q2', 30.1],
      ['revenueShare', 'Banking', 'fy2026-q1', 29.8],
      ['revenueShare', 'Banking', 'fy2025-q2', 28.7],
      ['constantCurrencyRevenueGrowth', 'Banking', 'fy2026-q2', 9.2],
      ['revenueShare', 'Retail', 'fy2026-q2', 12.4],
      ['revenueShare', 'Retail', 'fy2026-q1', 12.9],
      ['revenueShare', 'Retail', 'fy2025-q2', 13.5],
      ['constantCurrencyRevenueGrowth', 'Retail', 'fy2026-q2', -3.1],
    ]);
    expect(lines.flatMap(({ fact }) => fact.comparisons)).toEqual([]);
  });
});

describe('forms of an Israeli software company’s statements', () => {
  it('reads the indented rows under "Revenues:" as lines’ revenue, "Services and other" too, and the total as the company’s', () => {
    const { facts } = draftPeriodColumnTables(
      `(U.S. dollars in thousands, except per share data) (Unaudited)
                                      Three months ended
                                        September 30,
                                      2025       2024
Revenues:
  Subscription                   31,204     27,118
  Services and other              6,310      6,925
Total revenues                   37,514     34,043`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period), fact.amounts[0]!.value]),
    ).toEqual([
      ['revenue', 'Subscription', 'fy2025-q3', 31204],
      ['revenue', 'Subscription', 'fy2024-q3', 27118],
      ['revenue', 'Services and other', 'fy2025-q3', 6310],
      ['revenue', 'Services and other', 'fy2024-q3', 6925],
      ['revenue', undefined, 'fy2025-q3', 37514],
      ['revenue', undefined, 'fy2024-q3', 34043],
    ]);
  });

  it('reads an indented "Total" under "Revenues:" as the company’s revenue', () => {
    const { facts } = draftPeriodColumnTables(
      `(U.S. dollars in thousands)
                                      2025       2024
Revenues:
  Products                       12,406     11,032
  Total                          12,406     11,032`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(facts.map(({ fact }) => [fact.metric, fact.offering, periodKey(fact.period)])).toEqual([
      ['revenue', 'Products', 'fy2025'],
      ['revenue', 'Products', 'fy2024'],
      ['revenue', undefined, 'fy2025'],
      ['revenue', undefined, 'fy2024'],
    ]);
  });
});

describe('forms of an Australian gold miner’s quarterly report', () => {
  const calendar = { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' } as const;

  it('reads a quarter named by the month it ends in ("Sep 2025 Qtr", "the September 2024 quarter")', () => {
    expect(findPeriods('Sep 2025 Qtr', calendar)[0]?.period).toEqual({ fiscalYear: 2026, quarter: 1 });
    expect(findPeriods('Jun 2025 Qtr', calendar)[0]?.period).toEqual({ fiscalYear: 2025, quarter: 4 });
    expect(findPeriods('6% higher than in the September 2024 quarter', calendar)[0]?.period).toEqual({
      fiscalYear: 2025,
      quarter: 1,
    });
    expect(findPeriods('the August 2025 quarter', calendar)).toEqual([]);
  });

  it('reads each row’s unit from a "Units" column, and each mine’s rows under its name', () => {
    const { facts } = draftPeriodColumnTables(
      `                               Units      Sep 2025 Qtr   Jun 2025 Qtr   Change
Gold produced                  oz               61,204         58,930       4%
Gold sales revenue             A$M               312.8          287.5       9%
AISC                           A$/oz             2,512          2,604      -4%
AISC margin                    A$/oz             2,604          2,301

                               Units      Sep 2025 Qtr   Jun 2025 Qtr
Barrakee (WA)
Gold produced                  oz               40,118         37,652
AISC                           A$/oz             2,388          2,470
Tindaroo (NT)
Gold produced                  oz               21,086         21,278
AISC                           A$/oz             2,748          2,841
Total gold produced            oz               61,204         58,930`.split('\n'),
      { metrics, calendar, defaultCurrency: 'AUD' },
    );
    expect(
      facts
        .filter(({ fact }) => periodKey(fact.period) === 'fy2026-q1')
        .map(({ fact }) => [fact.metric, fact.offering, fact.amounts[0]!.value, fact.amounts[0]!.unit]),
    ).toEqual([
      ['goldProduction', undefined, 61204, 'oz'],
      ['revenue', undefined, 312.8, 'AUD'],
      ['allInSustainingCostPerOunce', undefined, 2512, 'AUD'],
      ['allInSustainingCostMarginPerOunce', undefined, 2604, 'AUD'],
      ['goldProduction', 'Barrakee', 40118, 'oz'],
      ['allInSustainingCostPerOunce', 'Barrakee', 2388, 'AUD'],
      ['goldProduction', 'Tindaroo', 21086, 'oz'],
      ['allInSustainingCostPerOunce', 'Tindaroo', 2748, 'AUD'],
      ['goldProduction', undefined, 61204, 'oz'],
    ]);
    expect(facts.find(({ fact }) => fact.amounts[0]!.value === 312.8)!.fact.amounts[0]).toMatchObject({
      scale: 'million',
    });
  });

  it('does not take a basis heading ("GAAP", "Non-GAAP") over rows at the margin for a business line', () => {
    const { facts } = draftPeriodColumnTables(
      `(In millions, except per share amounts and percentages)
                                         Q4 FY2025      Q4 FY2024
GAAP
Revenue                                   $ 412.6        $ 380.9
Operating income                          $  88.1        $  71.4
Non-GAAP
Operating income                          $ 101.3        $  86.0`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '09-30', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    expect(facts.filter(({ fact }) => fact.offering !== undefined)).toEqual([]);
  });
});

describe('forms of a Japanese railway’s semi-annual summary', () => {
  it('reads the columns of a kessan tanshin by its line of units when the rows sit right of the names', () => {
    const { facts } = draftMetricColumnTables(
      `(1) Consolidated Operating Results (cumulative)
   (% indicates changes from the same period of the previous fiscal year)
   Operating revenue   Operating profit   Ordinary profit   Profit attributable to
   owners of parent
   Millions of yen   %   Millions of yen   %   Millions of yen   %   Millions of yen   %
Six months ended
September 30, 2025   92,310   4.8   11,204   7.5   10,486   8.1   7,018   6.2
September 30, 2024   88,083   2.1   10,423   9.9    9,701  11.6   6,608   (3.4)

(2) Consolidated Financial Position
   Total assets   Net assets   Equity ratio
   Millions of yen   Millions of yen   %
As of September 30, 2025   802,114   251,806   29.6
As of March 31, 2025   790,552   243,915   29.1`.split('\n'),
      {
        metrics,
        calendar: {
          fiscalYearEnd: '03-31',
          fiscalYearNamedBy: 'start-year',
          reportsOn: { fiscalYear: 2025, months: 6 },
        },
      },
    );
    expect(
      facts
        .filter(({ fact }) => periodKey(fact.period) === 'fy2025-6m')
        .map(({ fact }) => [fact.metric, fact.amounts[0]!.value, fact.comparisons[0]?.change?.value]),
    ).toEqual([
      ['revenue', 92310, 4.8],
      ['operatingIncome', 11204, 7.5],
      ['ordinaryIncome', 10486, 8.1],
      ['netIncome', 7018, 6.2],
      ['totalAssets', 802114, undefined],
      ['netAssets', 251806, undefined],
      ['equityRatio', 29.6, undefined],
    ]);
  });
});

describe('forms of a Malaysian plantation group’s year', () => {
  it('reads the Bursa layout whose dates stand beside "+/(-)" change columns, under "3 months ended" and "12 months ended"', () => {
    const { facts } = draftPeriodColumnTables(
      `CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS (Unaudited)
                              Individual Quarter              Cumulative Quarter
                              3 months ended                  12 months ended
                              30.6.2025  30.6.2024  +/(-)     30.6.2025   30.6.2024  +/(-)
                                RM'000     RM'000      %        RM'000      RM'000      %
Revenue                        402,118    371,560     8.2    1,588,204   1,402,771    13.2
Operating profit                58,904     47,215    24.8      231,650     170,318    36.0`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'MYR' },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons[0]?.change,
      ]),
    ).toEqual([
      ['revenue', 'fy2025-q4', 402118, { value: 8.2, unit: 'percent' }],
      ['revenue', 'fy2024-q4', 371560, undefined],
      ['revenue', 'fy2025', 1588204, { value: 13.2, unit: 'percent' }],
      ['revenue', 'fy2024', 1402771, undefined],
      ['operatingIncome', 'fy2025-q4', 58904, { value: 24.8, unit: 'percent' }],
      ['operatingIncome', 'fy2024-q4', 47215, undefined],
      ['operatingIncome', 'fy2025', 231650, { value: 36, unit: 'percent' }],
      ['operatingIncome', 'fy2024', 170318, undefined],
    ]);
  });
});

describe('forms of a Brazilian power utility’s quarter', () => {
  it('keeps a number closing a label’s parenthesis in the label ("EBITDA (CVM Resolution 156)")', () => {
    expect(rowOf('EBITDA (CVM Resolution 156)      1,241.3  1,152.0   7.8%', undefined)).toMatchObject({
      label: 'EBITDA (CVM Resolution 156)',
    });
    expect(cellsOf(rowOf('EBITDA (CVM Resolution 156)      1,241.3  1,152.0   7.8%', undefined)!.cells)).toHaveLength(
      3,
    );
    expect(rowOf('Operating loss                     (815)    (4,373)', undefined)).toMatchObject({
      label: 'Operating loss',
    });
  });
});

describe('forms of a US truckload carrier’s quarter', () => {
  it('reads no metric divided by what follows it ("revenue per tractor per week"), but a rate per month', () => {
    const keys = (text: string) => metrics.find(text).map((m) => m.key);
    expect(keys('Average revenue per tractor per week (2)   $  4,319')).toEqual([]);
    expect(keys('EBITDA per tonne of cement sold')).toEqual([]);
    expect(keys('Net income per diluted share')).toEqual(['earningsPerShare']);
    expect(keys('Churn (% per month)')).toEqual(['churnRate']);
    expect(keys('Total operating revenue')).toEqual(['revenue']);
    expect(keys('Revenue, before fuel surcharge')).toEqual(['revenueBeforeFuelSurcharge']);
    expect(keys('Financial income, net')).toEqual(['financialIncomeNet']);
  });

  it('gives captions over equal runs of years the years in turn, and counts shares in the header’s scale', () => {
    const { facts } = draftPeriodColumnTables(
      `CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)
(in millions, except per share data)
                    Three Months Ended    Nine Months Ended
                     September 30,      September 30,
                    2025    2024    2025    2024
Net sales              $ 612.4  $ 557.8  $ 1,774.3  $ 1,632.5
Operating ratio          96.2%      94.6%        96.5%        94.2%
Net income per share:
  Basic               $  0.59  $  0.53  $  1.59  $  1.41
  Diluted              $  0.58  $  0.52  $  1.57  $  1.39
Weighted average shares outstanding:
  Basic                116.4   115.6    116.2    115.3
  Diluted               117.9   117.0    117.7    116.8`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' }, defaultCurrency: 'USD' },
    );
    const read = facts.map(({ fact }) => [
      fact.metric,
      periodKey(fact.period),
      fact.amounts[0]!.value,
      fact.amounts[0]!.scale,
      fact.amounts[0]!.unit,
    ]);
    expect(read.filter(([metric]) => metric === 'revenue')).toEqual([
      ['revenue', 'fy2025-q3', 612.4, 'million', 'USD'],
      ['revenue', 'fy2024-q3', 557.8, 'million', 'USD'],
      ['revenue', 'fy2025-9m', 1774.3, 'million', 'USD'],
      ['revenue', 'fy2024-9m', 1632.5, 'million', 'USD'],
    ]);
    expect(read).toContainEqual(['operatingRatio', 'fy2025-9m', 96.5, 'one', 'percent']);
    expect(read).toContainEqual(['weightedAverageSharesBasic', 'fy2025-9m', 116.2, 'million', 'shares']);
    expect(read).toContainEqual(['weightedAverageSharesDiluted', 'fy2024-q3', 117, 'million', 'shares']);
  });
});

describe('forms of sets 90–93', () => {
  it('reads a quarter and nine months counted in weeks, in words, closing any month of the year', () => {
    const calendar = { fiscalYearEnd: '12-28', fiscalYearNamedBy: 'end-year' } as const;
    const read = (text: string) => findPeriods(text, calendar).map((p) => periodKey(p.period));
    expect(read('Thirteen Weeks Ended Sept. 28, 2025')).toEqual(['fy2025-q3']);
    expect(read('Thirty-Nine Weeks Ended Sept. 28, 2025')).toEqual(['fy2025-9m']);
    expect(read('13 weeks ended 29 June 2025')).toEqual(['fy2025-q2']);
    expect(read('twenty-six weeks ended 29 June 2025')).toEqual(['fy2025-6m']);
  });

  it('names the change columns by the words under them in turn, where the PDF collapsed their spaces', () => {
    const { facts } = draftPeriodColumnTables(
      `Revenue by business group

(EUR million)   9M 2025   9M 2024   Change   Change
    reported   organic*
Couture & Leather Goods   6,842   6,771   +1.0%   +2.4%
Total   12,486   12,218   +2.2%   +3.6%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        fact.offering,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => c.change?.value),
      ]),
    ).toEqual([
      ['revenue', 'Couture & Leather Goods', 'fy2025-9m', 6842, [1]],
      ['revenue', 'Couture & Leather Goods', 'fy2024-9m', 6771, []],
      ['organicRevenueGrowth', 'Couture & Leather Goods', 'fy2025-9m', 2.4, []],
      ['revenue', undefined, 'fy2025-9m', 12486, [2.2]],
      ['revenue', undefined, 'fy2024-9m', 12218, []],
      ['organicRevenueGrowth', undefined, 'fy2025-9m', 3.6, []],
    ]);
  });
});

describe('forms of sets 90–93, a South African retailer’s half', () => {
  it('reads "26 weeks to" over its dates, not the dates as balances, past a line of audit statuses', () => {
    const { facts } = draftPeriodColumnTables(
      `CONDENSED CONSOLIDATED STATEMENT OF COMPREHENSIVE INCOME
    26 weeks to   26 weeks to   %   52 weeks to
    28 Dec 2025   29 Dec 2024   change   29 Jun 2025
    Unaudited   Unaudited   Audited
    Rm   Rm   Rm
Revenue   22,358   20,928   6.8   40,412
Operating profit   3,446   3,085   11.7   5,427`.split('\n'),
      {
        metrics,
        calendar: { fiscalYearEnd: '06-28', fiscalYearNamedBy: 'end-year' },
        defaultCurrency: 'ZAR',
        documentPeriod: { fiscalYear: 2026, months: 6 },
      },
    );
    expect(
      facts.map(({ fact }) => [
        fact.metric,
        periodKey(fact.period),
        fact.amounts[0]!.value,
        fact.comparisons.map((c) => c.change?.value),
      ]),
    ).toEqual([
      ['revenue', 'fy2026-6m', 22358, [6.8]],
      ['revenue', 'fy2025-6m', 20928, []],
      ['revenue', 'fy2025', 40412, []],
      ['operatingIncome', 'fy2026-6m', 3446, [11.7]],
      ['operatingIncome', 'fy2025-6m', 3085, []],
      ['operatingIncome', 'fy2025', 5427, []],
    ]);
  });
});

describe('forms of sets 90–93, a Swedish interim report', () => {
  it('reads "SEK b." as billions, a footnote mark "1)" after a label as no cell, and an adjusted gross margin', () => {
    expect(unitHeader('SEK b.                   Q3 2025  Q3 2024')).toMatchObject({ unit: 'SEK', scale: 'billion' });
    expect(rowOf('Adjusted EBITA 1)          1.94    1.52     28%', undefined)).toMatchObject({
      label: 'Adjusted EBITA',
      cells: '          1.94    1.52     28%',
    });
    const { facts } = draftPeriodColumnTables(
      `Key figures
SEK b.                       Q3      Q3     YoY      Q2     QoQ
                           2025    2024  change    2025  change
Net sales                 14.62   15.07     -3%   14.11      4%
Adjusted gross margin 1)  44.8%   42.1%       -   44.0%       -
Adjusted EBITA 1)          1.94    1.52     28%    1.63     19%`.split('\n'),
      { metrics, calendar: { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year' } },
    );
    expect(
      facts.map(({ fact }) => [fact.metric, periodKey(fact.period), fact.amounts[0]!.value, fact.amounts[0]!.scale]),
    ).toEqual([
      ['revenue', 'fy2025-q3', 14.62, 'billion'],
      ['revenue', 'fy2024-q3', 15.07, 'billion'],
      ['revenue', 'fy2025-q2', 14.11, 'billion'],
      ['adjustedGrossMargin', 'fy2025-q3', 44.8, 'one'],
      ['adjustedGrossMargin', 'fy2024-q3', 42.1, 'one'],
      ['adjustedGrossMargin', 'fy2025-q2', 44, 'one'],
      ['adjustedEbita', 'fy2025-q3', 1.94, 'billion'],
      ['adjustedEbita', 'fy2024-q3', 1.52, 'billion'],
      ['adjustedEbita', 'fy2025-q2', 1.63, 'billion'],
    ]);
  });
});

describe('forms of sets 90–93, a UK general insurer’s half', () => {
  it('names IFRS 17 lines, and a combined operating ratio as the combined ratio, not an operating ratio', () => {
    const keys = (text: string) => metrics.find(text).map((m) => m.key);
    expect(keys('Combined operating ratio')).toEqual(['combinedRatio']);
    expect(keys('Gross written premium and associated fees')).toEqual(['grossWrittenPremiums']);
    expect(keys('Insurance revenue')).toEqual(['insuranceRevenue']);
    expect(keys('Insurance service expenses')).toEqual(['insuranceServiceExpenses']);
    expect(keys('Insurance service result')).toEqual(['insuranceServiceResult']);
    expect(keys('Net insurance finance expenses')).toEqual(['netInsuranceFinanceExpenses']);
    expect(keys('Finance costs')).toEqual(['financeCosts']);
  });
});
