/** Readiness answers quickly, probes at most once per interval, and says "down" when the probe hangs. */
import { describe, expect, it } from 'vitest';
import { cachedReadiness } from '../../src/http/readiness.js';

describe('cachedReadiness', () => {
  it('reuses one probe for concurrent and repeated calls within its interval', async () => {
    let probes = 0;
    const ready = cachedReadiness({
      probe: async () => {
        probes++;
      },
      ttlMs: 60_000,
    });
    expect(await Promise.all([ready(), ready(), ready()])).toEqual([true, true, true]);
    expect(await ready()).toBe(true);
    expect(probes).toBe(1);
  });

  it('probes again once the interval has passed, and reports a failing probe as not ready', async () => {
    let healthy = true;
    let probes = 0;
    const ready = cachedReadiness({
      probe: async () => {
        probes++;
        if (!healthy) throw new Error('down');
      },
      ttlMs: 0,
    });
    expect(await ready()).toBe(true);
    healthy = false;
    expect(await ready()).toBe(false);
    expect(probes).toBe(2);
  });

  it('says not ready when the probe does not answer within its timeout', async () => {
    // The probe never settles: the answer can only come from readiness's own timeout.
    const ready = cachedReadiness({ probe: () => new Promise<void>(() => undefined), timeoutMs: 50 });
    expect(await ready()).toBe(false);
  });
});
