/**
 * The fact sheet's HTTP routes, tried before /graphql:
 * - GET /companies — the companies of the graph, each linking to its page;
 * - GET /companies/<key> — a company's fact sheet: one static page whose script reads the company
 *   through the public /graphql endpoint with the documents of factSheet.graphql;
 * - GET /fact-sheet/… — its script and style (src/factSheet/public/) and uPlot, served from
 *   node_modules. The page's Content-Security-Policy is GraphiQL's: this origin only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpRoute } from '../http/httpServer.js';
import { GRAPHIQL_CSP } from '../explorer/graphiql.js';
import { packageDir, sendBody, staticFileServer, type StaticFile } from '../explorer/static.js';
import { operationDocuments } from './operationDocuments.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const COMPANIES_PATH = '/companies';
export const FACT_SHEET_ASSETS = '/fact-sheet';

/** A company key as the graph writes them (`iij`, `hoshizora`, `co-00001`); anything else is not a page. */
const COMPANY_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page: the same HTML for every company; the script reads the key from the address. */
export function renderFactSheetPage(documents: Readonly<Record<string, string>>, endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>company-kg · fact sheet</title>
<link rel="stylesheet" href="${FACT_SHEET_ASSETS}/vendor/uPlot.min.css">
<link rel="stylesheet" href="${FACT_SHEET_ASSETS}/factSheet.css">
</head>
<body>
<header class="fs-bar">
  <a href="${COMPANIES_PATH}" class="fs-home"><strong>company-kg</strong> fact sheets</a>
  <form id="fs-time" class="fs-time" aria-label="As the graph knew it">
    <label>Known at <input type="date" id="fs-known-at" name="knownAt"></label>
    <button type="button" id="fs-known-clear" title="Everything the graph holds">today</button>
    <fieldset class="fs-rule"><legend>Figures</legend>
      <label><input type="radio" name="reported" value="LATEST" checked> latest</label>
      <label><input type="radio" name="reported" value="FIRST_REPORTED"> first reported</label>
    </fieldset>
  </form>
  <a href="/graphiql">GraphiQL</a>
</header>
<div class="fs-layout">
<main id="fs-main" tabindex="-1"><p class="fs-loading">Loading…</p></main>
<aside id="fs-doc" class="fs-doc" hidden aria-label="Document" tabindex="-1"></aside>
</div>
<script id="fs-data" type="application/json">${scriptJson({ endpoint, documents })}</script>
<script src="${FACT_SHEET_ASSETS}/vendor/uPlot.iife.min.js"></script>
<script src="${FACT_SHEET_ASSETS}/factSheet.js"></script>
</body>
</html>
`;
}

export function createFactSheetRoute(): HttpRoute {
  const documents = operationDocuments(readFileSync(path.join(HERE, 'factSheet.graphql'), 'utf8'));
  const page = renderFactSheetPage(documents, '/graphql');
  const uplot = packageDir('uplot');
  const files: Record<string, StaticFile> = {
    [`${FACT_SHEET_ASSETS}/vendor/uPlot.iife.min.js`]: {
      file: path.join(uplot, 'dist/uPlot.iife.min.js'),
      contentType: 'text/javascript; charset=utf-8',
    },
    [`${FACT_SHEET_ASSETS}/vendor/uPlot.min.css`]: {
      file: path.join(uplot, 'dist/uPlot.min.css'),
      contentType: 'text/css; charset=utf-8',
    },
    // The page's own script and style change with the code: revalidated on every load.
    [`${FACT_SHEET_ASSETS}/factSheet.js`]: {
      file: path.join(HERE, 'public/factSheet.js'),
      contentType: 'text/javascript; charset=utf-8',
      headers: { 'cache-control': 'no-cache' },
    },
    [`${FACT_SHEET_ASSETS}/factSheet.css`]: {
      file: path.join(HERE, 'public/factSheet.css'),
      contentType: 'text/css; charset=utf-8',
      headers: { 'cache-control': 'no-cache' },
    },
  };
  const serveFile = staticFileServer();

  return async (request, response, url) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return false;
    const head = method === 'HEAD';
    const { pathname } = url;
    const file = files[pathname];
    if (file) {
      await serveFile(response, file, head);
      return true;
    }
    const isIndex = pathname === COMPANIES_PATH || pathname === `${COMPANIES_PATH}/`;
    const key = pathname.startsWith(`${COMPANIES_PATH}/`) ? pathname.slice(COMPANIES_PATH.length + 1) : '';
    if (isIndex || COMPANY_KEY.test(key)) {
      sendBody(
        response,
        200,
        'text/html; charset=utf-8',
        page,
        { 'content-security-policy': GRAPHIQL_CSP, 'cache-control': 'no-cache', 'referrer-policy': 'no-referrer' },
        head,
      );
      return true;
    }
    return false;
  };
}
