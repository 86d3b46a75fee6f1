/**
 * The attribution grammar, rule by rule: each test names the sentence that is (or is not) a
 * claim and the reason the reader gives for it. The sentences are our own, written in the way
 * news agencies write, not copied from any article.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '@/lib/claims/public-api';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { splitSentences } from '@/lib/text/sentences';

function read(text: string, lang: string) {
  const { claims, decisions } = detectClaims(
    text,
    splitSentences(text, lang),
    northKoreaPack,
    lang,
    { explain: true },
  );
  const decisionOf = (start: string) => {
    const d = (decisions ?? []).find((x) => text.slice(x.start, x.end).startsWith(start));
    if (!d) throw new Error(`no sentence starts with ${start}`);
    return d;
  };
  return { claims, decisionOf };
}

describe('French: compound tenses, inversion and the conditionnel', () => {
  it('reads "avait assuré", "a d’abord nié" and "avait-il ajouté" as attributions', () => {
    const { decisionOf } = read(
      [
        'Le chef d’état-major russe avait assuré que des soldats nord-coréens combattaient à Koursk.',
        'Le ministre sud-coréen de la Défense a d’abord nié la présence de drones au-dessus de Pyongyang.',
        'Ces unités "utilisent des obus nord-coréens", avait-il ajouté.',
      ].join('\n'),
      'fr',
    );
    expect(decisionOf('Le chef').kind).toBe('official-estimate');
    expect(decisionOf('Le chef').reason).toMatch(/avait assuré/);
    expect(decisionOf('Le ministre').kind).toBe('denial');
    expect(decisionOf('Ces unités').reason).toMatch(/avait-il ajouté/);
  });

  it('continues a report in the conditionnel with the same speaker', () => {
    const { decisionOf } = read(
      'Selon le renseignement sud-coréen, 1 500 soldats nord-coréens ont quitté le pays. Ils seraient déjà arrivés à Vladivostok.',
      'fr',
    );
    const second = decisionOf('Ils seraient');
    expect(second.kind).toBe('official-estimate');
    expect(second.reason).toMatch(/continues the previous claim \(mood "seraient"\)/);
  });
});

describe('German: Konjunktiv carries reported speech on', () => {
  it('makes a Konjunktiv sentence after a report the same speaker’s claim', () => {
    const { decisionOf } = read(
      'Nach Angaben des südkoreanischen Generalstabs überquerten rund 20 nordkoreanische Soldaten die Grenze. Sie hätten nach Warnschüssen sofort kehrtgemacht.',
      'de',
    );
    const second = decisionOf('Sie hätten');
    expect(second.kind).toBe('official-estimate');
    expect(second.reason).toMatch(/mood "hätten"/);
  });

  it('does not flag an indicative background sentence after a report', () => {
    const { decisionOf } = read(
      'Nach Angaben des südkoreanischen Generalstabs überquerten rund 20 nordkoreanische Soldaten die Grenze.\nDie Grenze ist seit 1953 eine der am stärksten bewachten der Welt.',
      'de',
    );
    expect(decisionOf('Die Grenze').kind).toBeUndefined();
  });
});

describe('English: a report’s next figure continues it', () => {
  it('takes a figure in another length unit as the same report', () => {
    const { decisionOf } = read(
      'KCNA said the new missile flew 1,000 km before landing in the sea. It climbed to an altitude of 3,700 miles.',
      'en',
    );
    expect(decisionOf('It climbed').kind).toBe('state-media');
    expect(decisionOf('It climbed').reason).toMatch(/same unit/);
  });
});

describe('hypotheses and impersonal reports', () => {
  it('does not flag a sentence that opens with a condition', () => {
    const { decisionOf } = read(
      'Sollte sich diese Annahme bestätigen, würden nordkoreanische Soldaten erstmals in Europa kämpfen, sagte der Minister.',
      'de',
    );
    expect(decisionOf('Sollte').kind).toBeUndefined();
    expect(decisionOf('Sollte').reason).toBe('excluded: hypothetical');
  });

  it('reads "hieß es" with nobody before it as a report without a source', () => {
    const { decisionOf } = read(
      'Am Freitag hieß es, 1.500 nordkoreanische Soldaten würden in Russland ausgebildet.',
      'de',
    );
    expect(decisionOf('Am Freitag').kind).toBe('unnamed-source');
    expect(decisionOf('Am Freitag').reason).toMatch(/impersonal attribution: "hieß es"/);
  });
});

describe('headlines and postpositions', () => {
  it('reads "claim: speaker" as the speaker’s claim', () => {
    const { decisionOf } = read('Twelve soldiers died in the Kursk mission: Kim Jong Un\n', 'en');
    expect(decisionOf('Twelve').kind).toBe('state-media');
    expect(decisionOf('Twelve').reason).toMatch(/headline attribution/);
  });

  it('finds the speaker before "zufolge" and the subject of "nach eigenen Angaben"', () => {
    const { decisionOf } = read(
      'Den Staatsmedien zufolge meldeten sich 500.000 junge Nordkoreaner zum Militärdienst.\nNordkorea hat nach eigenen Angaben eine neue Interkontinentalrakete getestet.',
      'de',
    );
    expect(decisionOf('Den Staatsmedien').kind).toBe('state-media');
    expect(decisionOf('Nordkorea hat').kind).toBe('state-media');
    expect(decisionOf('Nordkorea hat').reason).toMatch(/nach eigenen angaben/i);
  });
});

describe('German hearsay modals and source compounds', () => {
  it('reads "soll … haben" as hearsay and "soll … absichern" as a duty', () => {
    const { decisionOf } = read(
      'Eine nordkoreanische Drohne soll am Montag die Grenze überflogen haben.\nDas UN-Kommando soll den Waffenstillstand an der Grenze absichern.',
      'de',
    );
    expect(decisionOf('Eine').kind).toBe('unnamed-source');
    expect(decisionOf('Eine').reason).toMatch(/hedge: "soll"/);
    expect(decisionOf('Das UN').kind).toBeUndefined();
  });

  it('takes the source named inside "nach UN-Angaben"', () => {
    const { decisionOf } = read(
      'Rund 20 nordkoreanische Soldaten haben nach UN-Angaben die Grenze überquert.',
      'de',
    );
    expect(decisionOf('Rund').kind).toBe('official-estimate');
    expect(decisionOf('Rund').reason).toMatch(/nach UN-Angaben/);
  });
});

describe('who the officials are', () => {
  it('reads officials of no party as an unnamed source, a named one as official', () => {
    const { decisionOf } = read(
      'Les soldats nord-coréens sont arrivés en Russie le mois dernier, ont indiqué des responsables.\nAndriï Kovalenko, un responsable du Conseil de sécurité ukrainien, a précisé que 3 000 soldats nord-coréens étaient à Koursk.',
      'fr',
    );
    expect(decisionOf('Les soldats').kind).toBe('unnamed-source');
    expect(decisionOf('Andriï').kind).toBe('official-estimate');
  });

  it('lets a pronoun after a threat stand for the official again', () => {
    const { decisionOf } = read(
      '"If another drone crosses our border, we will respond," Kim Yo Jong said. She said 20 South Korean drones had crossed the border in October.',
      'en',
    );
    expect(decisionOf('"If').reason).toBe('excluded: hypothetical');
    expect(decisionOf('She said').kind).toBe('state-media');
  });
});

describe('an organisation we do not know', () => {
  it('takes an acronym right before the verb as an official speaker', () => {
    const { decisionOf } = read(
      'The USFK said the new missile has a range of up to 13,000 km.\nThe NDC suggested the mines were laid by the South.',
      'en',
    );
    expect(decisionOf('The USFK').kind).toBe('official-estimate');
    expect(decisionOf('The USFK').reason).toMatch(/organisation: USFK/);
  });

  it('keeps a known party’s acronym for the party', () => {
    const { decisionOf } = read('The JCS said North Korea fired two missiles on Monday.', 'en');
    expect(decisionOf('The JCS').reason).not.toMatch(/organisation/);
    expect(decisionOf('The JCS').kind).toBe('official-estimate');
  });
});

describe('state media on what another party did', () => {
  it('reads it as an accusation, and on what the state did as its own claim', () => {
    const { decisionOf } = read(
      'KCNA said South Korea sent drones over Pyongyang three times this month.\nKCNA said the army shot down one of the drones near the border.',
      'en',
    );
    expect(decisionOf('KCNA said South').kind).toBe('accusation');
    expect(decisionOf('KCNA said South').cues).toContain(
      'a state-media claim about an act of another party',
    );
    expect(decisionOf('KCNA said the army').kind).toBe('state-media');
  });
});

describe('broad reporting verbs, and the passive', () => {
  it('reads verbs beyond "said" ("conceded", "stressed", "bekräftigte")', () => {
    expect(
      read('The Pentagon conceded that 3,000 North Korean troops had reached Kursk.', 'en')
        .claims[0]?.kind,
    ).toBe('official-estimate');
    expect(
      read('Der Geheimdienst bekräftigte, 3.000 nordkoreanische Soldaten seien in Kursk.', 'de')
        .claims[0]?.kind,
    ).toBe('official-estimate');
  });

  it('gives a passive verb no speaker before it', () => {
    const { decisionOf } = read(
      'More troop movements were observed during Kim Jong Un’s visits to the border units.',
      'en',
    );
    expect(decisionOf('More').kind).toBeUndefined();
  });
});

describe('credit lines', () => {
  it('does not flag "Source: …" lines', () => {
    const { decisionOf } = read(
      'North Korea sent 1,500 troops to Russia, the NIS said.\nSource: Yonhap, a South Korean news agency, citing the NIS',
      'en',
    );
    expect(decisionOf('Source:').kind).toBeUndefined();
    expect(decisionOf('Source:').cues).toContain('source label: "source:"');
  });
});

describe('a hedge inside a named report', () => {
  it('keeps the reporter’s kind', () => {
    const { decisionOf } = read(
      'Der südkoreanische Geheimdienst NIS meldete, 1.500 nordkoreanische Soldaten seien in Russland. Die Soldaten sollen in der Region Kursk im Einsatz sein.',
      'de',
    );
    expect(decisionOf('Die Soldaten').kind).toBe('official-estimate');
    expect(decisionOf('Die Soldaten').cues).toContain('within the report before it');
  });

  it('is an unnamed source on its own', () => {
    const { decisionOf } = read(
      'Die Soldaten sollen in der Region Kursk im Einsatz gewesen sein.',
      'de',
    );
    expect(decisionOf('Die Soldaten').kind).toBe('unnamed-source');
  });
});
