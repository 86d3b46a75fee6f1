import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/claims/languages/registry';
import {
  countPhraseLists,
  findPhraseLists,
  findPhrases,
  hasPhrase,
  phraseRegex,
  type PhraseMatch,
} from '@/lib/claims/phrases';
import {
  ALNUM,
  ALNUM_CASE_CLOSURE,
  foldCode,
  isWordCode,
  phraseText,
} from '@/lib/claims/phrase-text';

/** Hundreds of generated cases: seconds on a loaded machine, never the 5 s default. */
const PROPERTY_TIMEOUT = 30_000;

/** The definition: the list's regular expression, run over `text[from, to)`. */
function byRegex(
  list: readonly string[],
  text: string,
  boundaries: boolean,
  from = 0,
  to = text.length,
): PhraseMatch[] {
  const re = phraseRegex(list, boundaries);
  if (!re) return [];
  const slice = text.slice(from, to);
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const WORDS = [
  'said',
  'Said',
  'SAID',
  'he',
  'the',
  'agency',
  'news',
  'korea',
  "Korea's",
  'Korea’s',
  'U.S.',
  'us',
  'reported',
  'report',
  'reports',
  'to',
  'were',
  'not',
  'deployed',
  'deploy',
  'Behörde',
  'BEHÖRDE',
  'straße',
  'ı',
  'i',
  'İ',
  '북한은',
  '밝혔다',
  'x1',
  'test-firing',
  'é',
  'were',
  'reported to',
  'said to',
  'deployed to',
  'the news agency',
];
const SEPARATORS = [' ', ' ', '  ', '\u00a0', '\n', ', ', '. ', '"', '“', '(', ')', '-', "'", ''];
const PHRASES = [
  'said',
  'he said',
  'the agency',
  'the news agency',
  'were * reported to',
  'were * said to',
  'deploy~ to',
  'report~',
  "Korea's",
  'U.S.',
  'test-firing',
  'not',
  'behörde',
  'straße',
  'ı',
  'i',
  'İ',
  '북한',
  '밝혔',
  'x1',
  '"said',
  '* said',
  'said *',
  'é',
  'news~',
];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''));
const listArb = fc.uniqueArray(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 8 });

/** Our own article text, in three languages, for the cue-list checks. */
const OWN_TEXT = [
  'North Korea’s state news agency KCNA said on Monday that about 1.4 million young people',
  'had volunteered to join the army. The figures could not be independently verified.',
  'South Korea’s spy agency told lawmakers that 3,000 soldiers were reportedly deployed to',
  'Russia, and U.S. officials said the troops are thought to be training near the border.',
  'Der Geheimdienst teilte mit, Nordkorea habe Soldaten geschickt. 북한은 병력을 보냈다고 밝혔다.',
].join('\n');

/** A language's phrase lists: its cue data's arrays of strings. */
function cueLists(cues: object): string[][] {
  return (Object.values(cues).filter(Array.isArray) as unknown[][]).filter((list) =>
    list.every((p) => typeof p === 'string'),
  ) as string[][];
}

describe('findPhrases', () => {
  it(
    'finds exactly what the list’s regular expression finds',
    () => {
      fc.assert(
        fc.property(textArb, listArb, fc.boolean(), (text, list, boundaries) => {
          expect(findPhrases(list, text, boundaries)).toEqual(byRegex(list, text, boundaries));
          expect(hasPhrase(list, text, boundaries)).toBe(
            byRegex(list, text, boundaries).length > 0,
          );
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'matches a range as if it were the whole text, whole words cut or not',
    () => {
      fc.assert(
        fc.property(
          textArb,
          listArb,
          fc.boolean(),
          fc.nat(),
          fc.nat(),
          (text, list, boundaries, a, b) => {
            const from = text.length ? a % text.length : 0;
            const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
            expect(findPhrases(list, text, boundaries, from, to)).toEqual(
              byRegex(list, text, boundaries, from, to),
            );
          },
        ),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('takes one to four words for a `*`, and the fewest that let the rest match', () => {
    const list = ['were * reported to'];
    for (const gap of ['a', 'a b', 'a b c', 'a b c d', 'a b c d e', 'a, b']) {
      const text = `They were ${gap} reported to be there, and were reported to leave.`;
      expect(findPhrases(list, text, true)).toEqual(byRegex(list, text, true));
    }
    expect(findPhrases(list, 'they were a b c d reported to go', true)).toHaveLength(1);
    expect(findPhrases(list, 'they were a b c d e reported to go', true)).toHaveLength(0);
  });

  it('stops after `limit` matches', () => {
    const text = 'He said it. She said it. They said it.';
    expect(findPhrases(['said'], text, true, 0, text.length, 2)).toHaveLength(2);
  });

  it('finds the same as the regular expressions on our own article text, for every cue list', () => {
    for (const cues of Object.values(LANGUAGES)) {
      for (const list of cueLists(cues)) {
        for (const b of [true, false]) {
          expect(findPhrases(list, OWN_TEXT, b)).toEqual(byRegex(list, OWN_TEXT, b));
        }
      }
    }
  });
});

describe('findPhraseLists', () => {
  it(
    'gives each list exactly what findPhrases gives it, for whole texts and ranges',
    () => {
      fc.assert(
        fc.property(
          textArb,
          fc.array(listArb, { minLength: 1, maxLength: 5 }),
          fc.boolean(),
          fc.nat(),
          fc.nat(),
          fc.boolean(),
          (text, lists, boundaries, a, b, whole) => {
            const from = whole || !text.length ? 0 : a % text.length;
            const to = whole ? text.length : from + (b % (text.length - from + 1));
            expect(findPhraseLists(lists, text, boundaries, from, to)).toEqual(
              lists.map((list) => findPhrases(list, text, boundaries, from, to)),
            );
          },
        ),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('agrees with findPhrases for every cue list of every language together', () => {
    for (const cues of Object.values(LANGUAGES)) {
      const lists = cueLists(cues);
      for (const b of [true, false]) {
        expect(findPhraseLists(lists, OWN_TEXT, b)).toEqual(
          lists.map((list) => findPhrases(list, OWN_TEXT, b)),
        );
      }
    }
  });
});

describe('countPhraseLists', () => {
  it('counts what findPhrases finds for each list', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(listArb, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (text, lists, boundaries) => {
          expect(countPhraseLists(lists, text, boundaries)).toEqual(
            lists.map((list) => findPhrases(list, text, boundaries).length),
          );
        },
      ),
      { numRuns: 300 },
    );
    const lists = cueLists(LANGUAGES.en ?? {});
    const counts = countPhraseLists(lists, OWN_TEXT, true);
    expect(counts).toEqual(lists.map((list) => findPhrases(list, OWN_TEXT, true).length));
    expect(counts.some((n) => n > 1)).toBe(true);
  });
});

describe('word characters and case folding', () => {
  it('agree with the regular expression engine on every BMP character', () => {
    const word =
      /^[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u3131-\u318E\uAC00-\uD7A3]$/iu;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (isWordCode(c) !== word.test(ch)) throw new Error(`word ${c.toString(16)}`);
      // Characters one case mapping apart, when the engine calls them equal, fold alike.
      for (const other of [ch.toLowerCase(), ch.toUpperCase()]) {
        if (other.length !== 1 || other === ch) continue;
        const same = new RegExp(`^\\u{${c.toString(16)}}$`, 'iu').test(other);
        if (same !== (foldCode(c) === foldCode(other.charCodeAt(0))) && c !== 0x2019)
          throw new Error(`fold ${c.toString(16)} ${other}`);
      }
    }
  });

  it('split words where the engine would, with the case closure spelled out', () => {
    const caseless = new RegExp(`^[${ALNUM}${ALNUM_CASE_CLOSURE}]$`);
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      // Tokens are split from the folded text, so only folded characters matter.
      const folded = foldCode(c);
      if (caseless.test(String.fromCharCode(folded)) !== isWordCode(folded))
        throw new Error(`closure ${folded.toString(16)}`);
    }
    // Words holding closure characters (micro sign, Kelvin sign, IPA letters) stay whole, and
    // an astral character separates like any non-word character.
    const text = 'Dose: 5 µg at 300 \u212A (KELVIN); ɓaɗa 🙂 Ω north\u2011korea';
    const words = (t: string) => {
      const prepared = phraseText(t, false);
      const reference = prepared.folded
        .split(new RegExp(`[^${ALNUM}]+`, 'iu'))
        .filter((w) => w !== '');
      expect(prepared.tokens().keys).toEqual(reference);
      return reference;
    };
    // Without a closure character the text takes the shorter class.
    expect(words(text.replace('ɓaɗa ', ''))).toHaveLength(10);
    const reference = words(text);
    expect(reference).toEqual([
      'dose',
      '5',
      '\u03BCg',
      'at',
      '300',
      'k',
      'kelvin',
      'ɓaɗa',
      'ω',
      'north',
      'korea',
    ]);
  });
});
