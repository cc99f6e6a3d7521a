/**
 * Cypher text without comments and with whitespace runs collapsed (outside string literals and
 * backtick-quoted names). A compiled subtree statement travels with every request it answers;
 * sending it compact saves the API packing and writing a few kilobytes of indentation each time.
 */
export function compactCypher(cypher: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < cypher.length; i++) {
    const ch = cypher[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== ch) j += cypher[j] === '\\' ? 2 : 1;
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += cypher.slice(i, j + 1);
      i = j;
    } else if (ch === '/' && cypher[i + 1] === '/') {
      while (i < cypher.length && cypher[i] !== '\n') i++;
      pendingSpace = true;
    } else if (/\s/.test(ch)) {
      pendingSpace = true;
    } else {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += ch;
    }
  }
  return out;
}
