/**
 * Tracing (src/tracing/): one request over real HTTP against the real Neo4j, its spans caught by
 * the SDK's in-memory exporter. The tree: the server span (joining the caller's trace from its
 * `traceparent`), under it parse, validate and execute, and under execute one span per Cypher
 * statement, named as the statement is — the same statements the database layer saw run.
 */
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import type { Database, QueryEvent } from '../../src/db/database.js';
import { Tracing } from '../../src/tracing/tracing.js';
import { OPEN_READS, startApi } from '../../src/app.js';
import { connectTestDatabase } from '../kit/database.js';

const exporter = new InMemorySpanExporter();
const tracing = Tracing.withProcessor(new SimpleSpanProcessor(exporter), 'company-kg-test');
const statements: QueryEvent[] = [];
let db: Database;
let api: RunningApi;

const QUERY = /* GraphQL */ `
  query TracedCompany($key: ID!) {
    company(id: $key) {
      name
      services {
        name
      }
    }
  }
`;
const CALLER_TRACE = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';

beforeAll(async () => {
  db = connectTestDatabase();
  api = await startApi({
    db: db.withObserver((event) => statements.push(event)),
    host: '127.0.0.1',
    port: 0,
    production: false,
    auth: OPEN_READS,
    tracing,
  });
});

afterAll(async () => {
  await api?.close();
  await tracing.shutdown();
  await db?.close();
});

/** The server span ends when the response has been written: a moment after the client has read it. */
async function spansOfTrace(traceId: string): Promise<ReadableSpan[]> {
  for (let i = 0; i < 100; i++) {
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    if (spans.some((s) => s.name === 'POST /graphql')) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the server span never ended');
}

describe('tracing', () => {
  it('answers one request with the span tree HTTP → parse, validate, execute → each Cypher statement', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` },
      body: JSON.stringify({ query: QUERY, variables: { key: 'iij' } }),
    });
    expect(response.status).toBe(200);
    await response.json();

    // Out: the same trace, this server's span as the parent to quote.
    const traceparent = response.headers.get('traceparent');
    expect(traceparent).toMatch(new RegExp(`^00-${CALLER_TRACE}-[0-9a-f]{16}-01$`));
    const serverSpanId = traceparent!.split('-')[2];

    const spans = await spansOfTrace(CALLER_TRACE);
    const server = spans.find((s) => s.name === 'POST /graphql')!;
    expect(server.spanContext().spanId).toBe(serverSpanId);
    expect(server.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(server.attributes).toMatchObject({
      'http.request.method': 'POST',
      'url.path': '/graphql',
      'http.response.status_code': 200,
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'TracedCompany',
    });

    const childrenOf = (parent: ReadableSpan) =>
      spans.filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);
    expect(childrenOf(server).map((s) => s.name)).toEqual(['graphql.parse', 'graphql.validate', 'graphql.execute']);

    const execute = childrenOf(server).find((s) => s.name === 'graphql.execute')!;
    const cypher = childrenOf(execute);
    // One span per statement the database layer ran, named by the statement, in the same order.
    expect(cypher.map((s) => s.name)).toEqual(statements.map((e) => e.name));
    expect(cypher.length).toBeGreaterThan(0);
    for (const span of cypher) {
      expect(span.attributes['db.system.name']).toBe('neo4j');
      expect(span.attributes['db.query.summary']).toBe(span.name);
      expect(span.attributes['db.operation.name']).toBe('read');
      expect(typeof span.attributes['db.response.returned_rows']).toBe('number');
      const durationMs = span.duration[0] * 1e3 + span.duration[1] / 1e6;
      const event = statements.find((e) => e.name === span.name)!;
      expect(durationMs).toBeCloseTo(event.durationMs, 0);
    }
    // Nothing else was made: the tree is the whole trace.
    expect(spans).toHaveLength(4 + cypher.length);
  });

  it('starts a new trace when the caller sends none', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await response.json();
    const traceparent = response.headers.get('traceparent');
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const spans = await spansOfTrace(traceparent!.split('-')[1]!);
    expect(spans.find((s) => s.name === 'POST /graphql')!.parentSpanContext).toBeUndefined();
  });
});
