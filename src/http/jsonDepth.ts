/**
 * How deeply a JSON text nests, found by one pass over its characters (strings skipped), before any
 * parser or serializer recurses into it: JSON.stringify overflows the stack at a few thousand
 * levels, and nothing this API accepts nests deeper than a handful.
 */

/** Deeper than any variables or extensions this API's operations take (an input type nests ≤ 4). */
export const MAX_JSON_DEPTH = 64;

/** True when `text` nests arrays/objects more than `maxDepth` levels deep. */
export function exceedsJsonDepth(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}
