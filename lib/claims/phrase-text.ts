/**
 * A text prepared for phrase matching: its case-folded copy (same length, so offsets carry
 * over) and its words, where each starts. The phrase matcher (`./phrases.ts`) tries a phrase
 * only at a word that is its first word instead of scanning the whole text with one regular expression per
 * list, which is what made the pipeline slow (one full scan per cue list) and slow to start
 * (V8 compiles large case-insensitive alternations on first use).
 *
 * "Word" and "case" mean exactly what they mean to the regular expressions this replaces:
 * word characters are the `ALNUM` class below under the `iu` flags, and two characters are the
 * same when that regex engine would match one against the other (simple case folding).
 */

import { perCodeUnit } from '../text/code-units';

/** Letters and digits of the scripts we read (explicit ranges compile far faster than \p{L}). */
export const ALNUM =
  'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF\\u3131-\\u318E\\uAC00-\\uD7A3';

const WORD_CHAR = new RegExp(`^[${ALNUM}]$`, 'iu');
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

const isWordCodeOutsideAscii = perCodeUnit(WORD_CHAR);
/** Per BMP code unit: its folded code unit, 0 unknown. Filled on first sight. */
let foldTable: Uint16Array | undefined;

/** Whether code unit `c` is a word character (the `ALNUM` class under `iu`, case-closed). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return isWordCodeOutsideAscii(c);
}

/**
 * The representative of `c`'s case class: lower case of its upper case, kept only when the
 * regex engine agrees the two are one character ("ı" stays "ı"). Both apostrophes fold to "'"
 * because phrases treat them as one.
 */
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === RIGHT_QUOTE) return APOSTROPHE;
  foldTable ??= new Uint16Array(65536);
  let v = foldTable[c] ?? 0;
  if (v === 0) {
    v = computeFold(c);
    foldTable[c] = v;
  }
  return v;
}

function computeFold(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const ch = String.fromCharCode(c);
  const upper = ch.toUpperCase();
  const candidate = upper.length === 1 ? upper.toLowerCase() : ch.toLowerCase();
  if (candidate.length !== 1 || candidate === ch) return c;
  const same = new RegExp(`^\\u{${c.toString(16)}}$`, 'iu').test(candidate);
  return same ? candidate.charCodeAt(0) : c;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

/** `s` folded code unit by code unit (same length). */
export function foldString(s: string): string {
  return foldText(s).folded;
}

/** A text folded, and whether the folded text holds a character of `ALNUM_CASE_CLOSURE`. */
interface Folded {
  folded: string;
  closure: boolean;
}

/**
 * `foldString`, telling also whether a case-closure character is in the result: the fold
 * already looks at every non-ASCII character, so the tokenizer need not scan the text again for
 * them (a separate regular-expression scan cost as much as half the split itself).
 */
function foldText(s: string): Folded {
  if (!NON_ASCII.test(s)) return { folded: s.toLowerCase(), closure: false };
  // toLowerCase is right for almost every character: check the non-ASCII ones, fix the rest.
  const lower = s.toLowerCase();
  if (lower.length === s.length) {
    let ok = true;
    let closure = false;
    NON_ASCII_ALL.lastIndex = 0;
    for (let m = NON_ASCII_ALL.exec(s); m && ok; m = NON_ASCII_ALL.exec(s)) {
      const c = s.charCodeAt(m.index);
      if (c === RIGHT_QUOTE) continue;
      const v = lower.charCodeAt(m.index);
      ok = foldCode(c) === v;
      if (v >= FIRST_CLOSURE_CODE && !closure) closure = isClosureCode(v);
    }
    if (ok) {
      const folded = lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
      return { folded, closure };
    }
  }
  const parts: string[] = [];
  const CHUNK = 4096;
  for (let from = 0; from < s.length; from += CHUNK) {
    const codes: number[] = [];
    const to = Math.min(s.length, from + CHUNK);
    for (let i = from; i < to; i++) codes.push(foldCode(s.charCodeAt(i)));
    parts.push(String.fromCharCode(...codes));
  }
  const folded = parts.join('');
  return { folded, closure: CASE_CLOSURE_CHAR.test(folded) };
}

/** The words of a text, in order: where each starts and its folded form (which ends it). */
export interface Tokens {
  starts: number[];
  keys: string[];
}

/** A text ready for phrase lookups. Build with `phraseText`. */
export interface PhraseText {
  text: string;
  /** `text` case-folded, same length. */
  folded: string;
  /** The text's words. Built on first use. */
  tokens(): Tokens;
  /** Per-text results of the matcher, by compiled list (its candidate words). */
  memo: WeakMap<object, unknown>;
}

/**
 * The folded characters (see `foldCode`) outside `ALNUM` that the `iu` flags make word characters
 * by case: IPA and Greek letters whose capitals are in `ALNUM`, as of the Unicode version of
 * Node 20's V8. A unit test holds `[ALNUM + ALNUM_CASE_CLOSURE]` to `[ALNUM]` under `iu` on every
 * folded code unit; a later Unicode's new case pairs (rare letters) would split words here only.
 */
export const ALNUM_CASE_CLOSURE =
  '\\u0253-\\u0254\\u0256-\\u0257\\u0259\\u025B\\u0260\\u0263\\u0268-\\u0269\\u026F\\u0272\\u0275' +
  '\\u0280\\u0283\\u0288-\\u028C\\u0292\\u1FD3\\u1FE3\\u2C65-\\u2C66';

/**
 * Runs of non-word characters in a folded text, kept by `split` as separators: the same runs as
 * `[^ALNUM]+` under `iu`, without flags (surrogate pairs, never word characters, fall in a run
 * either way). The flags made this split a fifth of the detector's time on long texts; without
 * them it is over twice as fast (measured in Node on 31,000 characters: 1.1 ms against 0.5 ms,
 * the closure check included). The few texts holding a closure character take the longer class.
 */
const NON_WORD_RUN = new RegExp(`([^${ALNUM}]+)`);
const NON_WORD_RUN_CLOSED = new RegExp(`([^${ALNUM}${ALNUM_CASE_CLOSURE}]+)`);
const CASE_CLOSURE_CHAR = new RegExp(`[${ALNUM_CASE_CLOSURE}]`);
const isClosureCode = perCodeUnit(new RegExp(`^[${ALNUM_CASE_CLOSURE}]$`));
/** The lowest code unit in `ALNUM_CASE_CLOSURE`: below it, a character needs no look-up. */
const FIRST_CLOSURE_CODE = 0x253;

function buildTokens(folded: string, closure: boolean): Tokens {
  const starts: number[] = [];
  const keys: string[] = [];
  // One native split instead of a character loop: words (even indices, maybe empty at either
  // end) and separators alternate, so the loop steps over both at once.
  const pieces = folded.split(closure ? NON_WORD_RUN_CLOSED : NON_WORD_RUN);
  const n = pieces.length;
  let pos = 0;
  for (let i = 0; i < n; i += 2) {
    const word = pieces[i] as string;
    if (word !== '') {
      starts.push(pos);
      keys.push(word);
      pos += word.length;
    }
    if (i + 1 < n) pos += (pieces[i + 1] as string).length;
  }
  return { starts, keys };
}

function createPhraseText(
  text: string,
  folded: string,
  built?: Tokens,
  closure = false,
): PhraseText {
  let tokens = built;
  return {
    text,
    folded,
    memo: new WeakMap(),
    tokens: () => (tokens ??= buildTokens(folded, closure)),
  };
}

function prepare(text: string): PhraseText {
  const { folded, closure } = foldText(text);
  return createPhraseText(text, folded, undefined, closure);
}

/**
 * The last few texts prepared in the current reading: the detector asks about the same text for
 * every cue list. Six hold the article, the lines the detector reads and a slice of them, with
 * the headline and the lede the topic decision reads. Emptied when a reading ends
 * (`forgetTexts`).
 */
const recent: PhraseText[] = [];
const RECENT = 6;

/** The text prepared in this reading whose text is `text`, if any. */
export function preparedText(text: string): PhraseText | undefined {
  return known(text);
}

function known(text: string): PhraseText | undefined {
  for (let i = 0; i < recent.length; i++) {
    const p = recent[i] as PhraseText;
    if (p.text === text) return p;
  }
  return undefined;
}

function remember(p: PhraseText): void {
  recent.unshift(p);
  if (recent.length > RECENT) recent.pop();
}

/** `text` prepared for phrase matching; the same text asked again is not prepared again. */
export function phraseText(text: string, keep = true): PhraseText {
  const found = known(text);
  if (found) return found;
  const p = prepare(text);
  if (keep) remember(p);
  return p;
}

/** First index in ascending `list` whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Prepares `text`, the parts `[from, to)` of `source` joined by "\n", from the preparation
 * `source` already has in this reading, instead of folding and splitting it again: the detector
 * reads the lines near the topic's anchors (and a long text a slice at a time), which the topic
 * decision prepared as part of the whole article. Folding is per code unit and no word spans a
 * part's edge (checked: a part that cuts a word prepares nothing), so the result is what
 * `phraseText(text)` would build. Does nothing when `source` was not prepared.
 */
export function prepareFrom(
  source: string,
  text: string,
  parts: ReadonlyArray<readonly [from: number, to: number]>,
): void {
  const whole = known(source);
  if (!whole || known(text)) return;
  let length = parts.length - 1;
  for (let p = 0; p < parts.length; p++) {
    const [from, to] = parts[p] as readonly [number, number];
    length += to - from;
  }
  if (length !== text.length) return;
  const { starts: wholeStarts, keys: wholeKeys } = whole.tokens();
  const starts: number[] = [];
  const keys: string[] = [];
  const folded: string[] = [];
  let at = 0;
  for (let p = 0; p < parts.length; p++) {
    const [from, to] = parts[p] as readonly [number, number];
    let i = lowerBound(wholeStarts, from);
    // The word before the part must end before it starts.
    if (i > 0 && (wholeStarts[i - 1] as number) + (wholeKeys[i - 1] as string).length > from)
      return;
    for (; i < wholeStarts.length && (wholeStarts[i] as number) < to; i++) {
      const start = wholeStarts[i] as number;
      const key = wholeKeys[i] as string;
      if (start + key.length > to) return;
      starts.push(start - from + at);
      keys.push(key);
    }
    folded.push(whole.folded.slice(from, to));
    at += to - from + 1;
  }
  remember(createPhraseText(text, folded.join('\n'), { starts, keys }));
}

/**
 * Ends a reading: the texts it prepared are let go. Kept, a later reading of the same text
 * would skip its own work (a benchmark repeating one page would time a cache, not a reading),
 * and the background, which reads page after page, would hold on to pages' text.
 */
export function forgetTexts(): void {
  recent.length = 0;
}
