/**
 * Fails when the committed codegen output (src/generated/graphql.ts, schema.graphql) is stale:
 * regenerates into a temp folder and compares byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-codegen-'));
const config = parse(readFileSync(path.join(root, 'codegen.yml'), 'utf8')) as { generates: Record<string, unknown> };
const outputs = Object.keys(config.generates);
config.generates = Object.fromEntries(Object.entries(config.generates).map(([out, v]) => [path.join(tmp, out), v]));
const tmpConfig = path.join(tmp, 'codegen.yml');
writeFileSync(tmpConfig, stringify(config));
execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', tmpConfig, '--silent'], {
  cwd: root,
  stdio: 'inherit',
});

const stale = outputs.filter(
  (out) => readFileSync(path.join(root, out), 'utf8') !== readFileSync(path.join(tmp, out), 'utf8'),
);
if (stale.length > 0) {
  process.stderr.write(
    `Generated files are stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.\n`,
  );
  process.exit(1);
}
process.stdout.write(`codegen output is up to date (${outputs.join(', ')}).\n`);
