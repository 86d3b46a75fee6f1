import { describe, expect, it } from 'vitest';
import { detectClaims } from '@/lib/claims/public-api';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { splitSentences } from '@/lib/text/sentences';

/** A claim first, so that a following sentence is read in a topical context. */
const LEAD = 'KCNA said about 1.4 million young people had volunteered to join the army.';

function read(sentence: string, lang = 'en', lead = LEAD) {
  const text = `${lead} ${sentence}`;
  return detectClaims(text, splitSentences(text, lang), northKoreaPack, lang, { explain: true });
}

/** Why the sentence after the lead was not flagged. */
function reasonFor(found: ReturnType<typeof read>): string | undefined {
  return found.decisions?.[1]?.reason;
}

/** Our own sentences: caveats and verification notes, never claims, kept for the card. */
const CAVEATS: Array<[lang: string, sentence: string]> = [
  ['en', 'No outsider can check it, and Pyongyang has announced waves like this before.'],
  [
    'en',
    'KCNA was the only source for the figure, and foreign reporters cannot travel freely in North Korea.',
  ],
  ['en', 'North Korea has not confirmed that any of its soldiers are in Russia.'],
  ['en', "It was not possible to verify the agency's figures."],
  ['en', 'There has been no independent confirmation of the troop numbers.'],
  ['en', 'It is unclear how many of the volunteers would actually join the army.'],
  ['en', 'Experts doubt that the army could absorb so many recruits.'],
  ['en', 'The North Korean embassy did not respond to requests for comment.'],
  ['en', 'Estimates of the troops involved differ and remain hard to check.'],
  ['en', 'North Korea has made such claims before, usually when tensions rise.'],
  ['de', 'Nordkorea selbst hat keine Verluste bestätigt.'],
  ['de', 'Ob die Soldaten tatsächlich kämpfen, ist unklar.'],
  ['fr', "La Corée du Nord n'a pas confirmé la présence de ses soldats."],
  ['ko', '북한은 파병 사실을 확인하지 않았다.'],
];

describe('detectClaims: caveats', () => {
  it.each(CAVEATS)('%s: a caveat, not a claim: %s', (lang, sentence) => {
    const lead = {
      en: LEAD,
      de: 'KCNA meldete, 1,4 Millionen junge Menschen hätten sich gemeldet.',
      fr: "Selon KCNA, 1,4 million de jeunes veulent rejoindre l'armée.",
      ko: '조선중앙통신은 청년 140만 명이 입대를 탄원했다고 보도했다.',
    }[lang];
    const found = read(sentence, lang, lead);
    expect(found.claims.map((c) => c.text)).toEqual([lead]);
    expect(found.caveats.map((c) => c.text)).toEqual([sentence]);
    expect(reasonFor(found)).toBe('excluded: caveat');
  });

  it('keeps a claim whose caveat is a later clause', () => {
    const { claims } = read(
      "South Korea's spy agency said 1,500 troops had been sent to Russia, but Moscow has not confirmed it.",
    );
    expect(claims.map((c) => c.kind)).toEqual(['state-media', 'official-estimate']);
  });
});

/** Our own sentences: statements that carry no checkable fact. */
const NOT_CLAIMS: Array<[why: string, sentence: string]> = [
  ['refusal', "South Korea's military said the North's claims did not deserve a response."],
  ['offer', 'Zelensky said he was ready to hand the two soldiers over to North Korea.'],
  ['concern', 'Washington said it was deeply concerned by the deployment of the troops.'],
  ['negated verb', "Pyongyang has never acknowledged the soldiers' deaths."],
  ['meeting', 'Cho Tae-yong, the agency director, briefed President Yoon at a meeting on Friday.'],
];

describe('detectClaims: non-claims', () => {
  it.each(NOT_CLAIMS)('%s: %s', (_why, sentence) => {
    const found = read(sentence);
    // Only the lead is a claim, and the sentence has a reason of its own for not being one.
    expect(found.claims.map((c) => c.text)).toEqual([LEAD]);
    expect(found.decisions?.[1]?.kind).toBeUndefined();
    expect(reasonFor(found)).toBeTruthy();
  });
});

describe('detectClaims: evasions and dismissals', () => {
  it('does not flag an evasive answer', () => {
    expect(
      read(
        'Asked about satellite images of the troops, Putin said how Russia used its treaty with Pyongyang was its own business.',
      ).claims,
    ).toHaveLength(1);
  });

  it('reads calling the reports contradictory as a denial', () => {
    const { claims } = read(
      'Kremlin spokesman Dmitry Peskov called the reports about the troops contradictory.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['state-media', 'denial']);
  });
});
