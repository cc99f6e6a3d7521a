/**
 * The explorer's HTTP routes, tried before /graphql:
 * - GET /graphiql — GraphiQL, offline (and its assets under /graphiql/…);
 * - GET /graphql from a browser (Accept: text/html, no query) — redirected to /graphiql;
 * - GET /browser-guide — the Neo4j Browser guide (`:guide http://localhost:4000/browser-guide`),
 *   GET /browser-guide/style.grass — its style (`:style http://localhost:4000/browser-guide/style.grass`).
 *   Neo4j Browser fetches them cross-origin with `pragma`/`cache-control` headers, so they answer
 *   the CORS preflight. They are public documentation files; no credentials are involved.
 */
import type http from 'node:http';
import path from 'node:path';
import type { HttpRoute } from '../http/httpServer.js';
import { PROJECT_ROOT } from '../projectRoot.js';
import {
  EXPLORER_CSS,
  EXPLORER_JS,
  GRAPHIQL_CSP,
  graphiqlAssets,
  loadExamples,
  renderGraphiqlPage,
} from './graphiql.js';
import { sendBody, staticFileServer, type StaticFile } from './static.js';

export interface ExplorerOptions {
  /** Where the example queries are (default: examples/). */
  readonly examplesDir?: string;
  /** Where the Neo4j Browser guide and style are (default: docs/neo4j-browser/). */
  readonly browserGuideDir?: string;
}

export const GRAPHIQL_PATH = '/graphiql';
export const BROWSER_GUIDE_PATH = '/browser-guide';
export const BROWSER_STYLE_PATH = '/browser-guide/style.grass';

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'pragma, cache-control, content-type',
  'access-control-max-age': '600',
};

function wantsHtml(request: http.IncomingMessage): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

export function createExplorerRoute(options: ExplorerOptions = {}): HttpRoute {
  const examples = loadExamples(options.examplesDir ?? path.join(PROJECT_ROOT, 'examples'));
  const guideDir = options.browserGuideDir ?? path.join(PROJECT_ROOT, 'docs/neo4j-browser');
  const page = renderGraphiqlPage(examples, '/graphql');
  const files: Record<string, StaticFile> = {
    ...graphiqlAssets(),
    [BROWSER_GUIDE_PATH]: {
      file: path.join(guideDir, 'guide.html'),
      contentType: 'text/html; charset=utf-8',
      headers: { ...CORS_HEADERS, 'cache-control': 'no-cache' },
    },
    [BROWSER_STYLE_PATH]: {
      file: path.join(guideDir, 'style.grass'),
      contentType: 'text/plain; charset=utf-8',
      headers: { ...CORS_HEADERS, 'cache-control': 'no-cache' },
    },
  };
  const serveFile = staticFileServer();

  return async (request, response, url) => {
    const method = request.method ?? 'GET';
    const head = method === 'HEAD';
    const { pathname } = url;

    if (pathname === BROWSER_GUIDE_PATH || pathname === BROWSER_STYLE_PATH) {
      if (method === 'OPTIONS') {
        // Neo4j Browser adds pragma, cache-control and its tracing headers (sentry-trace, baggage):
        // allow whichever request headers the preflight names — the answer is a public file either way.
        const asked = request.headers['access-control-request-headers'];
        const allowHeaders = typeof asked === 'string' && /^[\w\-, ]{1,500}$/.test(asked) ? asked : undefined;
        response.writeHead(204, {
          ...CORS_HEADERS,
          ...(allowHeaders ? { 'access-control-allow-headers': allowHeaders } : {}),
        });
        response.end();
        return true;
      }
    }
    if (method !== 'GET' && !head) return false;

    if (pathname === '/favicon.ico') {
      response.writeHead(204, { 'cache-control': 'public, max-age=86400' });
      response.end();
      return true;
    }
    if (pathname === '/graphql' && wantsHtml(request) && !url.searchParams.has('query')) {
      response.writeHead(302, { location: GRAPHIQL_PATH, 'content-length': 0 });
      response.end();
      return true;
    }
    if (pathname === GRAPHIQL_PATH || pathname === `${GRAPHIQL_PATH}/`) {
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
    if (pathname === `${GRAPHIQL_PATH}/explorer.js`) {
      sendBody(response, 200, 'text/javascript; charset=utf-8', EXPLORER_JS, { 'cache-control': 'no-cache' }, head);
      return true;
    }
    if (pathname === `${GRAPHIQL_PATH}/explorer.css`) {
      sendBody(response, 200, 'text/css; charset=utf-8', EXPLORER_CSS, { 'cache-control': 'no-cache' }, head);
      return true;
    }
    const file = files[pathname];
    if (file) {
      await serveFile(response, file, head);
      return true;
    }
    return false;
  };
}
