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
  intentions: PhraseMatch[];
  publications: PhraseMatch[];
  plans: PhraseMatch[];
  references: PhraseMatch[];
  estimates: PhraseMatch[];
  reportedMood: PhraseMatch[];
  characterisations: PhraseMatch[];
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
  'intentions',
  'publications',
  'plans',
  'references',
  'estimates',
  'reportedMood',
  'characterisations',
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
    characterisations: cues.characterisations ?? [],
    deontics: cues.deontics ?? [],
  };
  return [...CUE_LISTS.map((name) => from[name]), ...speakerListsFor(pack, cues.lang)];
});

/**
 * "1,4 Millionen hätten sich freiwillig gemeldet", "Blinken äußerte sich nach dem Treffen": a
 * reporting verb that is also reflexive ("sich melden", to volunteer; "sich äußern", to comment)
 * reports nothing with its pronoun in the clause.
 */
function withoutReflexive(verbs: PhraseMatch[], text: string, cues: LanguageCues): PhraseMatch[] {
  const reflexive = cues.reflexiveVerbs;
  if (!reflexive) return verbs;
  const pronoun = new RegExp(`(?:^|[^\\p{L}])${reflexive.pronoun}(?:[^\\p{L}]|$)`, 'u');
  return verbs.filter((v) => {
    if (!reflexive.words.includes(v.text.toLowerCase())) return true;
    const before = text.slice(Math.max(0, v.start - 120), v.start);
    const clauseBefore = before.slice(
      Math.max(...[',', ';', ':', '.'].map((c) => before.lastIndexOf(c))) + 1,
    );
    const next = /^\s+(\p{L}+)/u.exec(text.slice(v.end, v.end + 20))?.[1]?.toLowerCase();
    return next !== reflexive.pronoun && !pronoun.test(clauseBefore);
  });
}

export function findTextCues(text: string, pack: Pack, cues: LanguageCues): TextCues {
  const found = findPhraseLists(cueListsFor(pack, cues.lang), text, cues.wordBoundaries);
  const list = (name: CueListName): PhraseMatch[] => found[CUE_LISTS.indexOf(name)] ?? [];
  const brackets = findBracketVerbs(text, cues.bracketVerbs ?? [], cues.negators);
  const anchors = findPhrases(anchorsFor(pack, cues.lang), text, cues.wordBoundaries);
  // One object literal: a fixed shape is built and read faster than names assigned in a loop.
  return {
    verbs: withBrackets(withoutReflexive(list('verbs'), text, cues), brackets.verbs),
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
    intentions: list('intentions'),
    publications: list('publications'),
    plans: list('plans'),
    references: list('references'),
    estimates: list('estimates'),
    reportedMood: withBrackets(list('reportedMood'), brackets.reportedMood),
    characterisations: list('characterisations'),
    deontics: list('deontics'),
    anchors: cues.compoundHeads
      ? byStart([...anchors, ...compoundHeadAnchors(text, pack, cues.lang)])
      : anchors,
    mentions: mentionsFrom(text, pack, cues, found.slice(CUE_LISTS.length)),
    figures: parseFigures(text, cues.lang),
  };
}
