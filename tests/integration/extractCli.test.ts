/**
 * `kg extract` as a curator runs it: bin/kg.js in a child process; the draft it writes, what it
 * says on stderr, and its exit codes for an unreadable file, an empty document and an unknown
 * company. Needs no database (`--diff` is covered in extractDiff.test.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/projectRoot.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kg(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('kg extract', () => {
  it('writes a draft the validator accepts and lists what is left to decide', async () => {
    const out = path.join(dir, 'kestrel.yaml');
    const result = await kg([
      'extract',
      'tests/fixtures/extract/tuning/documents/kestrel-2q05-release.txt',
      '--out',
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/10 facts, 3 companies, \d+ sections, \d+ to decide; the validator accepts it/);
    expect(result.stderr).toContain('decide [');
    const draft = readFileSync(out, 'utf8');
    expect(draft).toMatch(/^# Draft written by `kg extract`/);
    expect(draft).toContain('format: company-kg/facts@2');
    expect(draft).toContain(
      'quote: Total revenues were JPY 12,407 million (US$ 103.2 million), up 4.2% from 1Q05 and up 11.8% year over year.',
    );
  });

  it('exits 2 with a clear message for an unreadable file, an empty document, an unknown company', async () => {
    const missing = await kg(['extract', path.join(dir, 'nope.txt')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('no such file')]);
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '\n \n');
    const blank = await kg(['extract', empty]);
    expect([blank.code, blank.stderr]).toEqual([2, expect.stringContaining('is empty')]);
    const unknown = await kg(['extract', 'seed/documents/000_7bacf56fa6ec53c3.txt', '--company', 'acme']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no company with id "acme"');
    expect(unknown.stderr).toContain('known: iij');
  });

  it('prints its help and reports precision and recall with --compare', async () => {
    const help = await kg(['extract', '--help']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('Usage: kg extract <document.txt>')]);
    const compared = await kg(['extract', '--compare', 'seed/iij-2002-q3.yaml']);
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stdout).toContain('| deck | amounts | 9/9 | 9/10 | 100.0 % | 90.0 % |');
  });
});
