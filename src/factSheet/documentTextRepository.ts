/**
 * The text of documents, read for the fact sheet's document view (`Document.text`). The text is
 * kept on the Document node by the loader; it is read only when a query asks for it, never with the
 * document's other properties (a deck's text is kilobytes, its record a few hundred bytes).
 */
import { byKeyQuery, itemsByKeys } from '../db/batch.js';
import type { Database } from '../db/database.js';

const DOCUMENT_TEXTS_BY_KEYS = byKeyQuery<string>(
  'factSheet.documentTextsByKeys',
  'MATCH (d:Document {id: key})',
  'd.text',
);

export async function documentTextsByKeys(db: Database, keys: readonly string[]): Promise<(string | null)[]> {
  return itemsByKeys<string>(db, DOCUMENT_TEXTS_BY_KEYS, keys);
}
