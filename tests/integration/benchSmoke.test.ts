/**
 * The benchmark (bench/run.ts) still works end to end at the smallest size: generate, load through
 * the real loader and the baseline, answer every scenario through all targets (answers must agree),
 * PROFILE, write RESULTS.md and the snapshot. A smoke test only: no timing is asserted.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runBenchmark } from '../../bench/run.js';

describe('benchmark smoke', () => {
  it('runs every scenario against every target at the small size and writes its results', async () => {
    const neo4j = inject('neo4j');
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-smoke-'));
    const report = await runBenchmark({
      mode: 'smoke test',
      sizes: ['small'],
      connections: [1],
      durationSec: 1,
      seed: 7,
      outDir,
      reuse: false,
      neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
      log: () => {},
    });

    expect(report.runs).toHaveLength(5 * 3);
    for (const run of report.runs) {
      expect(run.errors, `${run.scenario} via ${run.target}`).toBe(0);
      expect(run.requests, `${run.scenario} via ${run.target}`).toBeGreaterThan(0);
    }
    expect(report.ingest[0]!.loader.writes).toBeGreaterThan(0);
    expect(report.ingest[0]!.graph.subscribes).toBe(3_000);

    const results = readFileSync(report.resultsFile, 'utf8');
    expect(results).toContain('## Reads at small');
    expect(results).toContain('## Ingest');
    const snapshot = JSON.parse(readFileSync(report.snapshotFile, 'utf8')) as {
      sizes: Record<string, Record<string, { apiDbHits: number; raw: { dbHits: number } }>>;
    };
    expect(Object.keys(snapshot.sizes.small!).sort()).toEqual(
      ['awardRanking', 'companyOverview', 'crossSell', 'deepNavigation', 'metricRanking'].sort(),
    );
    for (const p of Object.values(snapshot.sizes.small!)) expect(p.apiDbHits).toBeGreaterThan(0);
    expect(existsSync(path.join(outDir, 'RESULTS.md'))).toBe(true);
  }, 600_000);
});
