/**
 * Sentence splitting for news text: the Unicode sentence rules (`sentence-breaks.ts`, what
 * `Intl.Segmenter` does) plus the fixes news pages need (line breaks,
 * abbreviations, datelines, agency tags, run-together sentences). Offsets are UTF-16 offsets into
 * the original text, so claims map back to the page exactly.
 */
import { WEEKDAYS } from '../claims/languages/en';
import { cuesFor, type LanguageCues } from '../claims/languages/registry';
import { isSpaceCode } from './code-units';
import { perObject } from '../memo';
import type { Sentence } from '../types';
import { sentenceBreaks } from './sentence-breaks';

/**
 * A language's cue list (abbreviations, month names) together with English's, as a set built
 * once per language: English abbreviations ("U.S.", "Oct.") and month names turn up in every
 * language's news.
 */
function withEnglish(
  pick: (cues: LanguageCues) => readonly string[],
): (lang: string) => Set<string> {
  const sets = perObject((cues: LanguageCues) => new Set([...pick(cues), ...pick(cuesFor('en'))]));
  return (lang) => sets(cuesFor(lang));
}

const abbreviationsOf = withEnglish((cues) => cues.abbreviations);
const closingOf = withEnglish((cues) => cues.closingAbbreviations ?? []);
const monthsOf = withEnglish((cues) => cues.months);
const ordinalHeadsOf = perObject((cues: LanguageCues) => new Set(cues.ordinalHeads ?? []));

/** Words after "7 a.m." that keep the time in its sentence: a weekday or a time zone. */
const AFTER_TIME = new Set([
  ...WEEKDAYS,
  'local',
  'gmt',
  'utc',
  'kst',
  'et',
  'est',
  'edt',
  'pst',
  'pdt',
]);

/** "p.m. Hawaii time", "p.m. Eastern Standard Time": a time zone by its name. */
const NAMED_TIME_ZONE = /^\p{L}+(?:\s+standard)?\s+time\b/iu;

/** The word before a number ending `s` ("der" in "Der 1."), lower case. */
const WORD_BEFORE_ORDINAL = /(\p{L}+)\s+\d{1,3}\.$/u;

interface Piece {
  start: number;
  end: number;
}

const INITIALS = /(?:^|[\s(“"'‘])(?:\p{Lu}\.)+$/u;
const ORDINAL_END = /(?:^|\s)\d{1,2}\.$/u;
/** "wrote on X.", "schrieb auf der Plattform X.": a one-letter name after a preposition or a
 * platform is a name of its own that ends the sentence, not an initial before a surname. */
const ONE_LETTER_NAME =
  /(?:^|\s)(?:on|auf|sur|via|über|platform|plattform|plateforme)\s+\p{Lu}\.$/iu;
const AGENCY_TAG = /^\/?[\p{Lu}\p{N}-]{2,}\/?\.?$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * A full stop (or ! ?) glued to the next sentence: "...Ukraine.The National", "…coréenne.L'agence",
 * "…espace.A en croire", "…밝혔다.합참 관계자는" (Korean has no capitals: Hangul right after the stop; after a closing quote, "…다."라고" quotes), after a lower-case
 * letter, a digit or a closing bracket (`BEFORE_RUN_TOGETHER`).
 */
const RUN_TOGETHER =
  /[.!?](?:["”’»]?(?=[“„«‘]?\p{Lu}(?:\p{Ll}|['’]\p{L}|\s))|(?=\p{Script=Hangul}))/gu;
/** What must stand right before a run-together stop: checked apart, so the scan can jump from
 * punctuation to punctuation instead of testing a lookbehind at every character. */
const BEFORE_RUN_TOGETHER = /[\p{Ll}\p{N})\]\p{Script=Hangul}]$/u;

/** Splits `text` into sentences. Headline lines are sentences: a line break always ends one. */
export function splitSentences(text: string, lang: string): Sentence[] {
  const out: Sentence[] = [];
  const abbreviations = abbreviationsOf(lang);
  const words: MergeWords = {
    abbreviations,
    closing: closingOf(lang),
    months: monthsOf(lang),
    ordinalHeads: ordinalHeadsOf(cuesFor(lang)),
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart && LETTER_OR_DIGIT.test(text.slice(lineStart, lineEnd))) {
      const pieces = mergePieces(text, segmentLine(text, lineStart, lineEnd), words);
      for (let i = 0; i < pieces.length; i++) {
        const parts = cutRunTogether(text, pieces[i] as Piece, abbreviations);
        for (let k = 0; k < parts.length; k++) pushTrimmed(text, parts[k] as Piece, out);
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The line's pieces between the Unicode sentence boundaries. */
function segmentLine(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let from = start;
  const breaks = sentenceBreaks(text, start, end);
  for (let i = 0; i < breaks.length; i++) {
    const at = breaks[i] as number;
    pieces.push({ start: from, end: at });
    from = at;
  }
  pieces.push({ start: from, end });
  return pieces;
}

function lastToken(s: string): string {
  const trimmed = s.trimEnd();
  const at = Math.max(
    trimmed.lastIndexOf(' '),
    trimmed.lastIndexOf('\u00a0'),
    trimmed.lastIndexOf('('),
  );
  return trimmed.slice(at + 1).toLowerCase();
}

/**
 * Whether `s` ends in initials ("N.", "U.S."). Its last characters are checked first: the pattern
 * itself is tried at every position of the piece.
 */
function endsInInitials(s: string): boolean {
  return s.endsWith('.') && /\p{Lu}$/u.test(s.slice(-3, -1)) && INITIALS.test(s);
}

/** Whether the cut after `cur` is a false one that must be undone. */
function shouldMerge(cur: string, next: string, words: MergeWords): boolean {
  const { abbreviations, closing, months, ordinalHeads } = words;
  const nextTrim = next.trim();
  if (!LETTER_OR_DIGIT.test(nextTrim)) return true; // a stray closing quote or bracket
  if (AGENCY_TAG.test(nextTrim) && /[./]$/.test(nextTrim)) return true; // "/TASS/."
  // Only the last character decides; testing it alone spares a scan of the whole piece.
  if (cur.length > 0 && !/\s/.test(cur.charAt(cur.length - 1))) return true; // cut with no space: '."라고'
  const curTrim = cur.trimEnd();
  const last = lastToken(curTrim);
  if (abbreviations.has(last)) return true;
  const firstWord = (nextTrim.split(/[\s,.]/)[0] ?? '').toLowerCase();
  // "at 7 a.m. Sunday" goes on; "flew 1,000 km. It was …" does not.
  // "at 7:10 a.m. (2210 GMT), the JCS said": a bracket or a figure goes on.
  if (closing.has(last) && /^[(\d]/u.test(nextTrim)) return true;
  if (closing.has(last))
    return (
      /^\p{Ll}/u.test(nextTrim) ||
      months.has(firstWord) ||
      AFTER_TIME.has(firstWord) ||
      NAMED_TIME_ZONE.test(nextTrim)
    );
  if (endsInInitials(curTrim) && !ONE_LETTER_NAME.test(curTrim.slice(-24))) return true; // "N. Korea", "U.S."
  if (/^\p{Ll}/u.test(nextTrim)) return true; // sentences do not start in lower case
  if (/\d\.$/.test(curTrim.slice(-2)) && ORDINAL_END.test(curTrim)) {
    if (months.has(firstWord)) return true; // German "am 14. Oktober"
    // "Der 1. Gefangene", "zum 75. Jahrestag": after an article or a preposition, an ordinal.
    const before = WORD_BEFORE_ORDINAL.exec(curTrim.slice(-24))?.[1]?.toLowerCase();
    if (before && ordinalHeads.has(before)) return true;
  }
  return false;
}

/** The words that decide whether a cut stands, for one language. */
interface MergeWords {
  abbreviations: Set<string>;
  closing: Set<string>;
  months: Set<string>;
  ordinalHeads: Set<string>;
}

function mergePieces(text: string, pieces: Piece[], words: MergeWords): Piece[] {
  const merged: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const prev = merged[merged.length - 1];
    if (
      prev &&
      shouldMerge(text.slice(prev.start, prev.end), text.slice(piece.start, piece.end), words)
    ) {
      prev.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

function cutRunTogether(text: string, piece: Piece, abbreviations: Set<string>): Piece[] {
  const slice = text.slice(piece.start, piece.end);
  const parts: Piece[] = [];
  let from = 0;
  RUN_TOGETHER.lastIndex = 0;
  for (let m = RUN_TOGETHER.exec(slice); m; m = RUN_TOGETHER.exec(slice)) {
    const lead = leadLength(slice, m.index);
    if (!BEFORE_RUN_TOGETHER.test(slice.slice(Math.max(0, m.index - lead), m.index))) {
      // Not a stop after a letter: look again from the next character, as a lookbehind would.
      RUN_TOGETHER.lastIndex = m.index + 1;
      continue;
    }
    const cut = m.index + m[0].length;
    // Two code units past the letter before the mark: the mark itself, unless that letter is
    // outside the BMP (two code units itself).
    const before = slice.slice(from, m.index + 2 - lead);
    if (abbreviations.has(lastToken(before)) || endsInInitials(before)) continue;
    parts.push({ start: piece.start + from, end: piece.start + cut });
    from = cut;
  }
  parts.push({ start: piece.start + from, end: piece.end });
  return parts;
}

/** Code units of the code point ending right before `index` (1, or 2 for a surrogate pair). */
function leadLength(s: string, index: number): number {
  const low = s.charCodeAt(index - 1);
  const high = s.charCodeAt(index - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

function pushTrimmed(text: string, piece: Piece, out: Sentence[]): void {
  let { start, end } = piece;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
