/**
 * Stable claim ids: a short FNV-1a hash of the normalised sentence, so re-reading the same page
 * (after a DOM change, or in another tab) gives the same ids, and duplicates get "-2", "-3".
 *
 * Normalised means lower case, straight quotes and single spaces, trimmed: the same sentence
 * hashes the same however it is typed. Every claim of a page is hashed, mostly before the engine
 * optimises this code, so the work per character is kept small.
 */

/** Anything normalising would change after lower-casing: curly or angle quotes, other spacing. */
const UNNORMAL = /[“”„«»‘’]|[^\S ]| {2}|^ | $/;

/** `text` lower-cased, with straight quotes and single spaces, trimmed. */
function normalise(text: string): string {
  const lower = text.toLowerCase();
  // Most sentences need nothing more: one search instead of three copies.
  if (!UNNORMAL.test(lower)) return lower;
  return lower
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of `text` normalised (see above), in base 36. The
 * hash is kept as two 16-bit halves so that no step leaves the small-integer range: a full
 * 32-bit value would be boxed on every character by unoptimised code.
 */
export function sentenceHash(text: string): string {
  const normal = normalise(text);
  let lo = 0x9dc5;
  let hi = 0x811c;
  for (let i = 0; i < normal.length; i++) {
    lo ^= normal.charCodeAt(i);
    // hash * 0x01000193 mod 2^32, where 0x01000193 = 2^24 + 0x193.
    const low = lo * 0x193;
    hi = (hi * 0x193 + (low >>> 16) + (lo << 8)) & 0xffff;
    lo = low & 0xffff;
  }
  return (((hi << 16) | lo) >>> 0).toString(36);
}

/** Makes ids for sentences in page order; repeated sentences get a numeric suffix. */
export function createIdMaker(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = `c-${sentenceHash(text)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
