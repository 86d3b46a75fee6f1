import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/text/sentences';

const texts = (text: string, lang = 'en'): string[] =>
  splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps offsets into the original text, trimmed', () => {
    const text = '  First one here.   Second one there.  ';
    const sentences = splitSentences(text, 'en');
    expect(sentences).toHaveLength(2);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[0]?.text).toBe('First one here.');
  });

  it('ends a sentence at every line break, so headlines are sentences', () => {
    expect(texts('Pyongyang claims a big turnout\nThe agency gave no figure.')).toEqual([
      'Pyongyang claims a big turnout',
      'The agency gave no figure.',
    ]);
  });

  it.each([
    [
      'SEOUL, Oct 16 (Reuters) - The army said it was ready. It gave no details.',
      'SEOUL, Oct 16 (Reuters) - The army said it was ready.',
    ],
    [
      'JAKARTA - Officials met on Monday. Nothing was agreed.',
      'JAKARTA - Officials met on Monday.',
    ],
    [
      'SEOUL, Jan. 9 (Yonhap) -- The North fired a rocket. Seoul protested.',
      'SEOUL, Jan. 9 (Yonhap) -- The North fired a rocket.',
    ],
  ])('keeps a dateline with the first sentence: %s', (text, first) => {
    expect(texts(text)[0]).toBe(first);
  });

  it('keeps a dateline that ends with its own full stop apart, agency tag included', () => {
    expect(texts('MOSCOW, October 10. /TASS/. The ministry spoke. Then it stopped.')).toEqual([
      'MOSCOW, October 10. /TASS/.',
      'The ministry spoke.',
      'Then it stopped.',
    ]);
  });

  it.each([
    'On Oct. 3 the U.S. envoy met Mr. Park and Gen. Kim at the U.N. office.',
    'Lt. Col. Ri led unit No. 5 with approx. 300 men.',
    'N. Korea says it fired a new rocket.',
    'Sept. 12 was the day Mrs. Lee arrived.',
  ])('does not cut at abbreviations: %s', (text) => {
    expect(texts(text)).toEqual([text]);
  });

  it('does not cut at German abbreviations and ordinal dates', () => {
    expect(
      texts('Er nannte z.B. die Einheit Nr. 7 bzw. die Truppe. Am 14. Oktober kam sie an.', 'de'),
    ).toEqual(['Er nannte z.B. die Einheit Nr. 7 bzw. die Truppe.', 'Am 14. Oktober kam sie an.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('“We are ready for anything.” The officer left. He said: "It is over."')).toEqual([
      '“We are ready for anything.”',
      'The officer left.',
      'He said: "It is over."',
    ]);
  });

  it('cuts run-together sentences with no space after the full stop', () => {
    expect(
      texts('The unit reached the front.The commander stayed behind.“It was cold.”Nobody slept.'),
    ).toEqual([
      'The unit reached the front.',
      'The commander stayed behind.',
      '“It was cold.”',
      'Nobody slept.',
    ]);
  });

  it('does not cut decimals or initials that run into words', () => {
    expect(texts('About 2.5 million people joined, the U.S.-based group said.')).toHaveLength(1);
  });

  it('splits Korean sentences ending in 다. and keeps a quoted clause with its verb', () => {
    expect(
      texts('북한은 "청년들이 모였다."라고 주장했다. 통신은 숫자를 밝히지 않았습니다.', 'ko'),
    ).toEqual(['북한은 "청년들이 모였다."라고 주장했다.', '통신은 숫자를 밝히지 않았습니다.']);
  });

  it('ends a sentence after a one-letter platform name, but not after an initial', () => {
    const de = 'Das schrieb Selenskyj auf der Plattform X. Er veröffentlichte ein Video.';
    expect(splitSentences(de, 'de').map((s) => s.text)).toEqual([
      'Das schrieb Selenskyj auf der Plattform X.',
      'Er veröffentlichte ein Video.',
    ]);
    const en = 'He wrote on X. The post was deleted. Kim J. Un was not named.';
    expect(splitSentences(en, 'en').map((s) => s.text)).toEqual([
      'He wrote on X.',
      'The post was deleted.',
      'Kim J. Un was not named.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n\n  \n', 'en')).toEqual([]);
  });
});

describe('splitSentences: run-together sentences', () => {
  const texts = (text: string): string[] => splitSentences(text, 'en').map((s) => s.text);

  it('cuts a full stop glued to the next sentence', () => {
    expect(texts('Troops moved to the border.The ministry denied it.')).toEqual([
      'Troops moved to the border.',
      'The ministry denied it.',
    ]);
  });

  it('keeps an abbreviation glued to a capitalised word together', () => {
    expect(texts('The drill began on 3 Jan.Most units took part.')).toEqual([
      'The drill began on 3 Jan.Most units took part.',
    ]);
  });

  it('cuts before an elided article or a one-letter word (French paragraphs joined)', () => {
    const fr = (text: string): string[] => splitSentences(text, 'fr').map((s) => s.text);
    expect(
      fr('Le drone venait du Sud.L’agence a publié une carte.A en croire Séoul, rien.'),
    ).toEqual([
      'Le drone venait du Sud.',
      'L’agence a publié une carte.',
      'A en croire Séoul, rien.',
    ]);
  });

  it('cuts after a closing quotation mark and before an opening one', () => {
    expect(texts('He said "no."“Yes,” she said.')).toEqual(['He said "no."', '“Yes,” she said.']);
  });
});

describe('splitSentences: very long lines', () => {
  /** A line of `count` numbered sentences of our own, with abbreviations and quotes mixed in. */
  const longLine = (count: number): string =>
    Array.from({ length: count }, (_, i) =>
      i % 7 === 0
        ? `The U.S. envoy said on Oct. ${(i % 28) + 1} that unit ${i} had moved.`
        : i % 5 === 0
          ? `“Unit ${i} is ready,” an officer said.`
          : `Report ${i} could not be verified.`,
    ).join(' ');

  it('cuts a line of tens of thousands of characters exactly as sentence by sentence', () => {
    const line = longLine(1200);
    expect(line.length).toBeGreaterThan(30_000);
    const found = splitSentences(line, 'en');
    expect(found).toHaveLength(1200);
    expect(found[700]?.text).toBe('The U.S. envoy said on Oct. 1 that unit 700 had moved.');
    for (const s of found) expect(line.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a sentence longer than a window whole', () => {
    const long = `The list ran ${'on and '.repeat(2500)}on.`;
    const found = splitSentences(`Short one. ${long} Last one.`, 'en');
    expect(found.map((s) => s.text)).toEqual(['Short one.', long, 'Last one.']);
  });
});

describe('splitSentences: abbreviations that may end a sentence, and German ordinals', () => {
  const cut = (text: string, lang: string): string[] =>
    splitSentences(text, lang).map((s) => s.text);

  it('ends a sentence after "km." or "a.m." unless a date or a time zone follows', () => {
    expect(cut('The missile flew 1,000 km. It was a test.', 'en')).toEqual([
      'The missile flew 1,000 km.',
      'It was a test.',
    ]);
    expect(cut('It was seen at 7 a.m. The JCS said so.', 'en')).toEqual([
      'It was seen at 7 a.m.',
      'The JCS said so.',
    ]);
    expect(cut('It launched at 7 a.m. Sunday, the JCS said.', 'en')).toHaveLength(1);
    expect(cut('It flew at 1:30 p.m. Eastern Standard Time over Japan.', 'en')).toHaveLength(1);
    expect(cut('He spoke at 10 a.m. about the launch.', 'en')).toHaveLength(1);
    expect(cut('It fired at 7:10 a.m. (2210 GMT), the JCS said.', 'en')).toHaveLength(1);
    expect(cut('Le missile a parcouru 1 000 km. Selon Séoul, il est tombé en mer.', 'fr')).toEqual([
      'Le missile a parcouru 1 000 km.',
      'Selon Séoul, il est tombé en mer.',
    ]);
  });

  it('keeps a German ordinal after an article or a preposition in its sentence', () => {
    expect(cut('Der 1. Gefangene sei 2005 geboren. Er diente als Scharfschütze.', 'de')).toEqual([
      'Der 1. Gefangene sei 2005 geboren.',
      'Er diente als Scharfschütze.',
    ]);
    expect(cut('Zum 75. Jahrestag gab es eine Parade.', 'de')).toHaveLength(1);
    expect(cut('Er kam im Jahr 2005. Danach ging es weiter.', 'de')).toHaveLength(2);
  });
});

describe('splitSentences: Korean sentences run together', () => {
  it('cuts after a stop with Hangul right after it, not after a quoted one', () => {
    const found = splitSentences('합참은 대비하고 있다고 밝혔다.합참 관계자는 말했다.', 'ko');
    expect(found.map((s) => s.text)).toEqual([
      '합참은 대비하고 있다고 밝혔다.',
      '합참 관계자는 말했다.',
    ]);
    expect(splitSentences('북한은 "모였다."라고 주장했다.', 'ko')).toHaveLength(1);
  });
});
