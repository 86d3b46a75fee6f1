/**
 * Figure parsing: "nearly 3.5 million workers" -> { value: 3500000, hedge: 'nearly', unit:
 * 'workers' }. Number formats, scale words, hedges and unit nouns come from the language's cue
 * data (`lib/claims/languages`), so a new language needs no code here.
 *
 * Decisions worth knowing:
 * - Vague quantities map to the lower bound of their order with hedge `at-least`: "hundreds of
 *   thousands" -> 100000, "tens of thousands" / Korean "수만" -> 10000. They are only kept when a
 *   people noun follows, since "thousands" alone is rarely a figure.
 * - Years (1900-2100 written without separators), dates ("Oct 16", "9 January", "23일"), times,
 *   ordinals and money are skipped. Percentages are kept with unit "%".
 * - Units are canonical English nouns ("Soldaten" -> "soldiers", Korean "명" -> "people"), so
 *   figures compare across languages; "3,000-strong" has unit "troops".
 */
import { cuesFor, type LanguageCues } from '../claims/languages/registry';
import { isSpaceCode } from './code-units';
import type { Hedge, ParsedFigure } from '../types';
import { codeUnitsAt } from './code-units';

interface RawNumber {
  start: number;
  end: number;
  value: number;
  /** A scale or vague word was part of it ("million", "만"). */
  scaled: boolean;
  vague: boolean;
  plain: boolean; // digits only, no separators or decimals: could be a year
  /** The scale word's factor (1 when none). */
  factor: number;
}

interface Compiled {
  cues: LanguageCues;
  number: RegExp;
  /** A number word and its scale, tried at one position ("half a million"). */
  wordsAt: RegExp | null;
  /** A scale word (to be checked for white space before it): where a number word + scale can
   * end. */
  scaleWord: RegExp | null;
  /** The longest number word (code units): how far before a scale a match can start. */
  longestWord: number;
  /** The longest range joiner ("to", "bis"), in code units. */
  longestJoiner: number;
  /** A vague quantity; with word boundaries, the character before is checked apart. */
  vague: RegExp | null;
  scale: RegExp | null;
  /** Hedge phrases written before a number, longest first, by their last code unit: a
   * number's text before it is compared only with the phrases that can end it. */
  hedgesByLast: Map<number, Array<[string, Hedge]>>;
  /** `numbers.hedgesAfter` as entries, read once. */
  hedgesAfter: Array<[Hedge, string[]]>;
  /** ASCII code units a scale word can start with (either case); null when one starts with
   * a character outside ASCII, which case folding could match from more characters. */
  scaleStarts: Uint8Array | null;
  months: Set<string>;
  peopleKeys: Map<string, string>;
  measureKeys: Map<string, string>;
  modifiers: Set<string>;
  /** Scale characters written after the digits ("140만"): whether a number holds one. */
  suffixedScale: RegExp | null;
  /** The digit runs of a number with suffixed scales, each with its scale ("7만", "4천", "170"). */
  suffixedParts: RegExp | null;
  /** Languages without word boundaries: a unit (people or measure) attached to the number,
   * optionally after a one-character hedge ("18만여 명"). */
  attachedUnit: RegExp | null;
}

const compiledByLang = new Map<string, Compiled>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

function compile(lang: string): Compiled {
  const cached = compiledByLang.get(lang);
  if (cached) return cached;
  const cues = cuesFor(lang);
  const n = cues.numbers;
  const group = `[${n.group.map(escape).join('')}]`;
  const dec = escape(n.decimal);
  const scaleWords = Object.keys(n.scales);
  const suffixed = n.scaleStyle === 'suffixed';
  // "7만 4천 170": scale characters written after the digits and summed; elsewhere digit groups.
  const core = suffixed
    ? `(?:\\d[\\d${group.slice(1, -1)}]*(?:${dec}\\d+)?\\s?(?:${alternation(scaleWords)})\\s?)+(?:\\d[\\d${group.slice(1, -1)}]*)?|\\d[\\d${group.slice(1, -1)}]*(?:${dec}\\d+)?`
    : `\\d{1,3}(?:${group}\\d{3})+(?:${dec}\\d+)?|\\d+(?:${dec}\\d+)?`;
  const wordKeys = Object.keys(n.words);
  const vagueKeys = Object.keys(n.vague);
  const b = cues.wordBoundaries;
  const left = b ? '(?<![\\p{L}\\p{N}])' : '';
  const right = b ? '(?![\\p{L}\\p{N}])' : '';
  const hedgesByLast = new Map<number, Array<[string, Hedge]>>();
  (Object.entries(n.hedgesBefore) as Array<[Hedge, string[]]>)
    .flatMap(([hedge, list]) => list.map((p): [string, Hedge] => [p.toLowerCase(), hedge]))
    .sort((x, y) => y[0].length - x[0].length)
    .forEach((entry) => {
      const last = entry[0].charCodeAt(entry[0].length - 1);
      const bucket = hedgesByLast.get(last);
      if (bucket) bucket.push(entry);
      else hedgesByLast.set(last, [entry]);
    });
  const compiled: Compiled = {
    cues,
    number: new RegExp(`(?<![\\p{N}])(?:${core})`, 'gu'),
    wordsAt:
      wordKeys.length && scaleWords.length
        ? new RegExp(
            `${left}(${alternation(wordKeys)})\\s+(${alternation(scaleWords)})${right}`,
            'iuy',
          )
        : null,
    // Scale words hold no white space, so matches of this scan never hide one another. Leading
    // lookbehinds are tested apart: in the expression they run at every character of the text.
    scaleWord:
      wordKeys.length && scaleWords.length && !scaleWords.some((w) => /\s/u.test(w))
        ? new RegExp(`(?:${alternation(scaleWords)})${right}`, 'giu')
        : null,
    longestWord: Math.max(0, ...wordKeys.map((w) => w.length)),
    longestJoiner: Math.max(0, ...n.rangeJoiners.map((j) => j.length)),
    vague: vagueKeys.length ? new RegExp(`(${alternation(vagueKeys)})${right}`, 'giu') : null,
    scale:
      scaleWords.length && !suffixed
        ? new RegExp(`^\\s*(${alternation(scaleWords)})${right}`, 'iu')
        : null,
    hedgesByLast,
    hedgesAfter: Object.entries(n.hedgesAfter) as Array<[Hedge, string[]]>,
    scaleStarts: asciiStarts(scaleWords),
    months: new Set([...cues.months, ...cuesFor('en').months]),
    peopleKeys: new Map(Object.entries(cues.peopleUnits)),
    measureKeys: new Map(Object.entries(cues.measureUnits)),
    modifiers: new Set(cues.unitModifiers),
    suffixedScale: suffixed ? new RegExp(`(?:${alternation(scaleWords)})`, 'u') : null,
    suffixedParts: suffixed
      ? new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s?(${alternation(scaleWords)})?`, 'gu')
      : null,
    attachedUnit: b
      ? null
      : new RegExp(
          `^(${alternation(attachedHedges(n))})?\\s?(${alternation([
            ...Object.keys(cues.peopleUnits),
            ...Object.keys(cues.measureUnits),
          ])})`,
          'u',
        ),
  };
  compiledByLang.set(lang, compiled);
  return compiled;
}

/** The ASCII code units (both cases) `words` start with, or null when one starts outside ASCII. */
function asciiStarts(words: readonly string[]): Uint8Array | null {
  const starts = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!(c < 128)) return null;
    starts[c] = 1;
    if ((c | 32) >= 97 && (c | 32) <= 122) starts[c ^ 32] = 1;
  }
  return starts;
}

/**
 * Whether a scale word may follow `end` (white space, then a word within 20 characters): most
 * numbers are followed by a noun, and the scale expression need not run for them.
 */
function scaleMayFollow(text: string, end: number, c: Compiled): boolean {
  if (c.scaleStarts === null) return true;
  const stop = Math.min(text.length, end + 20);
  let q = end;
  while (q < stop && isSpaceCode(text.charCodeAt(q))) q++;
  if (q >= stop) return false;
  const code = text.charCodeAt(q);
  return code >= 128 || c.scaleStarts[code] === 1;
}

function parseNumber(raw: string, c: Compiled): number {
  const n = c.cues.numbers;
  if (c.suffixedParts) return parseSuffixedScales(raw, n.scales, c.suffixedParts);
  let s = raw;
  for (let i = 0; i < n.group.length; i++) {
    const g = n.group[i] as string;
    if (s.includes(g)) s = s.split(g).join('');
  }
  if (n.decimal !== '.') s = s.replace(n.decimal, '.');
  return Number(s);
}

/** Scales of this size or more close a group of smaller ones: 만 (10,000) in "7만 4천". */
const GROUPING_SCALE = 1e4;

/** "7만 4천 170" -> 74170; "1만2천" -> 12000; "140만" -> 1400000. */
function parseSuffixedScales(raw: string, scales: Record<string, number>, parts: RegExp): number {
  let total = 0;
  let section = 0; // below the grouping scale, e.g. 4천 170
  parts.lastIndex = 0;
  for (let m = parts.exec(raw); m; m = parts.exec(raw)) {
    if (m[0] === '') {
      parts.lastIndex++;
      continue;
    }
    const v = Number((m[1] ?? '0').replace(/,/g, ''));
    const unit = m[2];
    const scale = unit ? (scales[unit] ?? 1) : 1;
    if (scale >= GROUPING_SCALE) {
      total += (section + v) * scale;
      section = 0;
    } else {
      section += v * scale;
    }
  }
  return total + section;
}

/** One-character hedges written right after a number ("여" in "18만여"). */
function attachedHedges(n: LanguageCues['numbers']): string[] {
  return Object.values(n.hedgesAfter)
    .flat()
    .filter((w) => w.length === 1);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Whether the code point ending at `at` is a letter or a digit (`[\p{L}\p{N}]`). */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at));
}

/** Finds the hedge phrase ending right before `start`, if any. */
function hedgeBefore(
  text: string,
  start: number,
  c: Compiled,
): { hedge: Hedge; start: number } | null {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase();
  const trimmed = before.replace(/[\s"“'‘]+$/u, '');
  const candidates = c.hedgesByLast.get(trimmed.charCodeAt(trimmed.length - 1));
  if (candidates === undefined) return null;
  for (let i = 0; i < candidates.length; i++) {
    const entry = candidates[i] as [string, Hedge];
    const phrase = entry[0];
    if (!trimmed.endsWith(phrase)) continue;
    const at = trimmed.length - phrase.length;
    if (c.cues.wordBoundaries && isWordChar(trimmed[at - 1])) continue;
    return { hedge: entry[1], start: start - (before.length - at) };
  }
  return null;
}

function firstWordAfter(text: string, end: number): string {
  const m = /^[\s.]*([\p{L}]+)/u.exec(text.slice(end, end + 20));
  return (m?.[1] ?? '').toLowerCase();
}

function lastWordBefore(text: string, start: number): string {
  const m = /([\p{L}]+)\.?\s*$/u.exec(text.slice(Math.max(0, start - 20), start));
  return (m?.[1] ?? '').toLowerCase();
}

/** Whether the number is a date, time, ordinal, year, money or part of a name ("Hwasong-8"). */
function isNotAFigure(text: string, raw: RawNumber, c: Compiled): boolean {
  const n = c.cues.numbers;
  const prev = text[raw.start - 1];
  const next = text[raw.end];
  if (prev === ':' || next === ':' || prev === '/' || next === '/') return true; // times, dates
  if (prev === '-' && isWordChar(text[raw.start - 2])) return true; // "Hwasong-8", "Su-27"
  if (isWordChar(prev) && c.cues.wordBoundaries) return true; // "F16", "S300"
  const after = text.slice(raw.end, raw.end + 12).toLowerCase();
  const beforeText = text.slice(Math.max(0, raw.start - 4), raw.start).toLowerCase();
  const trimmedBefore = beforeText.trimEnd();
  const trimmedAfter = after.trimStart();
  for (let i = 0; i < n.currency.length; i++) {
    const cur = n.currency[i] as string;
    if (trimmedBefore.endsWith(cur)) return true;
    // A currency word after the number ("1만 원"), not a word it starts ("원쑤").
    if (trimmedAfter.startsWith(cur) && !isWordChar(trimmedAfter[cur.length])) return true;
  }
  if (!c.cues.wordBoundaries) {
    // Counters attach to the number ("2024년", "3월"): no boundary to look for.
    const rest = text.slice(raw.end, raw.end + 3);
    if (n.dateSuffixes.some((s) => rest.startsWith(s))) return true;
  } else {
    // Only a letter or a dot can start a suffix: no expression for "800 troops".
    const next = text.charCodeAt(raw.end);
    const may = next >= 128 || next === 0x2e || ((next | 32) >= 97 && (next | 32) <= 122);
    const suffix = may
      ? /^([\p{L}.]+)/u.exec(text.slice(raw.end, raw.end + 5))?.[1]?.toLowerCase()
      : undefined;
    if (suffix && n.dateSuffixes.includes(suffix)) return true; // "14th", "10am"
  }
  if (
    !raw.scaled &&
    !raw.vague &&
    raw.value >= 1 &&
    raw.value <= 31 &&
    Number.isInteger(raw.value)
  ) {
    if (c.months.has(lastWordBefore(text, raw.start))) return true; // "Oct 16", "Oct. 3"
    if (c.months.has(firstWordAfter(text, raw.end))) return true; // "9 January", "14. Oktober"
  }
  if (raw.plain && !raw.scaled && raw.value >= 1900 && raw.value <= 2100) {
    return !unitAfter(text, raw.end, c)?.people; // a year, unless "2000 soldiers"
  }
  return false;
}

interface UnitMatch {
  unit: string;
  end: number;
  people: boolean;
}

/** The people or measure noun after a figure, skipping a few modifiers ("young North Korean"). */
function unitAfter(text: string, end: number, c: Compiled): UnitMatch | null {
  const window = text.slice(end, end + 70);
  if (window.startsWith('%')) return { unit: '%', end: end + 1, people: false };
  if (c.attachedUnit) {
    const m = c.attachedUnit.exec(window);
    if (!m) return null;
    const key = m[2] ?? '';
    const people = c.peopleKeys.get(key);
    if (people) return { unit: people, end: end + m[0].length, people: true };
    const measure = c.measureKeys.get(key);
    return measure ? { unit: measure, end: end + m[0].length, people: false } : null;
  }
  if (window.charCodeAt(0) === 0x2d && /^-strong(?![\p{L}])/iu.test(window)) {
    return { unit: 'troops', end: end + 7, people: true };
  }
  // The words after the number, read as far as they are looked at (most figures end at the
  // first or second word); punctuation ends the noun phrase.
  const tokens: UnitWord[] = [];
  const re = /[\p{L}%’'][\p{L}’'.-]*/gu;
  let last = 0;
  let ended = false;
  const wordAt = (k: number): UnitWord | undefined => {
    while (!ended && tokens.length <= k) {
      const m = re.exec(window);
      if (!m || !UNIT_GAP.test(window.slice(last, m.index))) {
        ended = true;
        break;
      }
      const word = m[0].replace(/[.’']+$/u, '');
      tokens.push({ word: word.toLowerCase(), end: end + m.index + word.length });
      last = m.index + m[0].length;
    }
    return tokens[k];
  };
  for (let i = 0; i <= 3; i++) {
    const one = wordAt(i);
    if (!one) break;
    const two = wordAt(i + 1);
    const found =
      (two && unitIn(`${one.word} ${two.word}`, two.end, i, c)) || unitIn(one.word, one.end, i, c);
    if (found) return found;
    if (!c.modifiers.has(one.word)) break;
  }
  return null;
}

interface UnitWord {
  word: string;
  end: number;
}

/** What may stand between a figure's words: white space, hyphens, closing quotes. */
const UNIT_GAP = /^[\s\-"”’»]*$/u;

/** `key` as a people noun, or as a measure right after the number (word `i`). */
function unitIn(key: string, end: number, i: number, c: Compiled): UnitMatch | null {
  const people = c.peopleKeys.get(key);
  if (people) return { unit: people, end, people: true };
  const measure = c.measureKeys.get(key);
  return measure && i === 0 ? { unit: measure, end, people: false } : null;
}

function scanNumbers(text: string, c: Compiled): RawNumber[] {
  const found: RawNumber[] = [];
  const n = c.cues.numbers;
  c.number.lastIndex = 0;
  for (let m = c.number.exec(text); m; m = c.number.exec(text)) {
    let raw = m[0];
    // A trailing separator belongs to the sentence, not the number ("800,000,").
    const lastCode = raw.charCodeAt(raw.length - 1);
    if (lastCode === 0x2c || lastCode === 0x2e || isSpaceCode(lastCode)) {
      raw = raw.replace(/[,.\s]+$/u, '');
    }
    const start = m.index;
    let end = start + raw.length;
    let value = parseNumber(raw, c);
    if (!Number.isFinite(value)) continue;
    const scaled = c.suffixedScale !== null && c.suffixedScale.test(raw);
    let isScaled = scaled;
    let factor = 1;
    if (c.scale && scaleMayFollow(text, end, c)) {
      const s = c.scale.exec(text.slice(end, end + 20));
      if (s) {
        factor = n.scales[(s[1] ?? '').toLowerCase()] ?? 1;
        value *= factor;
        end += s[0].length;
        isScaled = true;
      }
    }
    const plain = /^\d+$/.test(raw);
    found.push({ start, end, value, scaled: isScaled, vague: false, plain, factor });
  }
  for (const m of wordNumbers(text, c)) {
    const w = n.words[(m[1] ?? '').toLowerCase()] ?? 1;
    const s = n.scales[(m[2] ?? '').toLowerCase()] ?? 1;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value: w * s,
      scaled: true,
      vague: false,
      plain: false,
      factor: s,
    });
  }
  if (c.vague) {
    c.vague.lastIndex = 0;
    for (let m = c.vague.exec(text); m; m = c.vague.exec(text)) {
      // `(?<![\p{L}\p{N}])`: not inside a word; else look again one character on.
      if (c.cues.wordBoundaries && letterOrDigitBefore(text, m.index)) {
        c.vague.lastIndex = m.index + codeUnitsAt(text, m.index);
        continue;
      }
      const v = n.vague[(m[1] ?? '').toLowerCase()] ?? 0;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        value: v,
        scaled: true,
        vague: true,
        plain: false,
        factor: 1,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop numbers inside a longer match ("one million" vs a vague "millions").
  const kept: RawNumber[] = [];
  for (const f of found) {
    const prev = kept[kept.length - 1];
    if (prev && f.start < prev.end) continue;
    kept.push(f);
  }
  return kept;
}

/**
 * Every match of "number word, white space, scale word" ("half a million"), exactly as one
 * left-to-right scan of the whole text would find them. A match ends in a scale word after white
 * space, and its number word ends where that white space starts, so it can only start a few
 * characters before a scale word: only those positions are tried, in order. A left-to-right scan
 * instead tries the expression at every "a" and "an" of the text.
 */
function wordNumbers(text: string, c: Compiled): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { wordsAt, scaleWord } = c;
  if (!wordsAt || !scaleWord) return out;
  let resume = 0; // where a left-to-right scan would look next: after the last match
  let tried = 0; // positions before this one have been tried
  scaleWord.lastIndex = 0;
  for (let s = scaleWord.exec(text); s; s = scaleWord.exec(text)) {
    // `(?<=\s)`: a scale word right after white space; else look again one character on.
    if (!isSpaceCode(text.charCodeAt(s.index - 1))) {
      scaleWord.lastIndex = s.index + codeUnitsAt(text, s.index);
      continue;
    }
    let spaceStart = s.index;
    while (spaceStart > 0 && isSpaceCode(text.charCodeAt(spaceStart - 1))) spaceStart--;
    const from = Math.max(resume, tried, spaceStart - c.longestWord - 1);
    for (let pos = from; pos < spaceStart; pos++) {
      wordsAt.lastIndex = pos;
      const m = wordsAt.exec(text);
      if (!m) continue;
      out.push(m);
      resume = m.index + m[0].length;
      break;
    }
    tried = Math.max(tried, spaceStart);
  }
  return out;
}

/** Text between two numbers that makes them a range ("to", "-", "and" after "between"). */
function rangeJoin(text: string, a: RawNumber, b: RawNumber, c: Compiled): boolean {
  const n = c.cues.numbers;
  // Consecutive numbers are often paragraphs apart: count the gap's visible characters first
  // instead of copying it. A joiner, "- " and a leading "-" are all it may hold.
  if (!shortGap(text, a.end, b.start, c.longestJoiner + 2)) return false;
  const gap = text.slice(a.end, b.start).trim().toLowerCase().replace(/^-\s*/, '');
  if (gap === '') return false;
  const ok = n.rangeJoiners.some((j) => gap === j || gap === `${j}` || gap === `- ${j}`);
  if (!ok) return false;
  if (gap === 'and' || gap === 'und' || gap === 'et') {
    const before = text
      .slice(Math.max(0, a.start - 12), a.start)
      .trim()
      .toLowerCase();
    return n.rangeOpeners.some((o) => before.endsWith(o));
  }
  return b.value >= a.value || b.scaled;
}

/** Whether `text[from, to)` holds at most `most` characters other than white space. */
function shortGap(text: string, from: number, to: number, most: number): boolean {
  let visible = 0;
  for (let i = from; i < to; i++) {
    if (!isSpaceCode(text.charCodeAt(i)) && ++visible > most) return false;
  }
  return true;
}

/** Parses every figure in `text` (offsets into `text`). */
export function parseFigures(text: string, lang: string): ParsedFigure[] {
  const c = compile(lang);
  const raws = scanNumbers(text, c).filter((r) => !isNotAFigure(text, r, c));
  const out: ParsedFigure[] = [];
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i];
    if (!a) continue;
    let value = a.value;
    let max: number | undefined;
    let end = a.end;
    let hedge: Hedge = a.vague ? 'at-least' : 'exact';
    let start = a.start;
    const b = raws[i + 1];
    if (b && rangeJoin(text, a, b, c)) {
      max = b.value;
      // "1 to 2 million": the scale written once applies to both ends.
      if (!a.scaled && b.factor > 1 && a.value * b.factor <= b.value) value = a.value * b.factor;
      end = b.end;
      hedge = 'range';
      const opener = text.slice(Math.max(0, a.start - 12), a.start).toLowerCase();
      const o = c.cues.numbers.rangeOpeners.find((w) => opener.trimEnd().endsWith(w));
      if (o) start = a.start - (opener.length - opener.trimEnd().length) - o.length;
      i++;
    }
    const unit = unitAfter(text, end, c);
    if (a.vague && !unit?.people) continue;
    if (hedge !== 'range') {
      const h = hedgeBefore(text, a.start, c);
      if (h) {
        hedge = a.vague ? 'at-least' : h.hedge;
        start = h.start;
      }
    }
    let figEnd = unit ? unit.end : end;
    if (hedge === 'exact' || hedge === 'about') {
      const after = afterHedge(text, end, figEnd, c);
      if (after) {
        hedge = after.hedge;
        figEnd = Math.max(figEnd, after.end);
      }
    }
    out.push({
      start,
      end: figEnd,
      value,
      ...(max !== undefined ? { max } : {}),
      ...(unit ? { unit: unit.unit } : {}),
      hedge,
      text: text.slice(start, figEnd),
    });
  }
  return out;
}

/** Hedges written after the number: Korean "18만여 명", "100만 명이 넘었다"; English "or more". */
function afterHedge(
  text: string,
  numberEnd: number,
  unitEnd: number,
  c: Compiled,
): { hedge: Hedge; end: number } | null {
  const entries = c.hedgesAfter;
  if (entries.length === 0) return null;
  if (!c.cues.wordBoundaries) {
    // A one-character hedge attaches to the number ("18만여 명"); longer ones follow the unit.
    for (const [hedge, list] of entries) {
      if (list.some((w) => w.length === 1 && text.startsWith(w, numberEnd)))
        return { hedge, end: unitEnd };
    }
    const window = text.slice(unitEnd, unitEnd + 6);
    for (const [hedge, list] of entries) {
      for (const w of list) {
        if (w.length === 1) continue;
        const at = window.indexOf(w);
        if (at >= 0 && at <= 3) return { hedge, end: unitEnd };
      }
    }
    return null;
  }
  // Every hedge written after the figure starts with white space ("or more", "plus").
  if (!isSpaceCode(text.charCodeAt(unitEnd))) return null;
  const window = text.slice(unitEnd, unitEnd + 12).toLowerCase();
  for (const [hedge, list] of entries) {
    for (const w of list) {
      const m = hedgeAfterRegex(w).exec(window);
      if (m) return { hedge, end: unitEnd + m[0].length };
    }
  }
  return null;
}

const hedgeAfterRegexes = new Map<string, RegExp>();

/** "^\\s+or more" for a hedge word written after the figure; compiled once per word. */
function hedgeAfterRegex(word: string): RegExp {
  let re = hedgeAfterRegexes.get(word);
  if (!re) {
    re = new RegExp(`^\\s+${escape(word)}(?![\\p{L}])`, 'u');
    hedgeAfterRegexes.set(word, re);
  }
  return re;
}
