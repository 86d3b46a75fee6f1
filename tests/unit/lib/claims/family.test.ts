import { describe, expect, it } from 'vitest';
import { detectClaims } from '@/lib/claims/public-api';
import { linkFamilies, linkFamily } from '@/lib/claims/family';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { splitSentences } from '@/lib/text/sentences';
import type { Claim } from '@/lib/types';

/** Our own sentences: common phrasings of each family's claims, in four languages. */
const CUE_EXAMPLES: Array<[lang: string, family: string, sentence: string]> = [
  ['en', 'enlistment-drives', 'North Korea says 1.4 million young people asked to join its army'],
  ['en', 'enlistment-drives', 'State media said 800,000 students applied to join the military.'],
  ['en', 'enlistment-drives', 'KCNA said workers had signed up for the army at rallies.'],
  ['en', 'enlistment-drives', 'Pyongyang said a million youths volunteered for the army.'],
  [
    'en',
    'troops-in-russia',
    'The NIS said about 1,500 special forces troops were already in Russia.',
  ],
  [
    'en',
    'troops-in-russia',
    'The Pentagon said 10,000 North Korean troops had been sent to train in eastern Russia.',
  ],
  ['en', 'troops-in-russia', 'Kyiv said North Korean units were fighting for Russia.'],
  ['en', 'troops-in-russia', 'The soldiers were deployed to the Russian territory, Seoul said.'],
  ['en', 'casualties', 'The NIS said about 300 soldiers had died and 2,700 were wounded.'],
  ['en', 'inter-korean-roads', 'The JCS said the North detonated sections of two roads.'],
  [
    'de',
    'enlistment-drives',
    'KCNA meldete, 1,4 Millionen junge Menschen hätten sich freiwillig gemeldet.',
  ],
  [
    'de',
    'troops-in-russia',
    'Der Geheimdienst sagte, 1500 Soldaten seien nach Russland geschickt worden.',
  ],
  ['fr', 'enlistment-drives', "Selon KCNA, 1,4 million de jeunes veulent rejoindre l'armée."],
  ['fr', 'troops-in-russia', 'Le Pentagone affirme que 10 000 soldats ont été envoyés en Russie.'],
  ['ko', 'enlistment-drives', '조선중앙통신은 청년 140만 명이 입대를 탄원했다고 보도했다.'],
  ['ko', 'troops-in-russia', '국정원은 북한이 특수부대 1500명을 러시아로 보냈다고 밝혔다.'],
];

describe('linkFamily: cue phrasings', () => {
  it.each(CUE_EXAMPLES)('%s %s: %s', (lang, family, sentence) => {
    expect(linkFamily(sentence, northKoreaPack, lang)).toBe(family);
  });

  it('leaves a sentence with no cue unlinked', () => {
    expect(linkFamily('The Kremlin described them as fake news.', northKoreaPack, 'en')).toBe(
      undefined,
    );
  });
});

function read(text: string): Claim[] {
  return detectClaims(text, splitSentences(text, 'en'), northKoreaPack, 'en').claims;
}

function families(text: string): Array<[string, string | undefined]> {
  return read(text).map((c) => [c.text.slice(0, 30), c.familyId]);
}

describe('linkFamilies: the context pass', () => {
  it('gives a denial with no cue the family of the claim it answers, across one paragraph', () => {
    const text = [
      "South Korea's spy agency said about 1,500 North Korean troops were already in Russia.",
      'Russia has rejected the reports, with the Kremlin describing them as fake news.',
    ].join('\n\n');
    expect(families(text)).toEqual([
      ["South Korea's spy agency said ", 'troops-in-russia'],
      ['Russia has rejected the report', 'troops-in-russia'],
    ]);
  });

  it('does not reach back more than one paragraph', () => {
    const text = [
      "South Korea's spy agency said about 1,500 North Korean troops were already in Russia.",
      'Officials met in Seoul on Monday to discuss the budget.',
      'The weather was mild for the season.',
      'The Kremlin has rejected the reports as fake news about North Korean soldiers.',
    ].join('\n\n');
    const claims = read(text);
    expect(claims.map((c) => c.kind)).toEqual(['official-estimate', 'denial']);
    // Two paragraphs away, but it names the subject: the article's dominant family.
    expect(claims[1]?.familyId).toBe('troops-in-russia');
  });

  it('links a far claim without the subject to nothing', () => {
    const text = [
      "South Korea's spy agency said about 1,500 North Korean troops were already in Russia.",
      'Officials met in Seoul on Monday to discuss the budget.',
      'The weather was mild for the season.',
      'The Kremlin denied the reports about the soldiers, calling them fake news.',
    ].join('\n\n');
    const claims = read(text);
    expect(claims[1]?.kind).toBe('denial');
    expect(claims[1]?.familyId).toBeUndefined();
  });

  it('inherits through a back-reference but not for an unrelated statement', () => {
    const base: Claim = {
      id: 'a',
      kind: 'state-media',
      start: 0,
      end: 60,
      text: 'KCNA said 1.4 million youths had volunteered to join the army.',
      cues: [],
      figures: [],
    };
    const text = `${base.text} Seoul said the figure was an attempt to stir loyalty. Seoul said its troops were on alert.`;
    const second: Claim = {
      ...base,
      id: 'b',
      kind: 'official-estimate',
      start: 64,
      end: 117,
      text: 'Seoul said the figure was an attempt to stir loyalty.',
    };
    const third: Claim = {
      ...base,
      id: 'c',
      kind: 'official-estimate',
      start: 118,
      end: text.length,
      text: 'Seoul said its troops were on alert.',
    };
    const out = linkFamilies(text, [base, second, third], northKoreaPack, 'en');
    expect(out.map((c) => c.familyId)).toEqual([
      'enlistment-drives',
      'enlistment-drives',
      undefined,
    ]);
    // Inputs are not changed.
    expect(second.familyId).toBeUndefined();
  });
});
