/**
 * GraphiQL, offline: one HTML page, a small boot script, and the UMD bundles of GraphiQL 3 and
 * React 18 served from node_modules. The page's Content-Security-Policy only allows this origin,
 * so nothing it does can reach the internet. The example queries of examples/ open as tabs and in
 * a picker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageDir, type StaticFile } from './static.js';

export interface ExampleQuery {
  /** The operation name, which is also the file name. */
  readonly name: string;
  /** The analyst's question: the first `#` comment line of the file. */
  readonly question: string;
  readonly query: string;
}

/** Reads examples/*.graphql (sorted by name); a missing folder gives no examples. */
export function loadExamples(dir: string): ExampleQuery[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const query = readFileSync(path.join(dir, file), 'utf8');
    const firstLine = query.split('\n', 1)[0] ?? '';
    return {
      name: file.slice(0, -'.graphql'.length),
      question: firstLine.startsWith('#') ? firstLine.replace(/^#\s*/, '') : '',
      query,
    };
  });
}

/** The vendored files the page loads, by their URL under /graphiql/. */
export function graphiqlAssets(): Record<string, StaticFile> {
  const graphiql = packageDir('graphiql');
  const react = packageDir('react');
  const reactDom = packageDir('react-dom');
  const js = 'text/javascript; charset=utf-8';
  return {
    '/graphiql/vendor/react.production.min.js': {
      file: path.join(react, 'umd/react.production.min.js'),
      contentType: js,
    },
    '/graphiql/vendor/react-dom.production.min.js': {
      file: path.join(reactDom, 'umd/react-dom.production.min.js'),
      contentType: js,
    },
    '/graphiql/vendor/graphiql.min.js': { file: path.join(graphiql, 'graphiql.min.js'), contentType: js },
    '/graphiql/vendor/graphiql.min.css': {
      file: path.join(graphiql, 'graphiql.min.css'),
      contentType: 'text/css; charset=utf-8',
    },
  };
}

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderGraphiqlPage(examples: readonly ExampleQuery[], endpoint: string): string {
  const options = examples
    .map((e) => `<option value="${escapeHtml(e.name)}">${escapeHtml(e.question || e.name)}</option>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>company-kg · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/vendor/graphiql.min.css">
<link rel="stylesheet" href="/graphiql/explorer.css">
</head>
<body>
<header class="kg-bar">
  <strong>company-kg</strong>
  <label>Example <select id="kg-example"><option value="">— pick a question —</option>${options}</select></label>
  <a href="?reset" title="Forget edited tabs and open the examples again">reset tabs</a>
  <a href="/browser-guide" title="The Neo4j Browser guide (open it in Neo4j Browser with :guide)">Neo4j Browser guide</a>
  <a href="/companies/iij" title="IIJ's figures as charts, each number one click from its quote">IIJ fact sheet</a>
  <a href="/companies" title="Every company's fact sheet">companies</a>
</header>
<main id="graphiql"><p class="kg-loading">Loading GraphiQL…</p></main>
<script id="kg-data" type="application/json">${scriptJson({ endpoint, examples })}</script>
<script src="/graphiql/vendor/react.production.min.js"></script>
<script src="/graphiql/vendor/react-dom.production.min.js"></script>
<script src="/graphiql/vendor/graphiql.min.js"></script>
<script src="/graphiql/explorer.js"></script>
</body>
</html>
`;
}

export const EXPLORER_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.kg-bar { display: flex; gap: 1.2em; align-items: center; padding: 6px 12px; font-size: 14px;
  border-bottom: 1px solid #ddd; background: #f7f7f9; }
.kg-bar select { max-width: 42em; }
.kg-bar a { color: #1f61a0; }
#graphiql { flex: 1; min-height: 0; }
.kg-loading { padding: 2em; }
`;

/** The boot script (plain ES2019, no build step). */
export const EXPLORER_JS = `'use strict';
(function () {
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var params = new URLSearchParams(window.location.search);
  if (params.has('reset')) {
    Object.keys(window.localStorage)
      .filter(function (key) { return key.indexOf('graphiql:') === 0; })
      .forEach(function (key) { window.localStorage.removeItem(key); });
    window.history.replaceState(null, '', window.location.pathname);
  }
  var byName = {};
  data.examples.forEach(function (e) { byName[e.name] = e; });
  var fetcher = GraphiQL.createFetcher({ url: data.endpoint });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var tabs = data.examples.map(function (e) { return { query: e.query }; });
  function render(query) {
    var props = {
      fetcher: fetcher,
      defaultTabs: tabs.length > 0 ? tabs : undefined,
      defaultEditorToolsVisibility: false,
      shouldPersistHeaders: false,
    };
    // Setting \`query\` replaces the text of the active tab (GraphiQL 3 keeps the editor in sync with it).
    if (query !== undefined) props.query = query;
    root.render(React.createElement(GraphiQL, props));
  }
  render(undefined);
  var picker = document.getElementById('kg-example');
  picker.addEventListener('change', function () {
    var example = byName[picker.value];
    if (!example) return;
    // Switch to the example's own tab when it is still open; otherwise load it into the active tab.
    var buttons = document.querySelectorAll('.graphiql-tab .graphiql-tab-button');
    for (var i = 0; i < buttons.length; i += 1) {
      if (buttons[i].textContent.trim() === example.name) {
        buttons[i].click();
        return;
      }
    }
    render(example.query);
  });
})();
`;
