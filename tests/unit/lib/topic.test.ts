import { describe, expect, it } from 'vitest';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { decideTopic, guessLanguage } from '@/lib/topic';

const on = (headline: string, text: string, lang?: string) =>
  decideTopic(text, { headline, ...(lang ? { lang } : {}) }, northKoreaPack);

describe('decideTopic', () => {
  it.each([
    [
      'North Korea says 900,000 students volunteer for the army',
      'KCNA said on Sunday that 900,000 students and young workers had volunteered to join the army. The agency said the volunteers signed petitions at rallies across the country.',
    ],
    [
      'Seoul: North Korean troops suffer losses in Kursk',
      "South Korea's spy agency said North Korean soldiers fighting in the Kursk region had suffered heavy casualties. The agency estimated that 1,000 troops had been killed or wounded.",
    ],
    [
      '',
      'North Korea fired a new missile on Monday, state media said. The missile flew 900 kilometres, KCNA reported. South Korea said the North Korean launch was a test of a hypersonic missile.',
    ],
  ])('is on topic: %s', (headline, text) => {
    const t = on(headline, text);
    expect(t.onTopic).toBe(true);
    expect(t.score).toBeGreaterThanOrEqual(t.threshold);
    expect(t.reasons.some((r) => r.startsWith('subject'))).toBe(true);
  });

  it('is on topic in German and Korean', () => {
    expect(
      on(
        '',
        'Der ukrainische Geheimdienst erklärte, nordkoreanische Soldaten kämpften in Kursk. Mindestens 30 nordkoreanische Soldaten seien getötet worden.',
        'de',
      ).onTopic,
    ).toBe(true);
    expect(
      on(
        '',
        '북한 조선중앙통신은 청년 100만 명이 입대를 탄원했다고 보도했다. 북한은 입대 열풍이 불고 있다고 주장했다.',
        'ko',
      ).onTopic,
    ).toBe(true);
  });

  it.each([
    [
      'K-pop star begins military service',
      'The singer entered a boot camp near the border with North Korea on Monday for five weeks of basic training with other conscripts. Fans gathered outside as he joined the army, and his band will pause its tours while its members serve as soldiers.',
    ],
    [
      'Nepalis recruited to fight for Russia',
      'Hundreds of Nepalis have enlisted in the Russian army, lured by wages and passports. The Nepali government says at least 200 of its citizens joined Russian troops and a dozen were killed.',
    ],
    [
      'Kim Jong Un visits a greenhouse farm',
      'North Korean leader Kim Jong Un inspected a greenhouse farm near the Chinese border, state media KCNA said. He praised the builders and urged faster work before the party congress.',
    ],
    [
      'Army misses recruiting targets again',
      'The British Army has missed its recruiting targets for the sixth year, a report found. Thousands of applicants dropped out while waiting for soldiers training places.',
    ],
  ])('is off topic: %s', (headline, text) => {
    expect(on(headline, text).onTopic).toBe(false);
  });

  it('is off topic for the Bundeswehr volunteer numbers (German)', () => {
    const text =
      'Die Zahl der Freiwilligen bei der Bundeswehr ist gesunken. Rund 10.000 Männer und Frauen meldeten sich, teilte das Verteidigungsministerium mit.';
    expect(on('Bundeswehr: weniger Freiwillige', text, 'de').onTopic).toBe(false);
  });

  it('stops at once when no subject term occurs', () => {
    const t = on('Local football results', 'The home team won three to one on Saturday.');
    expect(t).toMatchObject({ onTopic: false, score: 0 });
    expect(t.reasons).toEqual(['no subject term']);
  });

  it('needs the subject near the matter when the headline does not name it', () => {
    const text = [
      'Lawmakers voted on the budget on Friday. Troops and soldiers of the army held a parade, and the war museum reopened with military bands.',
      'In other news, North Korea was mentioned in a speech about trade. Pyongyang was also named in a list of capitals. North Korea hosted a chess event.',
    ].join('\n');
    const t = on('Budget passes after long debate', text);
    expect(t.onTopic).toBe(false);
    expect(t.reasons.at(-1)).toMatch(/subject near matter/);
  });

  it('caps a term so that one repeated word cannot carry an article', () => {
    const t = on('', `${'North Korea troops. '.repeat(1)}${'Pyongyang. '.repeat(40)}`);
    expect(t.reasons.find((r) => r.includes("'Pyongyang'"))).toMatch(/x3 /);
  });
});

describe('guessLanguage', () => {
  it('uses meta.lang, then Hangul, then stopwords', () => {
    expect(guessLanguage('anything', { lang: 'de-AT' })).toBe('de');
    expect(guessLanguage('북한은 청년들이 입대했다고 주장했다. 조선중앙통신이 보도했다.', {})).toBe(
      'ko',
    );
    expect(
      guessLanguage('Die Soldaten und die Offiziere sind nicht mit dem Zug gekommen.', {}),
    ).toBe('de');
    expect(
      guessLanguage('Les soldats et les officiers sont arrivés dans la ville pour une visite.', {}),
    ).toBe('fr');
    expect(guessLanguage('The soldiers and the officers said that it was over.', {})).toBe('en');
  });

  it('reads meta.lang as a language tag, and guesses when it is not one', () => {
    expect(guessLanguage('anything', { lang: 'FR_ca' })).toBe('fr');
    expect(guessLanguage('anything', { lang: 'de, en' })).toBe('de');
    const german = 'Die Soldaten und die Offiziere sind nicht mit dem Zug gekommen.';
    expect(guessLanguage(german, { lang: 'deutsch' })).toBe('de');
    expect(guessLanguage(german, { lang: '' })).toBe('de');
  });
});

describe('decideTopic: counter-evidence', () => {
  it('keeps an army concert off topic: negative matter terms count even after an early stop', () => {
    const t = on(
      'Kim Jong Un attends concert marking army anniversary',
      "Kim Jong Un attended a concert in Pyongyang marking the anniversary of the Korean People's Army, KCNA said. Soldiers and singers performed at the concert.",
    );
    expect(t.onTopic).toBe(false);
    expect(t.reasons.some((r) => r.startsWith("matter 'concert'") && r.endsWith(')'))).toBe(true);
  });

  it('still puts a claim article that mentions an anniversary on topic', () => {
    const t = on(
      'North Korea says 800,000 youths volunteer for the army',
      'KCNA said 800,000 young people had volunteered to join the army on the anniversary of the war. The volunteers signed petitions to enlist, and troops held rallies.',
    );
    expect(t.onTopic).toBe(true);
  });
});

describe('decideTopic: every North Korean military story, and not a mention in passing', () => {
  it.each([
    [
      'nuclear test',
      'White House doubts North Korea bomb claim',
      'The White House said on Thursday that its sensors did not support North Korea’s claim of a hydrogen bomb test. Pyongyang said the nuclear test had been a complete success.',
    ],
    [
      'border incident',
      'North Korea blows up roads near the border',
      'North Korea blew up sections of two roads north of the demarcation line on Tuesday, the Joint Chiefs of Staff said. The JCS said the explosions caused no damage in the South.',
    ],
    [
      'drones in French',
      'Pyongyang accuse Séoul',
      'La Corée du Nord affirme que des drones sud-coréens ont survolé Pyongyang et largué des tracts. Séoul a refusé de confirmer ces affirmations sur les drones.',
    ],
  ])('is on topic: %s', (_, headline, text) => {
    const lang = /Corée/.test(text) ? 'fr' : 'en';
    expect(on(headline, text, lang).onTopic).toBe(true);
  });

  it('takes the first line of a brief without a headline as its headline', () => {
    const brief =
      '러시아 정부는 북한이 병력을 파견했다는 주장이 가짜 뉴스라고 말했습니다.\n\n러시아 대변인은 브리핑에서 추가 설명은 하지 않았습니다.';
    const t = on('', brief, 'ko');
    expect(t.onTopic).toBe(true);
    expect(t.reasons.some((r) => r.includes('(headline)'))).toBe(true);
  });

  it('is on a brief that names its subject once, in the lede', () => {
    const brief =
      'Nordkorea hat in der Nacht abermals Hunderte Ballons mit Müll über die Grenze nach Süden treiben lassen. Es seien rund 500 Ballons gesichtet worden, teilte der Generalstab in Seoul am Sonntag mit. Die Armee rief die Bevölkerung auf, die Ballons nicht zu berühren und sofort die Polizei zu verständigen. Spezialeinheiten sammelten die Säcke ein.';
    expect(brief.length).toBeGreaterThan(300);
    const t = on('', brief, 'de');
    expect(t.onTopic).toBe(true);
    // A brief that names the subject only after its lede, in passing, is not enough.
    const passing = [
      'Hunderte Ballons mit Müll sind in der Nacht über die Grenze geflogen und in mehreren Städten gelandet.',
      'Es seien rund 500 Ballons gesichtet worden, teilte der Generalstab am Sonntag in einer kurzen Erklärung mit.',
      'Die Armee rief die Bevölkerung auf, die Ballons nicht zu berühren und sofort die Polizei zu verständigen.',
      'Spezialeinheiten sammelten die Säcke ein und brachten sie zur Untersuchung in ein Labor der Armee.',
      'Sie kamen wohl aus Nordkorea.',
    ].join(' ');
    expect(passing.indexOf('Nordkorea')).toBeGreaterThan(400);
    expect(on('', passing, 'de').onTopic).toBe(false);
  });

  it('is on a story about arms and ammunition deliveries', () => {
    const text = [
      'Pyongyang a assuré samedi n’avoir jamais livré d’armes ni de munitions à la Russie.',
      'Le ministère nord-coréen de la Défense a qualifié ces accusations de « mensonges ».',
      'Washington affirme que la Corée du Nord a fourni des milliers de conteneurs de munitions.',
    ].join(' ');
    expect(on('Pyongyang dément avoir livré des armes à Moscou', text, 'fr').onTopic).toBe(true);
  });

  it('is off a story whose matter is only mentioned further down, once', () => {
    const travel = [
      'Runners return to the streets of Pyongyang for the spring marathon, with tourists from abroad.',
      'Guides took the visitors to the Kim Il Sung square, the river bank and a new hotel. '.repeat(
        4,
      ),
      'The event was cancelled in recent years; North Korea has since tested ballistic missiles and a nuclear warhead design, which rattled its neighbours.',
    ].join('\n');
    const t = on('Tourists run the Pyongyang marathon', travel);
    expect(t.onTopic).toBe(false);
    expect(t.reasons.at(-1)).toMatch(/not in headline or lede/);
  });
});

describe('decideTopic: the lede line', () => {
  it('passes over a date stamp or a kicker above the lede', () => {
    const brief =
      '7 December 2026\n러시아 정부는 북한이 병력을 파견했다는 주장이 가짜 뉴스라고 말했습니다.\n\n러시아 대변인은 브리핑에서 추가 설명은 하지 않았습니다.';
    const t = on('', brief, 'ko');
    expect(t.onTopic).toBe(true);
    expect(t.reasons.some((r) => r.includes('(headline)'))).toBe(true);
  });
});

describe('decideTopic: launches, enrichment and balloons in four languages', () => {
  it.each([
    [
      'fr',
      'Le lancement d’un satellite espion effectué mercredi par Pyongyang a échoué, a déclaré l’agence officielle nord-coréenne KCNA. La fusée s’est abîmée en mer après une panne du deuxième étage.',
    ],
    [
      'de',
      'Nordkorea hat erneut Hunderte Ballons mit Müll über die Grenze geschickt. Gezählt worden seien etwa 600 davon, teilte Südkoreas Generalstab mit.',
    ],
    [
      'en',
      'North Korea has shown images of a uranium enrichment facility for the first time, state media said. Kim Jong Un called for more centrifuges to build more nuclear warheads.',
    ],
    [
      'ko',
      '북한이 정찰위성을 탑재한 발사체를 쏘아 올렸지만 실패했다고 조선중앙통신이 24일 보도했다. 합참은 발사체가 서해상에서 폭발한 것으로 파악했다.',
    ],
  ])('is on topic (%s)', (lang, text) => {
    expect(on('', text, lang).onTopic).toBe(true);
  });
});
