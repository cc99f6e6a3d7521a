/** The lexicon lives in the model layer (src/model/metricLexicon.ts), below every domain that reads it. */
export * from '../model/metricLexicon.js';
