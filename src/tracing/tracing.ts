/**
 * OpenTelemetry tracing of the API, with the official packages. A request is one trace (or joins
 * the caller's, from its W3C `traceparent`): the HTTP request's server span, and under it
 * `graphql.parse`, `graphql.validate`, `graphql.execute`, and one span per Cypher statement, named
 * after the statement (`companies.byKeys`), with its duration, rows and mode. The response carries
 * the server span's own `traceparent`.
 *
 * Off unless configured (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT): then no
 * Tracing exists, app.ts adds no listener, plugin or observer, and a request runs no tracing code at
 * all. The provider is this server's own (not registered globally), so servers in one process
 * (tests, benchmarks) do not share spans.
 */
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context as OtelContext,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { QueryEvent } from '../db/database.js';

export interface TracingConfig {
  /** Where spans go: an OTLP/HTTP traces endpoint (`…/v1/traces`). */
  readonly otlpTracesUrl: string;
  readonly serviceName: string;
}

/** One request's spans: its server span, and the span its Cypher statements belong under. */
export class RequestTrace {
  /** The phase running now (`graphql.execute` once execution started): parent of statement spans. */
  private phase: OtelContext;
  constructor(
    private readonly tracer: Tracer,
    readonly span: Span,
    readonly context: OtelContext,
    private readonly database: string | undefined,
  ) {
    this.phase = context;
  }

  /** A child of the server span, for a phase of the request. */
  startPhase(name: string, attributes: Attributes = {}): Span {
    return this.tracer.startSpan(name, { attributes }, this.context);
  }

  /** Statements run from now on are children of `span` (until `endPhase`). */
  enterPhase(span: Span): void {
    this.phase = trace.setSpan(this.context, span);
  }

  endPhase(): void {
    this.phase = this.context;
  }

  /** A finished statement, as the span it was: it started `durationMs` before now. */
  statement(event: QueryEvent): void {
    const end = performance.timeOrigin + performance.now();
    const span = this.tracer.startSpan(
      event.name,
      {
        kind: SpanKind.CLIENT,
        startTime: end - event.durationMs,
        attributes: {
          'db.system.name': 'neo4j',
          'db.query.summary': event.name,
          'db.operation.name': event.mode,
          'db.response.returned_rows': event.rows,
          ...(this.database ? { 'db.namespace': this.database } : {}),
        },
      },
      this.phase,
    );
    if (event.error !== undefined) setError(span, event.error);
    span.end(end);
  }
}

function setError(span: Span, error: unknown): void {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  // The type and code only: a driver message may quote data, and traces leave this process.
  span.setAttribute('error.type', code ?? (error instanceof Error ? error.name : 'error'));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

const propagator = new W3CTraceContextPropagator();

const headerGetter = {
  get(carrier: http.IncomingHttpHeaders, key: string): string | undefined {
    const value = carrier[key];
    return Array.isArray(value) ? value[0] : value;
  },
  keys(carrier: http.IncomingHttpHeaders): string[] {
    return Object.keys(carrier);
  },
};

export class Tracing {
  private readonly tracer: Tracer;
  private readonly requests = new WeakMap<http.IncomingMessage, RequestTrace>();

  constructor(
    private readonly provider: BasicTracerProvider,
    private readonly database: string | undefined = undefined,
  ) {
    this.tracer = provider.getTracer('company-kg');
  }

  /** A server's tracing; `processor` is where finished spans go (a test's in-memory exporter, say). */
  static withProcessor(processor: SpanProcessor, serviceName = 'company-kg', database?: string): Tracing {
    const resource = resourceFromAttributes({ 'service.name': serviceName });
    return new Tracing(new BasicTracerProvider({ resource, spanProcessors: [processor] }), database);
  }

  /** Spans exported over OTLP/HTTP in batches (the exporter's other OTEL_EXPORTER_OTLP_* settings apply). */
  static otlp(config: TracingConfig, database?: string): Tracing {
    const exporter = new OTLPTraceExporter({ url: config.otlpTracesUrl });
    return Tracing.withProcessor(new BatchSpanProcessor(exporter), config.serviceName, database);
  }

  /**
   * Opens a server span for every request `server` receives (joining the caller's trace from its
   * `traceparent`) and answers with the span's own `traceparent`. Runs before the server's own
   * handler (a prepended listener), so the header is set before any response is written.
   */
  instrument(server: http.Server): void {
    server.prependListener('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
      const method = request.method ?? 'GET';
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      const parent = propagator.extract(ROOT_CONTEXT, request.headers, headerGetter);
      // Only the GraphQL route is named by its path; any other path would make span names unbounded.
      const span = this.tracer.startSpan(
        path === '/graphql' ? `${method} /graphql` : method,
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': method, 'url.path': path, 'url.scheme': 'http' },
        },
        parent,
      );
      const context = trace.setSpan(parent, span);
      const carrier: Record<string, string> = {};
      propagator.inject(context, carrier, {
        set: (c, key, value) => {
          c[key] = value;
        },
      });
      for (const [key, value] of Object.entries(carrier)) response.setHeader(key, value);
      this.requests.set(request, new RequestTrace(this.tracer, span, context, this.database));
      let ended = false;
      const end = (): void => {
        if (ended) return;
        ended = true;
        span.setAttribute('http.response.status_code', response.statusCode);
        if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
      response.once('finish', end);
      response.once('close', end);
    });
  }

  /** The trace of a request `instrument` saw. */
  requestTrace(request: http.IncomingMessage): RequestTrace | undefined {
    return this.requests.get(request);
  }

  /** Spans for parse, validate and execute, under the request's server span (the context's `trace`). */
  plugin<TContext extends { readonly trace?: RequestTrace | undefined }>(): ApolloServerPlugin<TContext> {
    return {
      async requestDidStart({ contextValue }) {
        const requestTrace = contextValue.trace;
        if (!requestTrace) return;
        return {
          async parsingDidStart() {
            const span = requestTrace.startPhase('graphql.parse');
            return async (error) => {
              if (error) setError(span, error);
              span.end();
            };
          },
          async validationDidStart() {
            const span = requestTrace.startPhase('graphql.validate');
            return async (errors) => {
              if (errors?.length) setError(span, errors[0]);
              span.end();
            };
          },
          async didResolveOperation({ operation, operationName }) {
            if (operation) requestTrace.span.setAttribute('graphql.operation.type', operation.operation);
            if (operationName) requestTrace.span.setAttribute('graphql.operation.name', operationName);
          },
          async executionDidStart({ operation, operationName }) {
            const span = requestTrace.startPhase('graphql.execute', {
              ...(operation ? { 'graphql.operation.type': operation.operation } : {}),
              ...(operationName ? { 'graphql.operation.name': operationName } : {}),
            });
            requestTrace.enterPhase(span);
            return {
              async executionDidEnd(error) {
                requestTrace.endPhase();
                if (error) setError(span, error);
                span.end();
              },
            };
          },
          async willSendResponse({ response }) {
            if (response.body.kind === 'single' && response.body.singleResult.errors?.length)
              requestTrace.span.setAttribute('graphql.error.count', response.body.singleResult.errors.length);
          },
        };
      },
    };
  }

  /** Sends the spans still buffered and stops (at shutdown). */
  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}
