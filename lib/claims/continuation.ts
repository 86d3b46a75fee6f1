/**
 * Reported speech goes beyond its own sentence: forward (the next sentences continue the
 * report), and backward ("This was reported by KCNA." attributes the sentence before it; a
 * quotation is attributed in the sentence after it).
 */
import type { ClaimKind, Sentence } from '../types';
import {
  QUOTE_OPENED,
  opensClause,
  quoted,
  resolvePronoun,
  sameParagraph,
  speakerCue,
  wordCount,
  type Analysis,
  type DetectState,
} from './detect-state';
import { opensWithAnaphor } from './languages/registry';
import type { Mention, Speaker } from './mentions';
import { findPhrases, type PhraseMatch } from './phrases';

/** How far into a sentence a whole-sentence attribution may start (after a short subject). */
const ATTRIBUTION_ONLY_REACH = 60;
/** Longer than any attribution-only phrase of any language. */
export const ATTRIBUTION_ONLY_LONGEST = 40;

/** Units of one dimension compare: a range given in km, then in miles, is one report's figures. */
const UNIT_CLASSES: Record<string, string> = { km: 'length', mi: 'length', m: 'length' };

function unitClass(unit: string | undefined): string | undefined {
  return unit === undefined ? undefined : (UNIT_CLASSES[unit] ?? unit);
}

/**
 * Reported speech goes on after its attribution: a sentence with no attribution of its own
 * continues the claim right before it (the convention of the labelling guide: the next
 * sentence of a KCNA summary giving a province's figure is KCNA's claim too) when its grammar
 * or its content says so:
 * - the mood of reported speech (German Konjunktiv, French conditionnel, Korean "~다고 한다");
 * - a quoted passage standing alone, in the same paragraph: the speaker is still speaking;
 * - a headcount, or a figure with a unit, in the same paragraph (the report's next figure);
 * - an anaphoric opening ("The other ...", "Diese ...") in the same paragraph.
 * An attribution of its own, a question, or an exclusion ends the report.
 */
export function continuation(
  st: DetectState,
  i: number,
  s: Sentence,
  a: Analysis,
  hasPeopleFigure: boolean,
  mood: readonly PhraseMatch[],
): { kind: ClaimKind; speaker?: Speaker; cue: string } | undefined {
  const { cues, analyses } = st;
  // "… genommen worden. Das teilte Selenskyj mit. Die Männer hätten …": a line that only
  // attributes the report before it does not end it.
  const before = analyses[i - 1];
  const prev = before?.excluded === 'attribution only' ? analyses[i - 2] : before;
  if (!prev?.kind || a.attributed || s.text.includes('?')) return undefined;
  const near = sameParagraph(st, prev.sentence, s);
  const continues = (cue: string) => ({
    kind: prev.kind as ClaimKind,
    ...(prev.speaker ? { speaker: prev.speaker } : {}),
    cue: `continues the previous claim (${cue})`,
  });
  if (mood.length) return continues(`mood ${quoted(mood[0] as PhraseMatch)}`);
  if (near && (a.opensQuote || wholeQuotation(st, s))) return continues('a quoted passage');
  if (hasPeopleFigure) return continues('a headcount');
  const prevUnits = new Set(prev.figures.map((f) => unitClass(f.unit)));
  const sameUnit = a.figures.some(
    (f) => f.unit !== undefined && f.unit !== '%' && prevUnits.has(unitClass(f.unit)),
  );
  if (near && sameUnit) return continues('a figure in the same unit');
  if (flightMeasurements(st, s, a)) return continues('a flight’s measurements');
  const anaphoric =
    near && opensWithAnaphor(cues, s.text) && (a.anchored || wordCount(s.text) <= 8);
  if (anaphoric) return continues('an anaphoric opening');
  return undefined;
}

/** "“Some of them have already moved closer.”": a sentence that is one quotation, whole. */
function wholeQuotation(st: DetectState, s: Sentence): boolean {
  if (!/^["“„«]/u.test(s.text) || !/["”“»]\s*$/u.test(s.text)) return false;
  const q = st.quotes.find((x) => x.start <= s.start + 1 && x.end > s.start);
  return q !== undefined && q.end >= s.end - 2;
}

/** Units of distance: the measurements of a flight. */
const DISTANCE_UNITS = new Set(['km', 'mi', 'm']);

/**
 * "The missile flew about 1,000 km", "비행거리는 약 3700km": the distance and height of a launch
 * are measured by whoever tracked it, never seen by the outlet; right after a claim about the
 * launch, even across a paragraph, they are that party's claim too; an earlier flight ("당시",
 * "at the time") is background.
 */
function flightMeasurements(st: DetectState, s: Sentence, a: Analysis): boolean {
  const { text, cues } = st;
  if (!a.figures.some((f) => f.unit !== undefined && DISTANCE_UNITS.has(f.unit))) return false;
  const found = (list: readonly string[] | undefined): boolean =>
    findPhrases(list ?? [], text, cues.wordBoundaries, s.start, s.end, 1).length > 0;
  return found(cues.flightWords) && !found(cues.thenWords);
}

/**
 * Reported speech by its grammar alone ("Die Soldaten hätten die Grenze überquert"), with no
 * claim right before: the word of the speaker named just before, who said nothing checkable
 * until now.
 */
export function moodSpeaker(
  st: DetectState,
  i: number,
  a: Analysis,
  mood: readonly PhraseMatch[],
): { kind: ClaimKind; speaker: Speaker; cue: string } | undefined {
  // A party named in the sentence is what the report is about ("Nordkorea habe zudem Artillerie
  // verlegt"), not who speaks: with no reporting verb of its own, nobody there is speaking.
  if (!mood.length || a.attributed || !a.anchored) return undefined;
  const r = resolvePronoun(st, i);
  if (!r || r.excluded || r.speaker.kind === 'expert') return undefined;
  return {
    kind: r.speaker.kind,
    speaker: r.speaker,
    cue: `reported-speech mood: ${quoted(mood[0] as PhraseMatch)}`,
  };
}

/**
 * "의원은 … 국정원장이 … 동향을 이같이 보고했다고 전했다": a verb-final language puts "thus reported"
 * last, after a subject and an object of any length; it attributes only when nothing reported
 * stands before it (no quotation, no quotative ending: "“…”며 이같이 전했다" reports the quotation).
 */
function verbFinalAttributionOnly(st: DetectState, s: Sentence, at: number): boolean {
  const { cues, text } = st;
  if (at < 0 || !cues.quotatives?.length) return false;
  const before = text.slice(s.start, s.start + at);
  if (/["“”'‘’″]/u.test(before)) return false;
  return (
    findPhrases(cues.quotatives, before, cues.wordBoundaries, 0, before.length, 1).length === 0
  );
}

/**
 * "This was reported by KCNA.": a whole sentence of attribution, whose fact is in the sentence
 * before; that sentence becomes the speaker's claim. Returns whether `a` is such a sentence.
 */
export function attributionOnly(
  st: DetectState,
  i: number,
  a: Analysis,
  mentions: readonly Mention[],
): boolean {
  const { cues, analyses } = st;
  const lower = a.sentence.text.toLowerCase();
  // "Source: Yonhap, a South Korean news agency": a credit line, no statement of its own.
  const label = (cues.sourceLabels ?? []).find((p) => lower.startsWith(p));
  if (label) {
    a.excluded = 'attribution only';
    a.attributed = true;
    a.cues.push(`source label: "${label}"`);
    return true;
  }
  // At the start ("This was reported by KCNA.") or after a short subject ("The South Korean
  // news agency Yonhap reported this, citing …").
  // Only the sentence's opening is searched: a long sentence costs no more than a short one.
  const head = lower.slice(0, ATTRIBUTION_ONLY_REACH + ATTRIBUTION_ONLY_LONGEST);
  const attributionOnly = cues.attributionOnly.find((p) => {
    const at = head.indexOf(p);
    // "… reported, citing a source, that 18 soldiers were detained": a clause of its own after
    // the attribution is the report's content.
    if (cues.speakerOrder === 'first' && cues.quotatives?.length)
      return verbFinalAttributionOnly(st, a.sentence, lower.indexOf(p));
    return (
      at >= 0 && at <= ATTRIBUTION_ONLY_REACH && !opensClause(lower.slice(at + p.length), cues)
    );
  });
  if (attributionOnly) {
    const speaker = mentions.find((m) => m.source === 'pack' || m.source === 'official')?.speaker;
    a.excluded = 'attribution only';
    a.attributed = true;
    if (speaker) {
      a.boundSpeaker = speaker;
      const prev = analyses[i - 1];
      if (prev && !prev.kind && !prev.excluded && prev.anchored && speaker.kind !== 'expert') {
        prev.kind =
          speaker.kind === 'state-media'
            ? 'state-media'
            : speaker.kind === 'unnamed-source'
              ? 'unnamed-source'
              : 'official-estimate';
        prev.speaker = speaker;
        prev.cues.push(
          `attribution in the next sentence: "${attributionOnly}"`,
          speakerCue(speaker),
        );
      }
    }
    return true;
  }

  return false;
}

/** A quotation opened in one sentence and attributed in the next is that speaker's claim; so is
 * the sentence that opens a quotation whose speaker and verb close it in the next
 * ("국방부 대변인은 "… 파병됐다. … 있다"고 설명했다"). */
export function quotationsAttributedNext(st: DetectState): void {
  const { analyses } = st;
  for (let i = 0; i + 1 < analyses.length; i++) {
    const a = analyses[i];
    const next = analyses[i + 1];
    if (!a || !next || a.kind || a.excluded || !a.anchored) continue;
    const closedNext = next.kind !== undefined && next.cues.some((c) => c.endsWith(QUOTE_OPENED));
    if (!a.opensQuote && !closedNext) continue;
    if (!sameParagraph(st, a.sentence, next.sentence)) continue;
    const sp = next.boundSpeaker;
    if (!sp || sp.kind === 'expert') continue;
    a.kind = sp.kind;
    a.speaker = sp;
    a.cues.push('quotation attributed in the next sentence', speakerCue(sp));
  }
}

/**
 * "Das Land werde seine Verteidigung weiter stärken": reported speech whose only mood word is a
 * future or a will ("werde", "wolle") with an infinitive closing the clause announces what is
 * to come, no fact; with a participle it is the passive ("werde derzeit in Kursk eingesetzt"),
 * and reports one.
 */
export function intendsInMood(st: DetectState, s: Sentence, mood: readonly PhraseMatch[]): boolean {
  const future = st.cues.futureMood;
  if (!future || mood.length === 0) return false;
  if (!mood.every((m) => future.includes(m.text.toLowerCase()))) return false;
  const first = mood[0] as PhraseMatch;
  const clause = st.text.slice(first.end, s.end);
  const last = /(\p{L}+)[^\p{L}]*$/u.exec(clause.split(/[,;:]/u)[0] ?? '')?.[1] ?? '';
  return /^\p{Ll}/u.test(last) && /en$/u.test(last) && !/^ge\p{Ll}+en$/u.test(last);
}
