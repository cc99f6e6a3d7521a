/**
 * The owner of what curated writes create (src/curation/): their facts, reports and sources carry
 * `documentId: 'curation'` where a document's carry its id, and no document load ever touches them.
 */
export const CURATION_OWNER = 'curation';
