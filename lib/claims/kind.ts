/**
 * The kind of a sentence's claim: it follows the main clause's attribution (the speaker's kind,
 * an unnamed source, an accusation); failing one, a denial or a hedge makes it; a denial word
 * turns a statement or an accusation into a denial ("accused Washington of disinformation").
 */
import type { ClaimKind, Sentence } from '../types';
import {
  outside,
  quoted,
  sameParagraph,
  speakerCue,
  type Analysis,
  type Candidate,
  type DetectState,
} from './detect-state';
import type { Mention, Speaker } from './mentions';
import type { PhraseMatch } from './phrases';
import { inSpan } from './span-index';

/** A hearsay modal ("soll") in a clause without a perfect infinitive: a duty, no hedge. */
function dutyModal(st: DetectState, s: Sentence, h: PhraseMatch): boolean {
  const { text, cues } = st;
  const modal = cues.modalHearsay;
  if (!modal || !modal.words.includes(h.text.toLowerCase())) return false;
  const clauseEnd = /[,;.!?:]/u.exec(text.slice(h.end, s.end));
  const clause = text.slice(h.end, clauseEnd ? h.end + clauseEnd.index : s.end);
  const words = clause.toLowerCase().split(/[^\p{L}]+/u);
  return !words.some((w) => modal.endings.includes(w));
}

/** Words a reported clause's subject may stand from the start of the content. */
const SUBJECT_REACH = 4;

/**
 * A state's own media reporting what another party did ("KCNA said South Korea sent drones over
 * Pyongyang") is an accusation; what the state itself did ("KCNA said it shot down a drone") is
 * its own claim. The reported clause's subject is the first party named after the verb, or, in
 * an inverted report ("South Korea sent drones, KCNA said"), the first of the sentence.
 */
function reportsActOfOther(
  st: DetectState,
  s: Sentence,
  main: Candidate,
  mentions: readonly Mention[],
): boolean {
  const verb = main.verb;
  const speakerAt = main.mention?.start ?? verb?.start ?? s.start;
  if (!verb) return false;
  const contentStart = verb.end > speakerAt ? Math.max(verb.end, main.mention?.end ?? 0) : s.start;
  const subject = mentions.find((m) => m.start >= contentStart && m !== main.mention);
  if (!subject || subject.source !== 'pack' || subject.speaker.kind !== 'official-estimate')
    return false;
  const words = st.text
    .slice(contentStart, subject.start)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= SUBJECT_REACH;
}

/**
 * The named report a sentence stands in: the claim right before it, in the same paragraph, made
 * by a named speaker (not an unnamed source).
 */
function reportGoingOn(
  st: DetectState,
  i: number,
  s: Sentence,
): { kind: ClaimKind; speaker: Speaker } | undefined {
  const prev = st.analyses[i - 1];
  if (!prev?.kind || !prev.speaker || prev.kind === 'unnamed-source') return undefined;
  if (!sameParagraph(st, prev.sentence, s)) return undefined;
  return { kind: prev.kind, speaker: prev.speaker };
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
  const denials = inSpan(all.denial, s);
  const hedges = inSpan(all.hedges, s).filter((h) => outside(st, h) && !dutyModal(st, s, h));
  if (denials.length || hedges.length) a.attributed = true;

  let kind: ClaimKind | undefined;
  let speaker: Speaker | undefined = main?.speaker;
  if (main) {
    if (main.type === 'named' && main.speaker) {
      const k = main.speaker.kind;
      if (k === 'expert') a.excluded = 'analyst';
      else kind = k;
    } else if (main.type === 'unnamed') {
      kind = 'unnamed-source';
    } else {
      kind = 'accusation';
    }
    a.cues.push(main.cue);
  } else if (denials.length) {
    kind = 'denial';
    speaker = mentions.find((m) => m.source !== 'pronoun')?.speaker;
  } else if (hedges.length) {
    kind = 'unnamed-source';
    a.cues.push(`hedge: ${quoted(hedges[0] as PhraseMatch)}`);
  } else if (pronounExcluded) {
    a.excluded = 'continues an excluded statement';
  }
  // A hedge or an impersonal verb inside a named report ("Das NIS meldete … Die Soldaten sollen
  // in Kursk sein.", "hieß es weiter") marks the reporter's word, whose kind it keeps.
  const unsourced = main ? main.impersonal === true : hedges.length > 0;
  const reporter = unsourced ? reportGoingOn(st, i, s) : undefined;
  if (reporter) {
    kind = reporter.kind;
    speaker = reporter.speaker;
    a.cues.push('within the report before it');
  }
  if (kind === 'state-media' && main && reportsActOfOther(st, s, main, mentions)) {
    kind = 'accusation';
    a.cues.push('a state-media claim about an act of another party');
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
