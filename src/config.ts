/**
 * The API's configuration, parsed once from the environment. Every problem is reported at once,
 * naming the variable; the result is frozen.
 *
 * With NEO4J_URI unset the project's local Neo4j is used (and started when needed); with it set,
 * that server is used and nothing is started.
 */
import { z } from 'zod';
import { formatZodIssues } from './configErrors.js';
import { readLocalNeo4jSettings } from './localNeo4j/settings.js';

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** Comma-separated SHA-256 hex digests (of API keys: the keys themselves are never configured). */
const digestList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .filter((d) => d.length > 0),
  )
  .refine((digests) => digests.every((d) => /^[0-9a-f]{64}$/.test(d)), {
    message: 'must be comma-separated SHA-256 hex digests of the keys (64 hex characters each)',
  });

/** An OTLP/HTTP endpoint: http(s) URL, or unset. */
const otlpUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .refine((v) => v === undefined || /^https?:\/\/[^\s/]+/.test(v), { message: 'must be an http:// or https:// URL' });

const Env = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || NEO4J_SCHEMES.some((s) => v.startsWith(`${s}://`)), {
      message: `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    }),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  KG_SEED_ON_START: z.enum(['if-empty', 'always', 'never']).default('if-empty'),
  KG_CURATOR_KEY_SHA256: digestList,
  KG_READER_KEY_SHA256: digestList,
  KG_REQUIRE_READ_KEY: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(false),
  KG_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 secret)').optional(),
  KG_INTROSPECTION: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .optional(),
  KG_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
  KG_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
  KG_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(10),
  KG_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(2_000),
  KG_MAX_COST: z.coerce.number().int().min(1).default(100_000),
  KG_MAX_BODY_BYTES: z.coerce.number().int().min(1_000).max(10_000_000).default(100_000),
  KG_PREFETCH: z.enum(['warm', 'always', 'off']).default('warm'),
  KG_REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  KG_HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  KG_HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  KG_HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  KG_HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
  KG_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  KG_JWT_MAX_LIFETIME_S: z.coerce.number().int().min(60).max(31_536_000).default(86_400),
  KG_JWT_ISSUER: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  KG_JWT_AUDIENCE: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  KG_TRUSTED_DOCUMENTS: z.enum(['open', 'listed-or-key', 'listed-only']).default('open'),
  KG_TRUSTED_DOCUMENTS_MANIFEST: z.string().trim().min(1).default('examples/app/src/gql/persisted-documents.json'),
  KG_RATE_LIMIT_POINTS: z.coerce.number().int().min(0).default(500_000),
  KG_RATE_LIMIT_ANONYMOUS_POINTS: z.coerce.number().int().min(1).default(100_000),
  KG_RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // OpenTelemetry's own variables (src/tracing/): tracing is on when an OTLP endpoint is set.
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl,
  OTEL_SERVICE_NAME: z.string().trim().min(1).default('company-kg'),
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).default('false'),
});

/** Every variable the API reads (the local server's KG_LOCAL_NEO4J_* ones are in localNeo4j/settings.ts). */
export const CONFIG_ENV_VARS: readonly string[] = Object.keys(Env.shape);

export interface Neo4jTarget {
  readonly kind: 'local' | 'external';
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface Config {
  readonly neo4j: Neo4jTarget;
  readonly host: string;
  readonly port: number;
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly queryTimeoutMs: number;
  readonly seedOnStart: 'if-empty' | 'always' | 'never';
  readonly auth: AuthConfig;
  readonly limits: LimitsConfig;
  readonly maxBodyBytes: number;
  /** A GraphQL request's deadline: past it the request is answered TIMEOUT and its work stopped. */
  readonly requestDeadlineMs: number;
  readonly http: {
    readonly headersTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly keepAliveTimeoutMs: number;
    readonly maxConnections: number;
  };
  /** How long a shutdown lets in-flight requests finish. */
  readonly shutdownGraceMs: number;
  /** How a query's subtree is loaded (src/lookahead/). */
  readonly prefetch: 'warm' | 'always' | 'off';
  /** Introspection on: default everywhere but production. */
  readonly introspection: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** OpenTelemetry export (OTLP/HTTP); undefined = tracing off. */
  readonly tracing: { readonly otlpTracesUrl: string; readonly serviceName: string } | undefined;
  /** Which documents run (src/persisted/): the mode, and the manifest file (relative to the project root). */
  readonly trustedDocuments: {
    readonly mode: 'open' | 'listed-or-key' | 'listed-only';
    readonly manifest: string;
  };
  /** Cost budgets per caller (src/rateLimit/); undefined when KG_RATE_LIMIT_POINTS is 0. */
  readonly budgets:
    { readonly points: number; readonly anonymousPoints: number; readonly windowSeconds: number } | undefined;
}

export interface AuthConfig {
  /** SHA-256 digests of the curator API keys (may write); empty = no key may write. */
  readonly curatorKeyDigests: readonly string[];
  /** SHA-256 digests of reader keys (may read when reads need a key). */
  readonly readerKeyDigests: readonly string[];
  /** Reads need a reader or curator key (or token). Default false: reads are open. */
  readonly requireReadKey: boolean;
  /** HS256 secret for signed tokens (`role: curator` may write, `role: reader` may read); undefined = tokens off. */
  readonly jwtSecret: string | undefined;
  /** Tokens must carry `exp`, at most this many seconds after their `iat` (or after now, without `iat`). */
  readonly jwtMaxLifetimeSeconds?: number;
  /** When set, a token's `iss` must equal it. */
  readonly jwtIssuer?: string | undefined;
  /** When set, a token's `aud` must contain it. */
  readonly jwtAudience?: string | undefined;
}

/** Limits checked before execution; see README "Limits" for why these values. */
export interface LimitsConfig {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

/**
 * As the OTLP exporter specification has it: the traces endpoint is used as given; the general
 * endpoint gets `/v1/traces` appended. OTEL_SDK_DISABLED=true turns tracing off either way.
 */
function tracingConfig(e: {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string | undefined;
  OTEL_SERVICE_NAME: string;
  OTEL_SDK_DISABLED: 'true' | 'false';
}): Config['tracing'] {
  if (e.OTEL_SDK_DISABLED === 'true') return undefined;
  const url =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (e.OTEL_EXPORTER_OTLP_ENDPOINT ? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` : undefined);
  return url ? Object.freeze({ otlpTracesUrl: url, serviceName: e.OTEL_SERVICE_NAME }) : undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  const problems = parsed.success ? [] : [formatZodIssues(parsed.error)];
  // Checked apart from the schema so it is reported together with any other problem.
  if (env.NEO4J_URI?.trim() && !env.NEO4J_PASSWORD)
    problems.push('  - NEO4J_PASSWORD: is required when NEO4J_URI is set');
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  let neo4j: Neo4jTarget;
  if (e.NEO4J_URI) {
    neo4j = {
      kind: 'external',
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? '',
      database: e.NEO4J_DATABASE,
    };
  } else {
    let local;
    try {
      local = readLocalNeo4jSettings(env);
    } catch (error) {
      throw new ConfigError(error instanceof Error ? error.message : String(error));
    }
    neo4j = { kind: 'local', uri: local.boltUri, user: local.user, password: local.password, database: undefined };
  }
  return Object.freeze({
    neo4j: Object.freeze(neo4j),
    host: e.HOST,
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    queryTimeoutMs: e.KG_QUERY_TIMEOUT_MS,
    seedOnStart: e.KG_SEED_ON_START,
    auth: Object.freeze({
      curatorKeyDigests: Object.freeze([...e.KG_CURATOR_KEY_SHA256]),
      readerKeyDigests: Object.freeze([...e.KG_READER_KEY_SHA256]),
      requireReadKey: e.KG_REQUIRE_READ_KEY,
      jwtSecret: e.KG_JWT_SECRET,
      jwtMaxLifetimeSeconds: e.KG_JWT_MAX_LIFETIME_S,
      jwtIssuer: e.KG_JWT_ISSUER,
      jwtAudience: e.KG_JWT_AUDIENCE,
    }),
    limits: Object.freeze({
      maxDepth: e.KG_MAX_DEPTH,
      maxAliases: e.KG_MAX_ALIASES,
      maxDirectives: e.KG_MAX_DIRECTIVES,
      maxTokens: e.KG_MAX_TOKENS,
      maxCost: e.KG_MAX_COST,
    }),
    maxBodyBytes: e.KG_MAX_BODY_BYTES,
    requestDeadlineMs: e.KG_REQUEST_DEADLINE_MS,
    http: Object.freeze({
      headersTimeoutMs: e.KG_HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.KG_HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KG_HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.KG_HTTP_MAX_CONNECTIONS,
    }),
    shutdownGraceMs: e.KG_SHUTDOWN_GRACE_MS,
    prefetch: e.KG_PREFETCH,
    introspection: e.KG_INTROSPECTION ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    tracing: tracingConfig(e),
    trustedDocuments: Object.freeze({ mode: e.KG_TRUSTED_DOCUMENTS, manifest: e.KG_TRUSTED_DOCUMENTS_MANIFEST }),
    budgets:
      e.KG_RATE_LIMIT_POINTS === 0
        ? undefined
        : Object.freeze({
            points: e.KG_RATE_LIMIT_POINTS,
            anonymousPoints: e.KG_RATE_LIMIT_ANONYMOUS_POINTS,
            windowSeconds: e.KG_RATE_LIMIT_WINDOW_S,
          }),
  });
}
