import { describe, expect, it } from 'vitest';
import { codeUnitsAt, perCodeUnit } from '@/lib/text/code-units';

describe('codeUnitsAt', () => {
  it('counts a surrogate pair as one code point and a lone surrogate as one unit', () => {
    const text = 'a𝐀\ud835b';
    expect(codeUnitsAt(text, 0)).toBe(1);
    expect(codeUnitsAt(text, 1)).toBe(2);
    expect(codeUnitsAt(text, 3)).toBe(1);
    expect(codeUnitsAt(text, 4)).toBe(1);
  });
});

describe('perCodeUnit', () => {
  it('answers as the pattern does, running it once per code unit', () => {
    let runs = 0;
    const pattern = /^\p{Lu}$/u;
    const counting = { test: (s: string) => (runs++, pattern.test(s)) } as RegExp;
    const isUpper = perCodeUnit(counting);
    expect(isUpper(0xc9)).toBe(true);
    expect(isUpper(0xe9)).toBe(false);
    expect(isUpper(0xc9)).toBe(true);
    expect(runs).toBe(2);
  });
});
