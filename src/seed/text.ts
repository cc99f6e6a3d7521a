/** Quote matching: OCR line breaks fall inside sentences, so whitespace runs compare as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function documentContainsQuote(collapsedDocument: string, quote: string): boolean {
  return collapsedDocument.includes(collapseWhitespace(quote));
}
