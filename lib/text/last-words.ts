/**
 * The word before a position, read backwards from it: what an end-anchored regular expression
 * would find, without one. An expression ending in `$` is tried at every offset from the start
 * of its input, so asking it of each mention of an article cost a scan of the text before each;
 * reading back from the end looks at only the few characters that decide.
 */
import { isSpaceCode, perCodeUnit } from './code-units';

/** A letter (`\p{L}`), an apostrophe or a hyphen: the `[\p{L}'’-]` of a word below. */
const WORD_UNIT = /^[\p{L}'’-]$/u;
const isWordUnit = perCodeUnit(WORD_UNIT);

/**
 * Code units of the word character ending at `at` in `text[lo, at)`, 0 when none ends there. A
 * surrogate pair counts as one character when both halves are in the range, as the `u` flag
 * reads a slice: a half cut off by `lo` is no letter.
 */
function wordCharBefore(text: string, lo: number, at: number): number {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : c === 0x27 || c === 0x2d ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && at - 2 >= lo) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      const point = String.fromCharCode(high, c);
      return WORD_UNIT.test(point) ? 2 : 0;
    }
  }
  return isWordUnit(c) ? 1 : 0;
}

/**
 * The second of two words at the end of `text[lo, hi)`: group 2 of
 * `/([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+$/u` run on that slice, or undefined when it does not match.
 *
 * Why a backward scan gives the same answer: the slice must end in white space, and the word
 * before it (letters, apostrophes, hyphens, none of which is white space) is the whole run of
 * word characters there, which must start right after white space; before that white space,
 * any word character will do for the first word (the expression does not ask for a word
 * boundary).
 */
export function secondOfLastTwoWords(text: string, lo: number, hi: number): string | undefined {
  let end = hi;
  while (end > lo && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === hi) return undefined;
  let start = end;
  while (start > lo) {
    const n = wordCharBefore(text, lo, start);
    if (n === 0) break;
    start -= n;
  }
  if (start === end || start === lo || !isSpaceCode(text.charCodeAt(start - 1))) return undefined;
  let gap = start - 1;
  while (gap > lo && isSpaceCode(text.charCodeAt(gap - 1))) gap--;
  if (gap === lo || wordCharBefore(text, lo, gap) === 0) return undefined;
  return text.slice(start, end);
}
