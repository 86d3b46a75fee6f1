import { describe, expect, it } from 'vitest';
import { lintPackText } from '@/lib/pack/lint';
import { countWords, findQuotedSpans } from '@/lib/pack/quotes';

describe('quotation helpers', () => {
  it('finds straight, curly, German, French and CJK quotations', () => {
    const text = 'A said "one two" and B said “three” while C said „vier“, «cinq» and 「여섯」.';
    expect(findQuotedSpans(text)).toEqual(['one two', 'three', 'vier', 'cinq', '여섯']);
  });

  it('does not pair apostrophes', () => {
    expect(findQuotedSpans("Korea's army and the navy's ships")).toEqual([]);
  });

  it('counts words by whitespace', () => {
    expect(countWords('  it is   hard to verify ')).toBe(5);
    expect(countWords('')).toBe(0);
  });
});

describe('lintPackText', () => {
  it('flags a quoted passage of 15 words or more, at its path', () => {
    const long = '"' + Array.from({ length: 15 }, (_, i) => `w${i}`).join(' ') + '"';
    const pack = { families: [{ history: [{ summary: `The minister said ${long}.` }] }] };
    expect(lintPackText(pack)).toEqual([
      {
        path: 'families[0].history[0].summary',
        message: 'quoted passage has 15 words; quotations must stay under 15 words',
      },
    ]);
  });

  it('accepts a 14-word quotation', () => {
    const ok = '"' + Array.from({ length: 14 }, (_, i) => `w${i}`).join(' ') + '"';
    expect(lintPackText({ summary: ok })).toEqual([]);
  });

  it('flags basis-B markers in any form', () => {
    for (const text of ['Year inferred (basis B).', 'Basis: B', 'the year is [B]', 'figure (B)']) {
      expect(lintPackText({ note: text }), text).toHaveLength(1);
    }
    expect(lintPackText({ note: 'the legal basis for the deployment' })).toEqual([]);
  });
});
