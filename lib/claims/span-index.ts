/**
 * Matches sorted by start, looked up per sentence: the detector finds each cue list's matches
 * over the whole text once, then asks which lie in the sentence at hand.
 */
import type { Span } from '../types';

/** Index of the first of `all` (sorted by start) starting at or after `start`: a binary search. */
export function firstFrom(all: ReadonlyArray<{ start: number }>, start: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The matches of `all` (sorted by start) lying inside `s` (a sentence). */
export function inSpan<T extends { start: number; end: number }>(all: readonly T[], s: Span): T[] {
  const out: T[] = [];
  for (let i = firstFrom(all, s.start); i < all.length; i++) {
    const m = all[i];
    if (!m || m.start >= s.end) break;
    if (m.end <= s.end) out.push(m);
  }
  return out;
}

/** Whether `all` (sorted by start) holds a match inside `s`: `slice(all, s).length > 0`. */
export function anyIn<T extends { start: number; end: number }>(
  all: readonly T[],
  s: Span,
): boolean {
  for (let i = firstFrom(all, s.start); i < all.length; i++) {
    const m = all[i] as T;
    if (m.start >= s.end) return false;
    if (m.end <= s.end) return true;
  }
  return false;
}

/**
 * `list` sorted by start (stably, in place). Mostly it is sorted already: checking first spares
 * the comparator calls.
 */
export function byStart<T extends { start: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as T).start > (list[i] as T).start)
      return list.sort((x, y) => x.start - y.start);
  }
  return list;
}

/** Whether `m` overlaps any span of `list`. */
export function overlapsAny(m: Span, list: readonly Span[]): boolean {
  return list.some((x) => m.start < x.end && x.start < m.end);
}
