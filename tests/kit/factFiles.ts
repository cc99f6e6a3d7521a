/** Test kit: the IIJ fact file as data, and temporary (possibly broken) copies of it. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../../src/localNeo4j/settings.js';

export const IIJ_FACT_FILE = path.join(PROJECT_ROOT, 'seed/iij-2002-q3.yaml');
export const IIJ_DOCUMENT = path.join(PROJECT_ROOT, 'seed/documents/000_7bacf56fa6ec53c3.txt');

export type RawFactFile = Record<string, any>;

export function readIijFactFile(): RawFactFile {
  return parse(readFileSync(IIJ_FACT_FILE, 'utf8')) as RawFactFile;
}

/** Writes `data` as a fact file in a fresh temp dir; its document path points at the real text. */
export function writeTempFactFile(data: RawFactFile, name = 'facts.yaml'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-facts-'));
  const copy = structuredClone(data);
  copy.document.file = IIJ_DOCUMENT;
  const file = path.join(dir, name);
  writeFileSync(file, stringify(copy));
  return file;
}
