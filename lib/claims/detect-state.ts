/**
 * What the detector's steps share while they read one article: its text and cues, the
 * analyses of the sentences read so far (a later sentence looks back at them: pronouns,
 * continuations), the caveats found, and the names learnt on the way.
 */
import { secondOfLastTwoWords } from '../text/last-words';
import type { ArticleCaveat, ClaimKind, ParsedFigure, Sentence, Span } from '../types';
import { LANGUAGES, type LanguageCues } from './languages/registry';
import type { Mention, Speaker } from './mentions';
import { modifiesNoun, quotesInsideModifier } from './noun-modifiers';
import { findQuotes, insideSpans } from './quotation-spans';
import type { TextCues } from './text-cues';

/** A piece of attribution evidence in a sentence: the earliest one is its main clause's. */
export interface Candidate {
  pos: number;
  type: 'named' | 'unnamed' | 'accusation';
  speaker?: Speaker;
  /** The mention the speaker was found from. */
  mention?: Mention;
  /** The attribution verb or phrase bound to the speaker. */
  verb?: Span;
  /** An impersonal verb with nobody to stand for ("hieß es"): a report without a source. */
  impersonal?: boolean;
  cue: string;
}

/** The reason a sentence gives that closes a quotation opened in the sentence before: read by
 * the step that gives the opening sentence the same speaker. */
export const QUOTE_OPENED = 'a quotation opened before';

/** One sentence as the steps have read it. */
export interface Analysis {
  sentence: Sentence;
  kind?: ClaimKind;
  speaker?: Speaker;
  cues: string[];
  excluded?: string;
  /** The speaker found for this sentence, even when it is not a claim (for pronouns). */
  boundSpeaker?: Speaker;
  boundExcluded?: boolean;
  anchored: boolean;
  /** Any attribution verb or cue at all, bound to a speaker or not. */
  attributed: boolean;
  opensQuote: boolean;
  /** Names a subject matter of its own, with no topical anchor (`./subject-matter.ts`). */
  otherMatter?: boolean;
  /** Hedged with no source and no named report before it: unnamed, unless one follows. */
  unsourcedHedge?: boolean;
  figures: ParsedFigure[];
}

export interface DetectState {
  text: string;
  cues: LanguageCues;
  all: TextCues;
  /** Quotations of the text: cues inside them are the quoted speaker's, not the article's. */
  quotes: Span[];
  /** The sentences read so far, in order. */
  analyses: Analysis[];
  caveats: ArticleCaveat[];
  /** Names given a title in apposition, remembered as that title's speaker (lower case). */
  names: Map<string, Speaker>;
  /** Other parties' adjectives ("south korean"), lower case: a subject they qualify is theirs. */
  otherAdjectives: readonly string[];
}

export function createDetectState(
  text: string,
  cues: LanguageCues,
  all: TextCues,
  otherAdjectives: readonly string[] = [],
): DetectState {
  const verbs = all.verbs.filter(
    (v) =>
      !nounReading(text, v, cues) &&
      !modifiesNoun(cues, text, v) &&
      !quotesInsideModifier(cues, text, v, all.verbs),
  );
  return {
    text,
    cues,
    all: verbs.length === all.verbs.length ? all : { ...all, verbs },
    quotes: findQuotes(text),
    analyses: [],
    caveats: [],
    names: new Map(),
    otherAdjectives,
  };
}

/** "reports of increased involvement": a verb form that a following word makes a noun. */
function nounReading(text: string, verb: Span, cues: LanguageCues): boolean {
  const readings = cues.nounReadings ?? [];
  if (readings.length === 0) return false;
  const head = text
    .slice(verb.start, verb.start + 24)
    .toLowerCase()
    .replace(/\s+/gu, ' ');
  return readings.some((r) => head.startsWith(r) && !/[\p{L}\p{N}]/u.test(head.charAt(r.length)));
}

/** Whether a match stands outside every quotation. */
export function outside(st: DetectState, m: { start: number }): boolean {
  return !insideSpans(st.quotes, m.start);
}

export function sameParagraph(st: DetectState, a: Sentence, b: Sentence): boolean {
  return !st.text.slice(a.end, b.start).includes('\n');
}

/**
 * A sentence's dateline: "SEOUL (Reuters) - ", "PYONGYANG, Oct 17 (NNN-KCNA) – ", "Seoul (AFP) — ":
 * a place, an optional date and agency, then a dash.
 */
const DATELINE =
  /^\s*\p{Lu}[\p{L}.'’ -]{0,30}?(?:,[^–—()\n-]{1,24})?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]\s/u;

/** Whether a mention stands in its sentence's dateline (a place or an agency, not a speaker). */
export function isDateline(text: string, s: Sentence, m: Mention): boolean {
  if (m.start - s.start > 60) return false;
  return m.end <= datelineEnd(text, s);
}

/**
 * Where each sentence's dateline ends in the text it was last read against (-1 when it has
 * none): asked of every mention near a sentence's start, the pattern runs once per sentence.
 * The text is kept with it because a sentence may be read against more than one (the warm-up
 * reads the opening sentences in a prefix of the text); both are let go with the reading.
 */
const datelineEnds = new WeakMap<Sentence, { text: string; end: number }>();

function datelineEnd(text: string, s: Sentence): number {
  const known = datelineEnds.get(s);
  if (known !== undefined && known.text === text) return known.end;
  const d = DATELINE.exec(text.slice(s.start, s.start + 80));
  const end = d === null ? -1 : s.start + d[0].length;
  datelineEnds.set(s, { text, end });
  return end;
}

/** "Residents in South Korea", "Guerre en Ukraine": a party named after a locative word
 * qualifies the noun before it as a place; it is nobody's speaker. */
export function afterLocative(st: DetectState, s: Sentence, m: Mention): boolean {
  const locatives = st.cues.locatives;
  if (m.source !== 'pack' || !locatives?.length) return false;
  // The word before the mention, after another word, within 40 characters: read backwards
  // (an end-anchored expression rescanned those characters for every mention).
  const word = secondOfLastTwoWords(st.text, Math.max(s.start, m.start - 40), m.start);
  return word !== undefined && locatives.includes(word.toLowerCase());
}

/** Whether `text` holds a word that opens a reported clause ("that", "que", "qu'il", "dass"). */
export function opensClause(text: string, cues: LanguageCues): boolean {
  const complementizers = cues.complementizers ?? [];
  if (complementizers.length === 0) return false;
  return text
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => complementizers.some((c) => w === c || (/['’]$/u.test(c) && w.startsWith(c))));
}

/** The word right after a name, past one space, up to a space or punctuation. */
const NEXT_WORD = /^ (\p{L}+)(?=[\s,.]|$)/u;

/**
 * Whether one of `particles` marks the name `m` in a language of particles: closing it
 * ("합참은"), after a plural suffix ("언론들은"), or closing the noun right after it that the name
 * qualifies ("일본 방위성은", "한국 무인기가").
 */
export function markedBy(
  st: DetectState,
  m: Span & { speaker: Speaker },
  particles: readonly string[],
): boolean {
  const { text } = st;
  const plurals = st.cues.pluralSuffixes ?? [];
  if (
    particles.some(
      (p) =>
        m.speaker.name.endsWith(p) ||
        text.startsWith(p, m.end) ||
        plurals.some((s) => text.startsWith(s + p, m.end)),
    )
  )
    return true;
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 16))?.[1];
  return next !== undefined && particles.some((p) => next.length > p.length && next.endsWith(p));
}

/** How many sentences back a pronoun may find its speaker. */
const PRONOUN_REACH = 5;

/** The nearest earlier sentence (up to three back) with a bound speaker. */
export function resolvePronoun(
  st: DetectState,
  i: number,
): { speaker: Speaker; excluded: boolean } | null {
  for (let j = i - 1; j >= 0 && j >= i - PRONOUN_REACH; j--) {
    const a = st.analyses[j];
    if (a?.boundSpeaker) return { speaker: a.boundSpeaker, excluded: a.boundExcluded === true };
  }
  // Nobody spoke yet: the official or party last named in the sentence before, who was only
  // introduced ("Le général X, chef des forces, était à Kiev. Selon lui, …").
  const prev = st.analyses[i - 1];
  if (!prev) return null;
  const named = st.all.mentions.filter(
    (m) =>
      m.start >= prev.sentence.start &&
      m.end <= prev.sentence.end &&
      (m.source === 'official' || (m.source === 'pack' && m.speaker.kind !== 'state-media')) &&
      !afterLocative(st, prev.sentence, m),
  );
  const last = named[named.length - 1];
  return last ? { speaker: last.speaker, excluded: false } : null;
}

/** Units counting people, in every language: a headcount makes a sentence about the topic. */
export const PEOPLE_UNITS = new Set(
  Object.values(LANGUAGES).flatMap((l) => Object.values(l.peopleUnits)),
);

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function quoted(m: { text: string }): string {
  return `"${m.text}"`;
}

export function speakerCue(s: Speaker): string {
  return s.description ? `claimant: ${s.name} (${s.description})` : `claimant: ${s.name}`;
}
