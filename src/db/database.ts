/**
 * The data layer's single entry to Neo4j. Repositories hand it named, parameterized Cypher; it runs
 * them in managed read/write transactions (retries on transient errors), tags each transaction with
 * its query name, applies the per-transaction timeout, and tells observers what ran (tests count
 * queries per request with this; logs time them).
 *
 * Neo4j enforces the transaction timeout only while it answers. So every call also has a deadline
 * of its own, in Node: the request's signal (its deadline, or the client going away) or the
 * transaction timeout plus a grace period. At the deadline the call fails at once with
 * DatabaseDeadlineError and its session is closed, which RESETs the connection: Neo4j stops the
 * work. A server that does not even answer the RESET is silent (a hung server, a dead network): the
 * connection pool, whose connections may be stuck for good, is then replaced (DriverHolder).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isRetryableError, type Driver, type Session, type Transaction } from 'neo4j-driver';
import type { BookmarkChain } from './bookmarks.js';
import { createNeo4jDriver, type Neo4jConnectionOptions } from './connection.js';
import { writeRetry, WriteOutcomeUnknownError } from './writeRetry.js';

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
/** Write transactions too, but only as ./writeRetry.ts allows (never a commit of unknown outcome, unless idempotent). */
const WRITE_ATTEMPTS = 3;
const RETRY_DELAY_MS = 100;

export interface DatabaseOptions {
  readonly database?: string | undefined;
  /** Server-side transaction timeout for every query (ms). */
  readonly queryTimeoutMs: number;
}

/** How long past Neo4j's own timeout a call may wait for Neo4j's answer before Node gives up on it. */
const CLIENT_GRACE_MS = 2_000;
/** How long a closing session may wait for its RESET to be answered before the server counts as silent. */
const RESET_GRACE_MS = 2_000;
/**
 * A silent server gets a new connection pool at most this often, the pause doubling while it stays
 * silent (a pool given up may keep sockets the server never answers; backing off bounds them).
 */
const RECYCLE_INTERVAL_MS = 5_000;
const MAX_RECYCLE_INTERVAL_MS = 300_000;

/**
 * A call that did not finish by its deadline: the request's deadline passed, its client went away,
 * or Neo4j did not answer in time. `code` makes it classifiable like a driver error (TIMEOUT).
 */
export class DatabaseDeadlineError extends Error {
  override readonly name = 'DatabaseDeadlineError';
  readonly code = DEADLINE_ERROR_CODE;
}
export const DEADLINE_ERROR_CODE = 'KG.Deadline';

/** The driver every copy of a Database shares, replaced as a whole when the server went silent. */
class DriverHolder {
  private recycledAt = -Infinity;
  private interval = RECYCLE_INTERVAL_MS;
  constructor(
    public driver: Driver,
    private readonly create: (() => Driver) | undefined,
  ) {}

  /** A fresh pool for the next calls; the old one closes in the background (it may never finish). */
  recycle(): void {
    const now = performance.now();
    if (!this.create || now - this.recycledAt < this.interval) return;
    if (now - this.recycledAt < 2 * this.interval) this.interval = Math.min(this.interval * 2, MAX_RECYCLE_INTERVAL_MS);
    this.recycledAt = now;
    const old = this.driver;
    this.driver = this.create();
    old.close().catch(() => undefined);
  }

  /** The server answered: a later silence starts the back-off afresh. */
  answered(): void {
    this.interval = RECYCLE_INTERVAL_MS;
  }
}

/** Whatever aborted the signal (a deadline, a client gone), database calls fail with DatabaseDeadlineError. */
function abortReason(signal: AbortSignal): DatabaseDeadlineError {
  return new DatabaseDeadlineError(
    signal.reason instanceof Error ? signal.reason.message : 'The request was cancelled.',
  );
}

/** A transaction in which several statements commit or roll back together. */
export interface WriteTransaction {
  run(query: NamedQuery, parameters?: QueryParameters): Promise<Row[]>;
}

/**
 * Runs around the work of every write transaction of a Database view (`withWriteGuard`), inside
 * the same transaction: e.g. an idempotency key claimed before the work and its result stored after
 * (src/curation/idempotency.ts), so both commit or roll back with the work.
 */
export interface WriteGuard {
  /**
   * True when running the transaction twice has the effect of running it once: a commit whose
   * outcome is unknown (the connection dropped while committing) may then be sent again.
   */
  readonly idempotent: boolean;
  around<T>(tx: WriteTransaction, work: () => Promise<T>): Promise<T>;
}

/** What a Database view adds to every session it opens (bookmarks) or write it runs (a guard). */
interface ViewOptions {
  readonly signal?: AbortSignal | undefined;
  readonly bookmarks?: BookmarkChain | undefined;
  readonly guard?: WriteGuard | undefined;
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
    private readonly holder: DriverHolder,
    private readonly options: DatabaseOptions,
    private readonly observers: readonly QueryObserver[],
    private readonly ownsDriver: boolean,
    private readonly view: ViewOptions,
  ) {}

  static connect(connection: Neo4jConnectionOptions, options: Omit<DatabaseOptions, 'database'>): Database {
    const holder = new DriverHolder(createNeo4jDriver(connection), () => createNeo4jDriver(connection));
    return new Database(holder, { ...options, database: connection.database }, [], true, {});
  }

  /** The same connection pool, with one more observer (e.g. a per-request query counter). */
  withObserver(observer: QueryObserver): Database {
    return new Database(this.holder, this.options, [...this.observers, observer], false, this.view);
  }

  /** The same connection pool, its calls ended when `signal` aborts (a request's deadline or disconnect). */
  withSignal(signal: AbortSignal): Database {
    return new Database(this.holder, this.options, this.observers, false, { ...this.view, signal });
  }

  /**
   * The same connection pool in a causal chain: every transaction starts after the chain's
   * bookmarks (on a cluster, a member that has not applied them yet waits until it has), and each
   * write that commits moves the chain on to its own bookmarks. A request's chain starts from the
   * bookmarks its client sent back, so it reads the client's earlier writes whichever member serves it.
   */
  withBookmarks(bookmarks: BookmarkChain): Database {
    return new Database(this.holder, this.options, this.observers, false, { ...this.view, bookmarks });
  }

  /** The same connection pool, `guard` running inside each of its write transactions (see WriteGuard). */
  withWriteGuard(guard: WriteGuard): Database {
    return new Database(this.holder, this.options, this.observers, false, { ...this.view, guard });
  }

  /** The same connection pool, seen by no observer and bound to no request (e.g. a warm-up). */
  unobserved(): Database {
    return new Database(this.holder, this.options, [], false, {});
  }

  private get signal(): AbortSignal | undefined {
    return this.view.signal;
  }

  private get driver(): Driver {
    return this.holder.driver;
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
   * Runs `work` in one write transaction (on a cluster, on the leader): all its statements commit
   * together or not at all. `work` is run again after a transient error that rolled it back, so it
   * must not have side effects outside Neo4j; a commit whose outcome is unknown is sent again only
   * when this view's guard is idempotent (./writeRetry.ts), else it fails with WriteOutcomeUnknownError.
   */
  async writeTransaction<T>(name: string, work: (tx: WriteTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const timeout = timeoutMs ?? this.options.queryTimeoutMs;
    const config = { timeout, metadata: { app: 'company-kg', query: name } };
    const guard = this.view.guard;
    for (let attempt = 1; ; attempt++) {
      let committing = false;
      try {
        return await this.inSession('WRITE', timeout, async (session) => {
          const tx = session.beginTransaction(config);
          try {
            const view: WriteTransaction = {
              run: (query, parameters = {}) => this.runInTransaction(tx, 'write', query, parameters),
            };
            const value = guard ? await guard.around(view, () => work(view)) : await work(view);
            committing = true;
            await tx.commit();
            return value;
          } finally {
            if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          }
        });
      } catch (error) {
        const decision = writeRetry(error, { committing, idempotent: guard?.idempotent ?? false });
        if (decision === 'unknown') throw new WriteOutcomeUnknownError(name, error);
        if (decision === 'fail' || attempt >= WRITE_ATTEMPTS) throw error;
        await sleep(RETRY_DELAY_MS * attempt);
      }
    }
  }

  /** Resolves when the server answers within `timeoutMs`; rejects otherwise (for readiness checks). */
  async verifyConnectivity(timeoutMs = 5_000): Promise<void> {
    const driver = this.driver;
    await this.untilDeadline(driver.verifyConnectivity({ database: this.options.database }), timeoutMs, () => {
      this.holder.recycle();
    });
  }

  /** Closes the driver (if this Database opened it); gives up waiting on a server that does not answer. */
  async close(): Promise<void> {
    if (!this.ownsDriver) return;
    await this.untilDeadline(this.driver.close(), RESET_GRACE_MS + CLIENT_GRACE_MS, () => undefined).catch(
      () => undefined,
    );
  }

  private async execute(mode: 'read' | 'write', query: NamedQuery, parameters: QueryParameters): Promise<Row[]> {
    if (mode === 'read') return this.autoCommitRead(query, parameters);
    return this.writeTransaction(query.name, (tx) => tx.run(query, parameters));
  }

  /**
   * Runs `work` in a new session and closes it; at the deadline (the request's signal, or Neo4j's
   * timeout plus a grace period) the call fails with DatabaseDeadlineError and the session is
   * closed in the background, which RESETs its connection so Neo4j stops the work.
   */
  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    serverTimeoutMs: number,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    if (this.signal?.aborted) throw abortReason(this.signal);
    const chain = this.view.bookmarks;
    const bookmarks = chain?.bookmarks;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      ...(bookmarks && bookmarks.length > 0 ? { bookmarks: [...bookmarks] } : {}),
    });
    let abandoned = false;
    try {
      const value = await this.untilDeadline(work(session), serverTimeoutMs + CLIENT_GRACE_MS, () => {
        abandoned = true;
        this.closeAbandoned(session);
      });
      // A committed write moves the chain on; a read leaves it where it was (it changed nothing).
      if (chain && mode === 'WRITE') chain.advance(session.lastBookmarks());
      return value;
    } finally {
      if (!abandoned) await session.close();
    }
  }

  /** A session given up on: closing it sends RESET; no answer to that means the server went silent. */
  private closeAbandoned(session: Session): void {
    const holder = this.holder;
    let closed = false;
    session.close().then(
      () => (closed = true),
      () => (closed = true),
    );
    setTimeout(() => {
      if (!closed) holder.recycle();
    }, RESET_GRACE_MS).unref();
  }

  /**
   * `work`, unless the deadline comes first: `timeoutMs` from now, or this Database's signal
   * aborting. Then `onAbandon` runs and the call rejects with DatabaseDeadlineError.
   */
  private untilDeadline<T>(work: Promise<T>, timeoutMs: number, onAbandon: () => void): Promise<T> {
    const signal = this.signal;
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const finish = (): boolean => {
        if (done) return false;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const abandon = (error: Error): void => {
        if (!finish()) return;
        onAbandon();
        reject(error);
      };
      const onAbort = (): void => abandon(abortReason(signal!));
      const timer = setTimeout(
        () => abandon(new DatabaseDeadlineError(`Neo4j did not answer within ${timeoutMs} ms.`)),
        timeoutMs,
      );
      timer.unref();
      signal?.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          this.holder.answered();
          if (finish()) resolve(value);
        },
        (error: unknown) => {
          if (finish()) reject(error);
        },
      );
    });
  }

  /**
   * A single read statement runs as an auto-commit transaction: one round-trip instead of the
   * BEGIN / RUN / COMMIT of a managed transaction (measured in bench/: up to 2× the throughput).
   * It keeps the timeout and metadata, and retries transient failures briefly, as executeRead would.
   */
  private async autoCommitRead(query: NamedQuery, parameters: QueryParameters): Promise<Row[]> {
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'company-kg', query: query.name } };
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      try {
        const result = await this.inSession('READ', this.options.queryTimeoutMs, async (session) => {
          const ran = await withoutDriverStackCapture(() => session.run(query.cypher, parameters, config));
          return ran.records.map((record) => record.toObject() as Row);
        });
        this.notify(query, parameters, 'read', started, result.length);
        return result;
      } catch (error) {
        this.notify(query, parameters, 'read', started, 0, error);
        if (attempt >= READ_ATTEMPTS || !isRetryableError(error)) throw error;
        await sleep(RETRY_DELAY_MS * attempt);
      }
    }
  }

  private async runInTransaction(
    tx: Transaction,
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
