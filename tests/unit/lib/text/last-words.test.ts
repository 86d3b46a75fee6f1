import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secondOfLastTwoWords } from '@/lib/text/last-words';

// The definition the scan replaces.
const LAST_TWO = /([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+$/u;
const oracle = (text: string, lo: number, hi: number) => LAST_TWO.exec(text.slice(lo, hi))?.[2];

/** Characters that decide: letters of several scripts, marks, digits, spaces, a split pair. */
const TRICKY = [
  'a', 'Z', 'é', 'ß', 'Σ', '한', 'ʰ', "'", '’', '-', '.', ',', '1', '_', ' ', '\u00a0', '\t', '\n',
  '\u2003', '\u3000', '\ufeff', '\u0301', '𝐀', '😀', '\ud835', '\udc00',
]; // prettier-ignore
/** Words and spaces most often, so that many slices do end in two words. */
const CHARS = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'é', ' ', ' '), weight: 3 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
);

describe('secondOfLastTwoWords', () => {
  it('finds the word before the end after another word', () => {
    expect(secondOfLastTwoWords('Residents in ', 0, 13)).toBe('in');
    expect(secondOfLastTwoWords('in ', 0, 3)).toBeUndefined();
    expect(secondOfLastTwoWords('Residents in', 0, 12)).toBeUndefined();
    expect(secondOfLastTwoWords('3 in ', 0, 5)).toBeUndefined();
    expect(secondOfLastTwoWords('x. in ', 0, 6)).toBeUndefined();
    expect(secondOfLastTwoWords('Guerre en  ', 0, 11)).toBe('en');
  });

  it('answers as the expression does on any slice', () => {
    fc.assert(
      fc.property(fc.array(CHARS, { maxLength: 14 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const lo = a % 3 ? 0 : a % (text.length + 1);
        const hi = b % 2 ? text.length : lo + (b % (text.length - lo + 1));
        expect(secondOfLastTwoWords(text, lo, hi)).toBe(oracle(text, lo, hi));
      }),
      { numRuns: 20000 },
    );
  });
});
