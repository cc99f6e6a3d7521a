/**
 * The data layer's single entry to Neo4j. Repositories hand it named, parameterized Cypher; it runs
 * them in managed read/write transactions (retries on transient errors), tags each transaction with
 * its query name, applies the per-transaction timeout, and tells observers what ran (tests count
 * queries per request with this; logs time them).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { createNeo4jDriver, type Neo4jConnectionOptions } from './connection.js';

/** A Cypher statement with a stable name. Values go in parameters, never into the text. */
export interface NamedQuery {
  readonly name: string;
  readonly cypher: string;
}

export type QueryParameters = Readonly<Record<string, unknown>>;
export type Row = Record<string, unknown>;

/** Runs a named query and returns its rows (e.g. `Database.read`, or a reader that adds a subtree). */
export type RowReader = (query: NamedQuery, parameters: QueryParameters) => Promise<Row[]>;

export interface QueryEvent {
  readonly name: string;
  readonly cypher: string;
  /** The values sent with it (for profiling tools; never logged). */
  readonly parameters: QueryParameters;
  readonly mode: 'read' | 'write';
  readonly durationMs: number;
  readonly rows: number;
  readonly error?: unknown;
}

export type QueryObserver = (event: QueryEvent) => void;

/** Transient read failures (leader switch, lock timeout) are retried this often, a short pause apart. */
const READ_ATTEMPTS = 3;
const RETRY_DELAY_MS = 100;

export interface DatabaseOptions {
  readonly database?: string | undefined;
  /** Server-side transaction timeout for every query (ms). */
  readonly queryTimeoutMs: number;
}

/** A transaction in which several statements commit or roll back together. */
export interface WriteTransaction {
  run(query: NamedQuery, parameters?: QueryParameters): Promise<Row[]>;
}

/**
 * The driver records a stack trace for every result, only to decorate a failure with its call
 * site; with source maps on (tsx) formatting it was ~10% of the API's CPU per read (bench/). The
 * failure keeps its message and code (all formatError and the logs use); reads skip the capture.
 */
function withoutDriverStackCapture<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Database {
  private constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly observers: readonly QueryObserver[],
    private readonly ownsDriver: boolean,
  ) {}

  static connect(connection: Neo4jConnectionOptions, options: Omit<DatabaseOptions, 'database'>): Database {
    return new Database(createNeo4jDriver(connection), { ...options, database: connection.database }, [], true);
  }

  /** The same connection pool, with one more observer (e.g. a per-request query counter). */
  withObserver(observer: QueryObserver): Database {
    return new Database(this.driver, this.options, [...this.observers, observer], false);
  }

  /** The same connection pool, seen by no observer (work no request asked for, e.g. a warm-up). */
  unobserved(): Database {
    return new Database(this.driver, this.options, [], false);
  }

  get databaseName(): string | undefined {
    return this.options.database;
  }

  async read(query: NamedQuery, parameters: QueryParameters = {}): Promise<Row[]> {
    return this.execute('read', query, parameters);
  }

  async write(query: NamedQuery, parameters: QueryParameters = {}): Promise<Row[]> {
    return this.execute('write', query, parameters);
  }

  /**
   * Runs `work` in one write transaction: all its statements commit together or not at all.
   * `work` may be retried on transient errors, so it must not have side effects outside Neo4j.
   */
  async writeTransaction<T>(name: string, work: (tx: WriteTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(
        (tx) =>
          work({
            run: (query, parameters = {}) => this.runInTransaction(tx, 'write', query, parameters),
          }),
        { timeout: timeoutMs ?? this.options.queryTimeoutMs, metadata: { app: 'company-kg', query: name } },
      );
    } finally {
      await session.close();
    }
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }

  private async execute(mode: 'read' | 'write', query: NamedQuery, parameters: QueryParameters): Promise<Row[]> {
    if (mode === 'read') return this.autoCommitRead(query, parameters);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'company-kg', query: query.name } };
    try {
      return await session.executeWrite((tx) => this.runInTransaction(tx, 'write', query, parameters), config);
    } finally {
      await session.close();
    }
  }

  /**
   * A single read statement runs as an auto-commit transaction: one round-trip instead of the
   * BEGIN / RUN / COMMIT of a managed transaction (measured in bench/: up to 2× the throughput).
   * It keeps the timeout and metadata, and retries transient failures briefly, as executeRead would.
   */
  private async autoCommitRead(query: NamedQuery, parameters: QueryParameters): Promise<Row[]> {
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'company-kg', query: query.name } };
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
      const started = performance.now();
      try {
        const result = await withoutDriverStackCapture(() => session.run(query.cypher, parameters, config));
        const rows = result.records.map((record) => record.toObject() as Row);
        this.notify(query, parameters, 'read', started, rows.length);
        return rows;
      } catch (error) {
        this.notify(query, parameters, 'read', started, 0, error);
        if (attempt >= READ_ATTEMPTS || !isRetryableError(error)) throw error;
        await sleep(RETRY_DELAY_MS * attempt);
      } finally {
        await session.close();
      }
    }
  }

  private async runInTransaction(
    tx: ManagedTransaction,
    mode: 'read' | 'write',
    query: NamedQuery,
    parameters: QueryParameters,
  ): Promise<Row[]> {
    const started = performance.now();
    try {
      const result = await tx.run(query.cypher, parameters);
      const rows = result.records.map((record) => record.toObject() as Row);
      this.notify(query, parameters, mode, started, rows.length);
      return rows;
    } catch (error) {
      this.notify(query, parameters, mode, started, 0, error);
      throw error;
    }
  }

  private notify(
    query: NamedQuery,
    parameters: QueryParameters,
    mode: 'read' | 'write',
    started: number,
    rows: number,
    error?: unknown,
  ): void {
    if (this.observers.length === 0) return;
    const event: QueryEvent = {
      name: query.name,
      cypher: query.cypher,
      parameters,
      mode,
      durationMs: performance.now() - started,
      rows,
      ...(error === undefined ? {} : { error }),
    };
    for (const observer of this.observers) observer(event);
  }
}
