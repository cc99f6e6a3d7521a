/** Metric names are matched in the model layer (src/model/metricNames.ts), below every domain that checks them. */
export * from '../model/metricNames.js';
