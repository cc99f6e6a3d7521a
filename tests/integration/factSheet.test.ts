/**
 * The company fact sheet (src/factSheet/) in headless Chromium (Debian's /usr/bin/chromium driven
 * by playwright-core, as tests/integration/explorer.test.ts): the IIJ page shows the seed's real
 * figures (read from the DOM), a click on a number highlights its quote in the document view, the
 * `knownAt` picker and the latest/first-reported toggle change the restated figure of the fictional
 * Hoshizora Networks (tests/fixtures/time/), and a fictional company of 40 quarters and 200 facts is
 * drawn and redrawn with its timings recorded (tests/.artifacts/fact-sheet-timings.json; speed is
 * reported, never asserted). Screenshots go to tests/.artifacts/screenshots/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { PROJECT_ROOT } from '../../src/localNeo4j/settings.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { startTestApi } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';
import { writeFactFileWithDocument } from '../kit/syntheticFacts.js';

const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(PROJECT_ROOT, 'tests/.artifacts');
const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');
const TIME_FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/time');
const HOSHIZORA = ['hoshizora-1q2005.yaml', 'hoshizora-2q2005.yaml', 'hoshizora-fy2005.yaml'].map((f) =>
  path.join(TIME_FIXTURES, f),
);

/**
 * A fictional company with 40 quarters (FY1990–FY1999) of five figures each: revenue, operating
 * income, adjusted EBITDA and revenue growth as actuals, and a revenue guidance range: 200 facts.
 */
function fortyQuarterCompany(): string {
  const lines = ['Kumo Widgets K.K. quarterly data book (fictional).'];
  const quote = (text: string) => {
    lines.push(text);
    return { section: 'book', quote: text };
  };
  const facts: Record<string, any>[] = [];
  for (let year = 1990; year < 2000; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const i = (year - 1990) * 4 + quarter;
      const label = `${quarter}Q${String(year).slice(2)}`;
      const period = { fiscalYear: year, quarter };
      const revenue = 1000 + i * 25 + (i % 3) * 40;
      const fact = (metric: string, basis: string, amount: Record<string, unknown>, text: string) =>
        facts.push({
          id: `kumo/${facts.length}`,
          company: 'kumo',
          metric,
          period,
          basis,
          amounts: [amount],
          source: quote(text),
        });
      fact(
        'revenue',
        'actual',
        { value: revenue, scale: 'million', unit: 'JPY' },
        `Revenue ${label}: JPY ${revenue} million.`,
      );
      fact(
        'revenue',
        'guidance',
        { low: revenue - 60, high: revenue + 20, scale: 'million', unit: 'JPY' },
        `Outlook ${label}: JPY ${revenue - 60} to ${revenue + 20} million.`,
      );
      fact(
        'operatingIncome',
        'actual',
        { value: (i % 7) * 30 - 90, scale: 'million', unit: 'JPY' },
        `Operating income ${label}: JPY ${(i % 7) * 30 - 90} million.`,
      );
      fact(
        'adjustedEbitda',
        'actual',
        { value: 100 + i * 3, scale: 'million', unit: 'JPY' },
        `Adjusted EBITDA ${label}: JPY ${100 + i * 3} million.`,
      );
      fact(
        'revenueGrowth',
        'actual',
        { value: (i % 9) + 1, scale: 'one', unit: 'percent' },
        `Revenue growth ${label}: ${(i % 9) + 1} percent.`,
      );
    }
  }
  const companySource = quote('Kumo Widgets K.K. makes widgets.');
  return writeFactFileWithDocument(
    {
      format: 'company-kg/facts@1',
      document: {
        id: 'kumo-data-book',
        title: 'Kumo Widgets data book (fictional)',
        kind: 'other',
        issuer: 'kumo',
        language: 'en',
      },
      sections: [{ id: 'book', title: 'Data book' }],
      companies: [
        {
          id: 'kumo',
          name: 'Kumo Widgets K.K.',
          kind: 'company',
          fiscalYearEnd: '03-31',
          fiscalYearNamedBy: 'start-year',
          source: companySource,
        },
      ],
      facts,
    },
    lines,
  ).factFile;
}

let db: Database;
let api: RunningApi;
let browser: Browser;
let origin: string;
const timings: Record<string, unknown> = {};

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Chromium (Debian: apt-get install chromium) or set KG_CHROMIUM.`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE, ...HOSHIZORA, fortyQuarterCompany()]);
  api = await startTestApi(db);
  origin = `http://127.0.0.1:${api.port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  writeFileSync(path.join(ARTIFACTS, 'fact-sheet-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  await browser?.close();
  await api?.close();
  await db?.close();
});

interface Watched {
  page: Page;
  foreign: string[];
  errors: string[];
}

async function openPage(address: string, viewport = { width: 1400, height: 900 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${address}`, { waitUntil: 'load' });
  await page.locator('body[data-state="ready"]').waitFor({ timeout: 20_000 });
  return { page, foreign, errors };
}

/** The text of the amount cell of a fact's row (`data-fact` is the fact's key). */
async function amountOf(page: Page, factKey: string): Promise<string> {
  return (await page.locator(`tr[data-fact="${factKey}"] .fs-amount`).innerText()).trim();
}

/** The timings the page records (`window.fsTimings`, src/factSheet/public/factSheet.js). */
async function pageTimings(page: Page): Promise<{
  interactiveMs: number;
  renders: { fetchMs: number; renderMs: number; facts: number }[];
}> {
  // Strings, not functions: the tests compile without the DOM's types.
  return page.evaluate('window.fsTimings');
}

describe('the fact sheet page', () => {
  it('is served with a same-origin Content-Security-Policy, and GraphiQL links to it', async () => {
    const response = await fetch(`${origin}/companies/iij`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).toContain('/fact-sheet/vendor/uPlot.iife.min.js');
    const uplot = await fetch(`${origin}/fact-sheet/vendor/uPlot.iife.min.js`);
    expect(uplot.headers.get('content-type')).toContain('javascript');
    expect((await uplot.text()).length).toBeGreaterThan(10_000);
    expect((await fetch(`${origin}/companies/not%20a%20key`)).status).toBe(404);
    expect(await (await fetch(`${origin}/graphiql`)).text()).toContain('href="/companies/iij"');
  });

  it('shows the IIJ seed: names, lines, data centers, figures, guidance, rankings, cross-sell, relations', async () => {
    const { page, foreign, errors } = await openPage('/companies/iij');
    expect(await page.locator('#fs-name').innerText()).toBe('Internet Initiative Japan Inc.');
    expect(await page.locator('.fs-alias').allInnerTexts()).toContain('11J');

    expect(await amountOf(page, 'iij/revenue/fy2002-q3')).toBe('JPY 10.6 billion USD 89 million');
    expect(await amountOf(page, 'iij/operating-income/fy2002-q3')).toBe('JPY -567 million');
    expect(await amountOf(page, 'iij/operating-income/fy2001-q3')).toBe('JPY 151 million');
    const guidance = page.locator('section[data-metric="revenue"] tr', { hasText: 'guidance' });
    expect(await guidance.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('JPY 12.5–13 billion'),
        expect.stringContaining('JPY 43.5–44 billion'),
      ]),
    );
    expect(await page.locator('.fs-chart figcaption').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Revenue by quarter'),
        expect.stringContaining('Operating income by quarter'),
      ]),
    );
    expect(await page.locator('.fs-plot canvas').count()).toBeGreaterThanOrEqual(2);

    const lines = await page.locator('#fs-h-lines + .fs-tree').innerText();
    expect(lines).toContain('Internet connectivity');
    expect(await page.locator('#fs-h-dc ~ .fs-scroll tbody tr').count()).toBeGreaterThanOrEqual(2);
    // The dedicated-access ranking prints no positions: every one reads "unknown", none a number.
    const positions = await page.locator('td.fs-position').allInnerTexts();
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.filter((p) => p === 'unknown').length).toBeGreaterThan(0);
    expect(await page.locator('td.fs-unknown').allInnerTexts()).toEqual(
      (await page.locator('td.fs-unknown').allInnerTexts()).map(() => 'unknown'),
    );
    const cross = await page.locator('table.fs-cross').innerText();
    expect(cross).toContain('67 %');
    expect(cross).toContain('53 %');
    expect(cross).toContain('25 %');
    await expect.poll(() => page.locator('.fs-computed').first().innerText()).not.toBe('…');
    expect(await page.locator('#fs-h-comp ~ ul').innerText()).toContain('Japan Telecom');

    const measured = await pageTimings(page);
    timings.iij = measured; // the first page this server answers: cold look-ahead and Neo4j plans
    expect(measured.renders[0]!.facts).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fact-sheet-iij.png'), fullPage: true });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the document at the quote of a clicked number, OCR text as printed and the normalised value beside it', async () => {
    const { page, errors } = await openPage('/companies/iij');
    // The second IIJ page of this server: its query shape is warm (the first one's timings are `iij`).
    timings.iijWarm = await pageTimings(page);
    await page.locator('tr[data-fact="iij/revenue/fy2002-q3"] button.fs-num').click();
    const active = page.locator('#fs-doc .fs-mark.fs-active');
    await active.first().waitFor({ timeout: 10_000 });
    const highlighted = (await active.allInnerTexts()).join('');
    expect(highlighted.replace(/\s+/g, ' ')).toContain('Total revenues totaled JPY10.6 billion');
    expect(await page.locator('#fs-doc h2').innerText()).toContain('IIJ 3Q02 results presentation');
    // Sections of the document, each quote beside what the graph made of it.
    expect(await page.locator('#fs-doc .fs-doc-section h3').allInnerTexts()).toContain('3Q02 Highlights');
    const beside = page.locator('#fs-doc .fs-normalised li', { hasText: 'Revenue 3Q02 (actual): JPY 10.6 billion' });
    expect(await beside.count()).toBeGreaterThan(0);
    // OCR damage stays as printed in the text ("11J" for IIJ).
    expect(await page.locator('#fs-doc .fs-text').first().innerText()).toContain('11J');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fact-sheet-document.png') });

    // The keyboard: Escape closes the document and gives focus back to the number.
    await page.keyboard.press('Escape');
    expect(await page.locator('#fs-doc').isHidden()).toBe(true);
    expect(await page.evaluate("document.activeElement.classList.contains('fs-num')")).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#fs-doc .fs-mark.fs-active').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is readable on a narrow window', async () => {
    const { page, errors } = await openPage('/companies/iij', { width: 390, height: 844 });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await amountOf(page, 'iij/revenue/fy2002-q3')).toContain('JPY 10.6 billion');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fact-sheet-narrow.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('knowing time (fictional Hoshizora Networks)', () => {
  const LOSS = 'hoshizora/operating-income/fy2005-q1';

  it('redraws a restated figure as the graph knew it, and as first reported', async () => {
    const { page, errors } = await openPage('/companies/hoshizora');
    const row = page.locator(`tr[data-fact="${LOSS}"]`);
    expect(await amountOf(page, LOSS)).toBe('JPY -1,206 million USD -10.9 million');
    expect(await row.locator('.fs-restated').innerText()).toContain('earlier JPY -1,060 million');
    const outlook = page
      .locator('section[data-metric="revenue"] tr', { hasText: 'FY2005' })
      .filter({ hasText: 'guidance' });
    expect(await outlook.innerText()).toContain('JPY 48–49 billion');
    expect(await outlook.locator('.fs-outcome').innerText()).toContain('actual below');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fact-sheet-hoshizora-latest.png'), fullPage: true });

    // The restated figure opens at its quote in the second-quarter release.
    await row.locator('button.fs-num').first().click();
    await page.locator('#fs-doc .fs-mark.fs-active').first().waitFor();
    expect((await page.locator('#fs-doc .fs-mark.fs-active').allInnerTexts()).join('')).toContain(
      'restated to JPY 1,206 million',
    );
    await page.keyboard.press('Escape');

    // As known on 2005-09-01: only the first-quarter release, the loss as it was first printed.
    const renders = Number(await page.locator('body').getAttribute('data-renders'));
    await page.locator('#fs-known-at').fill('2005-09-01');
    await page.locator(`body[data-renders="${renders + 1}"][data-state="ready"]`).waitFor();
    expect(await amountOf(page, LOSS)).toBe('JPY -1,060 million USD -9.6 million');
    expect(await page.locator(`tr[data-fact="${LOSS}"] .fs-restated`).count()).toBe(0);
    expect(await page.locator('#fs-selection').innerText()).toContain('2005-09-01');
    expect(page.url()).toContain('knownAt=2005-09-01');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fact-sheet-hoshizora-2005-09-01.png'), fullPage: true });

    // Everything the graph holds again, first-reported figures.
    await page.locator('#fs-known-clear').click();
    await page.locator(`body[data-renders="${renders + 2}"][data-state="ready"]`).waitFor();
    expect(await amountOf(page, LOSS)).toContain('JPY -1,206 million');
    await page.locator('input[name=reported][value=FIRST_REPORTED]').check();
    await page.locator(`body[data-renders="${renders + 3}"][data-state="ready"]`).waitFor();
    expect(await amountOf(page, LOSS)).toContain('JPY -1,060 million');
    expect(page.url()).toContain('reported=FIRST_REPORTED');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a company with 40 quarters and 200 facts (fictional)', () => {
  it('draws every figure, redraws on a change of time, and scrolls; timings recorded', async () => {
    const { page, errors } = await openPage('/companies/kumo');
    expect(await page.locator('tr[data-fact]').count()).toBe(200);
    expect(await amountOf(page, 'kumo/revenue/fy1999-q4')).toBe('JPY 2,040 million');
    const first = await pageTimings(page);

    // Redraws: toggle the rule back and forth (each one fetches and draws the 200 facts again).
    for (let i = 0; i < 4; i++) {
      const renders = Number(await page.locator('body').getAttribute('data-renders'));
      await page.locator(`input[name=reported][value=${i % 2 === 0 ? 'FIRST_REPORTED' : 'LATEST'}]`).check();
      await page.locator(`body[data-renders="${renders + 1}"][data-state="ready"]`).waitFor();
    }
    // Smoothness: frame intervals while the page scrolls from top to bottom.
    const frames = await page.evaluate<number[]>(`new Promise((resolve) => {
      const intervals = [];
      let last = performance.now();
      const height = document.documentElement.scrollHeight;
      const step = () => {
        const now = performance.now();
        intervals.push(now - last);
        last = now;
        window.scrollBy(0, 120);
        if (window.scrollY + window.innerHeight >= height - 2 || intervals.length > 600) resolve(intervals);
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    })`);
    const sorted = [...frames].sort((a, b) => a - b);
    const all = await pageTimings(page);
    timings.fortyQuarters = {
      interactiveMs: first.interactiveMs,
      renders: all.renders,
      scrollFrames: frames.length,
      frameMedianMs: sorted[Math.floor(sorted.length / 2)],
      frameP95Ms: sorted[Math.floor(sorted.length * 0.95)],
      frameMaxMs: sorted[sorted.length - 1],
    };
    expect(all.renders.length).toBe(5);
    expect(all.renders.every((r) => r.facts === 200)).toBe(true);
    expect(frames.length).toBeGreaterThan(10);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fact-sheet-40-quarters.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
