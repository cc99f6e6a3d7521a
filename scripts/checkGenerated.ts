/**
 * Fails when the committed codegen output (src/generated/, schema.graphql, examples/app/src/gql/) is stale: generates in
 * memory from codegen.ts and compares byte for byte with the files on disk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';
import appConfig from '../examples/app/codegen.js';

const root = path.resolve(import.meta.dirname, '..');
type Output = { filename: string; content: string };
// The root config (resolver types, printed schema, typed examples) and the example app's client
// preset (its typed documents and the trusted-documents manifest).
const outputs = [
  ...((await generate({ ...config, cwd: root, silent: true }, false)) as Output[]),
  ...((await generate({ ...appConfig, cwd: root, silent: true }, false)) as Output[]),
];
const stale = outputs
  .filter((output) => readFileSync(path.resolve(root, output.filename), 'utf8') !== output.content)
  .map((output) => path.relative(root, path.resolve(root, output.filename)));
if (stale.length > 0) {
  process.stderr.write(
    `Generated files are stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.\n`,
  );
  process.exit(1);
}
process.stdout.write(`codegen output is up to date (${outputs.map((o) => o.filename).join(', ')}).\n`);
