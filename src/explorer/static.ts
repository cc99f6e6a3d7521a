/**
 * Serving a few fixed files from disk: the GraphiQL and React bundles out of node_modules, the
 * Neo4j Browser guide and style out of docs/. Paths are fixed by code, never taken from the URL.
 */
import { readFile } from 'node:fs/promises';
import type http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The directory of an installed package (through its package.json, which each one exports). */
export function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

export interface StaticFile {
  readonly file: string;
  readonly contentType: string;
  /** Extra response headers (CORS for the Neo4j Browser guide). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Reads the file once, on first request, and keeps it in memory (they are at most ~1 MB). */
export function staticFileServer(): (response: http.ServerResponse, entry: StaticFile, head: boolean) => Promise<void> {
  const cache = new Map<string, Buffer>();
  return async (response, entry, head) => {
    let body = cache.get(entry.file);
    if (!body) {
      body = await readFile(entry.file);
      cache.set(entry.file, body);
    }
    sendBody(
      response,
      200,
      entry.contentType,
      body,
      { 'cache-control': 'public, max-age=3600', ...entry.headers },
      head,
    );
  };
}

export function sendBody(
  response: http.ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Readonly<Record<string, string>> = {},
  head = false,
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(head ? undefined : body);
}
