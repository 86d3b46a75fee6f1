/**
 * Korean noun modifiers. A verb in the adnominal form ("-는", "-ㄴ") before a noun qualifies that
 * noun: "'화성-17형'으로 추정되는 미사일", "정찰위성이라고 주장하는 발사체", "전단을 살포한 무인기". A
 * hedge or a reporting verb there describes the noun, and says nothing of who reports the
 * sentence's own predicate ("…발사체를 쏘아 올렸다", "…발사한 지 9일 만이다"). Before a bound noun
 * ("밝힌 바 있다", "위협한 데 이어", "발사한 것으로 알려졌다") the form belongs to the predicate.
 */
import type { Span } from '../types';
import type { LanguageCues } from './languages/cue-shape';

/** Whether a Hangul syllable closes on ㄴ, the adnominal's consonant ("는", "된", "한", "던"). */
function closesOnNieun(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 === 4;
}

/** The word of `text` around `at`: its start and end. */
function wordAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !/\s/u.test(text.charAt(end))) end++;
  return { start, end };
}

/** The next word after `at`, past one run of spaces (none across a line break or punctuation). */
function nextWord(text: string, at: number): string {
  const m = /^ +([^\s.,!?;:]+)/u.exec(text.slice(at, at + 40));
  return m?.[1] ?? '';
}

/** A particle or copula after a bound noun ("것으로", "데도", "바이다"). */
const AFTER_BOUND = /^(?:이|가|을|를|에|은|는|도|으로|로|이다|에서|에는|이라고)?$/u;

/** Whether `word` is a bound noun ("바", "데", "것으로"): a form before it is a predicate's. */
function boundNoun(cues: LanguageCues, word: string): boolean {
  return (cues.boundNouns ?? []).some(
    (b) => word.startsWith(b) && AFTER_BOUND.test(word.slice(b.length)),
  );
}

/**
 * Whether a cue matched as `m` (a hedge or a reporting verb's stem) ends a verb in the adnominal
 * form that qualifies the noun after it. Only the adnominal ending may follow the stem in its word
 * ("추정되는", "주장하는", "추정된"), and a free noun must follow the word.
 */
export function modifiesNoun(cues: LanguageCues, text: string, m: Span): boolean {
  const tails = cues.adnominalTails;
  if (!tails?.length) return false;
  const word = wordAround(text, Math.max(m.start, m.end - 1));
  const tail = text.slice(m.end, word.end);
  if (tail !== '' && !tails.includes(tail)) return false;
  if (!closesOnNieun(text.charAt(word.end - 1))) return false;
  const next = nextWord(text, word.end);
  return next !== '' && !boundNoun(cues, next);
}

/**
 * Whether a quotative ending (`m`: "…위성이라고") closes a clause inside a noun modifier: the word
 * after it is a reporting verb (`verbs`) in the adnominal form ("…이라고 주장하는 만리경 1호").
 */
export function quotesInsideModifier(
  cues: LanguageCues,
  text: string,
  m: Span,
  verbs: readonly Span[],
): boolean {
  if (!cues.adnominalTails?.length) return false;
  const word = wordAround(text, Math.max(m.start, m.end - 1));
  if (word.end !== m.end) return false;
  const after = /^ +/u.exec(text.slice(word.end, word.end + 4));
  if (!after) return false;
  const nextStart = word.end + after[0].length;
  return verbs.some(
    (v) => v.start >= nextStart && v.start < nextStart + 4 && modifiesNoun(cues, text, v),
  );
}
