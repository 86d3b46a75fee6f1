/**
 * Claim detection: which sentences of an on-topic article are unverified claims, of which kind,
 * and which sentences are caveats. The definition is the labelling guide
 * (corpus/claims/LABELING.md and DEV-NOTES.md): a statement of fact about the topic, attributed
 * to a party or marked as unconfirmed. Everything language-specific is cue data
 * (`./languages`); everything topic-specific is pack data (`pack.detection`).
 *
 * Per sentence, in order:
 * 1. find attribution evidence outside quotations: a verb bound to a speaker ("KCNA said",
 *    ", said Lee", "according to the NIS"), an unnamed-source phrase, an active accusation,
 *    a denial, or failing those a hedge ("reportedly");
 * 2. the kind follows the main clause: the earliest evidence wins, except that a denial word
 *    turns an accusation or statement into a denial ("accused Washington of disinformation");
 * 3. exclusions: caveats (collected separately), rhetoric and threats (unless a headcount
 *    makes them checkable), refusals and non-denials, analysts, reference figures (IISS),
 *    depictions of what state TV showed, legal opinions;
 * 4. a topical anchor must occur in the sentence or the claim just before it;
 * 5. unattributed sentences can continue the claim right before them: a headcount, a figure
 *    in the same unit, or an anaphoric opening ("The other ...") in the same paragraph.
 * Two back-references complete it: "This was reported by KCNA." makes the sentence before it a
 * claim, and a quotation whose speaker is named in the next sentence is that speaker's claim.
 */
import { perObject, perObjectAndName } from '../memo';
import type { Pack } from '../pack/types';
import { parseFigures } from '../text/figures';
import type {
  ArticleCaveat,
  Claim,
  ClaimKind,
  ParsedFigure,
  Sentence,
  SentenceDecision,
} from '../types';
import { createIdMaker } from './claim-id';
import { linkFamilies } from './family';
import { anchorsFor } from './focus';
import { cuesFor, LANGUAGES, type LanguageCues } from './languages';
import { mentionsFrom, speakerListsFor, type Mention, type Speaker } from './mentions';
import { findPhraseLists, findPhrases, type PhraseMatch } from './phrases';
import { findQuotes, insideSpans } from './quotes';

/** The detector's output: claims, the article's own caveat sentences, and why of each sentence. */
export interface DetectedClaims {
  claims: Claim[];
  caveats: ArticleCaveat[];
  /** One per sentence read, in order: flagged or not, and why (`npm run eval -- --explain`). */
  decisions: SentenceDecision[];
}

interface Candidate {
  pos: number;
  type: 'named' | 'unnamed' | 'accusation';
  speaker?: Speaker;
  /** The mention the speaker was found from. */
  mention?: Mention;
  cue: string;
}

interface Analysis {
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
  figures: ParsedFigure[];
}

/** Cue matches over the whole text, found once and sliced per sentence. */
interface TextCues {
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
  references: PhraseMatch[];
  estimates: PhraseMatch[];
  reportedMood: PhraseMatch[];
  anchors: PhraseMatch[];
  mentions: Mention[];
  figures: ParsedFigure[];
}

const PEOPLE_UNITS = new Set(Object.values(LANGUAGES).flatMap((l) => Object.values(l.peopleUnits)));

const NAME_STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'on',
  'in',
  'at',
  'but',
  'and',
  'as',
  'after',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'president',
  'minister',
  'general',
  'north',
  'south',
  'korean',
  'korea',
  'reuters',
  'seoul',
]);

/** A negator and how it is matched against the words before a verb. */
interface Negator {
  word: string;
  /** Several words: the last words before the verb must end with it ("has not"). */
  phrase: boolean;
  /** A contraction ("n't"): it may end a word ("hasn't"). */
  suffix: boolean;
}

/** The language's negators, read once: what each one is decides how it is matched. */
const negatorsOf = perObject((list: readonly string[]): Negator[] =>
  list.map((word) => ({ word, phrase: word.includes(' '), suffix: /^n['’]/u.test(word) })),
);

/** Characters scanned around a title for an apposed name. */
const APPOSITION_WINDOW = 80;
/** "Cho Tae-yong, the agency's " right before a title mention: the name in group 1. */
const NAME_BEFORE_TITLE =
  /(?:^|[\s(])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:[\p{Ll}'’-]+\s+){0,4}$/u;
/** "Lee Seong-kweun, a member of parliament's committee, " right before a verb. */
const APPOSITION_BEFORE_VERB =
  /(?:^|[\s(])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+(?:a|an|the)\s[^,"“”]{1,100},\s*$/u;
/** ", Rustem Umerov," right after a title mention: the name in group 1. */
const NAME_AFTER_TITLE = /^['’]?s?\s*,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*[,;]/u;

/** Index of the first of `all` (sorted by start) starting at or after `start`: a binary search. */
function firstFrom(all: ReadonlyArray<{ start: number }>, start: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The matches of `all` (sorted by start) lying inside `s`. */
function slice<T extends { start: number; end: number }>(all: readonly T[], s: Sentence): T[] {
  const out: T[] = [];
  for (let i = firstFrom(all, s.start); i < all.length; i++) {
    const m = all[i];
    if (!m || m.start >= s.end) break;
    if (m.end <= s.end) out.push(m);
  }
  return out;
}

/** Whether `all` (sorted by start) holds a match inside `s`: `slice(all, s).length > 0`. */
function anyIn<T extends { start: number; end: number }>(all: readonly T[], s: Sentence): boolean {
  for (let i = firstFrom(all, s.start); i < all.length; i++) {
    const m = all[i] as T;
    if (m.start >= s.end) return false;
    if (m.end <= s.end) return true;
  }
  return false;
}

/**
 * `list` sorted by start (stably, in place). Mostly it is sorted already: checking first spares
 * the comparator calls.
 */
function byStart<T extends { start: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as T).start > (list[i] as T).start)
      return list.sort((x, y) => x.start - y.start);
  }
  return list;
}

/** The cue lists `findTextCues` reads, in its order; the pack's anchors last. */
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
  'references',
  'estimates',
  'reportedMood',
] as const;

type CueListName = (typeof CUE_LISTS)[number];

/**
 * One array of the language's cue lists, the pack's anchors, then the speaker lists: kept, so
 * that they are matched together in one walk over the article's words.
 */
const cueListsFor = perObjectAndName((pack: Pack, lang): string[][] => {
  const cues = cuesFor(lang);
  const from: Record<CueListName, string[]> = {
    ...cues,
    verbs: cues.attribution.verbs,
    leading: cues.attribution.leading,
    reportedMood: cues.reportedMood ?? [],
  };
  return [
    ...CUE_LISTS.map((name) => from[name]),
    anchorsFor(pack, cues.lang),
    ...speakerListsFor(pack, cues.lang),
  ];
});

function findTextCues(text: string, pack: Pack, cues: LanguageCues): TextCues {
  const found = findPhraseLists(cueListsFor(pack, cues.lang), text, cues.wordBoundaries);
  const list = (name: CueListName): PhraseMatch[] => found[CUE_LISTS.indexOf(name)] ?? [];
  // One object literal: a fixed shape is built and read faster than names assigned in a loop.
  return {
    verbs: list('verbs'),
    leading: list('leading'),
    unnamed: list('unnamed'),
    hedges: list('hedges'),
    accusation: list('accusation'),
    denial: list('denial'),
    caveats: list('caveats'),
    threats: list('threats'),
    refusals: list('refusals'),
    depictions: list('depictions'),
    opinions: list('opinions'),
    references: list('references'),
    estimates: list('estimates'),
    reportedMood: list('reportedMood'),
    anchors: found[CUE_LISTS.length] ?? [],
    mentions: mentionsFrom(text, pack, cues, found.slice(CUE_LISTS.length + 1)),
    figures: parseFigures(text, cues.lang),
  };
}

/**
 * A capitalised word as a remembered name: lower case, without a possessive "'s" ("Cho's" ->
 * "cho"). Character checks instead of a regex: it runs on every capitalised word of the text.
 */
function nameKey(word: string): string {
  const n = word.length;
  const possessive = n >= 2 && word[n - 1] === 's' && (word[n - 2] === "'" || word[n - 2] === '’');
  return (possessive ? word.slice(0, n - 2) : word).toLowerCase();
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function quoted(m: { text: string }): string {
  return `"${m.text}"`;
}

function speakerCue(s: Speaker): string {
  return s.description ? `claimant: ${s.name} (${s.description})` : `claimant: ${s.name}`;
}

/** Exclusions that follow the speaker into the next sentence ("he said"): who speaks, not what. */
const SPEAKER_EXCLUSIONS = new Set(['analyst', 'opinion']);

/** Units of one dimension compare: a range given in km, then in miles, is one report's figures. */
const UNIT_CLASSES: Record<string, string> = { km: 'length', mi: 'length', m: 'length' };

function unitClass(unit: string | undefined): string | undefined {
  return unit === undefined ? undefined : (UNIT_CLASSES[unit] ?? unit);
}

/** Detects claims and caveats in `sentences` of `text` (an on-topic article) for `pack`. */
export function detectClaims(
  text: string,
  sentences: readonly Sentence[],
  pack: Pack,
  lang: string,
): DetectedClaims {
  const cues = cuesFor(lang);
  const all = findTextCues(text, pack, cues);
  const quotes = findQuotes(text);
  const outside = (m: { start: number }): boolean => !insideSpans(quotes, m.start);
  const memory = new Map<string, Speaker>();
  const analyses: Analysis[] = [];
  const caveats: ArticleCaveat[] = [];

  const sameParagraph = (a: Sentence, b: Sentence): boolean =>
    !text.slice(a.end, b.start).includes('\n');

  /** The nearest earlier sentence (up to three back) with a bound speaker. */
  const resolvePronoun = (i: number): { speaker: Speaker; excluded: boolean } | null => {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const a = analyses[j];
      if (a?.boundSpeaker) return { speaker: a.boundSpeaker, excluded: a.boundExcluded === true };
    }
    return null;
  };

  const memoryMentions = (s: Sentence): Mention[] => {
    if (memory.size === 0) return [];
    const out: Mention[] = [];
    const re = /\p{Lu}[\p{L}'’-]+/gu;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const speaker = memory.get(nameKey(m[0]));
      if (speaker)
        out.push({
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          speaker,
          source: 'pack',
        });
    }
    return out;
  };

  const remember = (from: number, to: number, speaker: Speaker): void => {
    if (!cues.wordBoundaries || to <= from) return;
    const re = /\p{Lu}[\p{L}'’-]+/gu;
    const span = text.slice(from, to);
    for (let m = re.exec(span); m; m = re.exec(span)) {
      const key = nameKey(m[0]);
      if (!NAME_STOPWORDS.has(key) && key.length > 1) memory.set(key, speaker);
    }
  };

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s) continue;
    const a = analyse(i, s);
    analyses.push(a);
  }

  /** A negator right before the verb at `pos`, at most one word between ("has not confirmed"). */
  function negatedBefore(s: Sentence, pos: number): boolean {
    const negators = negatorsOf(cues.negators);
    if (negators.length === 0) return false;
    const words = text
      .slice(Math.max(s.start, pos - 24), pos)
      .toLowerCase()
      .split(/\s+/u)
      .filter((w) => w !== '')
      .slice(-2);
    const last = words.join(' ');
    for (let k = 0; k < negators.length; k++) {
      const n = negators[k] as Negator;
      if (n.phrase) {
        if (last.endsWith(n.word)) return true;
        continue;
      }
      for (let j = 0; j < words.length; j++) {
        const w = words[j] as string;
        if (w === n.word || (n.suffix && w.endsWith(n.word))) return true;
      }
    }
    return false;
  }

  /** The title mention of a "Name, a title ...," apposition ending right before `pos`. */
  function appositionBefore(
    s: Sentence,
    pos: number,
    mentions: readonly Mention[],
  ): Mention | undefined {
    if (!cues.wordBoundaries) return undefined;
    const windowStart = Math.max(s.start, pos - 2 * APPOSITION_WINDOW);
    const head = text.slice(windowStart, pos);
    if (!/,\s*$/u.test(head)) return undefined;
    const m = APPOSITION_BEFORE_VERB.exec(head);
    if (!m) return undefined;
    const from = windowStart + m.index + m[0].indexOf(',');
    return mentions.find((x) => x.start > from && x.end <= pos && x.source !== 'pronoun');
  }

  /** Whether a mention ending at `from` is too far from a verb at `to` to be its subject. */
  function farFrom(from: number, to: number): boolean {
    const gap = text.slice(from, to);
    return /[,;:]/u.test(gap) || wordCount(gap) > 3;
  }

  /**
   * Names given a title in apposition become speakers for the rest of the article: "Cho
   * Tae-yong, the agency's director," and "the defence minister, Rustem Umerov," let a later
   * "Cho said" or "Umerov told reporters" bind to the director or the minister.
   */
  function rememberAppositives(i: number, s: Sentence): void {
    // Both shapes need a comma; most sentences have none worth scanning.
    if (!cues.wordBoundaries || !s.text.includes(',')) return;
    // The first title after a name is its head ("Lee, a researcher at a Seoul think tank").
    const named = new Set<number>();
    for (const m of slice(all.mentions, s)) {
      if (m.source === 'media') continue;
      let speaker: Speaker | undefined = m.speaker;
      if (m.source === 'pronoun') {
        const r = resolvePronoun(i);
        speaker = r && !r.excluded ? r.speaker : undefined;
      }
      if (!speaker) continue;
      // Only a short window before the title: the regex must not rescan the whole sentence.
      const windowStart = Math.max(s.start, m.start - APPOSITION_WINDOW);
      const head = text.slice(windowStart, m.start);
      const before = head.includes(',') ? NAME_BEFORE_TITLE.exec(head) : null;
      if (before?.[1]) {
        const from = windowStart + before.index + before[0].indexOf(before[1]);
        if (!named.has(from)) remember(from, from + before[1].length, speaker);
        named.add(from);
      }
      const after = NAME_AFTER_TITLE.exec(
        text.slice(m.end, Math.min(s.end, m.end + APPOSITION_WINDOW)),
      );
      if (after?.[1]) {
        const from = m.end + after[0].indexOf(after[1]);
        remember(from, from + after[1].length, speaker);
      }
    }
  }

  function analyse(i: number, s: Sentence): Analysis {
    rememberAppositives(i, s);
    const mentions = byStart([...slice(all.mentions, s), ...memoryMentions(s)].filter(outside));
    const figures = slice(all.figures, s);
    const hasPeopleFigure = figures.some((f) => f.unit !== undefined && PEOPLE_UNITS.has(f.unit));
    const anchoredHere = hasPeopleFigure || anyIn(all.anchors, s);
    const quoteAtStart = /^["“„«]/u.test(s.text);
    const opensQuote = quoteAtStart && insideSpans(quotes, s.start) && insideSpans(quotes, s.end);
    const a: Analysis = {
      sentence: s,
      cues: [],
      anchored: anchoredHere,
      attributed: false,
      opensQuote,
      figures,
    };
    const lower = s.text.toLowerCase();

    // Whole-sentence attribution: the fact is in the sentence before.
    const attributionOnly = cues.attributionOnly.find((p) => lower.startsWith(p));
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
      return a;
    }

    const toSpeaker = (
      m: Mention,
      verbStart: number,
    ): Candidate['speaker'] | 'excluded' | undefined => {
      if (m.source !== 'pronoun') return m.speaker;
      // Pronouns stand close to their verb ("he said", "It also said", "He is alleged to have
      // stated"); in verb-final languages the topic ("신문은") opens the sentence, far from it.
      if (cues.speakerOrder !== 'first' && wordCount(text.slice(m.end, verbStart)) > 4)
        return undefined;
      const r = resolvePronoun(i);
      if (!r) return undefined;
      return r.excluded ? 'excluded' : r.speaker;
    };
    const unnamedHere = slice(all.unnamed, s);
    const verbsHere = slice(all.verbs, s);
    const leadingHere = slice(all.leading, s);
    const accusationsHere = slice(all.accusation, s);
    const allMentions = slice(all.mentions, s);
    const overlapsAny = (
      m: { start: number; end: number },
      list: ReadonlyArray<{ start: number; end: number }>,
    ): boolean => list.some((x) => m.start < x.end && x.start < m.end);
    /** "the claim", "Pyongyang's claim": a noun, not an attribution verb. */
    const isNoun = (m: PhraseMatch): boolean => {
      const prevWord =
        /([\p{L}'’]+)\s+$/u.exec(text.slice(Math.max(s.start, m.start - 30), m.start))?.[1] ?? '';
      const w = prevWord.toLowerCase();
      return cues.determiners.includes(w) || /['’]s$/u.test(w);
    };
    /** A capitalised word right before the verb that we do not know: an unknown subject ("Sungwoo says"). */
    const unknownSubjectBefore = (pos: number): boolean => {
      if (!cues.wordBoundaries || cues.capitalisesNouns) return false;
      const prevWord = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(
        text.slice(Math.max(s.start, pos - 30), pos),
      )?.[1];
      if (!prevWord) return false;
      return !mentions.some((m) => m.end >= pos - prevWord.length - 1 && m.end <= pos);
    };

    const collect = (insideToo: boolean): Candidate[] => {
      const found: Candidate[] = [];
      const ok = (m: { start: number }): boolean => insideToo || outside(m);
      const speakers = insideToo ? byStart([...allMentions, ...memoryMentions(s)]) : mentions;
      const nearestBefore = (pos: number): Mention | undefined => {
        const before = speakers.filter((m) => m.end <= pos);
        if (before.length === 0) return undefined;
        return cues.speakerOrder === 'first' ? before[0] : before[before.length - 1];
      };
      const firstAfter = (pos: number): Mention | undefined => {
        const m = speakers.find((x) => x.start >= pos);
        if (!m) return undefined;
        const gap = text.slice(pos, m.start);
        return wordCount(gap) <= 4 && !/[,.;:]/.test(gap) ? m : undefined;
      };
      for (const v of verbsHere) {
        // A split verb ("teilte der Geheimdienst mit") holds its speaker: only its ends count.
        const head = { start: v.start, end: v.start + (/^\S+/u.exec(v.text)?.[0].length ?? 0) };
        const tail = { start: v.end - (/\S+$/u.exec(v.text)?.[0].length ?? 0), end: v.end };
        // A mention inside the verb's span is its speaker ("teilte der Geheimdienst mit",
        // "avait-il ajouté"); one that only overlaps an end makes the verb part of a name.
        const within = (m: Mention): boolean => m.start >= v.start && m.end <= v.end;
        const straddles = (m: Mention): boolean =>
          !within(m) && (overlapsAny(m, [head]) || overlapsAny(m, [tail]));
        if (!ok(v) || allMentions.some(straddles) || overlapsAny(v, unnamedHere) || isNoun(v))
          continue;
        // "has not confirmed", "never said": a negated verb attributes nothing.
        if (negatedBefore(s, v.start)) continue;
        a.attributed = true;
        // "..., sources say": an unnamed source right before the verb is its subject.
        if (unnamedHere.some((u) => u.end <= v.start && wordCount(text.slice(u.end, v.start)) <= 1))
          continue;
        const inside = speakers.find((m) => m.start > v.start && m.end <= v.end);
        const before = inside ?? nearestBefore(v.start);
        // "..., Suspilne reported": a name we do not know is the subject, not a party far back.
        if (!inside && before && unknownSubjectBefore(v.start) && farFrom(before.end, v.start))
          continue;
        const precededByBreak = /[,"”’»]\s*$/u.test(text.slice(s.start, v.start));
        let mention = before;
        // "Lee, a member of the intelligence committee, told": the comma closes an apposition
        // and the title is the speaker; "told" and the like name their listener after them.
        const apposition = appositionBefore(s, v.start, mentions);
        if (apposition) mention = apposition;
        const inverts = !apposition && !cues.addressed.some((w) => v.text.toLowerCase() === w);
        if (
          inverts &&
          !inside &&
          ((!before && !unknownSubjectBefore(v.start)) || precededByBreak)
        ) {
          // Inverted order (`," said KCNA`, "erklärte der Geheimdienst"); a pronoun after a
          // comma ("..., claiming it was") is the reported content, not the speaker.
          const after = firstAfter(v.end);
          if (after && (after.source !== 'pronoun' || !before)) mention = after;
        }
        if (!mention) continue;
        mention = expertHead(mention, speakers);
        const speaker = toSpeaker(mention, v.start);
        if (speaker === 'excluded') {
          pronounExcluded = true;
          continue;
        }
        if (!speaker) {
          // An impersonal verb ("hieß es", "it is said") with nobody to stand for: a report
          // without a source.
          if (inside?.source === 'pronoun')
            found.push({
              pos: v.start,
              type: 'unnamed',
              cue: `impersonal attribution: ${quoted(v)}`,
            });
          continue;
        }
        found.push({
          pos: Math.min(mention.start, v.start),
          type: 'named',
          speaker,
          mention,
          cue: `attribution: ${quoted(v)}`,
        });
        if (mention.source === 'official' || mention.source === 'pack') {
          remember(mention.end, v.start, speaker);
        }
      }
      for (const l of leadingHere) {
        if (!ok(l)) continue;
        a.attributed = true;
        // A postposition ("den Staatsmedien zufolge") follows its speaker; a preposition
        // ("according to KCNA") precedes it; "nach eigenen Angaben" refers to the subject before.
        const postposed = (cues.attribution.postposed ?? []).includes(l.text.toLowerCase());
        const reflexive = (cues.attribution.reflexive ?? []).some((r) =>
          l.text.toLowerCase().includes(r),
        );
        // "nach UN-Angaben": the cue names its source itself.
        const named = speakers.find((m) => m.start >= l.start && m.end <= l.end);
        const mention =
          named ??
          (cues.speakerOrder === 'first' || postposed
            ? nearestBefore(l.start)
            : (firstAfter(l.end) ?? (reflexive ? nearestBefore(l.start) : undefined)));
        if (!mention) continue;
        // "according to the report": the pronoun stands for the speaker of the claims before.
        let speaker = mention.speaker;
        if (mention.source === 'pronoun') {
          const r = resolvePronoun(i);
          if (!r || r.excluded) continue;
          speaker = r.speaker;
        }
        found.push({
          pos: l.start,
          type: 'named',
          speaker,
          mention,
          cue: `attribution: ${quoted(l)}`,
        });
      }
      for (const u of unnamedHere) {
        if (!ok(u)) continue;
        a.attributed = true;
        found.push({ pos: u.start, type: 'unnamed', cue: `unnamed source: ${quoted(u)}` });
        // "intelligence sources", "a government source in Seoul": the party only qualifies the source.
        for (let k = found.length - 1; k >= 0; k--) {
          const c = found[k];
          if (!c?.mention) continue;
          const gap = c.mention.end <= u.start ? text.slice(c.mention.end, u.start) : null;
          const after = c.mention.start >= u.end ? text.slice(u.end, c.mention.start) : null;
          // "sources militaires", "a government source in Seoul": a qualifier right after.
          const inside =
            after !== null && after.length <= 8 && !/[,.;:]/.test(after) && wordCount(after) <= 1;
          if (
            (gap !== null && gap.length <= 16 && !/[,.;:]/.test(gap) && wordCount(gap) <= 2) ||
            inside
          )
            found.splice(k, 1);
        }
      }
      for (const c of accusationsHere) {
        if (!ok(c)) continue;
        a.attributed = true;
        const mention = nearestBefore(c.start);
        const speaker = mention && mention.source !== 'pronoun' ? mention.speaker : undefined;
        found.push({
          pos: mention && speaker ? mention.start : c.start,
          type: 'accusation',
          ...(speaker ? { speaker } : {}),
          cue: `accusation: ${quoted(c)}`,
        });
      }
      return found;
    };

    let pronounExcluded = false;
    // Most sentences hold no attribution cue at all: neither pass can find a candidate.
    const anyCue =
      verbsHere.length > 0 ||
      leadingHere.length > 0 ||
      unnamedHere.length > 0 ||
      accusationsHere.length > 0;
    let candidates = anyCue ? collect(false) : [];
    // Nothing outside quotations but a relaying outlet ("..." Reuters reported): the quotation's
    // own attribution is the claim's ("state media reported on 800,000 ...").
    if (
      anyCue &&
      candidates.every(
        (c) =>
          c.type === 'named' &&
          c.speaker?.kind === 'unnamed-source' &&
          c.mention?.source === 'media',
      )
    ) {
      const inner = collect(true).filter((c) => !(c.mention?.source === 'media'));
      if (inner.length) candidates = inner;
    }
    if (candidates.length === 0) {
      const headline = headlineAttribution(s, mentions);
      if (headline) {
        candidates = [headline];
        a.attributed = true;
      }
    }
    const denials = slice(all.denial, s);
    const hedges = slice(all.hedges, s).filter((h) => outside(h) && !dutyModal(s, h));
    if (denials.length || hedges.length) a.attributed = true;

    candidates.sort((x, y) => x.pos - y.pos);
    const main = particleSpeaker(i, s, candidates[0], mentions, verbsHere.filter(outside));
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

    // Exclusions: context and non-facts. Caveats are kept for the card.
    const exclusion = excludedBecause(
      s,
      hasPeopleFigure,
      speaker !== undefined && main?.type === 'named',
      denials.length > 0,
      kind ? Math.min(main?.pos ?? s.end, denials[0]?.start ?? s.end) : undefined,
    );
    if (exclusion === 'caveat') caveats.push({ start: s.start, end: s.end, text: s.text });
    if (exclusion) a.excluded = exclusion;
    if (a.excluded) {
      // A pronoun after an analyst's words is the analyst again; after a threat or a
      // hypothesis it is the same official, whose next statement may well be a claim.
      a.boundExcluded = !exclusion || SPEAKER_EXCLUSIONS.has(exclusion);
      return a;
    }

    if (kind) {
      const prev = analyses[i - 1];
      const prev2 = analyses[i - 2];
      const anchored =
        a.anchored ||
        (prev?.kind !== undefined && prev.anchored) ||
        (prev2?.kind !== undefined && prev2.anchored);
      if (!anchored) return a;
      a.anchored = true;
      a.kind = kind;
      if (speaker) a.speaker = speaker;
      return a;
    }

    const mood = slice(all.reportedMood, s).filter(outside);
    const continued = continuation(i, s, a, hasPeopleFigure, mood);
    if (continued) {
      a.kind = continued.kind;
      if (continued.speaker) a.speaker = continued.speaker;
      a.anchored = true;
      a.cues.push(continued.cue, ...(continued.speaker ? [speakerCue(continued.speaker)] : []));
    } else if (mood.length && !a.attributed && a.anchored && mentions.length === 0) {
      // Reported speech by its grammar alone ("Die Soldaten hätten die Grenze überquert"): the
      // word of the speaker named just before, who said nothing checkable until now.
      const r = resolvePronoun(i);
      if (r && !r.excluded && r.speaker.kind !== 'expert') {
        a.kind = r.speaker.kind;
        a.speaker = r.speaker;
        a.cues.push(
          `reported-speech mood: ${quoted(mood[0] as PhraseMatch)}`,
          speakerCue(r.speaker),
        );
      }
    }
    return a;
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
  function continuation(
    i: number,
    s: Sentence,
    a: Analysis,
    hasPeopleFigure: boolean,
    mood: readonly PhraseMatch[],
  ): { kind: ClaimKind; speaker?: Speaker; cue: string } | undefined {
    const prev = analyses[i - 1];
    if (!prev?.kind || a.attributed || s.text.includes('?')) return undefined;
    const near = sameParagraph(prev.sentence, s);
    const continues = (cue: string) => ({
      kind: prev.kind as ClaimKind,
      ...(prev.speaker ? { speaker: prev.speaker } : {}),
      cue: `continues the previous claim (${cue})`,
    });
    if (mood.length && (near || a.anchored))
      return continues(`mood ${quoted(mood[0] as PhraseMatch)}`);
    if (near && a.opensQuote) return continues('a quoted passage');
    if (hasPeopleFigure) return continues('a headcount');
    const prevUnits = new Set(prev.figures.map((f) => unitClass(f.unit)));
    const sameUnit = a.figures.some(
      (f) => f.unit !== undefined && f.unit !== '%' && prevUnits.has(unitClass(f.unit)),
    );
    if (near && sameUnit) return continues('a figure in the same unit');
    const lower = s.text.toLowerCase();
    const anaphoric =
      near &&
      cues.anaphors.some((p) => lower.startsWith(`${p} `)) &&
      (a.anchored || wordCount(s.text) <= 8);
    if (anaphoric) return continues('an anaphoric opening');
    return undefined;
  }

  /**
   * Headlines attribute without a verb: "Nine troops died in Kursk: Kim Jong Un", "Seoul: North
   * Korean troops suffer losses", "北 "청년 80만명 입대 탄원"". A party standing alone after the
   * last colon, or, in a line without a closing full stop, before the first colon or right
   * before a quotation, is the speaker of the rest.
   */
  function headlineAttribution(s: Sentence, mentions: readonly Mention[]): Candidate | undefined {
    const body = s.text.replace(/[\s.。]+$/u, '');
    const named = mentions.filter((m) => m.source !== 'pronoun' && m.source !== 'expert');
    if (named.length === 0) return undefined;
    const at = (m: Mention): { from: number; to: number } => ({
      from: m.start - s.start,
      to: m.end - s.start,
    });
    const candidate = (m: Mention, form: string): Candidate => ({
      pos: m.start,
      type: 'named',
      speaker: m.speaker,
      mention: m,
      cue: `headline attribution: ${form}`,
    });
    const lastColon = body.lastIndexOf(':');
    if (lastColon > 0) {
      const tail = named.find((m) => at(m).from > lastColon);
      if (tail && body.slice(lastColon + 1).trim() === body.slice(at(tail).from, at(tail).to))
        return candidate(tail, '"...: speaker"');
    }
    const isHeadline =
      !/[.!?。]["”’»)]*\s*$/u.test(s.text) && !text.slice(s.end, s.end + 1).match(/[^\S\n]/u);
    if (!isHeadline) return undefined;
    const first = named[0] as Mention;
    const after = body.slice(at(first).to);
    const before = body.slice(0, at(first).from).trim();
    if (before === '' && /^\s*:/u.test(after)) return candidate(first, '"speaker: ..."');
    if (before === '' && /^\s*["“„«]/u.test(after)) return candidate(first, 'speaker "..."');
    return undefined;
  }

  /**
   * In languages that mark the subject and the topic with particles (Korean), the speaker of a
   * reported statement is not simply the first or the nearest name: "북한이 … 발사했다고 합참이
   * 밝혔다" is the JCS's statement about North Korea. The name marked as subject right before the
   * closing reporting verb speaks; failing that, the name marked as the sentence's topic
   * ("국정원은 …"); failing both, the candidate found by word order.
   */
  function particleSpeaker(
    i: number,
    s: Sentence,
    main: Candidate | undefined,
    mentions: readonly Mention[],
    verbs: readonly PhraseMatch[],
  ): Candidate | undefined {
    const subjectParticles = cues.subjectParticles ?? [];
    const topicParticles = cues.topicParticles ?? [];
    if (!main || main.type !== 'named' || subjectParticles.length === 0) return main;
    const last = verbs[verbs.length - 1];
    if (!last) return main;
    const marked = (m: Mention, particles: readonly string[]): boolean =>
      particles.some((p) => m.speaker.name.endsWith(p) || text.startsWith(p, m.end));
    const speakerOf = (m: Mention): Speaker | undefined => {
      if (m.source !== 'pronoun') return m.speaker;
      const r = resolvePronoun(i);
      return r && !r.excluded ? r.speaker : undefined;
    };
    const before = mentions.filter((m) => m.end <= last.start);
    const subject = [...before]
      .reverse()
      .find((m) => marked(m, subjectParticles) && wordCount(text.slice(m.end, last.start)) <= 2);
    const topic = before.find((m) => marked(m, topicParticles));
    const chosen = subject ?? topic;
    const speaker = chosen && speakerOf(chosen);
    if (!chosen || !speaker || speaker === main.speaker) return main;
    return {
      pos: Math.min(chosen.start, s.end),
      type: 'named',
      speaker,
      mention: chosen,
      cue: `attribution: ${quoted(last)}; speaker marked by its particle`,
    };
  }

  /** "An analyst in Seoul said": the expert is the speaker; the place only qualifies them. */
  function expertHead(mention: Mention, speakers: readonly Mention[]): Mention {
    if (mention.source === 'expert') return mention;
    const expert = speakers.filter((m) => m.source === 'expert' && m.end <= mention.start).pop();
    if (!expert) return mention;
    const gap = text.slice(expert.end, mention.start);
    return gap.length <= 40 && !/[,.;:]/.test(gap) && wordCount(gap) <= 4 ? expert : mention;
  }

  /** A hearsay modal ("soll") in a clause without a perfect infinitive: a duty, no hedge. */
  function dutyModal(s: Sentence, h: PhraseMatch): boolean {
    const modal = cues.modalHearsay;
    if (!modal || !modal.words.includes(h.text.toLowerCase())) return false;
    const clauseEnd = /[,;.!?:]/u.exec(text.slice(h.end, s.end));
    const clause = text.slice(h.end, clauseEnd ? h.end + clauseEnd.index : s.end);
    const words = clause.toLowerCase().split(/[^\p{L}]+/u);
    return !words.some((w) => modal.endings.includes(w));
  }

  /** "If ...", "Sollte ...", "Si ...", "만약 ...": a hypothesis, with nothing that happened. */
  function opensWithConditional(sentence: string): boolean {
    const opening = sentence.replace(/^[\s"“„«»‘'(]+/u, '').toLowerCase();
    return (cues.conditionals ?? []).some(
      (c) => opening.startsWith(c) && !/[\p{L}\p{N}]/u.test(opening.charAt(c.length)),
    );
  }

  /** Why a sentence is not a claim, whatever its attribution. */
  function excludedBecause(
    s: Sentence,
    hasPeopleFigure: boolean,
    named: boolean,
    denial: boolean,
    claimAt: number | undefined,
  ): string | undefined {
    const caveatsHere = slice(all.caveats, s);
    // "X said ..., but Moscow has not confirmed it": a caveat in a later clause with its own
    // subject qualifies the claim and leaves it one. Without a subject of its own ("KCNA
    // reported ... but omitted mention of ...") the clause is the claimant's, and the sentence
    // is a verification note.
    const laterClause = (c: PhraseMatch): boolean => {
      if (claimAt === undefined || c.start <= claimAt) return false;
      const contrast = findPhrases(
        cues.contrasts,
        text,
        cues.wordBoundaries,
        claimAt,
        c.start,
      ).pop();
      return contrast !== undefined && wordCount(text.slice(contrast.end, c.start)) >= 1;
    };
    if (caveatsHere.length && !caveatsHere.every(laterClause)) return 'caveat';
    if (opensWithConditional(s.text)) return 'hypothetical';
    if (anyIn(all.references, s)) return 'reference figure';
    if (!named && anyIn(all.estimates, s)) return 'reference figure';
    if (anyIn(all.refusals, s)) return 'refusal';
    if (!denial && anyIn(all.opinions, s)) return 'opinion';
    if (!named && anyIn(all.depictions, s)) return 'depiction';
    if (!hasPeopleFigure && anyIn(all.threats, s)) return 'rhetoric';
    return undefined;
  }

  // A quotation opened in one sentence and attributed in the next is that speaker's claim.
  for (let i = 0; i + 1 < analyses.length; i++) {
    const a = analyses[i];
    const next = analyses[i + 1];
    if (!a || !next || a.kind || a.excluded || !a.opensQuote || !a.anchored) continue;
    if (!sameParagraph(a.sentence, next.sentence)) continue;
    const sp = next.boundSpeaker;
    if (!sp || sp.kind === 'expert') continue;
    a.kind = sp.kind;
    a.speaker = sp;
    a.cues.push('quotation attributed in the next sentence', speakerCue(sp));
  }

  const makeId = createIdMaker();
  const claims: Claim[] = [];
  for (const a of analyses) {
    if (!a.kind) continue;
    claims.push({
      id: makeId(a.sentence.text),
      kind: a.kind,
      start: a.sentence.start,
      end: a.sentence.end,
      text: a.sentence.text,
      ...(a.speaker
        ? { claimant: { name: a.speaker.name, ...(a.speaker.id ? { id: a.speaker.id } : {}) } }
        : {}),
      cues: [...new Set(a.cues)],
      figures: a.figures,
    });
  }
  return {
    claims: linkFamilies(text, claims, pack, cues.lang),
    caveats,
    decisions: analyses.map(decisionOf),
  };
}

/** Why a sentence was or was not flagged, from its analysis. */
function decisionOf(a: Analysis): SentenceDecision {
  const { start, end } = a.sentence;
  const cues = [...new Set(a.cues)];
  if (a.kind) return { start, end, kind: a.kind, reason: cues[0] ?? 'claim', cues };
  let reason: string;
  if (a.excluded) reason = `excluded: ${a.excluded}`;
  else if (!a.attributed) reason = 'no attribution or hedge';
  else if (!a.anchored) reason = 'attributed, but no topical anchor here or in the claim before';
  else reason = 'attribution cue bound to no speaker';
  return { start, end, reason, cues };
}
