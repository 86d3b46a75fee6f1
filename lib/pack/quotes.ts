/**
 * Quotation helpers. House rule: third-party wording in a pack stays under 15 words and names
 * its speaker; everything else is our own paraphrase.
 */

/** Words in a text, counted by whitespace (good enough for en/de/fr and spaced Korean). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

// Straight and typographic double quotes, guillemets and Korean/CJK corner brackets. Single
// quotes are left out: they double as apostrophes ("Korea's") and would pair up wrongly.
const QUOTED = /"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]|«([^»]+)»|「([^」]+)」|『([^』]+)』/gu;

/** The quoted passages inside a text, without their quote marks. */
export function findQuotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match.slice(1).find((group) => group !== undefined);
    if (inner !== undefined) spans.push(inner);
  }
  return spans;
}
