/**
 * Codegen mappers by convention: a GraphQL type `X` is resolved from the record type `XRecord`
 * exported by a module of src/ (e.g. `Company` ← `CompanyRecord` in companies/companyRepository.ts),
 * so adding a type's record needs no configuration line. Found by reading the sources as text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const RECORD = /^export (?:interface|type) (\w+)Record\b/gm;
const SCHEMA_TYPE = /^(?:type|interface|union) (\w+)/gm;

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : files(file, keep);
    return keep(name) ? [file] : [];
  });
}

/** `{ TypeName: '../folder/file.js#TypeNameRecord' }`, relative to `generatedDir`. */
export function recordMappers(root: string, generatedDir: string): Record<string, string> {
  const schemaTypes = new Set(
    files(path.join(root, 'schema'), (n) => n.endsWith('.graphql')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SCHEMA_TYPE)].map((m) => m[1]!),
    ),
  );
  const mappers: Record<string, string> = {};
  for (const file of files(path.join(root, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort()) {
    for (const [, type] of readFileSync(file, 'utf8').matchAll(RECORD)) {
      if (!schemaTypes.has(type!)) continue;
      if (mappers[type!]) throw new Error(`two modules export ${type}Record: ${mappers[type!]} and ${file}`);
      const relative = path.relative(generatedDir, file).replace(/\.ts$/, '.js').split(path.sep).join('/');
      mappers[type!] = `${relative}#${type}Record`;
    }
  }
  return Object.fromEntries(Object.entries(mappers).sort(([a], [b]) => a.localeCompare(b)));
}
