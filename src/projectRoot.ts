/** The project's root folder (where schema/, seed/, examples/ and docs/ are), found from this file. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
