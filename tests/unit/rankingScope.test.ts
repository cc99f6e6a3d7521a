/**
 * A ranking's key must not claim a chart its `scope` does not: a key ending in `/total` or
 * `/by-category` has that scope, and a ranking whose chart is unknown names none (issue 14: the
 * IIJ deck's keys said `/total` while the scope was `unknown`). Checked over every fact file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/projectRoot.js';

const SCOPES_IN_KEYS = ['total', 'by-category'];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return yamlFiles(file);
    return name.endsWith('.yaml') ? [file] : [];
  });
}

interface RankingRow {
  id: string;
  scope: string;
}

function rankingsOf(file: string): RankingRow[] {
  const doc = parse(readFileSync(file, 'utf8')) as { awards?: { rankings?: RankingRow[] }[] } | null;
  return (doc?.awards ?? []).flatMap((award) => award.rankings ?? []);
}

/** The scope a key claims by its last segment, or null when it claims none. */
function scopeClaimedBy(key: string): string | null {
  const last = key.split('/').pop() ?? '';
  return SCOPES_IN_KEYS.includes(last) ? last : null;
}

describe('ranking keys and scopes', () => {
  const files = [path.join(PROJECT_ROOT, 'seed'), path.join(PROJECT_ROOT, 'tests', 'fixtures')].flatMap(yamlFiles);

  it('reads the fact files, the IIJ deck with its two rankings among them', () => {
    const iij = rankingsOf(path.join(PROJECT_ROOT, 'seed', 'iij-2002-q3.yaml'));
    expect(iij.map((r) => [r.id, r.scope])).toEqual([
      ['nikkei-best-provider-2002/dedicated-access/ranking', 'unknown'],
      ['nikkei-best-provider-2002/dialup-access/ranking', 'unknown'],
    ]);
  });

  it('never lets a key claim a scope the ranking does not have', () => {
    const inconsistent = files.flatMap((file) =>
      rankingsOf(file)
        .filter((r) => {
          const claimed = scopeClaimedBy(r.id);
          return claimed !== null && claimed !== r.scope;
        })
        .map((r) => `${path.relative(PROJECT_ROOT, file)}: ${r.id} has scope ${r.scope}`),
    );
    expect(inconsistent).toEqual([]);
    // Some three hundred fact files parsed one after another, beside other suites on two cores: seconds, not the default 5.
  }, 60_000);

  it('recognises the claims it checks', () => {
    expect(scopeClaimedBy('award/category/total')).toBe('total');
    expect(scopeClaimedBy('award/category/by-category')).toBe('by-category');
    expect(scopeClaimedBy('award/category/ranking')).toBeNull();
  });
});
