import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '@/lib/text/sentence-breaks';

// The oracle: our scan must cut exactly where the platform's Unicode sentence segmenter does.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const oracle = (text: string) =>
  [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);

/** Characters around which the rules differ: terminators, closers, spaces, marks, cases. */
const TRICKY = [
  'a', 'z', 'B', 'Q', '1', '9', '.', '!', '?', ' ', '\u00a0', '\t', '"', "'", '(', ')', '“',
  '”', '‘', '’', '«', '»', ',', '-', ':', ';', '\u2014', '\r', '\n', '\u2028', '\u0085',
  '\u0301', '\u200b', '\u200d', '\u00ad', '\ufeff', '한', '다', '。', '？', '！', '‼', 'ß', 'İ',
  'ǅ', 'é', 'Σ', 'σ', 'ʰ', 'ª', 'ა', 'Ა', '٫', '\u0600', '\u0663', '１', '\ufe52', '\u2024',
  '\uff0e', '\u3001', '\u2e42', '\u275d', '😀', '\u{1F3FB}', '/', '%',
]; // prettier-ignore

describe('sentenceBreaks', () => {
  it('cuts after terminators, closers and spaces, not inside numbers, initials or lower case', () => {
    const cuts = (text: string) => sentenceBreaks(text).map((at) => text.slice(0, at));
    expect(cuts('He left. She stayed.')).toEqual(['He left. ']);
    // "U.S. Army" is cut by the Unicode rules too; splitSentences mends it (initials).
    expect(cuts('It is 3.5 m long. The U.S. Army said so.')).toEqual([
      'It is 3.5 m long. ',
      'It is 3.5 m long. The U.S. ',
    ]);
    expect(cuts('“It is over.” Then silence! Or not?')).toEqual([
      '“It is over.” ',
      '“It is over.” Then silence! ',
    ]);
    expect(cuts('etc. and so on')).toEqual([]);
    expect(cuts('입대를 탄원했다. 통신은 밝혔다.')).toEqual(['입대를 탄원했다. ']);
  });

  it('reports cuts only inside the range it is given, as if the rest were not there', () => {
    const text = 'Ab. Cd. Ef. Gh.';
    expect(sentenceBreaks(text, 4, 11)).toEqual([8]);
    expect(sentenceBreaks(text, 4, 11)).toEqual(oracle(text.slice(4, 11)).map((i) => i + 4));
  });

  it('agrees with Intl.Segmenter on generated text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 2 })),
          {
            maxLength: 40,
          },
        ),
        (parts) => {
          const text = parts.join('');
          expect(sentenceBreaks(text)).toEqual(oracle(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees with Intl.Segmenter for every BMP character after a full stop and before one', () => {
    const wrong: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      for (const text of [`a. ${ch}a`, `Ab${ch}.B`, `x.${ch} B`]) {
        if (JSON.stringify(sentenceBreaks(text)) !== JSON.stringify(oracle(text))) {
          wrong.push(code.toString(16));
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with Intl.Segmenter on every line of our labelled articles', () => {
    const files = [
      path.resolve('tests/fixtures/claims/own.jsonl'),
      path.resolve('../shared/corpus/claims/dev.jsonl'),
    ].filter((file) => existsSync(file));
    let lines = 0;
    for (const file of files) {
      for (const row of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        for (const line of (JSON.parse(row) as { text: string }).text.split('\n')) {
          expect(sentenceBreaks(line)).toEqual(oracle(line));
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(100);
  });
});
