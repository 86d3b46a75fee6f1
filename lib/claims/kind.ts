/**
 * The kind of a sentence's claim: it follows the main clause's attribution (the speaker's kind,
 * an unnamed source, an accusation); failing one, a denial or a hedge makes it; a denial word
 * turns a statement or an accusation into a denial ("accused Washington of disinformation").
 */
import type { ClaimKind, Sentence } from '../types';
import {
  afterLocative,
  isDateline,
  markedBy,
  outside,
  PEOPLE_UNITS,
  quoted,
  speakerCue,
  wordCount,
  type Analysis,
  type Candidate,
  type DetectState,
} from './detect-state';
import { opensWithAnaphor } from './languages/registry';
import type { Mention, Speaker } from './mentions';
import { modifiesNoun } from './noun-modifiers';
import { findPhrases, type PhraseMatch } from './phrases';
import { anyIn, inSpan } from './span-index';

/** A hearsay modal ("soll") in a clause without a perfect infinitive: a duty, no hedge. */
function dutyModal(st: DetectState, s: Sentence, h: PhraseMatch): boolean {
  const { text, cues } = st;
  const modal = cues.modalHearsay;
  if (!modal || !modal.words.includes(h.text.toLowerCase())) return false;
  // A figure's separators ("12.000", "3,5") end no clause.
  const clauseEnd = /[;!?:]|(?<!\p{N})[,.]|[,.](?!\p{N})/u.exec(text.slice(h.end, s.end));
  const clause = text.slice(h.end, clauseEnd ? h.end + clauseEnd.index : s.end);
  const words = clause.toLowerCase().split(/[^\p{L}]+/u);
  // A subordinate clause puts the infinitive before the modal ("…, die Kim zeigen sollen").
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(s.start, h.start - 30), h.start))?.[1];
  if (before && modal.endings.includes(before.toLowerCase())) return false;
  return !words.some((w) => modal.endings.includes(w));
}

/**
 * "the Center for Countering Disinformation": a denial word written with a capital inside a
 * sentence, in a language that capitalises only names, is part of a name.
 */
function inName(st: DetectState, s: Sentence, d: PhraseMatch): boolean {
  return !st.cues.capitalisesNouns && d.start > s.start && /^\p{Lu}/u.test(d.text);
}

/** "남조선 군부가", "한국군은", "한국 무인기가": a name its particle marks as a clause's subject or topic. */
function markedAsSubject(st: DetectState, m: Mention): boolean {
  return markedBy(st, m, [...(st.cues.subjectParticles ?? []), ...(st.cues.topicParticles ?? [])]);
}

/** Words a reported clause's subject may stand from the start of the content. */
const SUBJECT_REACH = 4;

/**
 * A state's own media reporting what another party did ("KCNA said South Korea sent drones over
 * Pyongyang") is an accusation; what the state itself did ("KCNA said it shot down a drone") is
 * its own claim. The reported clause's subject is the first party named after the verb, or, in
 * an inverted report ("South Korea sent drones, KCNA said"), the first of the sentence.
 */
/**
 * Where the speaker's whole name ends: "북한 외무성은" is one speaker written as two mentions of
 * the same side, and the second is no subject of the reported clause.
 */
function speakerNameEnd(
  st: DetectState,
  mention: Mention | undefined,
  mentions: readonly Mention[],
): number | undefined {
  if (!mention) return undefined;
  let end = mention.end;
  for (const m of mentions) {
    if (m.start <= mention.start || m.speaker.kind !== mention.speaker.kind) continue;
    if (m.start > end && /^\s+$/u.test(st.text.slice(end, m.start))) end = m.end;
  }
  return end;
}

function reportsActOfOther(
  st: DetectState,
  s: Sentence,
  main: Candidate,
  mentions: readonly Mention[],
): boolean {
  const verb = main.verb;
  const speakerAt = main.mention?.start ?? verb?.start ?? s.start;
  if (!verb) return false;
  // Verb-final languages ("조선중앙통신은 남조선 군부가 … 침범했다고 주장했다") hold the reported
  // clause between the speaker and the verb.
  const verbFinal = st.cues.speakerOrder === 'first';
  const contentStart = verbFinal
    ? (speakerNameEnd(st, main.mention, mentions) ?? s.start)
    : verb.end > speakerAt
      ? Math.max(verb.end, main.mention?.end ?? 0)
      : s.start;
  const subject = mentions.find(
    (m) =>
      m.start >= contentStart &&
      m !== main.mention &&
      !isDateline(st.text, s, m) &&
      // "eine Drohne aus Südkorea abgeschossen": a place, not the clause's subject.
      !afterLocative(st, s, m) &&
      (!verbFinal || (m.end <= verb.start && markedAsSubject(st, m))),
  );
  if (!subject || subject.source !== 'pack' || subject.speaker.kind !== 'official-estimate')
    return !verbFinal && subjectOfOtherSide(st, contentStart, s.end);
  const words = st.text
    .slice(contentStart, subject.start)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= SUBJECT_REACH;
}

/** The words of a reported clause's head, from its start: enough for "that the South Korean". */
const HEAD_WORDS = /[\p{L}][\p{L}.'’-]*/gu;

/**
 * "KCNA said South Korean drones had dropped leaflets", "que des drones sud-coréens avaient
 * survolé": another party's adjective in the reported clause's first words qualifies its
 * subject, and the act it reports is that party's.
 */
function subjectOfOtherSide(st: DetectState, from: number, to: number): boolean {
  if (st.otherAdjectives.length === 0) return false;
  const words = [...st.text.slice(from, Math.min(to, from + 80)).matchAll(HEAD_WORDS)]
    .slice(0, SUBJECT_REACH + 1)
    .map((m) => m[0].toLowerCase());
  // An adjective of one or two words ("south korean"), or a prefix ("us-spionageflugzeug").
  return words.some((w, k) => {
    const two = `${w} ${words[k + 1] ?? ''}`;
    return st.otherAdjectives.some((a) =>
      a.endsWith('-') ? w.startsWith(a) : w === a || two === a,
    );
  });
}

/** Whether a definite article stands right before `m` ("the foreign ministry"). */
function definiteBefore(st: DetectState, s: Sentence, m: Mention): boolean {
  const word = /([\p{L}]+)\s+$/u.exec(st.text.slice(Math.max(s.start, m.start - 12), m.start))?.[1];
  return word !== undefined && (st.cues.definiteArticles ?? []).includes(word.toLowerCase());
}

/** How many sentences back an unsourced hedge looks for the report it stands in. */
const REPORT_REACH = 3;

/**
 * The named report a sentence stands in: the nearest claim before it (up to `REPORT_REACH`
 * sentences back, across paragraph breaks, since news paragraphs are often one sentence long),
 * when a named speaker made it. An unnamed source's claim in between ends the search.
 */
function reportGoingOn(
  st: DetectState,
  i: number,
): { kind: ClaimKind; speaker: Speaker } | undefined {
  for (let j = i - 1; j >= 0 && j >= i - REPORT_REACH; j--) {
    const prev = st.analyses[j];
    if (!prev?.kind) continue;
    if (!prev.speaker || prev.kind === 'unnamed-source') return undefined;
    return { kind: prev.kind, speaker: prev.speaker };
  }
  return undefined;
}

/** How many sentences ahead a hedge before any report looks for the report it belongs to. */
const REPORT_AHEAD = 2;

/**
 * A hedge before any named report ("North Korea launched a suspected ICBM …" in the headline
 * or lede, the defence ministry named in the sentence after) is that report's word: it takes
 * the kind of the first claim within `REPORT_AHEAD` sentences, when a named speaker made it.
 */
export function hedgesAttributedAhead(st: DetectState): void {
  const { analyses } = st;
  // From the last sentence back, so that a hedged headline before a hedged lede ("N. Korea
  // launches suspected ICBM", "North Korea launched a suspected ICBM …", "According to the
  // Defense Ministry, …") takes the report the lede has taken.
  for (let i = analyses.length - 1; i >= 0; i--) {
    const a = analyses[i];
    if (!a?.unsourcedHedge || a.kind !== 'unnamed-source') continue;
    for (let j = i + 1; j < analyses.length && j <= i + REPORT_AHEAD; j++) {
      const next = analyses[j];
      if (!next?.kind) continue;
      if (next.speaker && next.kind !== 'unnamed-source' && !next.unsourcedHedge) {
        a.kind = next.kind;
        a.speaker = next.speaker;
        a.unsourcedHedge = false;
        a.cues.push('within the report after it', speakerCue(next.speaker));
      }
      break;
    }
  }
}

/** Words from a publishing party to its publication verb ("KCNA on Tuesday released"). */
const PUBLISHER_REACH = 4;

/** The party that publishes in `s` ("KCNA released photos …"), named right before the verb. */
function publishedBy(
  st: DetectState,
  s: Sentence,
  mentions: readonly Mention[],
): Speaker | undefined {
  const p = inSpan(st.all.publications, s)[0];
  if (!p) return undefined;
  const subject = mentions.filter((m) => m.end <= p.start && m.source !== 'pronoun').pop();
  if (!subject || wordCount(st.text.slice(subject.end, p.start)) > PUBLISHER_REACH)
    return undefined;
  return subject.speaker;
}

/** Words from a relay ("carried by") to the outlet that relays. */
const RELAY_REACH = 3;

/** Whether a relay phrase in `s` ("carried by", "relayé par") names state media right after. */
function relayedByStateMedia(st: DetectState, s: Sentence, mentions: readonly Mention[]): boolean {
  const { text, cues } = st;
  const relays = findPhrases(cues.relays ?? [], text, cues.wordBoundaries, s.start, s.end);
  return relays.some((r) =>
    mentions.some(
      (m) =>
        m.speaker.kind === 'state-media' &&
        ((m.start >= r.end && wordCount(text.slice(r.end, m.start)) <= RELAY_REACH) ||
          // Korean puts the outlet first: "조선중앙통신을 통해".
          (m.end <= r.start && wordCount(text.slice(m.end, r.start)) === 0)),
    ),
  );
}

/** Words from a denying party to its denial ("which Moscow and Pyongyang have denied"). */
const DENIER_REACH = 3;

/**
 * "Experts say Russia fires North Korean missiles, which Moscow and Pyongyang deny", "Experten
 * berichten, dass …, was Moskau und Pjöngjang bestreiten": a party named in a clause of its own
 * after the analysts' reporting verb, right before a denial, denies their account; the
 * sentence is its denial.
 */
function partyDenying(
  st: DetectState,
  main: Candidate,
  denials: readonly PhraseMatch[],
  mentions: readonly Mention[],
): Speaker | undefined {
  const after = main.verb?.end ?? main.pos;
  for (const d of denials) {
    const party = mentions
      .filter(
        (m) =>
          m.source === 'pack' &&
          m.speaker.kind !== 'expert' &&
          m.start >= after &&
          m.end <= d.start,
      )
      .pop();
    if (!party || wordCount(st.text.slice(party.end, d.start)) > DENIER_REACH) continue;
    // A clause of its own ("…, which Pyongyang denies", "…지만 북한은 부인"): not the reported
    // clause's subject ("say North Korea is unlikely to deny it").
    const between = st.text.slice(after, party.start);
    const ownClause =
      /[,;]/u.test(between) ||
      findPhrases(st.cues.contrasts, st.text, st.cues.wordBoundaries, after, party.start, 1)
        .length > 0;
    if (ownClause) return party.speaker;
  }
  return undefined;
}

/** Words from an impersonal verb to the unnamed sources it names ("hieß es aus … Kreisen"). */
const IMPERSONAL_SOURCE_REACH = 4;

/** Whether the main attribution is an impersonal verb ("heißt es") naming unnamed sources after it. */
function sourcedToUnnamed(st: DetectState, s: Sentence, main: Candidate): boolean {
  const verb = main.verb;
  if (main.mention?.source !== 'pronoun' || !verb || main.mention.start < verb.start) return false;
  return inSpan(st.all.unnamed, s).some(
    (u) =>
      u.start >= verb.end && wordCount(st.text.slice(verb.end, u.start)) <= IMPERSONAL_SOURCE_REACH,
  );
}

/** The sentence's kind and speaker, and the denial that decided it, if any. */
export interface KindDecision {
  kind?: ClaimKind;
  speaker?: Speaker;
  denials: PhraseMatch[];
}

export function decideKind(
  st: DetectState,
  i: number,
  s: Sentence,
  a: Analysis,
  main: Candidate | undefined,
  pronounExcluded: boolean,
  mentions: readonly Mention[],
): KindDecision {
  const { all } = st;
  const denials = inSpan(all.denial, s).filter((d) => !inName(st, s, d));
  // "'화성-17형'으로 추정되는 미사일을 발사한 지 15일 만이다": a hedge in a noun modifier qualifies
  // the noun, not the sentence's predicate, unless the noun phrase carries a headcount.
  const headcount = a.figures.some((f) => f.unit !== undefined && PEOPLE_UNITS.has(f.unit));
  const hedges = inSpan(all.hedges, s).filter(
    (h) =>
      outside(st, h) && !dutyModal(st, s, h) && (headcount || !modifiesNoun(st.cues, st.text, h)),
  );
  if (denials.length || hedges.length) a.attributed = true;

  let kind: ClaimKind | undefined;
  let speaker: Speaker | undefined = main?.speaker;
  // An official of no party ("the foreign ministry") may be the North's own.
  const partyless =
    main?.type === 'named' && main.speaker?.kind === 'official-estimate' && !main.speaker.id
      ? main.speaker
      : undefined;
  let goesOnAccusing = false;
  // The report this sentence may go on with, read once for the rules below.
  const before = reportGoingOn(st, i);
  if (partyless && relayedByStateMedia(st, s, mentions)) {
    // "the foreign ministry said in a statement carried by KCNA": state media relays its words,
    // and goes on accusing when the North's report before accused.
    speaker = { ...partyless, kind: 'state-media' };
    goesOnAccusing = before?.speaker.kind === 'state-media' && before.kind === 'accusation';
  } else if (partyless && main?.mention && definiteBefore(st, s, main.mention)) {
    // "The drones scattered leaflets, the foreign ministry said", after the North's report: the
    // one of the report before, who goes on accusing when that report accused.
    if (before?.speaker.kind === 'state-media') {
      speaker = { ...partyless, kind: 'state-media' };
      goesOnAccusing = before.kind === 'accusation';
    }
  }
  // "Pyongyang accused Seoul of sending drones. They dropped leaflets, it said.", "Ces appareils
  // auraient largué des tracts, selon le ministère nord-coréen": the North's speaker, named by a
  // pronoun or going on about what the sentence before spoke of, goes on accusing when the
  // report before accused.
  if (
    speaker?.kind === 'state-media' &&
    (main?.mention?.source === 'pronoun' || opensWithAnaphor(st.cues, s.text)) &&
    before?.kind === 'accusation'
  )
    goesOnAccusing = true;
  if (main && sourcedToUnnamed(st, s, main)) {
    // "…, heißt es aus Geheimdienstkreisen": the pronoun stands for the unnamed sources named
    // after it, not for the speaker before.
    kind = 'unnamed-source';
    speaker = undefined;
    a.cues.push(main.cue, 'the impersonal verb names unnamed sources');
  } else if (main) {
    if (main.type === 'named' && speaker) {
      const k = speaker.kind;
      const denier = k === 'expert' ? partyDenying(st, main, denials, mentions) : undefined;
      if (denier) {
        // The analysts' account is the sentence's background; the party's denial its claim.
        kind = 'denial';
        speaker = denier;
      } else if (k === 'expert') a.excluded = 'analyst';
      else kind = k;
    } else if (main.type === 'unnamed') {
      kind = 'unnamed-source';
    } else {
      kind = 'accusation';
    }
    a.cues.push(main.cue);
  } else if (denials.length) {
    kind = 'denial';
    speaker = mentions.find((m) => m.source !== 'pronoun' && !isDateline(st.text, s, m))?.speaker;
  } else if (hedges.length) {
    kind = 'unnamed-source';
    a.cues.push(`hedge: ${quoted(hedges[0] as PhraseMatch)}`);
    // "North Korea released photos purportedly showing drones": the hedge marks the publishing
    // party's evidence as unconfirmed; the claim is that party's (the dev notes' B19, dev-104).
    const publisher = publishedBy(st, s, mentions);
    if (publisher) {
      kind = publisher.kind === 'expert' ? kind : publisher.kind;
      speaker = publisher;
      a.cues.push(`published by: ${publisher.name}`);
    } else if (relayedByStateMedia(st, s, mentions)) {
      // "Images released by KCNA purportedly show …": the same, in the passive.
      kind = 'state-media';
      a.cues.push('relayed by state media');
    }
  } else if (pronounExcluded) {
    a.excluded = 'continues an excluded statement';
  }
  // A hedge or an impersonal verb inside a named report ("Das NIS meldete … Die Soldaten sollen
  // in Kursk sein.", "hieß es weiter") marks the reporter's word, whose kind it keeps.
  // "heisst es aus Geheimdienstkreisen": an impersonal verb that names unnamed sources is their
  // report, not the word of a reporter before or after it.
  const unsourced = (main ? main.impersonal === true : hedges.length > 0) && !anyIn(all.unnamed, s);
  const reporter = unsourced ? reportGoingOn(st, i) : undefined;
  if (unsourced && !reporter && kind === 'unnamed-source') a.unsourcedHedge = true;
  if (reporter) {
    kind = reporter.kind;
    speaker = reporter.speaker;
    a.cues.push('within the report before it');
  }
  if (kind === 'state-media' && goesOnAccusing) {
    kind = 'accusation';
    a.cues.push('goes on with the accusation before it');
  } else if (kind === 'state-media' && main && reportsActOfOther(st, s, main, mentions)) {
    kind = 'accusation';
    a.cues.push('a state-media claim about an act of another party');
  }
  // "Er betonte X und warf Y vor, …": an accusation anywhere in the sentence frames it.
  const accusations = inSpan(all.accusation, s).filter((c) => outside(st, c));
  if ((kind === 'official-estimate' || kind === 'state-media') && accusations.length) {
    kind = 'accusation';
    a.cues.push(`accusation: ${quoted(accusations[0] as PhraseMatch)}`);
  }
  if (denials.length && kind) {
    kind = 'denial';
    a.cues.push(`denial: ${quoted(denials[0] as PhraseMatch)}`);
  }
  if (speaker) {
    a.boundSpeaker = speaker;
    a.cues.push(speakerCue(speaker));
  }
  if (kind && hedges.length && !a.cues.some((c) => c.startsWith('hedge'))) {
    a.cues.push(`hedge: ${quoted(hedges[0] as PhraseMatch)}`);
  }

  return { ...(kind ? { kind } : {}), ...(speaker ? { speaker } : {}), denials };
}
