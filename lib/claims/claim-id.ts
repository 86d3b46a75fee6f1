/**
 * Stable claim ids: a short FNV-1a hash of the normalised sentence, so re-reading the same page
 * (after a DOM change, or in another tab) gives the same ids, and duplicates get "-2", "-3".
 */

/** Lower case, one space, straight quotes: the same sentence hashes the same however it is typed. */
export function normaliseForId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** 32-bit FNV-1a over UTF-16 code units, in base 36. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Makes ids for sentences in page order; repeated sentences get a numeric suffix. */
export function createIdMaker(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = `c-${fnv1a(normaliseForId(text))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
