/**
 * The `kg` command line as a script would use it: bin/kg.js in a child process, against a real
 * test API; its output and its documented exit codes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { PROJECT_ROOT } from '../../src/localNeo4j/settings.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { startTestApi } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

let db: Database;
let api: RunningApi;

function kg(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
  api = await startTestApi(db);
});

afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('kg', () => {
  it('prints help for itself and every command, and exits 0', async () => {
    const main = await kg(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: kg <command>');
    for (const command of ['serve', 'seed', 'query', 'neo4j', 'doctor']) {
      const result = await kg([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`kg ${command}`);
    }
  });

  it('exits 2 on an unknown command or option, saying what is wrong', async () => {
    const unknown = await kg(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command frobnicate');
    const badOption = await kg(['query', '--bogus', '{ __typename }']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--bogus');
  });

  it('queries a running API from a file, with variables, and prints the data', async () => {
    const result = await kg(['query', '-f', 'examples/IijCompetitors.graphql', '--url', api.url]);
    expect(result.code, result.stderr).toBe(0);
    const data = JSON.parse(result.stdout) as { company: { competitors: { company: { name: string } }[] } };
    expect(data.company.competitors.map((c) => c.company.name)).toContain('Powered Com');

    const withVar = await kg([
      'query',
      'query ($id: ID) { company(id: $id) { name } }',
      '--var',
      'id=11J',
      '--json',
      '--url',
      api.url,
    ]);
    expect(withVar.code, withVar.stderr).toBe(0);
    expect(JSON.parse(withVar.stdout)).toMatchObject({ data: { company: { name: 'Internet Initiative Japan Inc.' } } });
  });

  it('exits 4 when the answer has GraphQL errors, 1 when the API is unreachable', async () => {
    const invalid = await kg(['query', '{ noSuchField }', '--url', api.url]);
    expect(invalid.code).toBe(4);
    expect(invalid.stderr).toContain('noSuchField');
    const unreachable = await kg(['query', '{ __typename }', '--url', 'http://127.0.0.1:9/graphql']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('kg serve');
  });
});
