/** Quote matching: OCR line breaks fall inside sentences, so whitespace runs compare as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function documentContainsQuote(collapsedDocument: string, quote: string): boolean {
  return collapsedDocument.includes(collapseWhitespace(quote));
}

const GRAM = 8;

/**
 * Answers "does this quote occur in the document?" for many quotes without scanning the whole
 * document for each: positions of every 8-character window are indexed once, and a quote is
 * compared only where its rarest window occurs (documents repeat phrases such as "Company "; the
 * rarest window of a quote usually occurs once). Linear in the document, then ~linear per quote.
 */
export class QuoteIndex {
  private readonly positions = new Map<string, number[]>();
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly collapsed: string) {
    for (let i = 0; i + GRAM <= collapsed.length; i++) {
      const gram = collapsed.slice(i, i + GRAM);
      const list = this.positions.get(gram);
      if (list) list.push(i);
      else this.positions.set(gram, [i]);
    }
  }

  contains(quote: string): boolean {
    const wanted = collapseWhitespace(quote);
    const cached = this.cache.get(wanted);
    if (cached !== undefined) return cached;
    let found: boolean;
    if (wanted.length < GRAM) {
      found = this.collapsed.includes(wanted);
    } else {
      let rarest: number[] = [];
      let offset = 0;
      for (let i = 0; i + GRAM <= wanted.length; i++) {
        const list = this.positions.get(wanted.slice(i, i + GRAM));
        if (!list) {
          rarest = [];
          break;
        }
        if (i === 0 || list.length < rarest.length) {
          rarest = list;
          offset = i;
        }
        if (rarest.length === 1) break;
      }
      found = rarest.some((at) => at >= offset && this.collapsed.startsWith(wanted, at - offset));
    }
    this.cache.set(wanted, found);
    return found;
  }
}
