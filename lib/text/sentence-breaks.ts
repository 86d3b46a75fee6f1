/**
 * Sentence boundaries by the Unicode default rules (UAX #29, rules SB1-SB11), the rules
 * `Intl.Segmenter(lang, { granularity: 'sentence' })` applies. Our own linear scan replaces the
 * segmenter because, in a fresh page, creating one loads ICU's break data and iterating it over a
 * 2,000-word article costs tens of milliseconds; this scan looks only at the characters around
 * terminators and line separators and costs a fraction of a millisecond.
 *
 * tests/unit/sentence-breaks.test.ts checks it against `Intl.Segmenter` on generated text and on
 * every labelled article, so the two cannot drift apart unnoticed.
 */

import { codeUnitsAt, perCodeUnit } from './code-units';

/** Sentence_Break classes the rules distinguish; everything else is "other". */
const enum SB {
  Other,
  Sep,
  CR,
  LF,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
  /** Extend or Format: attached to the character before (SB5). */
  Ignored,
}

const ATERM = /[.\u2024\ufe52\uff0e]/u;
const STERM = /\p{Sentence_Terminal}/u;
const SEP = /[\u0085\u2028\u2029]/u;
const SPACE = /\s/u;
const EXTEND = /[\p{Grapheme_Extend}\p{Mc}\u200d]/u;
const FORMAT = /[\p{Cf}]/u;
// Georgian letters have case since Unicode 11, but the sentence rules keep them OLetter.
const GEORGIAN = /[\u10d0-\u10fa\u10fd-\u10ff\u1c90-\u1cba\u1cbd-\u1cbf]/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /[\p{Uppercase}\p{Lt}]/u;
const OLETTER = /[\p{Alphabetic}\u05f3]/u;
const NUMERIC = /[\p{Nd}\u066b\u066c\u19da]/u;
/** Arabic number signs and the like: format characters by category, numbers to these rules. */
const NUMBER_SIGN = /[\u0600-\u0605\u06dd\u0890\u0891\u08e2\u{110bd}\u{110cd}]/u;
const CLOSE =
  /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275b-\u2760\u2e00-\u2e0d\u2e1c\u2e1d\u2e20-\u2e29\u2e42\u{1f676}-\u{1f678}]/u;
const SCONTINUE =
  /[,\-:;\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe14\ufe31\ufe32\ufe50\ufe51\ufe54\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]/u;

/** The class of an ASCII code unit, or undefined for the rest (classified by pattern). */
function asciiClass(code: number): SB {
  if (code >= 0x61 && code <= 0x7a) return SB.Lower;
  if (code >= 0x41 && code <= 0x5a) return SB.Upper;
  if (code >= 0x30 && code <= 0x39) return SB.Numeric;
  switch (code) {
    case 0x20:
    case 0x09:
    case 0x0b:
    case 0x0c:
      return SB.Sp;
    case 0x0a:
      return SB.LF;
    case 0x0d:
      return SB.CR;
    case 0x2e:
      return SB.ATerm;
    case 0x21:
    case 0x3f:
      return SB.STerm;
    case 0x22:
    case 0x27:
    case 0x28:
    case 0x29:
    case 0x5b:
    case 0x5d:
    case 0x7b:
    case 0x7d:
      return SB.Close;
    case 0x2c:
    case 0x2d:
    case 0x3a:
    case 0x3b:
      return SB.SContinue;
    default:
      return SB.Other;
  }
}

/** Per BMP code unit: its class plus one, 0 while unknown. Filled on first sight. */
let bmpClasses: Uint8Array | undefined;

/**
 * The class of the code point at `at` of `text`, `units` code units long (1, or 2 for a
 * surrogate pair). Characters outside ASCII are classified by up to fourteen property patterns,
 * so a BMP character's class is remembered: news text repeats its few (curly quotes, dashes,
 * accented letters). No string is made for a character already seen.
 */
function classAt(text: string, at: number, units: number): SB {
  const code = text.charCodeAt(at);
  if (code < 0x80) return asciiClass(code);
  if (units !== 1) return classifyByPattern(text.slice(at, at + units));
  bmpClasses ??= new Uint8Array(0x10000);
  const known = bmpClasses[code] ?? 0;
  if (known !== 0) return known - 1;
  const cls = classifyByPattern(String.fromCharCode(code));
  bmpClasses[code] = cls + 1;
  return cls;
}

/** The class of a character outside ASCII, by its Unicode properties. */
function classifyByPattern(ch: string): SB {
  const code = ch.charCodeAt(0);
  if (ATERM.test(ch)) return SB.ATerm;
  if (STERM.test(ch)) return SB.STerm;
  if (SEP.test(ch)) return SB.Sep;
  if (SPACE.test(ch) && code !== 0xfeff) return SB.Sp;
  if (NUMBER_SIGN.test(ch)) return SB.Numeric;
  if (EXTEND.test(ch) || FORMAT.test(ch)) return SB.Ignored;
  if (GEORGIAN.test(ch)) return SB.OLetter;
  if (LOWER.test(ch)) return SB.Lower;
  if (UPPER.test(ch)) return SB.Upper;
  if (OLETTER.test(ch)) return SB.OLetter;
  if (NUMERIC.test(ch)) return SB.Numeric;
  if (SCONTINUE.test(ch)) return SB.SContinue;
  if (CLOSE.test(ch)) return SB.Close;
  return SB.Other;
}

/** Reads `text` one code point at a time, skipping Extend and Format characters (SB5). */
class Cursor {
  /** Start of the current character. */
  at: number;
  cls: SB = SB.Other;
  /** End of the current character, any Extend/Format after it included. */
  end: number;

  constructor(
    private readonly text: string,
    private readonly limit: number,
    from: number,
  ) {
    this.at = from;
    this.end = from;
    this.read();
  }

  /** Classifies the character at `at` and sets `end` past it and what attaches to it. */
  private read(): void {
    const { text, limit } = this;
    if (this.at >= limit) {
      this.cls = SB.Other;
      this.end = limit;
      return;
    }
    const units = codeUnitsAt(text, this.at);
    let end = this.at + units;
    this.cls = classAt(text, this.at, units);
    // Extend and Format belong to the character before, unless that is a separator (SB5).
    if (this.cls !== SB.Sep && this.cls !== SB.CR && this.cls !== SB.LF) {
      while (end < limit) {
        const n = codeUnitsAt(text, end);
        const code = text.charCodeAt(end);
        if (code < 0x80 || classAt(text, end, n) !== SB.Ignored) break;
        end += n;
      }
    }
    this.end = end;
  }

  get done(): boolean {
    return this.at >= this.limit;
  }

  next(): void {
    this.at = this.end;
    this.read();
  }
}

const isParaSep = (cls: SB) => cls === SB.Sep || cls === SB.CR || cls === SB.LF;
const isSATerm = (cls: SB) => cls === SB.ATerm || cls === SB.STerm;

/** Where a terminator or a separator could end a sentence: the only places the rules act. */
const CANDIDATE = /^[.!?\n\r\u0085\u2024\u2028\u2029\ufe52\uff0e\p{Sentence_Terminal}]$/u;

/**
 * The ASCII candidates, or any character outside ASCII (then tested against `CANDIDATE`): a scan
 * for the property class itself tests every character of the text against its ranges.
 */
const MAYBE_CANDIDATE = /[.!?\n\r]|[^\0-\x7f]/g;

const isBmpCandidate = perCodeUnit(CANDIDATE);

/** Whether the character outside ASCII at `at`, `units` code units long, is a candidate. */
function isCandidate(text: string, at: number, units: number): boolean {
  if (units !== 1) return CANDIDATE.test(text.slice(at, at + units));
  return isBmpCandidate(text.charCodeAt(at));
}

/**
 * The offsets in (`from`, `to`) where a sentence starts, as `Intl.Segmenter` would report them
 * (segment indices other than the first) for `text.slice(from, to)`, shifted by `from`.
 */
export function sentenceBreaks(text: string, from = 0, to = text.length): number[] {
  const breaks: number[] = [];
  const scan = MAYBE_CANDIDATE;
  scan.lastIndex = from;
  for (let m = scan.exec(text); m && m.index < to; m = scan.exec(text)) {
    const index = m.index;
    const code = text.charCodeAt(index);
    if (code >= 0x80) {
      // The second half of a surrogate pair was read with the first; a lone one is no candidate.
      if (code >= 0xdc00 && code <= 0xdfff) continue;
      const units = codeUnitsAt(text, index);
      if (!isCandidate(text, index, units)) {
        scan.lastIndex = index + units;
        continue;
      }
    }
    const at = breakAfter(text, index, from, to);
    if (at !== undefined && at < to) {
      breaks.push(at);
      scan.lastIndex = at;
    } else if (at !== undefined) {
      break;
    }
  }
  return breaks;
}

/**
 * Where the sentence ends that a terminator or separator at `index` may close, or undefined
 * when the rules say the text runs on.
 */
function breakAfter(text: string, index: number, from: number, to: number): number | undefined {
  // A candidate inside a character's Extend/Format tail, or a combining mark after it, is still
  // the same character; the scan starts at the candidate itself.
  const c = new Cursor(text, to, index);
  const cls = c.cls;
  if (cls === SB.CR) {
    c.next();
    return c.cls === SB.LF ? c.end : c.at; // SB3, SB4
  }
  if (isParaSep(cls)) return c.end; // SB4
  if (!isSATerm(cls)) return undefined;
  const before = cls === SB.ATerm ? classBefore(text, index, from) : SB.Other;
  c.next();
  if (cls === SB.ATerm && c.cls === SB.Numeric) return undefined; // SB6
  if (cls === SB.ATerm && c.cls === SB.Upper && (before === SB.Upper || before === SB.Lower)) {
    return undefined; // SB7
  }
  while (!c.done && c.cls === SB.Close) c.next(); // SB9
  while (!c.done && c.cls === SB.Sp) c.next(); // SB10
  if (c.done) return to;
  if (isParaSep(c.cls)) {
    // SB11 with its optional separator: the sentence ends after it (CR LF counts as one).
    const cr = c.cls === SB.CR;
    const end = c.end;
    c.next();
    return cr && c.cls === SB.LF ? c.end : end;
  }
  if (c.cls === SB.SContinue || isSATerm(c.cls)) return undefined; // SB8a
  if (cls === SB.ATerm) {
    // SB8: no break if the next letter-like character is lower case.
    const scan = new Cursor(text, to, c.at);
    while (
      !scan.done &&
      scan.cls !== SB.OLetter &&
      scan.cls !== SB.Upper &&
      scan.cls !== SB.Lower &&
      !isParaSep(scan.cls) &&
      !isSATerm(scan.cls)
    ) {
      scan.next();
    }
    if (scan.cls === SB.Lower && !scan.done) return undefined;
  }
  return c.at; // SB11
}

/** The class of the character before `index` (not before `from`), skipping Extend and Format (SB5). */
function classBefore(text: string, index: number, from: number): SB {
  let at = index;
  while (at > from) {
    let start = at - 1;
    const low = text.charCodeAt(start);
    if (low >= 0xdc00 && low <= 0xdfff && start > from) {
      const high = text.charCodeAt(start - 1);
      if (high >= 0xd800 && high <= 0xdbff) start--;
    }
    const cls = classAt(text, start, at - start);
    if (cls !== SB.Ignored) return cls;
    at = start;
  }
  return SB.Other;
}
