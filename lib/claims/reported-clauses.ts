/**
 * Reported clauses of a verb-final language (Korean). Each closes with a quotative ending
 * ("…했다고", "…이라며", "…”고 말했다"), and the clause's predicate is the words right before that
 * ending: whether the clause states a fact is read there, not after the reporting verb as in
 * English. "통신은 “…명백한 침략행위”라며 “…무자비하게 대응해야 한다”고 주장했다" judges an act and
 * demands; "장관은 “북한이 … 발사할 가능성이 있다”고 말했다" forecasts what may come; "…탄착됐다”며
 * “…의의를 가진다”고 보도했다" reports a fact before its judgement, and stays a claim.
 */
import type { Sentence, Span } from '../types';
import { perObject } from '../memo';
import type { DetectState } from './detect-state';
import type { LanguageCues } from './languages/registry';
import { findPhrases, type PhraseMatch } from './phrases';

/** What a reported clause's predicate makes of it. */
export type ClauseReading =
  'fact' | 'report' | 'characterisation' | 'appeal' | 'forecast' | 'intention' | 'hypothesis';

/** Words before a quotative ending that make up its clause's predicate ("할 가능성도 매우 높다고"). */
const PREDICATE_WORDS = 5;

/** Quotation marks between a predicate noun and its copula ending ("망동”이라며"). */
const QUOTE_MARKS = /["“”'‘’″]/gu;

/** A Hangul syllable's final consonant index (0: none), or -1 for any other character. */
function finalConsonant(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0xac00 || code > 0xd7a3) return -1;
  return (code - 0xac00) % 28;
}
const FINAL_RIEUL = 8;
const FINAL_SSANGSIOT = 20;

/**
 * Whether a word is a verb in the prospective form ("할", "있을", "보낼"): what is still to come
 * or may be. The past conjecture ("했을", "됐을": "may have done") and the copula ("일": "may
 * be") speak of what is, and are not.
 */
export function prospective(word: string): boolean {
  const last = word.charAt(word.length - 1);
  // "일": the copula's ("화성-18형일 가능성"), not a verb's.
  if (finalConsonant(last) !== FINAL_RIEUL || last === '일') return false;
  if (last !== '을' || /[있없]을$/u.test(word)) return true;
  return finalConsonant(word.charAt(word.length - 2)) !== FINAL_SSANGSIOT;
}

/** The quotative endings of `s`, which close its reported clauses, in order. */
function quotativeEndings(st: DetectState, s: Sentence): PhraseMatch[] {
  const { cues, text } = st;
  // A language without quotative endings has no such clauses: no list to compile per sentence.
  if (!cues.quotatives) return [];
  return findPhrases(cues.quotatives, text, cues.wordBoundaries, s.start, s.end);
}

/**
 * The ends of the clauses of `s`, in order: quotative endings, which close a reported clause,
 * and joints, which close a clause joined to the next ("…향상시키고, …", "…파병했으며 …").
 */
function clauseEnds(st: DetectState, s: Sentence): PhraseMatch[] {
  // Several exclusions ask for the same sentence's clauses: found once per sentence.
  let known = endsFound.get(st);
  if (!known) endsFound.set(st, (known = new Map()));
  const cached = known.get(s.start);
  if (cached) return cached;
  const ends = findClauseEnds(st, s);
  known.set(s.start, ends);
  return ends;
}
const endsFound = new WeakMap<DetectState, Map<number, PhraseMatch[]>>();

function findClauseEnds(st: DetectState, s: Sentence): PhraseMatch[] {
  const { cues, text } = st;
  const ends = quotativeEndings(st, s);
  if (!ends.length || !cues.clauseJoints) return ends;
  const joints = findPhrases(cues.clauseJoints, text, cues.wordBoundaries, s.start, s.end);
  if (!joints.length) return ends;
  return [...ends, ...joints].sort((a, b) => a.start - b.start);
}

/**
 * The predicate before a quotative ending: its last few words, quotation marks left out, and the
 * ending and a copula cut from the last one ("망동”이라며" → "망동", "높다고" → "높").
 */
function predicateWords(text: string, from: number, ending: PhraseMatch): string[] {
  const words = text
    .slice(from, ending.end)
    .replace(QUOTE_MARKS, '')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-PREDICATE_WORDS);
  const cut = ending.text.replace(QUOTE_MARKS, '').length;
  const last = (words.pop() ?? '').slice(0, cut ? -cut : undefined).replace(COPULA, '');
  return last ? [...words, last] : words;
}

/** A copula ending a noun predicate ("도발이다", "망동이라"). */
const COPULA = /(?:이다|이라|이며|입니다|이)$/u;

/** A noun with no particle: an event noun before a likelihood ("발사 가능성"). */
function bareNoun(word: string): boolean {
  return /[\p{Script=Hangul}A-Z]$/u.test(word) && !/[을를이가은는의에도로일할]$/u.test(word);
}

/**
 * "…할 가능성이 있다", "…발사 가능성도 높다", "…공격이 있을 것으로 예상한다": a likelihood of what
 * is still to come, an event noun or a prospective verb before it. "투입됐을 가능성이 크다" (may
 * have been sent) and "화성-18형일 가능성" (may be) speak of what is.
 */
function forecasts(st: DetectState, words: readonly string[]): boolean {
  const likely = st.cues.likelihoods ?? [];
  const i = words.findIndex((w) => likely.some((l) => w.startsWith(l)));
  if (i > 0) {
    const before = words[i - 1] ?? '';
    return prospective(before) || bareNoun(before);
  }
  const expected = st.cues.expectations ?? [];
  const j = words.findIndex((w) => expected.some((e) => w.startsWith(e)));
  return j > 1 && words[j - 1] === '것으로' && prospective(words[j - 2] ?? '');
}

/** Whether the predicate's last word is a reporting or thinking verb ("…보고했다고 전했다",
 * "…있다고 생각한다”고"): it passes on the clause inside it, which is read at its own ending. */
function passesOn(st: DetectState, last: string): boolean {
  const { cues } = st;
  return (
    (cues.cognitions ?? []).some((c) => last.includes(c)) ||
    passingVerbs(cues).some((v) => last.includes(v))
  );
}
const QUOTE_START = /^["“”'‘’″]/u;

/** The reporting verbs that are no quotative ending, per language: filtered once, not per clause. */
const passingVerbs = perObject((cues: LanguageCues): string[] => {
  const quotatives = new Set(cues.quotatives ?? []);
  return cues.attribution.verbs.filter((v) => !quotatives.has(v) && !QUOTE_START.test(v));
});

/** Whether a clause holds a condition of its own ("…할 경우", "…한다면"). */
function conditional(st: DetectState, clause: string): boolean {
  const { cues } = st;
  // "…라면서", "…다면서" are quotative endings, not conditions.
  return findPhrases(cues.conditionClauses ?? [], clause, cues.wordBoundaries).some(
    (c) => clause.charAt(c.end) !== '서',
  );
}

/**
 * What the predicate before a quotative ending makes of its clause. A future that is no
 * likelihood ("…보낼 것이라고") stays a fact: another party's forecast about the North is a claim.
 */
export function readPredicate(st: DetectState, ending: PhraseMatch, from: number): ClauseReading {
  const { text, cues } = st;
  const words = predicateWords(text, from, ending);
  const last = words[words.length - 1];
  if (last === undefined) return 'fact';
  if (passesOn(st, last)) return 'report';
  const tail = words.join(' ');
  if ((cues.evaluativeNouns ?? []).some((n) => tail.endsWith(n))) return 'characterisation';
  // "…취하겠다고": the speaker's own will.
  if ((cues.volitionalEndings ?? []).some((v) => `${tail}${ending.text}`.includes(v.slice(0, 3))))
    return 'intention';
  const deontics = cues.deontics ?? [];
  if (words.some((w) => deontics.some((d) => w.includes(d)))) return 'appeal';
  // "지난주 … 병력을 보내고 앞으로 … 보낼 가능성": a clause put in the past reports what happened too.
  const past = (cues.pastAdverbs ?? []).some((p) => text.slice(from, ending.start).includes(p));
  if (!past && forecasts(st, words)) return 'forecast';
  // "…폭약을 터뜨릴 경우 영향이 있을 수 있다": what may follow under a condition.
  const mayBe = words.some((w, k) => prospective(w) && words[k + 1] === '수');
  if (!past && mayBe && conditional(st, text.slice(from, ending.start))) return 'hypothesis';
  return 'fact';
}

/** Where the predicate before `end` starts: its last few words, from `from` on. */
function predicateStart(text: string, from: number, end: number): number {
  const starts = [...text.slice(from, end).matchAll(/\S+/gu)].map((w) => from + w.index);
  return starts[Math.max(0, starts.length - PREDICATE_WORDS)] ?? from;
}

/**
 * Whether every reported clause of a verb-final sentence says no fact: its predicate reads as no
 * fact (`readPredicate`), or one of `marks` stands in it. `inPredicate`: the mark must stand in
 * the predicate ("…의의를 가진다”고"), as a judgement must; a threat or an appeal may stand anywhere
 * in its clause. "…탄착됐다”며 “…의의를 가진다”고 보도했다", "“…쓸어버리자”며 “…대렬은 늘어나고
 * 있다”고" report a fact in another clause. Undefined when the sentence has no reported clause.
 */
export function everyClauseMarked(
  st: DetectState,
  s: Sentence,
  marks: readonly Span[],
  inPredicate: boolean,
): boolean | undefined {
  const endings = clauseEnds(st, s);
  const last = endings[endings.length - 1];
  if (!last) return undefined;
  // "…취하겠다고 위협했다": a mark in the reporting clause frames the clause it closes; one joined
  // after the reporting verb ("…보냈다고 주장하며 보복을 경고했다") is a statement of its own.
  const { cues, text } = st;
  const framing = marks.some(
    (m) =>
      m.start >= last.end &&
      !findPhrases(cues.coordinators ?? [], text, cues.wordBoundaries, last.end, m.start, 1).length,
  );
  let from = s.start;
  let marked = false;
  for (const e of endings) {
    const reading = readPredicate(st, e, from);
    const head = inPredicate ? predicateStart(st.text, from, e.start) : from;
    const has = (framing && e === last) || marks.some((m) => m.start >= head && m.start < e.end);
    if (reading === 'fact' && !has) return false;
    marked ||= has || (reading !== 'report' && reading !== 'fact');
    from = e.end;
  }
  return marked;
}

/**
 * Why a verb-final sentence states no fact: every reported clause in it closes on a judgement,
 * an appeal or a likelihood of what is to come. Undefined when any clause reports a fact, or
 * when the sentence has no reported clause.
 */
export function reportsNoFact(st: DetectState, s: Sentence): ClauseReading | undefined {
  const readings: ClauseReading[] = [];
  let from = s.start;
  for (const e of quotativeEndings(st, s)) {
    readings.push(readPredicate(st, e, from));
    from = e.end;
  }
  const said = readings.filter((r) => r !== 'report');
  if (!said.length || said.includes('fact')) return undefined;
  return said[0];
}
