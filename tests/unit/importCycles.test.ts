/**
 * Dependencies point one way (docs/ARCHITECTURE.md): no import cycle between files or folders of
 * src/, through value imports or type imports alike, and the data layer, the look-ahead engine and
 * the model import nothing above them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/projectRoot.js';

const SRC = path.join(PROJECT_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sourceFiles(file);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [file] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"](\.[^'"]+)['"]/g;

/** Imports between files of src/; type-only ones (`import type`, or naming only types) with `withTypes`. */
function imports(withTypes: boolean): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const targets = new Set<string>();
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const [, typeKeyword, clause = '', specifier = ''] = match;
      const names = /^\{([^}]*)\}$/
        .exec(clause.trim())?.[1]
        ?.split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      const typeOnly = Boolean(typeKeyword) || (names !== undefined && names.every((n) => n.startsWith('type ')));
      if (typeOnly && !withTypes) continue;
      const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
      if (target.startsWith(SRC) && !target.includes(`${path.sep}generated${path.sep}`)) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(path.relative(SRC, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

/** A file directly in src/ is its own unit; any other belongs to its folder. */
const unitOf = (file: string) => {
  const relative = path.relative(SRC, file);
  return relative.includes(path.sep) ? relative.split(path.sep)[0]! : relative;
};

function folderGraph(files: Map<string, Set<string>>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [from, targets] of files) {
    const unit = path.join(SRC, unitOf(from));
    const edges = graph.get(unit) ?? new Set<string>();
    for (const to of targets) if (unitOf(to) !== unitOf(from)) edges.add(path.join(SRC, unitOf(to)));
    graph.set(unit, edges);
  }
  return graph;
}

describe('import graph of src/', () => {
  const files = imports(false);
  const withTypes = imports(true);

  it('has no cycle between files', () => {
    expect(files.size).toBeGreaterThan(50);
    expect(cycles(files)).toEqual([]);
    expect(cycles(withTypes)).toEqual([]);
  });

  it('has no cycle between folders, counting type imports', () => {
    expect(cycles(folderGraph(files))).toEqual([]);
    expect(cycles(folderGraph(withTypes))).toEqual([]);
  });

  it('keeps the data layer and the look-ahead engine free of anything above them', () => {
    // The model may also use the two leaves of src/ that import nothing of the project: where the
    // project is (the metric lexicon's file) and the API's error constructors (metric names refused).
    const allowed: Record<string, readonly string[]> = {
      db: ['db'],
      lookahead: ['lookahead', 'db'],
      model: ['model', 'projectRoot.ts', 'errors.ts'],
    };
    for (const [from, targets] of files) {
      const unit = unitOf(from);
      const permitted = allowed[unit];
      if (!permitted) continue;
      for (const to of targets)
        expect(permitted, `${path.relative(SRC, from)} imports ${path.relative(SRC, to)}`).toContain(unitOf(to));
    }
  });
});
