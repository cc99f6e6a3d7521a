/** Tracing's configuration (src/config.ts): OpenTelemetry's own variables, validated at start. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';

const base = { NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'secret-password' };

describe('tracing configuration', () => {
  it('is off without an OTLP endpoint', () => {
    expect(readConfig(base).tracing).toBeUndefined();
  });

  it('appends /v1/traces to the general endpoint and takes the traces endpoint as given', () => {
    expect(readConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      otlpTracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'company-kg',
    });
    const both = readConfig({
      ...base,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/ingest',
      OTEL_SERVICE_NAME: 'kg-eu',
    });
    expect(both.tracing).toEqual({ otlpTracesUrl: 'https://traces.example/ingest', serviceName: 'kg-eu' });
  });

  it('is off with OTEL_SDK_DISABLED=true whatever the endpoint', () => {
    const config = readConfig({
      ...base,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_SDK_DISABLED: 'true',
    });
    expect(config.tracing).toBeUndefined();
  });

  it('refuses an endpoint that is not an http(s) URL, naming the variable', () => {
    expect(() => readConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317' })).toThrow(ConfigError);
    expect(() => readConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });
});
