import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { ManifestError, TrustedDocuments } from '../../src/persisted/trustedDocuments.js';

describe('configuration of trusted documents and cost budgets', () => {
  it('defaults to open documents, the examples manifest, and budgets of 500,000 / 100,000 points a minute', () => {
    const config = readConfig({});
    expect(config.trustedDocuments).toEqual({
      mode: 'open',
      manifest: 'examples/app/src/gql/persisted-documents.json',
    });
    expect(config.budgets).toEqual({ points: 500_000, anonymousPoints: 100_000, windowSeconds: 60 });
  });

  it('turns budgets off with KG_RATE_LIMIT_POINTS=0 and reads the mode', () => {
    const config = readConfig({ KG_RATE_LIMIT_POINTS: '0', KG_TRUSTED_DOCUMENTS: 'listed-only' });
    expect(config.budgets).toBeUndefined();
    expect(config.trustedDocuments.mode).toBe('listed-only');
  });

  it('names a bad mode or budget in its message', () => {
    expect(() => readConfig({ KG_TRUSTED_DOCUMENTS: 'closed', KG_RATE_LIMIT_WINDOW_S: '0' })).toThrow(
      /KG_TRUSTED_DOCUMENTS[\s\S]*KG_RATE_LIMIT_WINDOW_S|KG_RATE_LIMIT_WINDOW_S[\s\S]*KG_TRUSTED_DOCUMENTS/,
    );
  });

  it('stops the start with a clear message when the manifest cannot be read', () => {
    expect(() => TrustedDocuments.fromManifestFile('listed-only', '/nonexistent/manifest.json')).toThrow(ManifestError);
    expect(() => TrustedDocuments.fromManifestFile('listed-only', '/nonexistent/manifest.json')).toThrow(
      /Cannot read the trusted documents manifest \/nonexistent\/manifest.json/,
    );
  });
});
