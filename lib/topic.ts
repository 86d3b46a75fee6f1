/**
 * Topic decision: is this article about the pack's subject matter? Weighted terms from
 * `pack.detection`: the article must name the subject (North Korea, KCNA ...) AND be about the
 * matter (troops, enlistment, missiles ...). Each half must reach half the threshold and the sum
 * the whole threshold, so an article about BTS enlistment that mentions "the border with North
 * Korea" once, or Kim Jong Un visiting a farm, stays off. Headline hits count double; each term
 * counts at most three times, so one repeated word cannot carry an article.
 *
 * Without the subject in the headline, the body must also be focused on it: at least
 * `FOCUS_HITS` subject mentions with a matter term in the same line nearby (a short text needs
 * two), so a page that mentions North Korea twice in passing next to "troops" stays off.
 *
 * Off-topic pages must cost almost nothing: with no subject term in the headline or text the
 * answer is returned after one regular-expression search, and counting stops once it is clear.
 */
import { cuesFor, LANGUAGES } from './claims/languages/registry';
import { anchorsFor } from './claims/focus';
import { countListsOnce, countPhraseLists, findPhrases, hasPhrase } from './claims/phrases';
import { perObject, perObjectAndName } from './memo';
import type { Pack, WeightedTerm } from './pack/schema';
import { primaryLanguage } from './text/language-tag';
import type { ArticleMeta, TopicDecision } from './types';

/** A term counts at most this many times in the body. */
const CAP_PER_TERM = 3;
/** A headline hit is worth this many body hits. */
const HEADLINE_WEIGHT = 2;
/** Only the start of very long pages is scanned for the language guess. */
const GUESS_WINDOW = 2000;
/** Subject mentions that must sit near a matter term when the headline does not name the subject. */
const FOCUS_HITS = 3;
/** Texts shorter than this (characters) need one focused mention fewer. */
const SHORT_TEXT = 1500;
/** How far (characters, same line) a matter term may be from a subject mention. */
const FOCUS_WINDOW = 150;
/** The lede: the opening of the text, where a news story states what it is about. */
const LEDE_CHARS = 400;
/** A news brief: two to five sentences, which name their subject once, at the start. */
const BRIEF_CHARS = 800;
/** The subject score a brief needs when its headline or first sentence names the subject. */
const BRIEF_SUBJECT = 3;

interface CompiledTerms {
  terms: WeightedTerm[];
  /** Every term as one phrase list, or null when there is none. */
  any: string[] | null;
  /** The terms that count for the topic (positive weights), or null when there is none. */
  positive: string[] | null;
  /** Each term as a one-phrase list (empty for a blank term), matched together. */
  each: string[][];
  /** Term indices, counter-evidence (negative weights) first, each group in term order. */
  order: number[];
  boundaries: boolean;
}

function compileTerms(all: WeightedTerm[], boundaries: boolean): CompiledTerms {
  // "Kim Jong-un" and "Kim Jong-Un" are one term to a case-insensitive match: count it once.
  const seen = new Set<string>();
  const terms = all.filter((t) => {
    const key = t.term.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const usable = (term: string): boolean => term.trim() !== '';
  const positive = (i: number): boolean => (terms[i]?.weight ?? 0) >= 0;
  const indices = terms.map((_, i) => i);
  return {
    terms,
    any: terms.some((t) => usable(t.term)) ? terms.map((t) => t.term) : null,
    positive: terms.some((t, i) => usable(t.term) && positive(i))
      ? terms.filter((_, i) => positive(i)).map((t) => t.term)
      : null,
    each: terms.map((t) => (usable(t.term) ? [t.term] : [])),
    order: [...indices.filter((i) => !positive(i)), ...indices.filter(positive)],
    boundaries,
  };
}

/** The pack's subject and matter terms for `lang`, compiled once. */
const termsFor = perObjectAndName(
  (pack: Pack, lang): { subject: CompiledTerms; matter: CompiledTerms } => {
    const d = pack.detection;
    const b = cuesFor(lang).wordBoundaries;
    // Subject names cross languages ("KCNA", "Kim Jong Un"); matter words do not.
    const subject =
      lang === 'en' ? (d.subject.en ?? []) : [...(d.subject[lang] ?? []), ...(d.subject.en ?? [])];
    const matter = d.matter[lang]?.length ? d.matter[lang] : (d.matter.en ?? []);
    return { subject: compileTerms(subject, b), matter: compileTerms(matter, b) };
  },
);

/**
 * Every list read over the whole text once the subject is named: the subject terms, each term
 * on its own, and the focus's anchors (`./claims/focus.ts`), matched in one walk over the text's
 * words instead of one per list; the focus then reads its anchors from that walk.
 */
interface TextLists {
  lists: string[][];
  /** Where each half's terms start in `lists`. */
  subjectAt: number;
  matterAt: number;
}

const textListsFor = perObjectAndName((pack: Pack, lang): TextLists => {
  const { subject, matter } = termsFor(pack, lang);
  return {
    lists: [
      subject.any ?? [],
      ...subject.each,
      ...matter.each,
      anchorsFor(pack, cuesFor(lang).lang),
    ],
    subjectAt: 1,
    matterAt: 1 + subject.each.length,
  };
});

/** A language's stopwords as a set, built once. */
const stopwordSet = perObject((words: readonly string[]): Set<string> => new Set(words));

/**
 * The article language: `meta.lang`'s primary language when it is a language tag, else Hangul ->
 * ko, else the language with most stopwords.
 */
export function guessLanguage(text: string, meta: ArticleMeta): string {
  const tagged = primaryLanguage(meta.lang);
  if (tagged) return tagged;
  const sample = `${meta.headline ?? ''} ${text.slice(0, GUESS_WINDOW)}`;
  const hangul = sample.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  if (hangul > 20 || hangul > sample.length / 10) return 'ko';
  const words = sample.toLowerCase().split(/[^\p{L}]+/u);
  let best = 'en';
  let bestCount = 0;
  for (const [lang, cues] of Object.entries(LANGUAGES)) {
    if (cues.stopwords.length === 0 || !cues.wordBoundaries) continue;
    const set = stopwordSet(cues.stopwords);
    let count = 0;
    for (const w of words) if (set.has(w)) count++;
    if (count > bestCount) {
      bestCount = count;
      best = lang;
    }
  }
  return best;
}

/**
 * Scores one half (subject or matter); stops once `enough` is reached. Terms with a negative
 * weight are counter-evidence ("concert", "harvest": the army at a ceremony or on a farm) and
 * are always counted first, so stopping early never skips them. `inTexts[at + i]` is how often
 * term `i` occurs in the text; a term counts at most `CAP_PER_TERM` times there, and once in
 * the headline.
 */
function score(
  c: CompiledTerms,
  headline: string,
  inTexts: readonly number[],
  at: number,
  label: string,
  reasons: string[],
  enough: number,
): number {
  let total = 0;
  const inHeadlines = countPhraseLists(c.each, headline, c.boundaries);
  const order = c.order;
  for (let k = 0; k < order.length && total < enough; k++) {
    const i = order[k] ?? 0;
    const t = c.terms[i];
    if (!t) continue;
    const inHeadline = Math.min(1, inHeadlines[i] ?? 0);
    const inText = Math.min(CAP_PER_TERM, inTexts[at + i] ?? 0);
    if (inHeadline + inText === 0) continue;
    const points = t.weight * (inText + HEADLINE_WEIGHT * inHeadline);
    total += points;
    const where = inHeadline ? ` (headline)` : '';
    const signed = points < 0 ? `${points}` : `+${points}`;
    reasons.push(`${label} '${t.term}' x${inText + inHeadline}${where} (${signed})`);
  }
  return total;
}

/** Subject mentions with a matter term within `FOCUS_WINDOW` on the same line; stops at `needed`. */
function focusedHits(
  subject: CompiledTerms,
  matter: CompiledTerms,
  text: string,
  needed: number,
): number {
  if (!subject.any || !matter.any) return 0;
  let hits = 0;
  for (const m of findPhrases(subject.any, text, subject.boundaries)) {
    if (hits >= needed) break;
    const lineStart = text.lastIndexOf('\n', m.start) + 1;
    let lineEnd = text.indexOf('\n', m.start);
    if (lineEnd < 0) lineEnd = text.length;
    const from = Math.max(lineStart, m.start - FOCUS_WINDOW);
    const to = Math.min(lineEnd, m.end + FOCUS_WINDOW);
    if (findPhrases(matter.any, text, matter.boundaries, from, to, 1).length) hits++;
  }
  return hits;
}

/** Longest first line that can stand in for a missing headline. */
const LEDE_LINE_MAX = 300;

/** Fewest words a line needs to stand in for a headline (not a date, a kicker, a byline). */
const LEDE_LINE_WORDS = 4;
/** Lines looked at for it. */
const LEDE_LINES = 3;

/**
 * A brief without a headline opens with the line that says what it is about (the lede, or a
 * headline the page did not mark up): its first line of a few words or more ("Breaking", a date
 * stamp or a byline above it are passed over), when short enough to be one.
 */
function ledeLine(text: string): string {
  let from = 0;
  for (let seen = 0; seen < LEDE_LINES && from < text.length;) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).trim();
    from = end < 0 ? text.length : end + 1;
    if (line === '') continue;
    seen++;
    if (line.split(/\s+/u).filter((w) => /[\p{L}]/u.test(w)).length < LEDE_LINE_WORDS) continue;
    return line.length <= LEDE_LINE_MAX ? line : '';
  }
  return '';
}

/** How far into a brief's first sentence its subject stands (after a dateline). */
const BRIEF_SUBJECT_CHARS = 80;

/** The opening of the text's first sentence, where its grammatical subject stands. */
function firstSubject(text: string): string {
  const lede = text.slice(0, LEDE_CHARS);
  const end = /[.!?。](?=\s)/u.exec(lede);
  return (end ? lede.slice(0, end.index + 1) : lede).slice(0, BRIEF_SUBJECT_CHARS);
}

/** Decides whether `text` (with `meta`) is on `pack`'s topic, with the reasons. */
export function decideTopic(text: string, meta: ArticleMeta, pack: Pack): TopicDecision {
  const lang = guessLanguage(text, meta);
  const threshold = pack.detection.threshold;
  const half = threshold / 2;
  const headline = meta.headline?.trim() ? meta.headline : ledeLine(text);
  const { subject, matter } = termsFor(pack, lang);
  const reasons: string[] = [];
  const off = (score: number, why: string): TopicDecision => ({
    onTopic: false,
    score,
    threshold,
    reasons: [...reasons, why],
    lang,
  });

  // The cheap exit: no subject term anywhere.
  const any = subject.any;
  if (!any) return off(0, 'no subject terms for this language');
  const inHeadline = hasPhrase(any, headline, subject.boundaries);
  // With word boundaries, every term is matched in one walk over the text's words (with the
  // focus's anchors, read next), which costs about what looking for the subject alone would;
  // without (Korean), each list is one regular expression anyway, and the subject comes first.
  const lists = textListsFor(pack, lang);
  // The subject terms (first) and the anchors (last) are asked for again: by the focused
  // mentions below and by the focus.
  const found = subject.boundaries
    ? countListsOnce(lists.lists, text, true, [0, lists.lists.length - 1])
    : null;
  const named = found ? (found[0] as number) > 0 : hasPhrase(any, text, false);
  if (!inHeadline && !named) return off(0, 'no subject term');
  // Without word boundaries (Korean), each half's terms are counted on their own.
  const inText = (c: CompiledTerms): number[] =>
    found ?? countPhraseLists(c.each, text, c.boundaries);
  const subjectScore = score(
    subject,
    headline,
    inText(subject),
    found ? lists.subjectAt : 0,
    'subject',
    reasons,
    Infinity,
  );
  // A brief names its subject once, in the headline or as its first sentence's subject ("North
  // Korea fired …"), and says the rest in a few sentences: one mention there is enough of the
  // subject, and one near the matter (which must still be there). A mention anywhere else is in
  // passing ("… at a boot camp near the border with North Korea").
  const brief =
    text.length < BRIEF_CHARS &&
    (inHeadline || hasPhrase(any, firstSubject(text), subject.boundaries));
  const subjectNeeded = brief ? Math.min(half, BRIEF_SUBJECT) : half;
  if (subjectScore < subjectNeeded)
    return off(subjectScore, `subject score ${subjectScore} < ${subjectNeeded}`);
  const matterScore = score(
    matter,
    headline,
    inText(matter),
    found ? lists.matterAt : 0,
    'matter',
    reasons,
    Math.max(half, threshold - subjectScore),
  );
  const total = subjectScore + matterScore;
  if (matterScore < half) return off(total, `matter score ${matterScore} < ${half}`);
  if (total < threshold) return off(total, `score ${total} < ${threshold}`);
  // A story states its matter in its headline or lede; one that names it only further down, and
  // not often, mentions it in passing (missiles in the background of a travel piece).
  if (matterScore < threshold && matter.positive) {
    const opening = text.slice(0, LEDE_CHARS);
    const stated =
      hasPhrase(matter.positive, headline, matter.boundaries) ||
      hasPhrase(matter.positive, opening, matter.boundaries);
    if (!stated) return off(total, `matter ${matterScore} < ${threshold}, not in headline or lede`);
  }
  if (!inHeadline) {
    const needed = brief ? 1 : text.length < SHORT_TEXT ? FOCUS_HITS - 1 : FOCUS_HITS;
    const focused = focusedHits(subject, matter, text, needed);
    if (focused < needed) return off(total, `subject near matter x${focused} < ${needed}`);
    reasons.push(`subject near matter x${focused}`);
  }
  return { onTopic: true, score: total, threshold, reasons, lang };
}
