/**
 * `npm run schema:check`: fails when schema.graphql breaks the last released schema in a way the
 * policy does not allow (scripts/schemaChanges.ts). tests/unit/schemaChanges.test.ts runs the same
 * check in `npm test`. `npm run schema:check -- --release` records the current schema as released.
 * The released schema sits in its own folder: every `schema/*.graphql` is served and generated from.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaProblems } from './schemaChanges.js';

const root = path.resolve(import.meta.dirname, '..');
const file = (name: string): string => path.join(root, name);

if (process.argv.includes('--release')) {
  copyFileSync(file('schema.graphql'), file('schema/released/schema.graphql'));
  process.stdout.write(
    'schema/released/schema.graphql is now schema.graphql; move the Unreleased notes under a version.\n',
  );
} else {
  const problems = await schemaProblems(
    readFileSync(file('schema/released/schema.graphql'), 'utf8'),
    readFileSync(file('schema.graphql'), 'utf8'),
    readFileSync(file('schema/CHANGELOG.md'), 'utf8'),
  );
  for (const problem of problems) process.stderr.write(`${problem.message}\n`);
  if (problems.length > 0) process.exit(1);
  process.stdout.write('schema.graphql keeps every promise of schema/released/schema.graphql (or records why not).\n');
}
