/**
 * GraphQL Code Generator's client preset over the analyst examples (examples/*.graphql): typed
 * documents for the app in src/main.ts, and the trusted-documents manifest
 * (src/gql/persisted-documents.json, `sha256:<hash>` → document) the API loads at start. Run by
 * `npm run codegen` with the root config; `npm run codegen:check` fails when either is stale.
 *
 * The document ids are prefixed `sha256:` as GraphQL over HTTP's persisted-documents appendix
 * writes them, so an id says how it was made.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const config: CodegenConfig = {
  overwrite: true,
  schema: path.join(root, 'schema/*.graphql'),
  documents: path.join(root, 'examples/*.graphql'),
  generates: {
    [path.join(here, 'src/gql/')]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          hashAlgorithm: (document: string) => `sha256:${createHash('sha256').update(document).digest('hex')}`,
        },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
      },
    },
  },
};

export default config;
