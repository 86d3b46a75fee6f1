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

  it('continues a report in the conditionnel with the same speaker and kind', () => {
    const { decisionOf } = read(
      'Selon le renseignement sud-coréen, 1 500 soldats nord-coréens ont quitté le pays. Ils seraient déjà arrivés à Vladivostok.',
      'fr',
    );
    const second = decisionOf('Ils seraient');
    expect(second.kind).toBe('official-estimate');
    // The conditionnel is a hedge of its own, and within a named report it keeps its speaker.
    expect(second.cues).toContain('within the report before it');
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
    // Hers, and of the South's drones: the North accusing the South (the guide's kind).
    expect(decisionOf('She said').kind).toBe('accusation');
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

describe('a hedge and the report around it', () => {
  it('keeps the kind of a named report a paragraph or two before it', () => {
    const { decisionOf } = read(
      [
        'South Korea’s spy agency said about 3,000 more North Korean troops had gone to Russia.',
        'The agency briefed lawmakers in a closed session on Monday.',
        'The troops are believed to have been sent to the Kursk region.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('The troops').kind).toBe('official-estimate');
    expect(decisionOf('The troops').cues).toContain('within the report before it');
  });

  it('stops at an unnamed source’s claim in between', () => {
    const { decisionOf } = read(
      [
        'South Korea’s spy agency said about 3,000 more North Korean troops had gone to Russia.',
        'A source said the troops had crossed by train.',
        'The troops are believed to have been sent to the Kursk region.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('The troops').kind).toBe('unnamed-source');
  });

  it('takes the kind of the report named right after it, in a headline and lede', () => {
    const { decisionOf } = read(
      [
        'North Korea fires suspected ICBM into the sea',
        'Japan’s defence ministry said the missile flew for 70 minutes before it fell into the sea.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('North Korea fires').kind).toBe('official-estimate');
    expect(decisionOf('North Korea fires').cues).toContain('within the report after it');
  });
});

describe('who a name in apposition or a definite subject is', () => {
  it('reads "die nordkoreanische Nachrichtenagentur KCNA" as KCNA', () => {
    const { decisionOf } = read(
      'Kim Jong Un habe die Soldaten persönlich nach Russland entsandt, so die nordkoreanische Nachrichtenagentur KCNA.',
      'de',
    );
    expect(decisionOf('Kim Jong Un').kind).toBe('state-media');
  });

  it('reads "The paper said" as the source named before, not the party after the verb', () => {
    const { decisionOf } = read(
      [
        'South Korea’s defence ministry said in its white paper that North Korea has about 1.2 million troops.',
        'The paper said the DPRK is estimated to hold some 70 kg of plutonium.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('The paper').kind).toBe('official-estimate');
    expect(decisionOf('The paper').cues.join(' ')).toMatch(/its subject refers back/);
  });
});

describe('clauses: what a negation, a threat or a posture belongs to', () => {
  it('does not take a negation of the clause before a comma for the verb’s', () => {
    const { decisionOf } = read(
      'Die Soldaten hätten die Grenze überquert, doch sie hätten nicht reagiert, sagte der Sprecher des südkoreanischen Generalstabs.',
      'de',
    );
    expect(decisionOf('Die Soldaten').kind).toBe('official-estimate');
  });

  it('keeps a reported fact a claim when a threat follows in a joined clause', () => {
    const { decisionOf } = read(
      [
        'The foreign ministry of North Korea said South Korean drones were detected over Pyongyang on three nights, and threatened to respond with force.',
        'North Korea said Seoul faced a sea of fire.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('The foreign ministry').kind).toBeDefined();
    expect(decisionOf('North Korea said Seoul').reason).toBe('excluded: rhetoric');
  });

  it('does not flag a speaker’s own monitoring or readiness', () => {
    const { decisionOf } = read(
      [
        'North Korea fired a ballistic missile into the sea, the Joint Chiefs of Staff said.',
        'The JCS said it was closely monitoring the North’s movements in close coordination with the US.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('North Korea fired').kind).toBe('official-estimate');
    expect(decisionOf('The JCS said').reason).toBe('excluded: own posture');
  });

  it('makes "could not confirm" a caveat, not the minister’s claim', () => {
    const { decisionOf } = read(
      'South Korea’s defence minister said he could not confirm the North’s claim about the drones.',
      'en',
    );
    expect(decisionOf('South Korea’s').reason).toBe('excluded: caveat');
  });
});

describe('who speaks, more broadly', () => {
  it('reads an inverted verb followed by "the agency KCNA" in French as KCNA', () => {
    const { decisionOf } = read('« Le tir de missiles a réussi », a affirmé l’agence KCNA.', 'fr');
    expect(decisionOf('« Le tir').kind).toBe('state-media');
  });

  it('skips the listener after a verb to find the inverted speaker', () => {
    const { decisionOf } = read(
      'Le Nord a perdu quelque 2 000 soldats à Koursk, a déclaré à la presse le député Kim Min-soo après un briefing.',
      'fr',
    );
    expect(decisionOf('Le Nord').kind).toBe('official-estimate');
    expect(decisionOf('Le Nord').cues.join(' ')).toMatch(/claimant: député/);
    expect(decisionOf('Le Nord').cues.join(' ')).not.toMatch(/claimant: presse/);
  });

  it('never takes a place after a locative word for the speaker a pronoun stands for', () => {
    const { decisionOf } = read(
      'Soldats nord-coréens en Ukraine : le bilan s’alourdit\nIl estime désormais que Pyongyang a perdu 2 000 soldats à Koursk.',
      'fr',
    );
    expect(decisionOf('Il estime').cues.join(' ')).not.toMatch(/Ukraine/);
  });

  it('never takes a name after "said … that" for the speaker', () => {
    const { decisionOf } = read(
      'Andriy Kovalenko, head of Ukraine’s military intelligence, said on Monday that the North Korean army had lost 3,000 troops in Kursk.',
      'en',
    );
    expect(decisionOf('Andriy').kind).toBe('official-estimate');
    expect(decisionOf('Andriy').cues.join(' ')).not.toMatch(/North Korea's government/);
  });

  it('does not read a denial word inside a name as a denial', () => {
    const { decisionOf } = read(
      'The head of the Centre for Countering Disinformation said North Korean losses in Kursk exceeded 3,000 troops.',
      'en',
    );
    expect(decisionOf('The head').kind).toBe('official-estimate');
  });

  it('reads the United Nations as an official speaker', () => {
    const { decisionOf } = read(
      'According to the United Nations, some two dozen North Korean troops stepped over the demarcation line for a few minutes.',
      'en',
    );
    expect(decisionOf('According').kind).toBe('official-estimate');
  });

  it('reads "later reports indicated" as an unnamed source', () => {
    const { decisionOf } = read(
      'North Korea fired a missile on Sunday. Later reports indicated the missile test had failed.',
      'en',
    );
    expect(decisionOf('Later reports').kind).toBe('unnamed-source');
  });

  it('reads the French conditionnel of hearsay as a hedge', () => {
    const { decisionOf } = read(
      'Le missile aurait parcouru 1 000 km avant de tomber en mer.',
      'fr',
    );
    expect(decisionOf('Le missile').kind).toBe('unnamed-source');
    expect(decisionOf('Le missile').cues.join(' ')).toMatch(/hedge: "aurait"/);
  });
});

describe('German: separable verbs and more sources', () => {
  it('reads a denial whose particle closes a long clause', () => {
    const { decisionOf } = read(
      'Der Kreml wies die Berichte über den Einsatz nordkoreanischer Soldaten in der Ukraine zurück.',
      'de',
    );
    expect(decisionOf('Der Kreml').kind).toBe('denial');
  });

  it('reads an inverted "teilte … mit" and "seinen Angaben nach"', () => {
    const { decisionOf } = read(
      [
        'Nordkoreanische Soldaten überquerten am Sonntag kurz die Grenze, teilte der südkoreanische Generalstab am Montag mit.',
        'Die Soldaten seien seinen Angaben nach nach Warnschüssen umgekehrt.',
      ].join('\n'),
      'de',
    );
    expect(decisionOf('Nordkoreanische').kind).toBe('official-estimate');
    expect(decisionOf('Die Soldaten').kind).toBe('official-estimate');
  });
});

describe('French: infinitives of report and documents that speak', () => {
  it('reads "vient d’assurer" and "en a profité pour affirmer" as attributions', () => {
    const { decisionOf } = read(
      [
        'Pyongyang vient d’assurer n’avoir jamais livré de missiles à Moscou.',
        'Le porte-parole de l’armée nord-coréenne en a profité pour affirmer que des drones sud-coréens avaient survolé la capitale.',
      ].join('\n'),
      'fr',
    );
    expect(decisionOf('Pyongyang').reason).toMatch(/vient d’assurer/);
    expect(decisionOf('Le porte-parole').reason).toMatch(/pour affirmer/);
  });

  it('reads "Le rapport précise" as the report’s source speaking again', () => {
    const { decisionOf } = read(
      [
        'Selon l’agence KCNA, le missile a parcouru 1 000 km.',
        'Le rapport précise que le tir a été supervisé par Kim Jong-un.',
      ].join('\n'),
      'fr',
    );
    expect(decisionOf('Le rapport').kind).toBe('state-media');
  });
});

describe('a party announcing what it will do', () => {
  it('states no fact, whether the report comes before or after', () => {
    const { decisionOf } = read(
      [
        'KCNA said the new missile would perform its mission as a powerful deterrent.',
        'North Korea will fire at any future trespassers, KCNA said.',
        'KCNA said the missile flew 1,000 km before it fell into the sea.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('KCNA said the new').reason).toBe('excluded: intention');
    expect(decisionOf('North Korea will').reason).toBe('excluded: intention');
    expect(decisionOf('KCNA said the missile').kind).toBe('state-media');
  });

  it('keeps another party’s forecast about North Korea a claim', () => {
    const { decisionOf } = read(
      'South Korea’s spy agency said North Korea would send 3,000 more troops to Russia.',
      'en',
    );
    expect(decisionOf('South Korea’s').kind).toBe('official-estimate');
  });
});

describe('datelines and attribution-only sentences', () => {
  it('does not take the dateline’s city for the subject of an inverted report', () => {
    const { decisionOf } = read(
      'SEOUL (Reuters) - Pyongyang a procédé jeudi à un nouvel essai de missile de croisière stratégique, a rapporté la presse officielle.',
      'fr',
    );
    expect(decisionOf('SEOUL').kind).toBe('state-media');
  });

  it('reads "C’est ce qu’a déclaré …" as attribution only', () => {
    const { decisionOf } = read(
      'La Corée du Nord a procédé à un essai nucléaire. C’est ce qu’a déclaré la télévision officielle nord-coréenne.',
      'fr',
    );
    expect(decisionOf('C’est').reason).toBe('excluded: attribution only');
    expect(decisionOf('La Corée').kind).toBe('state-media');
  });
});

describe('who is not the speaker, and what is no statement', () => {
  it('does not take a place after a noun for the verb’s subject', () => {
    const { decisionOf } = read(
      'Residents in South Korea reported seeing bags of rubbish falling from North Korean balloons.',
      'en',
    );
    expect(decisionOf('Residents').kind).toBeUndefined();
  });

  it('reads "North Korea experts" as experts, not North Korea', () => {
    const { decisionOf } = read(
      'According to North Korea experts in Seoul, the regime uses its media to rally soldiers.',
      'en',
    );
    expect(decisionOf('According').reason).toBe('excluded: analyst');
  });

  it('reads "Yonhap reported this, citing …" as attribution only, crediting the sentence before', () => {
    const { decisionOf } = read(
      [
        'Around 30 North Korean soldiers briefly crossed the border last week.',
        'The news agency Yonhap reported this on Monday, citing a UN Command spokesman.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('The news agency').reason).toBe('excluded: attribution only');
    expect(decisionOf('Around 30').kind).toBeDefined();
  });

  it('does not flag gratitude or satisfaction', () => {
    const { decisionOf } = read(
      'Kim expressed great satisfaction with the missile test, KCNA said.',
      'en',
    );
    expect(decisionOf('Kim').reason).toBe('excluded: opinion');
  });
});

describe('Korean: an unknown topic speaks, and findings in the spoken style', () => {
  it('does not take the reported clause’s subject for the speaker after an unknown topic', () => {
    const { decisionOf } = read(
      '한겨레는 지난 12일 북한이 확성기 2대만 철거했다고 보도했다.',
      'ko',
    );
    // An outlet we do not know: a media report, an unnamed source, not North Korea's claim.
    expect(decisionOf('한겨레는').kind).toBe('unnamed-source');
    expect(decisionOf('한겨레는').cues.join(' ')).not.toMatch(/North Korea/);
  });

  it('keeps a known topic as the speaker', () => {
    const { decisionOf } = read('합참은 북한이 탄도미사일 1발을 발사했다고 밝혔다.', 'ko');
    expect(decisionOf('합참은').kind).toBe('official-estimate');
  });

  it('reads "걸로 알려졌습니다" and "…로 전해졌다" as unnamed reports', () => {
    const { decisionOf } = read(
      [
        '북한군은 도로를 파낸 뒤 폭약 수십 kg씩 묻은 걸로 알려졌습니다.',
        '북한군이 침범한 지역은 평소 작업을 하지 않는 곳으로 전해졌다.',
      ].join('\n'),
      'ko',
    );
    expect(decisionOf('북한군은').kind).toBe('unnamed-source');
    expect(decisionOf('북한군이').kind).toBe('unnamed-source');
  });
});

describe('Korean: a one-word official marked right before the verb', () => {
  it('reads "…고 군은 설명했다" as the military’s statement, not the subject’s', () => {
    const { decisionOf } = read(
      '북한군들은 우리 측의 경고사격 이후 별다른 반응 없이 북상했다고 군은 설명했다.',
      'ko',
    );
    expect(decisionOf('북한군들은').kind).toBe('official-estimate');
  });
});

describe('Korean headlines: the one-letter party', () => {
  it('reads 북 "…" and 北 "…" as North Korea’s claim, and never a 북 inside a word', () => {
    const first = read(
      ['북 "청년 80만 명 인민군 입대 탄원"', '北 "청년 80만 명 입대 탄원"'].join('\n'),
      'ko',
    );
    expect(first.decisionOf('북 "').kind).toBe('state-media');
    expect(first.decisionOf('北 "').kind).toBe('state-media');
    expect(first.decisionOf('北 "').reason).toMatch(/headline attribution/);
    const inside = read('남북 "군사 회담 재개"', 'ko');
    expect(inside.decisionOf('남북').reason).toBe('no attribution or hedge');
  });
});

describe('German: where the information comes from, and what a speaker spoke of', () => {
  it('reads "berief sich auf" as attribution only and "sprach von" without a figure as no claim', () => {
    const { decisionOf } = read(
      [
        'Rund 30 nordkoreanische Soldaten haben kurzzeitig die Grenze überschritten.',
        'Die Agentur berief sich auf einen Sprecher des UN-Kommandos.',
        'Präsident Selenskyj sprach von einem Erfolg gegen die nordkoreanischen Truppen.',
        'Westliche Geheimdienste sprechen von 12.000 Soldaten in Kursk.',
      ].join('\n'),
      'de',
    );
    expect(decisionOf('Die Agentur').reason).toBe('excluded: attribution only');
    expect(decisionOf('Präsident').kind).toBeUndefined();
    expect(decisionOf('Westliche').kind).toBe('official-estimate');
  });
});

describe('pronouns after a speaker who was only introduced', () => {
  it('takes the official named in the sentence before', () => {
    const { decisionOf } = read(
      [
        'Le ministre sud-coréen de la Défense était en visite à la frontière lundi.',
        'Il a affirmé que 1 500 soldats nord-coréens avaient été envoyés en Russie.',
      ].join('\n'),
      'fr',
    );
    expect(decisionOf('Il a affirmé').kind).toBe('official-estimate');
  });
});

describe('state media on what the South did', () => {
  it('reads "North Korea said … the South had sent drones" as an accusation', () => {
    const { decisionOf } = read(
      'North Korea said on Friday that the South had sent drones carrying leaflets over Pyongyang.',
      'en',
    );
    expect(decisionOf('North Korea').kind).toBe('accusation');
  });
});

describe('French: the adjective after its noun', () => {
  it('reads "le ministère des Affaires étrangères nord-coréen" as North Korea’s', () => {
    const { decisionOf } = read(
      'Le ministère des Affaires étrangères nord-coréen a déclaré que 200 soldats avaient été déployés à la frontière.',
      'fr',
    );
    expect(decisionOf('Le ministère').kind).toBe('state-media');
  });
});

describe('Korean: state media on what the South did', () => {
  it('reads the marked subject between the speaker and the verb', () => {
    const { decisionOf } = read(
      [
        '조선중앙통신은 한국군이 지난 3일 평양 상공에 무인기를 침투시켰다고 주장했다.',
        '북한은 한미 군사위협에 맞서 청년 80만 명이 입대를 결의했다고 주장했다.',
      ].join('\n'),
      'ko',
    );
    expect(decisionOf('조선중앙통신은').kind).toBe('accusation');
    expect(decisionOf('북한은').kind).toBe('state-media');
  });
});

describe('datelines and organisations known by their acronym', () => {
  it('never takes a dateline’s place or agency for the speaker', () => {
    const { decisionOf } = read(
      'SEOUL (AFP) - North Korea on Friday denied that it was behind mine blasts that maimed two South Korean soldiers.',
      'en',
    );
    expect(decisionOf('SEOUL').kind).toBe('denial');
    expect(decisionOf('SEOUL').cues.join(' ')).toMatch(/claimant: North Korea/);
  });

  it('reads an acronym after a comma, as North Korea’s body when North Korea spoke before', () => {
    const { decisionOf } = read(
      [
        'North Korea on Friday denied that it was behind the mine blasts.',
        'The powerful National Defence Commission (NDC) said its soldiers had never crossed the border.',
        'In its first comment on the incident, the NDC suggested the mines were old South Korean devices.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('In its first').kind).toBe('state-media');
    expect(decisionOf('In its first').reason).toMatch(/organisation: NDC/);
  });
});

describe('"according to the white paper"', () => {
  it('reads a definite description after "according to" as the source named before', () => {
    const { decisionOf } = read(
      [
        'South Korea’s Defense Ministry published its white paper on Tuesday, saying North Korea had 1.2 million troops.',
        'Pyongyang now fields some 50 mobile launchers, according to the white paper.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('Pyongyang now').kind).toBe('official-estimate');
    expect(decisionOf('Pyongyang now').reason).toMatch(/its source refers back/);
  });
});

describe('Korean headlines and "thus" lines', () => {
  it('reads a party’s one-letter mark and its official before a quotation as the official', () => {
    const { decisionOf } = read('北 김여정 "남측 무인기 또 발견되면 강력 대응"\n', 'ko');
    expect(decisionOf('北 김여정').reason).toMatch(/headline attribution/);
    expect(decisionOf('北 김여정').cues.join(' ')).toMatch(/claimant: 김여정/);
  });

  it('reads "이같이 보고했다" as attribution only, with any reporting verb', () => {
    const { decisionOf } = read(
      [
        '국정원 "북한군 3천명 러시아 추가 파병"',
        '국정원은 이날 국회 정보위원회 비공개 회의에서 이같이 보고했다.',
      ].join('\n'),
      'ko',
    );
    expect(decisionOf('국정원 "').kind).toBe('official-estimate');
    expect(decisionOf('국정원은').kind).toBeUndefined();
    expect(decisionOf('국정원은').reason).toMatch(/attribution only/);
  });

  it('reads "…한 적이 없다" from the accused party as a denial', () => {
    const { decisionOf } = read(
      '김여정 부부장은 "우리는 확성기를 철거한 적이 없다"고 밝혔다.',
      'ko',
    );
    expect(decisionOf('김여정').kind).toBe('denial');
  });
});

describe('a party publishing a document', () => {
  it('reads the act of publishing, with nothing reported after it, as no claim', () => {
    const en = read(
      'North Korea’s state media released new photos of the missile launch on Sunday.',
      'en',
    );
    expect(en.decisionOf('North Korea’s').kind).toBeUndefined();
    expect(en.decisionOf('North Korea’s').reason).toBe('excluded: publication');
    const fr = read(
      'Le président ukrainien a publié une vidéo de l’interrogatoire d’un soldat nord-coréen capturé.',
      'fr',
    );
    expect(fr.decisionOf('Le président').reason).toBe('excluded: publication');
    const ko = read('북한 외무성은 14일 조선중앙통신을 통해 담화를 발표했다.', 'ko');
    expect(ko.decisionOf('북한 외무성은').reason).toBe('excluded: publication');
  });

  it('keeps a claim when reported content follows, or a hedge, or the publication is part of a report', () => {
    const { decisionOf } = read(
      [
        'North Korea issued a statement on Sunday saying it had launched two ballistic missiles.',
        'KCNA released photos purportedly showing South Korean drones over Pyongyang.',
        'Rodong Sinmun said 800,000 youths had volunteered after KCNA issued a statement on the sanctions.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('North Korea issued').kind).toBe('state-media');
    expect(decisionOf('KCNA released').kind).toBeDefined();
    expect(decisionOf('Rodong Sinmun').kind).toBe('state-media');
  });
});

describe('participles report for the sentence’s subject', () => {
  it('gives "saying" to the subject, not to a name in the reported clause', () => {
    const { decisionOf } = read(
      [
        'North Korea issued a statement on Sunday saying it had launched two ballistic missiles.',
        'The South Korean ministry condemned the launch, saying North Korea had fired 20 missiles this year.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('North Korea issued').kind).toBe('state-media');
    expect(decisionOf('The South Korean').cues.join(' ')).not.toMatch(/claimant: North Korea/);
  });

  it('keeps "quoted X as saying" for X, and an accusation for the main clause', () => {
    const { decisionOf } = read(
      [
        'North Korea will send 5,000 military builders to Kursk, TASS quoted Shoigu as saying.',
        'Kyiv and Seoul accused Pyongyang of sending 10,000 troops to Russia, adding that some had already arrived.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('North Korea will').cues.join(' ')).toMatch(/claimant: Shoigu/);
    expect(decisionOf('Kyiv and Seoul').kind).toBe('accusation');
  });

  it('reads French participles ("…, ajoutant que") for the subject', () => {
    const { decisionOf } = read(
      "L'état-major interarmées sud-coréen a réuni ses experts, ajoutant que le Nord avait lancé 20 missiles balistiques cette année.",
      'fr',
    );
    expect(decisionOf("L'état-major").kind).toBe('official-estimate');
    expect(decisionOf("L'état-major").cues.join(' ')).toMatch(/claimant: état-major/);
  });
});

describe('German: "demnach", media compounds and more of the Konjunktiv', () => {
  it('reads "demnach" as the source of the report before speaking on', () => {
    const { decisionOf } = read(
      [
        'Der südkoreanische Geheimdienst NIS teilte am Mittwoch mit, Nordkorea habe weitere 3000 Soldaten nach Russland geschickt.',
        'Ausgebildet wurden die Soldaten demnach auf Übungsplätzen im Osten Russlands.',
      ].join('\n'),
      'de',
    );
    expect(decisionOf('Ausgebildet').kind).toBe('official-estimate');
    expect(decisionOf('Ausgebildet').reason).toMatch(/demnach.*refers back/);
  });

  it('reads a compound ending in a media noun as an outlet, and "Quelle zufolge" as unnamed', () => {
    const { decisionOf } = read(
      [
        'Das ukrainische Nachrichtenportal «Front» hatte am Dienstag berichtet, dass Russland nordkoreanische Soldaten bei Kursk einsetze.',
        'Einer von «Front» zitierten Quelle zufolge sollen die nordkoreanischen Soldaten ein eigenes Bataillon bilden.',
      ].join('\n'),
      'de',
    );
    expect(decisionOf('Das ukrainische').kind).toBe('unnamed-source');
    expect(decisionOf('Einer von').kind).toBe('unnamed-source');
  });

  it('reads a third-person Konjunktiv I of any frequent verb as reported speech', () => {
    const { decisionOf } = read(
      [
        'Ein Sprecher des ukrainischen Militärgeheimdienstes sagte, rund 1000 nordkoreanische Soldaten seien verwundet worden.',
        'Die genannte Zahl schließe auch leicht verletzte Soldaten ein.',
      ].join('\n'),
      'de',
    );
    expect(decisionOf('Die genannte').kind).toBe('official-estimate');
    expect(decisionOf('Die genannte').reason).toMatch(/schließe/);
  });
});

describe('Korean: plans, forecasts and officials glued to "에 따르면"', () => {
  it('reads a plan another party ascribes to the North as a forecast, and a claim', () => {
    const { decisionOf } = read(
      '우크라이나 정보당국 관계자는 북한군이 다음 달 쿠르스크 전선에 투입될 예정이라고 말했다.',
      'ko',
    );
    expect(decisionOf('우크라이나').kind).toBe('official-estimate');
  });

  it('reads a speaker’s own plan as an intention, even with the North in a condition', () => {
    const { decisionOf } = read(
      '국정원은 북한군 포로가 귀순을 요청할 경우 관계국과 협의할 방침이라고 밝혔다.',
      'ko',
    );
    expect(decisionOf('국정원은').kind).toBeUndefined();
    expect(decisionOf('국정원은').reason).toBe('excluded: intention');
  });

  it('takes a one-word official glued to "에 따르면" as the source', () => {
    const { decisionOf } = read(
      '군에 따르면 북한군 10여명이 이날 오전 군사분계선을 넘었다가 경고사격 후 북상했다.',
      'ko',
    );
    expect(decisionOf('군에').kind).toBe('official-estimate');
    expect(decisionOf('군에').reason).toMatch(/official: 군/);
  });
});

describe('questions passed on to somebody else', () => {
  it('reads them as a refusal, in English and Korean', () => {
    const en = read(
      'The Kremlin spokesman said questions about North Korean troops in Kursk should be directed to the Defence Ministry.',
      'en',
    );
    expect(en.decisionOf('The Kremlin').reason).toBe('excluded: refusal');
    const ko = read(
      '크렘린궁 대변인은 북한군 파병 여부에 대해 "국방부에 질문해야 한다"고 말했다.',
      'ko',
    );
    expect(ko.decisionOf('크렘린궁').reason).toBe('excluded: refusal');
  });
});

describe('Korean: the military’s standing formula', () => {
  it('reads "면밀하게 감시하며 필요한 조치를 하고 있다" as its own posture', () => {
    const { decisionOf } = read(
      '합참은 "우리 군은 북한군의 동향을 면밀하게 감시하면서 필요한 조치를 하고 있다"고 말했다.',
      'ko',
    );
    expect(decisionOf('합참은').reason).toBe('excluded: own posture');
  });
});

describe('an accusation in a joined clause', () => {
  it('frames the whole sentence, as a denial word does', () => {
    const { decisionOf } = read(
      'Selenskyj betonte die Schwierigkeit der Mission und warf den nordkoreanischen Truppen vor, verletzte Soldaten zu exekutieren.',
      'de',
    );
    expect(decisionOf('Selenskyj').kind).toBe('accusation');
  });
});

describe('German: "würde" reports a plan, not a fact', () => {
  it('does not continue a report with a sentence in "würden"', () => {
    const { decisionOf } = read(
      [
        'Der Generalstab teilte mit, Nordkorea habe rund 500 Ballons mit Müll über die Grenze geschickt.',
        'Sicherheitskräfte würden die Ballons nach der Landung einsammeln.',
      ].join('\n'),
      'de',
    );
    expect(decisionOf('Der Generalstab').kind).toBe('official-estimate');
    expect(decisionOf('Sicherheitskräfte').kind).toBeUndefined();
  });
});

describe('headline verbs in the present, and their noun homographs', () => {
  it('reads "X reports …" as a report, and "reports of/about" as a noun', () => {
    const { decisionOf } = read(
      [
        'Seoul reports heavy losses among North Korean troops near Kursk',
        'Despite the denials, reports of North Korean units at the front keep coming.',
        'Asked about reports about North Korean troops, the minister left.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('Seoul reports').kind).toBe('official-estimate');
    expect(decisionOf('Seoul reports').reason).toMatch(/"reports"/);
    expect(decisionOf('Despite').kind).toBeUndefined();
    expect(decisionOf('Asked').kind).toBeUndefined();
  });

  it('reads a Korean headline "party, … reporting noun" as the party’s statement', () => {
    const { decisionOf } = read(
      '北, 정찰위성 발사 실패 발표\n합참, 북한 단거리 탄도미사일 2발 발사 확인\n北, 동해상으로 탄도미사일 발사\n',
      'ko',
    );
    expect(decisionOf('北, 정찰위성').kind).toBe('state-media');
    expect(decisionOf('北, 정찰위성').reason).toMatch(/reporting noun/);
    expect(decisionOf('합참').kind).toBe('official-estimate');
    // Without a reporting noun the headline is the outlet's own.
    expect(decisionOf('北, 동해상').kind).toBeUndefined();
  });
});

describe('warnings: a report of what happened, a threat of what is to come', () => {
  it('reads "warned that" with a past clause as a report, with "will" or "if" as rhetoric', () => {
    const { decisionOf } = read(
      [
        'The Ukrainian president warned that Russia was moving North Korean troops to the front.',
        'Pyongyang warned that its army will answer any new drone flight with force.',
        'The South Korean general warned that the North could fire missiles if the drills went ahead.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('The Ukrainian').kind).toBe('official-estimate');
    expect(decisionOf('The Ukrainian').reason).toMatch(/warned that/);
    // North Korea's own warning is its intention; another party's, rhetoric.
    expect(decisionOf('Pyongyang').reason).toBe('excluded: intention');
    expect(decisionOf('The South Korean').reason).toBe('excluded: rhetoric');
  });

  it('reads a French warning in the conditional or the future as rhetoric', () => {
    const { decisionOf } = read(
      'Séoul a averti Pyongyang que tout nouveau tir de missile entraînerait une riposte immédiate.',
      'fr',
    );
    expect(decisionOf('Séoul').reason).toBe('excluded: rhetoric');
  });
});

describe('a launch’s flight measurements', () => {
  it('gives the distance and height after a report of the launch to that report’s party', () => {
    const { decisionOf } = read(
      [
        'According to Japan’s defence ministry, the missile was launched at dawn from near Pyongyang.',
        '',
        'The missile flew about 900 kilometres and reached an altitude of 5,000 kilometres.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('The missile flew').kind).toBe('official-estimate');
    expect(decisionOf('The missile flew').reason).toMatch(/flight’s measurements/);
  });

  it('leaves an earlier flight ("당시") as background', () => {
    const { decisionOf } = read(
      '합참은 북한이 이날 쏜 미사일이 신형으로 추정된다고 밝혔다. 이 미사일은 지난해 처음 시험발사됐으며, 당시 비행거리 800여㎞를 기록했다.',
      'ko',
    );
    expect(decisionOf('합참은').kind).toBe('official-estimate');
    expect(decisionOf('이 미사일은').kind).toBeUndefined();
  });
});

describe('caveats in every language, and a caveat in a clause of its own', () => {
  it('reads "no statement", "pas réagi", "사실 여부" as caveats', () => {
    expect(
      read(
        'Von nordkoreanischer Seite gab es bislang keine Stellungnahme zu den mutmaßlichen Schüssen an der Grenze.',
        'de',
      ).decisionOf('Von').reason,
    ).toBe('excluded: caveat');
    expect(
      read(
        "Selon l'agence, Pyongyang n'a pas réagi aux informations sur des soldats tués à Koursk.",
        'fr',
      ).decisionOf('Selon').reason,
    ).toBe('excluded: caveat');
    expect(
      read(
        '군 관계자는 북한군 전사자 규모의 사실 여부는 확인되지 않았다고 말했다.',
        'ko',
      ).decisionOf('군 관계자는').reason,
    ).toBe('excluded: caveat');
  });

  it('keeps the claim after a contrast when the caveat opens the sentence', () => {
    const { decisionOf } = read(
      'It remains unclear why the soldiers crossed the line, but the Joint Chiefs of Staff said about 20 North Korean troops came 50 metres south of it.',
      'en',
    );
    expect(decisionOf('It remains').kind).toBe('official-estimate');
  });
});

describe('opinions in every language', () => {
  it('reads concern, appeals and characterisations as opinions in German, French and Korean', () => {
    const cases: Array<[string, string, string]> = [
      [
        'de',
        'Der Außenminister zeigte sich besorgt über die nordkoreanischen Truppen in Russland.',
        'Der',
      ],
      [
        'fr',
        'Le ministre a exhorté Pyongyang à retirer ses soldats de Russie, selon un communiqué.',
        'Le',
      ],
      ['ko', '외교부는 북한군 파병 중단을 촉구한다고 밝혔다.', '외교부는'],
    ];
    for (const [lang, text, start] of cases)
      expect(read(text, lang).decisionOf(start).reason).toBe('excluded: opinion');
  });
});

describe('a quotation that goes on over sentences', () => {
  it('belongs to the speaker who opened it, not to a party it names inside', () => {
    const { decisionOf } = read(
      '국방부 대변인은 "북한군 1만여 명이 러시아에 파병됐다. 이들 중 일부는 이미 전선에 투입됐고 북한은 추가 파병을 준비하고 있다"고 설명했다.',
      'ko',
    );
    // The sentence that opens the quotation is the same speaker's claim.
    expect(decisionOf('국방부').kind).toBe('official-estimate');
    const second = decisionOf('이들 중');
    expect(second.kind).toBe('official-estimate');
    expect(second.reason).toMatch(/a quotation opened before/);
    expect(second.cues.join(' ')).toMatch(/claimant: 국방부/);
  });
});

describe('a source document and its author', () => {
  it('takes the author after "according to the latest report from"', () => {
    const { decisionOf } = read(
      'Some 3,000 North Korean soldiers have been wounded, according to the newest assessment from the National Intelligence Service.',
      'en',
    );
    expect(decisionOf('Some').kind).toBe('official-estimate');
    expect(decisionOf('Some').cues.join(' ')).toMatch(/claimant: National Intelligence Service/);
  });
});

describe('a relative clause between the subject and its verb', () => {
  it('leaves the subject the speaker', () => {
    const { decisionOf } = read(
      'The UN Command that oversees the armistice along the border concluded that the mines had been laid by North Korean soldiers.',
      'en',
    );
    expect(decisionOf('The UN Command').kind).toBe('official-estimate');
    expect(decisionOf('The UN Command').cues.join(' ')).toMatch(/claimant: The UN Command/);
  });
});

describe('outlets of the topic and their reports', () => {
  it('reads "X reported, citing a source, that …" as a report of the outlet, not an attribution line', () => {
    const { decisionOf } = read(
      'The Kyiv Post reported, citing an intelligence source, that 30 North Korean soldiers had deserted near Kursk.',
      'en',
    );
    const d = decisionOf('The Kyiv Post');
    expect(d.kind).toBe('unnamed-source');
    // An outlet named after a city is the outlet, not the city's government.
    expect(d.cues.join(' ')).toMatch(/claimant: Kyiv Post/);
  });

  it('reads a two-word outlet as the topic of a Korean sentence', () => {
    const { decisionOf } = read(
      '키이우 포스트는 북한군 30명이 쿠르스크에서 탈영했다고 정보 소식통을 인용해 전했다.',
      'ko',
    );
    expect(decisionOf('키이우').kind).toBe('unnamed-source');
  });
});

describe('German reported speech around an attribution line', () => {
  it('goes on after a line that only attributes the report before it', () => {
    const { decisionOf } = read(
      'Zwei nordkoreanische Soldaten sind dem ukrainischen Präsidenten zufolge in Kursk gefangen genommen worden. Das teilte Selenskyj am Samstag mit. Die beiden Männer hätten überlebt und seien nach Kiew gebracht worden.',
      'de',
    );
    expect(decisionOf('Das teilte').kind).toBeUndefined();
    expect(decisionOf('Die beiden').kind).toBe('official-estimate');
  });

  it('reads a singular Konjunktiv II ("wäre") as a hypothesis, not reported speech', () => {
    const { decisionOf } = read(
      'Nach Angaben des Generalstabs drangen fünf nordkoreanische Drohnen in den Luftraum ein. Es wäre der erste solche Vorfall seit Jahren.',
      'de',
    );
    expect(decisionOf('Nach Angaben').kind).toBe('official-estimate');
    expect(decisionOf('Es wäre').kind).toBeUndefined();
  });
});

describe('ready to serve is not ready to strike', () => {
  it('keeps volunteers "prêts à" / "bereit, … zu dienen" as claims, and a readiness to strike back as rhetoric', () => {
    expect(
      read(
        "Selon l'agence KCNA, 800 000 jeunes se sont déclarés prêts à rejoindre l'armée.",
        'fr',
      ).decisionOf('Selon').kind,
    ).toBe('state-media');
    expect(
      read(
        'Laut KCNA erklärten sich 800.000 junge Menschen bereit, in der Armee zu dienen.',
        'de',
      ).decisionOf('Laut').kind,
    ).toBe('state-media');
    expect(
      read(
        "Selon l'agence KCNA, l'armée est prête à riposter à toute provocation.",
        'fr',
      ).decisionOf('Selon').reason,
    ).toBe('excluded: rhetoric');
  });
});

describe('Korean: news that has come, and "이들은" as a pronoun', () => {
  it('reads "…다는 소식이 전해졌다" as an unnamed report', () => {
    const { decisionOf } = read('북한군 수백 명이 쿠르스크에서 숨졌다는 소식이 전해졌다.', 'ko');
    expect(decisionOf('북한군').kind).toBe('unnamed-source');
  });

  it('gives "이들은 … 주장했다" the speakers named before', () => {
    const { decisionOf } = read(
      '조선중앙통신과 노동신문은 신형 미사일 시험발사가 성공했다고 보도했다. 특히 이들은 "시험발사가 주변국 안전에 영향을 주지 않았다"고 주장했다.',
      'ko',
    );
    expect(decisionOf('특히').kind).toBe('state-media');
  });

  it('continues a report with "…다는 내용이다" (the content of it is that …)', () => {
    const { decisionOf } = read(
      '북한 국방성은 한국이 무인기를 침투시켰다고 주장했다. 한국 무인기가 평양 상공에 침범해 전단을 살포했다는 내용이다.',
      'ko',
    );
    expect(decisionOf('한국 무인기가').kind).toBe('accusation');
  });
});

describe('German: asides in the middle field, and the Konjunktiv across paragraphs', () => {
  it('reads "teilte … (JCS) am Dienstag mit" past a short aside in brackets', () => {
    const { decisionOf } = read(
      'Nordkoreanische Soldaten überquerten am Sonntag kurz die Grenze, teilte der Generalstab (JCS) am Dienstag (Ortszeit) mit.',
      'de',
    );
    expect(decisionOf('Nordkoreanische').kind).toBe('official-estimate');
    expect(decisionOf('Nordkoreanische').reason).toMatch(/teilte/);
  });

  it('goes on with a report in the Konjunktiv when a wire puts each sentence on its own line', () => {
    const { decisionOf } = read(
      [
        'Die Staatsagentur KCNA berichtete, landesweit hätten sich 800.000 Menschen zur Armee gemeldet.',
        'Junge Leute seien nach der Erklärung in den Städten zusammengekommen.',
      ].join('\n'),
      'de',
    );
    const second = decisionOf('Junge Leute');
    expect(second.kind).toBe('state-media');
    expect(second.reason).toMatch(/mood "seien"/);
  });
});

describe('a statement that only calls an act something', () => {
  it('excludes a characterisation at the head of the reported clause, in each language', () => {
    const cases: Array<[string, string, string]> = [
      [
        'en',
        '“The flight of the drones is a grave crime against our sovereignty,” KCNA said.',
        '“The',
      ],
      [
        'fr',
        "L'agence KCNA a affirmé que le vol du drone était une provocation flagrante.",
        "L'agence",
      ],
      [
        'de',
        'Das sei eine offensichtliche Provokation, hieß es aus Pjöngjang zu dem Drohnenflug.',
        'Das sei',
      ],
      ['ko', '북한 국방성은 무인기 침투가 명백한 도발이라고 주장했다.', '북한'],
    ];
    for (const [lang, text, start] of cases)
      expect(read(text, lang).decisionOf(start).reason).toBe('excluded: characterisation');
  });

  it('keeps the facts before a characterisation in a later clause a claim', () => {
    const { decisionOf } = read(
      'KCNA said three South Korean drones had flown over Pyongyang on Monday night and the army had concluded that it was a provocation.',
      'en',
    );
    expect(decisionOf('KCNA').kind).toBe('accusation');
  });
});

describe('an estimate: a standing figure, or a hedged event', () => {
  it('leaves an estimate of what a force has as background', () => {
    expect(
      read('North Korea has an estimated 1.2 million troops under arms.', 'en').decisionOf('North')
        .reason,
    ).toBe('excluded: reference figure');
    expect(
      read('Nordkorea verfügt über schätzungsweise 1,2 Millionen Soldaten.', 'de').decisionOf(
        'Nordkorea',
      ).reason,
    ).toBe('excluded: reference figure');
  });

  it('reads an estimate of what was done as a hedged claim', () => {
    const { decisionOf } = read(
      'Nordkorea hatte schätzungsweise 11.000 Soldaten in die Region Kursk geschickt.',
      'de',
    );
    expect(decisionOf('Nordkorea').kind).toBe('unnamed-source');
    expect(decisionOf('Nordkorea').reason).toMatch(/schätzungsweise/);
  });
});

describe('Korean: a subject left out', () => {
  it('gives a closing report verb with nobody named the speaker bound last', () => {
    const { decisionOf } = read(
      '합참은 북한군 20여 명이 군사분계선을 넘었다가 경고사격 후 북상했다고 밝혔다. 이들 중 일부는 무장 상태였다고 한다.',
      'ko',
    );
    const second = decisionOf('이들 중');
    expect(second.kind).toBe('official-estimate');
    expect(second.reason).toMatch(/its subject is left out/);
  });

  it('does not give it to anybody when nobody spoke before', () => {
    const { decisionOf } = read('이들 중 일부는 무장 상태였다고 한다.', 'ko');
    expect(decisionOf('이들 중').kind).toBeUndefined();
  });
});

describe('French: a ministry named in full, and "selon lui"', () => {
  it('reads "Le ministère sud-coréen de la Défense" as a new official, and "Selon lui" as that source again', () => {
    const { decisionOf } = read(
      [
        'Tirs de missiles',
        "Le ministère sud-coréen de la Défense a affirmé que la Corée du Nord avait tiré trois missiles balistiques. Selon lui, c'est le plus puissant essai de Pyongyang à ce jour.",
      ].join('\n'),
      'fr',
    );
    expect(decisionOf('Le ministère').kind).toBe('official-estimate');
    expect(decisionOf('Le ministère').cues.join(' ')).toMatch(
      /claimant: Le ministère sud-coréen de la Défense/,
    );
    expect(decisionOf('Selon lui').reason).toMatch(/its source refers back/);
  });

  it('keeps a bare "le ministère" an anaphor of the source before', () => {
    const { decisionOf } = read(
      [
        'Tirs de missiles',
        'Séoul a affirmé que la Corée du Nord avait tiré trois missiles balistiques. Le ministère a ajouté que deux missiles étaient tombés en mer.',
      ].join('\n'),
      'fr',
    );
    expect(decisionOf('Le ministère').cues.join(' ')).toMatch(/claimant: Séoul/);
  });
});

describe('German: "nach Darstellung", "nach Informationen", and an official of nobody named', () => {
  it('reads "nach Darstellung der Staatsmedien" and "nach Informationen des Geheimdienstes" as attributions', () => {
    const { decisionOf } = read(
      [
        'Spannungen auf der Halbinsel',
        'Nach Darstellung der nordkoreanischen Staatsmedien haben mehr als eine Million junge Menschen den Antrag gestellt.',
        'Nach Informationen des südkoreanischen Geheimdienstes wurden 1500 Soldaten nach Russland verlegt.',
      ].join('\n'),
      'de',
    );
    expect(decisionOf('Nach Darstellung').kind).toBe('state-media');
    expect(decisionOf('Nach Informationen').kind).toBe('official-estimate');
  });

  it('takes "Ein Beamter" for an unnamed source, and "ein südkoreanischer Beamter" for his party’s', () => {
    const head = 'Spannungen auf der Halbinsel\n';
    const text = (s: string) =>
      `${head}${s} sagte, die Truppen seien per Schiff nach Russland verlegt worden.`;
    expect(read(text('Ein Beamter'), 'de').decisionOf('Ein').kind).toBe('unnamed-source');
    expect(read(text('Ein südkoreanischer Beamter'), 'de').decisionOf('Ein').kind).toBe(
      'official-estimate',
    );
  });
});

describe('French: an official with its qualifiers, "revendiquer", and a threat posed to nobody', () => {
  const read1 = (sentence: string) =>
    read(`Tensions sur la péninsule\n${sentence}`, 'fr').decisionOf(sentence.slice(0, 12));

  it('reads the office after a spokesman as part of the speaker', () => {
    const d = read1(
      'Le porte-parole du ministère sud-coréen de la Défense a déclaré que des centaines de ballons chargés de déchets avaient franchi la frontière.',
    );
    expect(d.kind).toBe('official-estimate');
    expect(d.cues.join(' ')).toMatch(/claimant: .*ministère sud-coréen de la Défense/);
  });

  it('takes officials with a nationality after them for their party’s, not unnamed', () => {
    expect(
      read1(
        "Des responsables américains ont affirmé que la Corée du Nord avait fourni des millions d'obus à la Russie.",
      ).kind,
    ).toBe('official-estimate');
  });

  it('reads "a revendiqué" as a claim, and "ne constituait aucune menace" as no opinion', () => {
    expect(
      read1('Pyongyang a revendiqué le succès du lancement de son satellite espion.').kind,
    ).toBe('state-media');
    expect(
      read1(
        "L'agence KCNA a affirmé que le tir était un essai de routine qui ne constituait aucune menace pour les pays voisins.",
      ).kind,
    ).toBe('state-media');
  });
});

describe('a report that goes on: names after an inverted verb, whole quotations, compounds', () => {
  it('gives "so Singh weiter" the speaker named after an inverted "sagte"', () => {
    const { decisionOf } = read(
      'Spannungen auf der Halbinsel\n„Nordkorea hat rund 10.000 Soldaten in den Osten Russlands geschickt“, sagte Pentagon-Sprecherin Sabrina Singh. Einige von ihnen seien bereits näher an die Ukraine verlegt worden, so Singh weiter.',
      'de',
    );
    expect(decisionOf('Einige').kind).toBe('official-estimate');
  });

  it('reads a negation inside a split verb as no report', () => {
    const { decisionOf } = read(
      'Spannungen auf der Halbinsel\nNach Angaben des Generalstabs feuerte der Norden Artilleriegranaten in die Pufferzone. Wie viele Granaten es waren, teilte das Militär nicht mit.',
      'de',
    );
    expect(decisionOf('Wie viele').kind).toBeUndefined();
  });

  it('anchors a German compound by its head ("Artilleriegranaten")', () => {
    const { decisionOf } = read(
      'Spannungen auf der Halbinsel\nNach Angaben des Generalstabs feuerte der Norden Artilleriegranaten in die Pufferzone.',
      'de',
    );
    expect(decisionOf('Nach Angaben').kind).toBe('official-estimate');
  });

  it('continues a report with a sentence that is one whole quotation', () => {
    const { decisionOf } = read(
      'Tensions on the peninsula\n“We assess that North Korea has sent around 10,000 soldiers to eastern Russia,” a Pentagon spokesperson told reporters. “Some of them have already moved closer to Ukraine.”',
      'en',
    );
    expect(decisionOf('“Some').kind).toBe('official-estimate');
    expect(decisionOf('“Some').reason).toMatch(/a quoted passage/);
  });
});

describe('another party announcing what its own side will do', () => {
  const cases: Array<[string, string, string]> = [
    [
      'en',
      'Tensions on the peninsula\nThe minister said Seoul would respond sternly to any provocation.',
      'The minister',
    ],
    [
      'de',
      'Spannungen auf der Halbinsel\nSeoul erklärte, man werde auf jede Provokation entschlossen reagieren.',
      'Seoul',
    ],
    [
      'fr',
      'Tensions sur la péninsule\nLe ministre a affirmé que Séoul répondrait fermement à toute provocation.',
      'Le ministre',
    ],
    ['ko', '한반도 긴장\n국방부 장관은 어떤 도발에도 단호하게 대응하겠다고 말했다.', '국방부'],
  ];
  it('states no fact, in each language', () => {
    for (const [lang, text, start] of cases)
      expect(read(text, lang).decisionOf(start).reason).toBe('excluded: intention');
  });

  it('keeps a forecast about the North, and a source after "laut", a claim', () => {
    expect(
      read(
        'Tensions on the peninsula\nThe minister said North Korea would send 3,000 more troops to Russia.',
        'en',
      ).decisionOf('The minister').kind,
    ).toBe('official-estimate');
    expect(
      read(
        'Spannungen auf der Halbinsel\nBis zu 12.000 Soldaten sollen es laut dem NIS werden.',
        'de',
      ).decisionOf('Bis zu').kind,
    ).toBe('official-estimate');
  });

  it('reads a price to pay as a threat, and a readiness as the speaker’s posture', () => {
    expect(
      read(
        "Tensions sur la péninsule\n« Le régime fantoche paiera le prix fort », a déclaré l'agence KCNA.",
        'fr',
      ).decisionOf('«').reason,
    ).toBe('excluded: rhetoric');
    expect(
      read(
        'Spannungen auf der Halbinsel\nDas südkoreanische Militär erklärte, es befinde sich in voller Einsatzbereitschaft.',
        'de',
      ).decisionOf('Das').reason,
    ).toBe('excluded: own posture');
  });
});

describe('a hedged headline before a hedged lede', () => {
  it('takes the report the lede takes from the sentence after it', () => {
    const { decisionOf } = read(
      [
        'N. Korea launches suspected ICBM toward Japan',
        'North Korea launched a suspected intercontinental ballistic missile on Friday.',
        'According to the Defense Ministry, the missile flew for 70 minutes before falling into the sea.',
      ].join('\n'),
      'en',
    );
    expect(decisionOf('N. Korea').kind).toBe('official-estimate');
    expect(decisionOf('North Korea launched').kind).toBe('official-estimate');
  });
});
