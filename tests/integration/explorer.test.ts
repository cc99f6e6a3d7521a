/**
 * The explorer in a real browser: headless Chromium from Debian (/usr/bin/chromium) driven by
 * playwright-core, no browser download. GraphiQL served offline by the API runs an example and shows
 * the real answer; Neo4j Browser (served by the test Neo4j) connects, loads the guide from the API,
 * applies the style and runs a guide query. Every Cypher query of the guide runs on the seeded graph.
 * Screenshots go to tests/.artifacts/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { PROJECT_ROOT, readLocalNeo4jSettings } from '../../src/localNeo4j/settings.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { startTestApi } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(PROJECT_ROOT, 'tests/.artifacts/screenshots');
const GUIDE = path.join(PROJECT_ROOT, 'docs/neo4j-browser/guide.html');

let db: Database;
let api: RunningApi;
let browser: Browser;
let apiOrigin: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Chromium (Debian: apt-get install chromium) or set KG_CHROMIUM.`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
  api = await startTestApi(db);
  // `localhost` (not 127.0.0.1): Neo4j Browser's default remote-content allowlist is "guides.neo4j.com, localhost".
  apiOrigin = `http://localhost:${api.port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db?.close();
});

async function newPage(): Promise<Page> {
  return browser.newPage({ viewport: { width: 1400, height: 900 } });
}

/** The Cypher of every runnable block of the guide, HTML entities decoded. */
function guideQueries(): string[] {
  const html = readFileSync(GUIDE, 'utf8');
  return [...html.matchAll(/<pre class="code runnable">([\s\S]*?)<\/pre>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('GraphiQL, offline', () => {
  it('redirects a browser asking for /graphql to /graphiql, and still answers API GETs', async () => {
    const redirect = await fetch(`${apiOrigin}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/graphiql');
    const page = await fetch(`${apiOrigin}/graphiql`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await page.text()).toContain('/graphiql/vendor/graphiql.min.js');
  });

  it('loads without any request leaving the machine, runs an example and shows the real answer', async () => {
    const page = await newPage();
    const foreign: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(apiOrigin)) foreign.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${apiOrigin}/graphql`, { waitUntil: 'networkidle' });
    expect(page.url()).toBe(`${apiOrigin}/graphiql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });

    const tabs = (await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).map((t) => t.trim());
    const examples = readFileSync(path.join(PROJECT_ROOT, 'examples/IijCompetitors.graphql'), 'utf8');
    expect(tabs).toContain('IijCompetitors');
    expect(tabs.length).toBeGreaterThanOrEqual(14);

    await page.selectOption('#kg-example', 'IijCompetitors');
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('query IijCompetitors');
    expect(examples).toContain('competitors');
    await page.waitForTimeout(500); // the picker switches tabs through GraphiQL's own tab buttons
    await page.locator('.graphiql-execute-button').click();
    // CodeMirror renders the visible lines only: wait for the first competitor.
    await page.locator('.result-window').getByText('Japan Telecom').first().waitFor({ timeout: 20_000 });
    const result = (await page.locator('.result-window').textContent()) ?? '';
    expect(result).toContain('"competitors"');
    expect(result).toContain('COMPETES_WITH');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql.png') });

    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-docs.png') });

    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('Neo4j Browser guide', () => {
  it('serves the guide and the style with CORS for Neo4j Browser', async () => {
    const preflight = await fetch(`${apiOrigin}/browser-guide`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:7474',
        'access-control-request-headers': 'pragma,cache-control,sentry-trace',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('sentry-trace');
    const style = await fetch(`${apiOrigin}/browser-guide/style.grass`);
    expect(style.headers.get('access-control-allow-origin')).toBe('*');
    expect(await style.text()).toContain('node.Company');
  });

  it('has a dozen Cypher queries, each answering on the seeded graph', async () => {
    const queries = guideQueries();
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const [i, cypher] of queries.entries()) {
      const rows = await db.read({ name: `test.guide.${i}`, cypher });
      expect(rows.length, `guide query ${i} returned no rows:\n${cypher}`).toBeGreaterThan(0);
    }
  });

  it('opens in the real Neo4j Browser, which connects and runs a guide query', async () => {
    const neo4j = inject('neo4j');
    const settings = readLocalNeo4jSettings(process.env, 'test');
    if (neo4j.uri !== settings.boltUri) {
      // NEO4J_URI points elsewhere: there is no local Browser to drive.
      return;
    }
    const page = await newPage();
    const guideUrl = `${apiOrigin}/browser-guide`;
    await page.goto(
      `${settings.browserUrl}?connectURL=${encodeURIComponent(`neo4j://127.0.0.1:${settings.boltPort}`)}` +
        `&cmd=guide&arg=${encodeURIComponent(guideUrl)}`,
      { waitUntil: 'load' },
    );
    await page.locator('[data-testid="username"]').fill(neo4j.user);
    await page.locator('[data-testid="password"]').fill(neo4j.password);
    await page.locator('[data-testid="connect"]').click();
    await page.getByText('You are connected as user').first().waitFor({ timeout: 30_000 });

    const editor = page.locator('.monaco-editor').first();
    await editor.click();
    await page.keyboard.type(`:style ${apiOrigin}/browser-guide/style.grass`);
    await page.keyboard.press('Control+Enter');
    await page.getByText('node.Company').first().waitFor({ timeout: 20_000 });

    const title = page.getByText('company-kg: exploring the IIJ graph');
    if ((await title.count()) === 0) {
      await editor.click();
      await page.keyboard.type(`:guide ${guideUrl}`);
      await page.keyboard.press('Control+Enter');
    }
    await title.first().waitFor({ timeout: 20_000 });
    await page.getByText('Next', { exact: true }).click();
    const runnable = page.locator('pre.runnable').first();
    await runnable.waitFor();
    expect(await runnable.textContent()).toContain("MATCH (iij:Company {id: 'iij'})");
    await runnable.click();
    await page.waitForTimeout(500); // the guide puts the query into the editor
    await page.locator('[data-testid="editor-Run"]').first().click();
    let nodes = 0;
    await expect
      .poll(
        async () => {
          nodes = Number(/Displaying (\d+) nodes/.exec(await page.locator('body').innerText())?.[1] ?? 0);
          return nodes;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(20)
      .catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(SCREENSHOTS, 'neo4j-browser-failure.png') });
        throw error;
      });
    await page.waitForTimeout(1500); // let the force layout settle for the screenshot
    await page.screenshot({ path: path.join(SCREENSHOTS, 'neo4j-browser-guide.png') });
    await page.close();
  });
});
