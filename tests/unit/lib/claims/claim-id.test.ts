import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdMaker, sentenceHash } from '@/lib/claims/claim-id';

/** The definition the one-pass hash must agree with: normalise with string operations, then hash. */
function reference(text: string): string {
  const normal = text
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const pieces = fc.constantFrom(
  'North',
  'KCNA',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  '\u2028',
  '“',
  '”',
  '„',
  '«',
  '»',
  '"',
  '‘',
  '’',
  "'",
  'İ',
  'ß',
  'Ä',
  '북한',
  '😀',
  'é',
  '1.4',
);

describe('sentenceHash', () => {
  it('is FNV-1a of the normalised sentence', () => {
    expect(sentenceHash('')).toBe(reference(''));
    expect(sentenceHash('  KCNA said “1.4 million” ')).toBe(reference('kcna said "1.4 million"'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(sentenceHash(s)).toBe(reference(s));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(sentenceHash(s)).toBe(reference(s));
      }),
      { numRuns: 500 },
    );
  });

  it('ignores case, quote style and spacing', () => {
    expect(sentenceHash('KCNA said “yes”.')).toBe(sentenceHash(' kcna  said\n"yes". '));
    expect(sentenceHash('It’s true')).toBe(sentenceHash("it's true"));
    expect(sentenceHash('KCNA said yes.')).not.toBe(sentenceHash('KCNA said no.'));
  });
});

describe('createIdMaker', () => {
  it('numbers repeated sentences', () => {
    const makeId = createIdMaker();
    const first = makeId('KCNA said so.');
    expect(first).toMatch(/^c-[0-9a-z]+$/);
    expect(makeId('kcna  said so.')).toBe(`${first}-2`);
    expect(makeId('KCNA said so.')).toBe(`${first}-3`);
    expect(makeId('Seoul said so.')).not.toBe(first);
  });
});
