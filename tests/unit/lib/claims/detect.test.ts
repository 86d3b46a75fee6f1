import { describe, expect, it } from 'vitest';
import { detectClaims } from '@/lib/claims/public-api';
import type { Family, Pack } from '@/lib/pack/schema';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { splitSentences } from '@/lib/text/sentences';
import { CLAIM_KINDS } from '@/lib/types';
import { KIND_EXAMPLES, NOT_CLAIMS } from './examples';

function detect(text: string, lang = 'en', pack: Pack = northKoreaPack) {
  return detectClaims(text, splitSentences(text, lang), pack, lang);
}

describe('detectClaims: example matrix', () => {
  it('has at least six examples for every kind and fifteen non-claims', () => {
    for (const kind of CLAIM_KINDS) expect(KIND_EXAMPLES[kind].length).toBeGreaterThanOrEqual(6);
    expect(NOT_CLAIMS.length).toBeGreaterThanOrEqual(15);
  });

  for (const kind of CLAIM_KINDS) {
    it.each(KIND_EXAMPLES[kind])(`detects ${kind} and nothing else: %s`, (sentence) => {
      const { claims } = detect(sentence);
      expect(claims.map((c) => c.kind)).toEqual([kind]);
    });
  }

  it.each(NOT_CLAIMS)('does not flag (%s): %s', (_why, sentence) => {
    expect(detect(sentence).claims).toEqual([]);
  });
});

describe('detectClaims: other languages', () => {
  it.each([
    [
      'de',
      'state-media',
      'Die staatliche Nachrichtenagentur KCNA meldete, mehr als 1,4 Millionen junge Menschen hätten sich gemeldet.',
    ],
    [
      'de',
      'official-estimate',
      'Der südkoreanische Geheimdienst schätzt, dass rund 11.000 nordkoreanische Soldaten nach Russland geschickt wurden.',
    ],
    [
      'de',
      'official-estimate',
      'Nach Angaben des Pentagons sind bereits etwa 3000 nordkoreanische Soldaten in Kursk eingetroffen.',
    ],
    [
      'de',
      'unnamed-source',
      'Nordkoreanische Soldaten sollen bei Drohnenangriffen schwere Verluste erlitten haben.',
    ],
    [
      'de',
      'accusation',
      'Pjöngjang warf Seoul vor, Drohnen über die Hauptstadt geschickt zu haben.',
    ],
    ['de', 'denial', 'Der Kreml dementierte, dass nordkoreanische Truppen in der Ukraine kämpfen.'],
    [
      'fr',
      'state-media',
      "Selon l'agence officielle KCNA, plus de 1,4 million de jeunes se sont portés volontaires pour rejoindre l'armée.",
    ],
    [
      'fr',
      'official-estimate',
      'Le renseignement sud-coréen a affirmé que 11 000 soldats nord-coréens avaient été envoyés en Russie.',
    ],
    [
      'fr',
      'unnamed-source',
      'Environ 3 000 soldats nord-coréens auraient été tués ou blessés, selon des sources militaires.',
    ],
    [
      'fr',
      'accusation',
      "Pyongyang a accusé Séoul d'avoir envoyé des drones au-dessus de la capitale.",
    ],
    ['fr', 'denial', 'Le Kremlin a démenti la présence de soldats nord-coréens en Ukraine.'],
    ['ko', 'state-media', '조선중앙통신은 청년 140만 명이 입대를 탄원했다고 보도했다.'],
    ['ko', 'official-estimate', '국정원은 북한군 1만1천 명이 러시아에 파병됐다고 밝혔다.'],
    ['ko', 'unnamed-source', '북한군 병사 수백 명이 전사한 것으로 알려졌다.'],
    ['ko', 'denial', '러시아는 북한군 파병 보도를 부인했다.'],
  ])('%s %s: %s', (lang, kind, sentence) => {
    expect(detect(sentence, lang).claims.map((c) => c.kind)).toEqual([kind]);
  });

  it.each([
    ['de', 'Die Angaben ließen sich nicht unabhängig überprüfen.'],
    ['de', 'Ein Experte sagte, die Rekruten kämen vermutlich vom Land.'],
    ['fr', "Ces chiffres n'ont pas pu être vérifiés de manière indépendante."],
    ['fr', 'Un analyste a estimé que les recrues venaient probablement des campagnes.'],
    ['ko', '이 같은 주장은 독자적으로 확인되지 않았다.'],
    ['ko', '한 전문가는 입대 탄원이 내부 결속용이라고 말했다.'],
  ])('%s: does not flag %s', (lang, sentence) => {
    expect(detect(sentence, lang).claims).toEqual([]);
  });
});

describe('detectClaims: context across sentences', () => {
  it('collects caveats separately and never flags them', () => {
    const text =
      'KCNA said 900,000 students volunteered to join the army. The figure could not be independently verified.';
    const { claims, caveats } = detect(text);
    expect(claims.map((c) => c.text)).toEqual([
      'KCNA said 900,000 students volunteered to join the army.',
    ]);
    expect(caveats.map((c) => c.text)).toEqual(['The figure could not be independently verified.']);
  });

  it('continues a claim with an unattributed headcount and with an anaphoric sentence', () => {
    const text = [
      'The NIS said two soldiers were captured in the Kursk region. The other soldier had no papers.',
      'Earlier reports said the first group had left in October.',
      'About 3,000 more troops followed a week later.',
    ].join('\n');
    const { claims } = detect(text);
    expect(claims.map((c) => [c.kind, c.text.slice(0, 20)])).toEqual([
      ['official-estimate', 'The NIS said two sol'],
      ['official-estimate', 'The other soldier ha'],
      ['unnamed-source', 'Earlier reports said'],
      ['unnamed-source', 'About 3,000 more tro'],
    ]);
  });

  it('resolves "he said" to the previous speaker and remembers titled names', () => {
    const text =
      'Lawmaker Park Min-su said about 400 North Korean soldiers had died. "Many were killed by drones," he said. Park said the toll was rising.';
    const { claims } = detect(text);
    expect(claims.map((c) => c.kind)).toEqual([
      'official-estimate',
      'official-estimate',
      'official-estimate',
    ]);
  });

  it('attributes a sentence to the agency named in a following "This was reported by" sentence', () => {
    const text =
      'Over 600,000 young people asked to join the army this week. This was reported by KCNA.';
    const { claims } = detect(text);
    expect(claims.map((c) => c.text)).toEqual([
      'Over 600,000 young people asked to join the army this week.',
    ]);
    expect(claims[0]).toMatchObject({ kind: 'state-media', claimant: { id: 'kcna' } });
  });

  it('uses the attribution inside a quotation relayed by a wire agency', () => {
    const text = '"State media said 500,000 workers enlisted last year," Reuters reported.';
    expect(detect(text).claims.map((c) => c.kind)).toEqual(['state-media']);
  });

  it('keeps a threat that carries a headcount as a claim', () => {
    const text = 'KCNA said 700,000 youths vowed to wipe out the enemy.';
    expect(detect(text).claims.map((c) => c.kind)).toEqual(['state-media']);
  });
});

describe('detectClaims: claim fields', () => {
  const text =
    'Headline: KCNA says 1.4 million youths enlisted\nKCNA said 1.4 million youths volunteered to enlist. KCNA said 1.4 million youths volunteered to enlist.';

  it('gives stable ids, unique per page', () => {
    const a = detect(text).claims;
    const b = detect(text).claims;
    expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
    expect(a[1]?.id).toMatch(/^c-[0-9a-z]+$/);
    expect(a[2]?.id).toBe(`${a[1]?.id}-2`);
  });

  it('reports span, claimant, cues and absolute figure offsets', () => {
    const claim = detect(text).claims[1];
    expect(claim && text.slice(claim.start, claim.end)).toBe(claim?.text);
    expect(claim?.claimant).toEqual({ name: 'KCNA', id: 'kcna' });
    expect(claim?.cues).toContain('attribution: "said"');
    const figure = claim?.figures[0];
    expect(figure && text.slice(figure.start, figure.end)).toBe('1.4 million youths');
  });

  it('links a claim to the family whose cues occur in it, falling back to English cues', () => {
    const family = (id: string, cues: Family['cues']): Family => ({
      id,
      title: id,
      cues,
      history: [],
      references: [],
      caveats: [],
      developments: [],
    });
    const pack: Pack = {
      ...northKoreaPack,
      families: [
        family('missiles', { en: ['missile'] }),
        family('enlistment', { en: ['volunteered', 'enlist'], de: ['Freiwillige'] }),
      ],
    };
    expect(
      detect('KCNA said 1.4 million youths volunteered to enlist.', 'en', pack).claims[0]?.familyId,
    ).toBe('enlistment');
    expect(detect('The JCS said the North fired a missile.', 'en', pack).claims[0]?.familyId).toBe(
      'missiles',
    );
    expect(
      detect('Zelensky said 30 North Korean soldiers died.', 'en', pack).claims[0]?.familyId,
    ).toBeUndefined();
  });
});
