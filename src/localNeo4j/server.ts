/**
 * Start, stop and inspect the project-managed Neo4j server.
 *
 * The server is the genuine one: Neo4j's own launcher (org.neo4j.server.startup.Neo4jCommand, what
 * `bin/neo4j` runs) builds the JVM command line from our neo4j.conf and starts
 * org.neo4j.server.CommunityEntryPoint in a background JVM, writing run/neo4j.pid.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { probeBolt } from '../db/connection.js';
import { renderNeo4jConf } from './conf.js';
import { ensureNeo4jInstalled, isNeo4jInstalled } from './install.js';
import { findSupportedJava, runCommand, type JavaRuntime } from './processes.js';
import type { Reporter } from './reporter.js';
import type { LocalNeo4jSettings } from './settings.js';

const LAUNCHER_CLASS = 'org.neo4j.server.startup.Neo4jCommand';
const ADMIN_CLASS = 'org.neo4j.server.startup.Neo4jAdminCommand';
const SERVER_CLASS = 'org.neo4j.server.CommunityEntryPoint';

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export interface LocalNeo4jStatus {
  readonly installed: boolean;
  readonly running: boolean;
  readonly pid: number | undefined;
  readonly version: string;
  readonly boltUri: string;
  readonly browserUrl: string;
  readonly homeDir: string;
  readonly dataDir: string;
  readonly logFile: string;
}

function pidFile(s: LocalNeo4jSettings): string {
  return path.join(s.runDir, 'neo4j.pid');
}

export function neo4jLogFile(s: LocalNeo4jSettings): string {
  return path.join(s.logsDir, 'neo4j.log');
}

/** The pid in run/neo4j.pid if that process is alive and is a Neo4j server; undefined otherwise. */
function runningServerPid(s: LocalNeo4jSettings): number | undefined {
  const file = pidFile(s);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  // A recycled pid must not pass for our server (Linux can tell; elsewhere trust the liveness check).
  if (existsSync('/proc') && (!existsSync(cmdline) || !readFileSync(cmdline, 'utf8').includes(SERVER_CLASS))) {
    return undefined;
  }
  return pid;
}

export function localNeo4jStatus(s: LocalNeo4jSettings): LocalNeo4jStatus {
  const pid = runningServerPid(s);
  return {
    installed: isNeo4jInstalled(s),
    running: pid !== undefined,
    pid,
    version: s.version,
    boltUri: s.boltUri,
    browserUrl: s.browserUrl,
    homeDir: s.homeDir,
    dataDir: s.dataDir,
    logFile: neo4jLogFile(s),
  };
}

function launcherEnv(s: LocalNeo4jSettings, java: JavaRuntime): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: s.homeDir, NEO4J_CONF: s.confDir };
  if (java.javaHome) env.JAVA_HOME = java.javaHome;
  return env;
}

function runNeo4jClass(s: LocalNeo4jSettings, java: JavaRuntime, mainClass: string, args: readonly string[]) {
  return runCommand(java.javaBinary, ['-cp', path.join(s.libDir, '*'), mainClass, ...args], {
    env: launcherEnv(s, java),
  });
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function logTail(s: LocalNeo4jSettings, lines = 30): string {
  const parts: string[] = [];
  for (const file of [neo4jLogFile(s), path.join(s.logsDir, 'debug.log')]) {
    if (!existsSync(file)) continue;
    const content = readFileSync(file, 'utf8').trimEnd().split('\n');
    const tail = file.endsWith('debug.log') ? content.filter((l) => /ERROR|WARN|Exception/.test(l)) : content;
    if (tail.length > 0) parts.push(`--- ${file} (last lines) ---\n${tail.slice(-lines).join('\n')}`);
  }
  return parts.length > 0 ? parts.join('\n') : '(no Neo4j log written yet)';
}

function hasExistingDatabase(s: LocalNeo4jSettings): boolean {
  return (
    existsSync(path.join(s.dataDir, 'databases', 'system')) || existsSync(path.join(s.dataDir, 'dbms', 'auth.ini'))
  );
}

export interface StartResult {
  /** False when a server was already running: the caller did not start it and must not stop it. */
  readonly started: boolean;
  readonly status: LocalNeo4jStatus;
  readonly elapsedMs: number;
}

/** Starts the local server (fetching it first if needed) and waits until Bolt answers. Idempotent. */
export async function startLocalNeo4j(s: LocalNeo4jSettings, reporter: Reporter): Promise<StartResult> {
  const started = Date.now();
  if (runningServerPid(s) !== undefined) {
    await waitForBolt(s, reporter, undefined);
    return { started: false, status: localNeo4jStatus(s), elapsedMs: Date.now() - started };
  }
  rmSync(pidFile(s), { force: true }); // stale: its process is gone

  for (const port of [s.boltPort, s.httpPort]) {
    if (await portIsOpen(port)) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is taken by another process, so the local Neo4j cannot start.\n` +
          '  Stop that process, or point the API at it with NEO4J_URI, or move the local server with ' +
          'KG_LOCAL_NEO4J_BOLT_PORT / KG_LOCAL_NEO4J_HTTP_PORT.',
      );
    }
  }

  await ensureNeo4jInstalled(s, reporter);
  const java = findSupportedJava();
  for (const dir of [s.confDir, s.dataDir, s.logsDir, s.runDir, s.pluginsDir, s.importDir]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(path.join(s.confDir, 'neo4j.conf'), renderNeo4jConf(s));

  if (!hasExistingDatabase(s)) {
    const result = await runNeo4jClass(s, java, ADMIN_CLASS, ['dbms', 'set-initial-password', s.password]);
    if (result.code !== 0) {
      throw new LocalNeo4jError(`neo4j-admin could not set the initial password:\n${result.stdout}${result.stderr}`);
    }
  }

  reporter.info(`Starting Neo4j ${s.version} [${s.instance}] (Java ${java.major}) on ${s.boltUri}…`);
  const launch = await runNeo4jClass(s, java, LAUNCHER_CLASS, ['start']);
  if (launch.code !== 0) {
    throw new LocalNeo4jError(
      `Neo4j's launcher failed (exit ${launch.code}):\n${launch.stdout}${launch.stderr}\n${logTail(s)}`,
    );
  }
  await waitForBolt(s, reporter, started);
  const elapsedMs = Date.now() - started;
  reporter.done(`Neo4j is up after ${(elapsedMs / 1000).toFixed(1)}s — Bolt ${s.boltUri}, Browser ${s.browserUrl}`);
  return { started: true, status: localNeo4jStatus(s), elapsedMs };
}

async function waitForBolt(s: LocalNeo4jSettings, reporter: Reporter, startedAt: number | undefined): Promise<void> {
  const t0 = startedAt ?? Date.now();
  const deadline = t0 + s.startTimeoutMs;
  const connection = { uri: s.boltUri, user: s.user, password: s.password };
  for (;;) {
    const probe = await probeBolt(connection);
    if (probe.ok) return;
    if (probe.reason === 'unauthorized') {
      throw new LocalNeo4jError(
        `The local Neo4j refused the password from KG_LOCAL_NEO4J_PASSWORD.\n` +
          `  Its database in ${s.dataDir} was created with another password: set that one, ` +
          `or stop the server and delete ${s.dataDir} to start afresh.`,
      );
    }
    if (runningServerPid(s) === undefined && startedAt !== undefined && Date.now() - t0 > 3_000) {
      throw new LocalNeo4jError(`Neo4j exited during start-up.\n${logTail(s)}`);
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `Neo4j did not answer on ${s.boltUri} within ${s.startTimeoutMs / 1000}s ` +
          `(last error: ${probe.message}).\n${logTail(s)}`,
      );
    }
    reporter.progress(`  waiting for Bolt on ${s.boltUri}… ${((Date.now() - t0) / 1000).toFixed(0)}s`);
    await sleep(500);
  }
}

/** Stops the local server through Neo4j's launcher; kills it if it has not gone after the timeout. */
export async function stopLocalNeo4j(
  s: LocalNeo4jSettings,
  reporter: Reporter,
  timeoutMs = 60_000,
): Promise<{ wasRunning: boolean }> {
  const pid = runningServerPid(s);
  if (pid === undefined) {
    rmSync(pidFile(s), { force: true });
    return { wasRunning: false };
  }
  reporter.info(`Stopping Neo4j [${s.instance}] (pid ${pid})…`);
  const java = findSupportedJava();
  await runNeo4jClass(s, java, LAUNCHER_CLASS, ['stop']);
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      reporter.info(`  Neo4j did not stop within ${timeoutMs / 1000}s; killing pid ${pid}.`);
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(200);
  }
  rmSync(pidFile(s), { force: true });
  reporter.done('Neo4j stopped.');
  return { wasRunning: true };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
