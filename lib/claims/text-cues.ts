/**
 * Every cue of an article found in one walk over its words: the language's cue lists and the
 * pack's speakers, with the pack's anchors (found by the topic decision's walk) and the figures.
 * The detector's steps read these, sentence by sentence.
 */
import { perObjectAndName } from '../memo';
import type { Pack } from '../pack/schema';
import { parseFigures } from '../text/figures';
import type { ParsedFigure } from '../types';
import { anchorsFor } from './focus';
import { cuesFor, type LanguageCues } from './languages/registry';
import { mentionsFrom, speakerListsFor, type Mention } from './mentions';
import { findBracketVerbs, withBrackets } from './clause-brackets';
import { compoundHeadAnchors, compoundSpeakers } from './compounds';
import { byStart } from './span-index';
import { findPhraseLists, findPhrases, type PhraseMatch } from './phrases';

/** Cue matches over the whole text, found once and sliced per sentence. */
export interface TextCues {
  verbs: PhraseMatch[];
  leading: PhraseMatch[];
  unnamed: PhraseMatch[];
  hedges: PhraseMatch[];
  accusation: PhraseMatch[];
  denial: PhraseMatch[];
  caveats: PhraseMatch[];
  threats: PhraseMatch[];
  refusals: PhraseMatch[];
  depictions: PhraseMatch[];
  opinions: PhraseMatch[];
  posture: PhraseMatch[];
  ownExercises: PhraseMatch[];
  intentions: PhraseMatch[];
  publications: PhraseMatch[];
  plans: PhraseMatch[];
  references: PhraseMatch[];
  estimates: PhraseMatch[];
  reportedMood: PhraseMatch[];
  characterisations: PhraseMatch[];
  interpretations: PhraseMatch[];
  deontics: PhraseMatch[];
  anchors: PhraseMatch[];
  mentions: Mention[];
  figures: ParsedFigure[];
}

/** The cue lists `findTextCues` reads, in its order; the pack's speaker lists follow them. */
const CUE_LISTS = [
  'verbs',
  'leading',
  'unnamed',
  'hedges',
  'accusation',
  'denial',
  'caveats',
  'threats',
  'refusals',
  'depictions',
  'opinions',
  'posture',
  'ownExercises',
  'intentions',
  'publications',
  'plans',
  'references',
  'estimates',
  'reportedMood',
  'characterisations',
  'interpretations',
  'deontics',
] as const;

type CueListName = (typeof CUE_LISTS)[number];

/**
 * One array of the language's cue lists, then the speaker lists: kept, so that they are matched
 * together in one walk over the article's words. The pack's anchors are not among them: the
 * topic decision matched them over the article already (`countListsOnce`), and an article read
 * whole reads them from there.
 */
const cueListsFor = perObjectAndName((pack: Pack, lang): string[][] => {
  const cues = cuesFor(lang);
  const from: Record<CueListName, string[]> = {
    ...cues,
    verbs: cues.attribution.verbs,
    leading: cues.attribution.leading,
    reportedMood: cues.reportedMood ?? [],
    publications: cues.publications ?? [],
    plans: cues.plans ?? [],
    ownExercises: cues.ownExercises ?? [],
    characterisations: cues.characterisations ?? [],
    interpretations: cues.interpretations ?? [],
    deontics: cues.deontics ?? [],
  };
  return [...CUE_LISTS.map((name) => from[name]), ...speakerListsFor(pack, cues.lang)];
});

/** How far around a verb its clause is looked for, in characters. */
const FRAME_REACH = 120;
/** Where a clause ends: punctuation, but not a figure's separator ("800.000", "1,4"). */
const CLAUSE_BOUND = /[;:!?\n]|(?<!\p{N})[,.]|[,.](?!\p{N})/gu;

/**
 * "1,4 Millionen hätten sich freiwillig gemeldet", "Blinken äußerte sich nach dem Treffen",
 * "hatte Südkorea zum Hauptfeind erklärt": a reporting verb in a frame that makes it no report
 * (the reflexive "sich melden", to volunteer; "zu X erklären", to declare something X). The
 * frame's mark stands in the verb's clause, before or after it; a frame that must close the
 * sentence leaves a verb whose clause a comma continues ("erklärte zum Auftakt, dass …").
 */
function withoutFrames(verbs: PhraseMatch[], text: string, cues: LanguageCues): PhraseMatch[] {
  const frames = cues.nonReportingFrames;
  if (!frames) return verbs;
  return verbs.filter((v) => {
    const verb = v.text.toLowerCase();
    const framing = frames.filter((f) => f.words.includes(verb));
    // Most reporting verbs have no frame: their clause is not read.
    if (framing.length === 0) return true;
    const before = text.slice(Math.max(0, v.start - FRAME_REACH), v.start);
    const bounds = [...before.matchAll(CLAUSE_BOUND)];
    const clauseBefore = before.slice((bounds[bounds.length - 1]?.index ?? -1) + 1);
    const rest = text.slice(v.end, v.end + FRAME_REACH);
    CLAUSE_BOUND.lastIndex = 0;
    const stop = CLAUSE_BOUND.exec(rest);
    const clauseAfter = stop ? rest.slice(0, stop.index) : rest;
    const words = new Set(`${clauseBefore} ${clauseAfter}`.toLowerCase().split(/[^\p{L}]+/u));
    return !framing.some(
      (f) => f.marks.some((m) => words.has(m)) && (!f.closesSentence || stop?.[0] !== ','),
    );
  });
}

/** What may follow a reporting verb that reports: a clause's punctuation or its complementizer. */
const CLAUSE_AFTER = /^\s*(?:[,.;:!?"“”'’]|$)/u;

/**
 * "North Korea continues to expand its arsenal", "Pyongyang maintains close ties with Moscow":
 * a reporting verb that also takes an object or an infinitive reports only before a clause
 * ("maintained that …") or after the quotation it closes ("…,” he continued.").
 */
function withoutObjectSense(verbs: PhraseMatch[], text: string, cues: LanguageCues): PhraseMatch[] {
  const only = cues.clauseOnlyVerbs;
  if (!only?.length) return verbs;
  const complementizers = cues.complementizers ?? [];
  return verbs.filter((v) => {
    if (!only.includes(v.text.toLowerCase())) return true;
    const after = text.slice(v.end, v.end + 20);
    if (CLAUSE_AFTER.test(after)) return true;
    const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
    return next !== undefined && complementizers.includes(next);
  });
}

export function findTextCues(text: string, pack: Pack, cues: LanguageCues): TextCues {
  const found = findPhraseLists(cueListsFor(pack, cues.lang), text, cues.wordBoundaries);
  const list = (name: CueListName): PhraseMatch[] => found[CUE_LISTS.indexOf(name)] ?? [];
  const brackets = findBracketVerbs(text, cues.bracketVerbs ?? [], cues.negators);
  const anchors = findPhrases(anchorsFor(pack, cues.lang), text, cues.wordBoundaries);
  // One object literal: a fixed shape is built and read faster than names assigned in a loop.
  return {
    verbs: withBrackets(
      withoutObjectSense(withoutFrames(list('verbs'), text, cues), text, cues),
      brackets.verbs,
    ),
    leading: list('leading'),
    // "Geheimdienstquellen", "Regierungskreisen": German closes a compound with the source noun.
    unnamed: cues.unnamedHeads?.length
      ? byStart([...list('unnamed'), ...compoundSpeakers(text, cues.unnamedHeads)])
      : list('unnamed'),
    hedges: list('hedges'),
    accusation: withBrackets(list('accusation'), brackets.accusation),
    denial: withBrackets(list('denial'), brackets.denial),
    caveats: list('caveats'),
    threats: list('threats'),
    refusals: list('refusals'),
    depictions: list('depictions'),
    opinions: list('opinions'),
    posture: list('posture'),
    ownExercises: list('ownExercises'),
    intentions: list('intentions'),
    publications: list('publications'),
    plans: list('plans'),
    references: list('references'),
    estimates: list('estimates'),
    reportedMood: withBrackets(list('reportedMood'), brackets.reportedMood),
    characterisations: list('characterisations'),
    interpretations: list('interpretations'),
    deontics: list('deontics'),
    anchors: cues.compoundHeads
      ? byStart([...anchors, ...compoundHeadAnchors(text, pack, cues.lang)])
      : anchors,
    mentions: mentionsFrom(text, pack, cues, found.slice(CUE_LISTS.length)),
    figures: parseFigures(text, cues.lang),
  };
}
