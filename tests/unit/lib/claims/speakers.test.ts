import { describe, expect, it } from 'vitest';
import { detectClaims } from '@/lib/claims/public-api';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { splitSentences } from '@/lib/text/sentences';

function claims(text: string, lang = 'en') {
  return detectClaims(text, splitSentences(text, lang), northKoreaPack, lang).claims.map((c) => ({
    kind: c.kind,
    claimant: c.claimant?.name,
  }));
}

describe('detectClaims: who is speaking', () => {
  it('gives a verb to the unnamed source right before it, not to a place earlier on', () => {
    expect(
      claims('18 North Korean soldiers deserted near the Ukraine border, sources say'),
    ).toEqual([{ kind: 'unnamed-source', claimant: undefined }]);
  });

  it('does not give the verb of an unknown outlet to a party far back in the sentence', () => {
    expect(
      claims(
        'Russia is also said to be forming a battalion of up to 3,000 North Koreans, Suspilne reported.',
      ),
    ).toEqual([{ kind: 'unnamed-source', claimant: undefined }]);
  });

  it('never joins a noun ending one line to the name that opens the next', () => {
    const text =
      'North Korea says 500,000 young people volunteered for the military\nNorth Korea claimed that 500,000 young people have volunteered to join the army.';
    expect(claims(text)).toEqual([
      { kind: 'state-media', claimant: 'North Korea' },
      { kind: 'state-media', claimant: 'North Korea' },
    ]);
  });

  it('reads "according to the report" as the previous claim\'s speaker', () => {
    const text =
      'The missile flew 1,000 km, the Korean Central News Agency reported. Kim Jong Un oversaw the launch, according to the report.';
    expect(claims(text).map((c) => c.kind)).toEqual(['state-media', 'state-media']);
  });

  it('remembers a name given a title in apposition', () => {
    const text = [
      "South Korea's spy agency said 1,500 North Korean soldiers had been sent to Russia.",
      'Cho Tae-yong, the agency director, met the president on Friday.',
      'Cho told reporters that more units would follow in the coming weeks.',
    ].join('\n\n');
    const out = claims(text);
    expect(out.map((c) => c.kind)).toEqual(['official-estimate', 'official-estimate']);
    // "the agency director": the title's own speaker, the agency named before.
    expect(out[1]?.claimant).toBe("South Korea's spy agency");
  });

  it('reads an analyst named in apposition as an analyst later', () => {
    const text = [
      "South Korea's spy agency said 1,500 North Korean soldiers had been sent to Russia.",
      'Lee Sang-min, a researcher at a Seoul think tank, said the move was planned.',
      'Lee said the troops would be used as cannon fodder in Kursk.',
    ].join('\n\n');
    expect(claims(text)).toHaveLength(1);
  });

  it('finds the speaker inside a German split verb', () => {
    const text =
      'Nach Angaben des Geheimdienstes sind rund 300 nordkoreanische Soldaten getötet worden. Etwa 2700 weitere seien verwundet worden, teilte der Geheimdienst am Montag mit.';
    expect(claims(text, 'de')).toEqual([
      { kind: 'official-estimate', claimant: 'Geheimdienst' },
      { kind: 'official-estimate', claimant: 'Geheimdienst' },
    ]);
  });

  it('reads "the same outlets" as the state media named before', () => {
    const text =
      'In 2017 state media said nearly 3.5 million people had volunteered. In 2023 the same outlets reported 800,000 volunteers in a day.';
    expect(claims(text).map((c) => c.kind)).toEqual(['state-media', 'state-media']);
  });
});

describe('detectClaims: appositions and listeners', () => {
  it('takes the title of a "Name, a title," apposition, not the subject of the reported clause', () => {
    const text =
      "Lee Seong-kweun, a member of parliament's intelligence committee, told reporters the North had sent about 15,000 troops to Russia.";
    expect(claims(text).map((c) => c.kind)).toEqual(['official-estimate']);
  });

  it('reads an analyst in apposition as an analyst even with a place in the title', () => {
    const text = [
      "South Korea's spy agency said 1,500 North Korean soldiers had been sent to Russia.",
      'Han Soo-min, a professor at a university in Seoul, said Pyongyang was trying to pressure Washington with the troops.',
    ].join('\n\n');
    expect(claims(text)).toHaveLength(1);
  });

  it('binds a Korean topic pronoun at the start of the sentence to the verb at its end', () => {
    const text =
      '노동신문은 약 80만 명의 청년이 입대를 탄원했다고 보도했다. 신문은 청년동맹 일꾼과 학생들이 각지에서 열린 궐기 모임에 참가했다고 전했다.';
    expect(claims(text, 'ko').map((c) => c.kind)).toEqual(['state-media', 'state-media']);
  });
});

describe('Korean: the speaker is the name its particle marks', () => {
  const read = (text: string) =>
    detectClaims(text, splitSentences(text, 'ko'), northKoreaPack, 'ko', { explain: true });

  it('takes the subject right before the closing verb, not the first name', () => {
    const { claims, decisions } = read(
      '북한이 오늘 오전 동해상으로 탄도미사일 2발을 발사했다고 합참이 밝혔다.',
    );
    expect(claims[0]?.kind).toBe('official-estimate');
    expect(claims[0]?.claimant?.name).toBe('합참');
    expect(decisions?.[0]?.reason).toMatch(/speaker marked by its particle/);
  });

  it('carries the speaker on with a connective ("그러면서 …고 했다")', () => {
    const { claims } = read(
      '조선중앙통신은 신형 미사일이 600㎞를 비행했다고 보도했다.\n그러면서 “새 무기는 정확히 목표를 타격했다”고 했다.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['state-media', 'state-media']);
  });

  it('reads another party’s press as a media report', () => {
    const { claims } = read('우크라이나 매체 키이우포스트가 북한군 병사 20명이 탈영했다고 전했다.');
    expect(claims[0]?.kind).toBe('unnamed-source');
  });
});
