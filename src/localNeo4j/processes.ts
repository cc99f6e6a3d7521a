/** Small child-process helpers for the local Neo4j tooling: run a command, find a JDK. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion; `onLine` sees each stdout/stderr line as it arrives. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; onLine?: (line: string) => void } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const feed = (chunk: string): void => {
      if (!options.onLine) return;
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine(line);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      feed(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      feed(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending && options.onLine) options.onLine(pending);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/** Neo4j 5.26 runs on Java 17 and 21 only. */
const SUPPORTED_JAVA_MAJORS = [17, 21] as const;

export function javaMajorVersion(javaBinary: string): number | undefined {
  const result = spawnSync(javaBinary, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match?.[1]) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

export interface JavaRuntime {
  readonly javaHome: string | undefined;
  readonly javaBinary: string;
  readonly major: number;
}

/**
 * Finds a Java 17 or 21: JAVA_HOME first, then `java` on PATH, then the JDKs under /usr/lib/jvm.
 * Throws with what was tried, so the user knows what to install or set.
 */
export function findSupportedJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const candidates: { javaHome: string | undefined; javaBinary: string }[] = [];
  if (env.JAVA_HOME) candidates.push({ javaHome: env.JAVA_HOME, javaBinary: path.join(env.JAVA_HOME, 'bin/java') });
  candidates.push({ javaHome: undefined, javaBinary: 'java' });
  const jvmRoot = '/usr/lib/jvm';
  if (existsSync(jvmRoot)) {
    for (const entry of readdirSync(jvmRoot).sort()) {
      const javaBinary = path.join(jvmRoot, entry, 'bin/java');
      if (existsSync(javaBinary)) candidates.push({ javaHome: path.join(jvmRoot, entry), javaBinary });
    }
  }
  const seen: string[] = [];
  for (const candidate of candidates) {
    const major = javaMajorVersion(candidate.javaBinary);
    seen.push(`${candidate.javaBinary} → ${major ?? 'not runnable'}`);
    if (major !== undefined && (SUPPORTED_JAVA_MAJORS as readonly number[]).includes(major)) {
      return { ...candidate, major };
    }
  }
  throw new Error(
    `Neo4j 5.26 needs Java ${SUPPORTED_JAVA_MAJORS.join(' or ')}; none found.\n` +
      `  Tried:\n    ${seen.join('\n    ')}\n` +
      `  Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME to one.`,
  );
}

export function commandExists(command: string): boolean {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return !result.error;
}
