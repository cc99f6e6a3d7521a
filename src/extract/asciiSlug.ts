/**
 * Letters that Unicode decomposition leaves whole, spelled as a curator types them in an id: NFKD turns "é" into
 * "e" and a mark, but "ı" (Turkish dotless i), "ø", "æ", "ß", "ł", "đ" and "þ" have no decomposition.
 */
const UNDECOMPOSED: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/** "Belkanat Hava Yolları" → "belkanat-hava-yollari", "Gökçen" → "gokcen": lowercase ASCII words joined by hyphens. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
