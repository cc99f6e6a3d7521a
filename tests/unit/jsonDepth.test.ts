/** The JSON nesting check the HTTP layer runs on request bodies before parsing them (src/http/jsonDepth.ts). */
import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../../src/http/jsonDepth.js';

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('exceedsJsonDepth', () => {
  it('accepts the nesting of ordinary requests and refuses one level more than the limit', () => {
    expect(exceedsJsonDepth('{"query":"{ a }","variables":{"input":{"amounts":[{"value":1}]}}}')).toBe(false);
    expect(exceedsJsonDepth(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(exceedsJsonDepth(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(exceedsJsonDepth(`{"variables":{"junk":${nested(6_000)}}}`)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ query: '['.repeat(500), note: 'a \\" [[[[ " {{{{' });
    expect(exceedsJsonDepth(text, 2)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ a: ['"[[['] }), 2)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ a: [['x']] }), 2)).toBe(true);
  });
});
