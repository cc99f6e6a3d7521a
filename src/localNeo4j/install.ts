/**
 * Fetches the Neo4j Community server from Maven Central with `mvn` into the local cache
 * (<KG_LOCAL_NEO4J_DIR>/neo4j-community-<version>/lib), once. The same runtime classpath the
 * official tarball ships in lib/, Neo4j Browser included.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandExists, runCommand } from './processes.js';
import type { Reporter } from './reporter.js';
import { NEO4J_POM, type LocalNeo4jSettings } from './settings.js';

const COMPLETE_MARKER = '.complete';

export function isNeo4jInstalled(s: LocalNeo4jSettings): boolean {
  return existsSync(path.join(s.homeDir, COMPLETE_MARKER)) && existsSync(path.join(s.libDir, `neo4j-${s.version}.jar`));
}

export async function ensureNeo4jInstalled(s: LocalNeo4jSettings, reporter: Reporter): Promise<void> {
  if (isNeo4jInstalled(s)) return;
  if (!commandExists('mvn')) {
    throw new Error(
      'Maven (mvn) is needed once, to fetch Neo4j from Maven Central, and was not found.\n' +
        '  Install it (Debian: apt-get install maven) and run again.',
    );
  }
  const stagingDir = `${s.libDir}.partial`;
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(s.homeDir, { recursive: true });

  reporter.info(`Fetching Neo4j Community ${s.version} and Neo4j Browser from Maven Central (first run only)…`);
  const started = Date.now();
  let files = 0;
  let kilobytes = 0;
  const result = await runCommand(
    'mvn',
    [
      '-B',
      '-f',
      NEO4J_POM,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${stagingDir}`,
    ],
    {
      onLine(line) {
        // "Downloaded from <repo>: <url> (123 kB at 4.5 MB/s)"
        const downloaded = /^(?:\[INFO\] )?Downloaded from [^:]+: \S+\/([^/\s]+) \(([\d.,]+) (B|kB|MB)/.exec(line);
        if (!downloaded) return;
        files += 1;
        const size = Number(downloaded[2]!.replace(/,/g, ''));
        kilobytes += downloaded[3] === 'MB' ? size * 1024 : downloaded[3] === 'kB' ? size : size / 1024;
        reporter.progress(`  fetched ${files} files, ${(kilobytes / 1024).toFixed(1)} MB — ${downloaded[1]}`);
      },
    },
  );
  if (result.code !== 0) {
    const tail = (result.stdout + result.stderr)
      .split('\n')
      .filter((l) => /ERROR|BUILD FAILURE/.test(l))
      .slice(-15);
    throw new Error(
      `mvn could not fetch Neo4j ${s.version} (exit ${result.code}).\n  ${tail.join('\n  ')}\n` +
        '  Check that Maven Central is reachable (mvn -v; ~/.m2/settings.xml mirrors/proxies).',
    );
  }
  rmSync(s.libDir, { recursive: true, force: true });
  renameSync(stagingDir, s.libDir);
  writeFileSync(path.join(s.homeDir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  reporter.done(`  Neo4j ${s.version} ready in ${seconds}s (${files} files downloaded, the rest from ~/.m2).`);
}
