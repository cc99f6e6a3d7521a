/**
 * The HTTP front of the API on node:http: `/graphql` (Apollo Server), `/health/live` and
 * `/health/ready`. Written against Apollo's executeHTTPGraphQLRequest (as the official framework
 * integrations are) so the body size limit, the JSON nesting limit, the per-request deadline and
 * the health routes are ours to set.
 *
 * Every GraphQL request gets an AbortSignal that aborts at its deadline or when its client goes
 * away; the context hands it to the database (calls end, Neo4j's work is RESET) and to execution
 * (src/limits/abortableResolvers.ts). At the deadline the client is answered TIMEOUT at once.
 */
import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logging.js';
import { resolvePersistedRequest } from '../persisted/persistedRequest.js';
import type { TrustedDocuments } from '../persisted/trustedDocuments.js';
import { withRequestId } from '../plugins/requestIdPlugin.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './jsonDepth.js';

/** A caller's own request id is kept when it looks like one; otherwise a new one is made. */
function requestIdOf(request: http.IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

/**
 * An extra route (e.g. the offline explorer): returns true when it handled the request.
 * Routes are tried in order before `/graphql`.
 */
export type HttpRoute = (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => Promise<boolean>;

/** The HTTP server's own protections against slow and numerous clients (README, "Limits"). */
export interface HttpTimeouts {
  /** The request's headers must arrive within this (slow-header clients). */
  readonly headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** Connections beyond this many are refused. */
  readonly maxConnections: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
});

export interface HttpServerOptions {
  readonly routes?: readonly HttpRoute[];
  readonly apollo: ApolloServer<Context>;
  readonly createContext: (request: http.IncomingMessage, requestId: string, signal: AbortSignal) => Promise<Context>;
  readonly logger: Logger;
  /** Readiness: true when the database answers. */
  readonly isReady: () => Promise<boolean>;
  readonly maxBodyBytes: number;
  /** A GraphQL request's deadline (ms from when its body has arrived). */
  readonly requestDeadlineMs: number;
  readonly timeouts?: HttpTimeouts;
  /** Trusted documents: `documentId` and listed hashes resolve to their text; `listed-only` refuses the rest here. */
  readonly trustedDocuments?: TrustedDocuments;
}

/** Why a request's signal aborted; the message reaches the database error and the logs. */
class RequestDeadlineError extends Error {}
class ClientGoneError extends Error {}

class BodyTooLargeError extends Error {}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** An error the HTTP server answers itself, before (or instead of) Apollo. */
function graphqlError(
  response: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  requestId?: string,
): void {
  const error = { message, extensions: { code } };
  sendJson(response, status, { errors: [requestId ? withRequestId(error, requestId) : error] });
}

export function createHttpServer(options: HttpServerOptions): http.Server {
  const timeouts = options.timeouts ?? DEFAULT_HTTP_TIMEOUTS;
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      // Node checks the two timeouts above this often (default 30 s: a slow client would get 30 s more).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
    },
    (request, response) => {
      handle(request, response, options).catch((error: unknown) => {
        options.logger.error({ err: error }, 'unhandled HTTP error');
        if (!response.headersSent) graphqlError(response, 500, ErrorCode.INTERNAL, 'Internal error.');
        else response.destroy(error instanceof Error ? error : undefined);
      });
    },
  );
  server.maxConnections = timeouts.maxConnections;
  return server;
}

/** The GET parameters Apollo parses as JSON: held to the same nesting limit as a POST body. */
const JSON_SEARCH_PARAMS = ['variables', 'extensions'];

function tooDeep(response: http.ServerResponse, requestId: string): void {
  graphqlError(
    response,
    400,
    ErrorCode.BAD_USER_INPUT,
    `Request JSON is nested more than ${MAX_JSON_DEPTH} levels deep; no operation of this API needs that.`,
    requestId,
  );
}

/**
 * A POST's JSON body, or a GET's search parameters (rewritten in `url`), with its trusted document
 * resolved (src/persisted/persistedRequest.ts). Other bodies are Apollo's to refuse.
 */
function resolveTrustedDocument(
  method: string | undefined,
  body: unknown,
  url: URL,
  documents: TrustedDocuments,
): { kind: 'pass'; body: unknown } | { kind: 'refuse'; status: number; code: ErrorCode; message: string } {
  if (method === 'POST') {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'pass', body };
    const resolved = resolvePersistedRequest(body as Record<string, unknown>, documents);
    return resolved.kind === 'pass' ? { kind: 'pass', body: resolved.params } : resolved;
  }
  const search = url.searchParams;
  let extensions: unknown;
  try {
    extensions = search.has('extensions') ? JSON.parse(search.get('extensions')!) : undefined;
  } catch {
    return { kind: 'pass', body }; // Apollo answers malformed `extensions` itself
  }
  const resolved = resolvePersistedRequest(
    {
      ...(search.has('documentId') ? { documentId: search.get('documentId') } : {}),
      ...(search.has('query') ? { query: search.get('query') } : {}),
      extensions,
    },
    documents,
  );
  if (resolved.kind === 'refuse') return resolved;
  search.delete('documentId');
  if (typeof resolved.params.query === 'string') search.set('query', resolved.params.query);
  return { kind: 'pass', body };
}

async function handle(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  options: HttpServerOptions,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const requestId = requestIdOf(request);
  response.setHeader('x-request-id', requestId);
  if (url.pathname === '/health/live') {
    sendJson(response, 200, { status: 'ok' });
    return;
  }
  if (url.pathname === '/health/ready') {
    const ready = await options.isReady();
    sendJson(response, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', database: ready ? 'up' : 'down' });
    return;
  }
  for (const route of options.routes ?? []) {
    if (await route(request, response, url)) return;
  }
  if (url.pathname !== '/graphql') {
    sendJson(response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' });
    return;
  }

  let body: unknown;
  if (request.method === 'POST') {
    let text: string;
    try {
      text = await readBody(request, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        options.logger.info(
          { requestId, outcome: 'error', errorCodes: [ErrorCode.QUERY_TOO_COMPLEX], status: 413 },
          'request body too large',
        );
        graphqlError(
          response,
          413,
          ErrorCode.QUERY_TOO_COMPLEX,
          `Request body is larger than the limit of ${options.maxBodyBytes} bytes.`,
          requestId,
        );
        return;
      }
      throw error;
    }
    const contentType = request.headers['content-type'] ?? '';
    if (contentType.includes('application/json')) {
      if (exceedsJsonDepth(text)) {
        tooDeep(response, requestId);
        return;
      }
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        graphqlError(response, 400, ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON.', requestId);
        return;
      }
    } else {
      body = text;
    }
  }

  if (JSON_SEARCH_PARAMS.some((name) => exceedsJsonDepth(url.searchParams.get(name) ?? ''))) {
    tooDeep(response, requestId);
    return;
  }

  if (options.trustedDocuments) {
    const resolved = resolveTrustedDocument(request.method, body, url, options.trustedDocuments);
    if (resolved.kind === 'refuse') {
      options.logger.info(
        { requestId, outcome: 'error', errorCodes: [resolved.code], status: resolved.status },
        'document refused',
      );
      graphqlError(response, resolved.status, resolved.code, resolved.message, requestId);
      return;
    }
    body = resolved.body;
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const controller = new AbortController();
  const clientGone = (): void => {
    if (!response.writableFinished) controller.abort(new ClientGoneError('The client closed the connection.'));
  };
  response.once('close', clientGone);
  let deadlineTimer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    deadlineTimer = setTimeout(() => resolve('deadline'), options.requestDeadlineMs);
  });
  const execution = options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
    context: () => options.createContext(request, requestId, controller.signal),
  });
  let result: Awaited<typeof execution> | 'deadline';
  try {
    result = await Promise.race([execution, deadline]);
  } finally {
    clearTimeout(deadlineTimer);
  }
  if (result === 'deadline') {
    controller.abort(
      new RequestDeadlineError(`The request did not finish within its deadline of ${options.requestDeadlineMs} ms.`),
    );
    // Execution winds down on its own (every database call and field now fails at once).
    execution.catch((error: unknown) => options.logger.error({ err: error, requestId }, 'request after deadline'));
    options.logger.info(
      {
        requestId,
        outcome: 'error',
        errorCodes: [ErrorCode.TIMEOUT],
        status: 504,
        deadlineMs: options.requestDeadlineMs,
      },
      'request deadline passed',
    );
    graphqlError(
      response,
      504,
      ErrorCode.TIMEOUT,
      `The request took longer than its deadline of ${options.requestDeadlineMs} ms and was stopped.`,
      requestId,
    );
    return;
  }
  if (controller.signal.aborted) return; // the client is gone: nobody to answer
  response.off('close', clientGone);
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
