/**
 * The fixed split of the labelled articles into a tuning part and a check part. The check part is
 * our own estimate of what articles nobody here has seen get: rules are never tuned to one of its
 * sentences. One item in four goes to the check part, stratified by language and topic label
 * (each stratum sorted by a hash of the item's id, every fourth from the first, so a small stratum still has one), so the split
 * does not move when an item is added to another stratum, and each language and each side
 * (on, off) is represented in both parts.
 */

export type Part = 'tune' | 'check';

/** FNV-1a over the id's UTF-16 code units: stable across runs, machines and Node versions. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One check item in this many, per stratum. */
export const CHECK_EVERY = 4;

/** The part of each item, by id. */
export function splitParts(
  items: ReadonlyArray<{ id: string; lang: string; topic: string }>,
): Map<string, Part> {
  const strata = new Map<string, Array<{ id: string; hash: number }>>();
  for (const item of items) {
    const key = `${item.lang}/${item.topic}`;
    const list = strata.get(key) ?? [];
    list.push({ id: item.id, hash: idHash(item.id) });
    strata.set(key, list);
  }
  const parts = new Map<string, Part>();
  for (const list of strata.values()) {
    list.sort((a, b) => a.hash - b.hash || (a.id < b.id ? -1 : 1));
    list.forEach((x, i) => parts.set(x.id, i % CHECK_EVERY === 0 ? 'check' : 'tune'));
  }
  return parts;
}
