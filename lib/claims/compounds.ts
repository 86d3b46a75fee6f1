/**
 * German writes a noun's modifiers into one word with it, the head last: "Kurzstreckenraketen",
 * "Artilleriegranaten", "Militärexperten", "Regierungssprecher". A pack anchor that is a noun
 * anchors every compound it closes, and a speaker noun names every compound it closes, which no
 * phrase list of whole words can enumerate.
 */
import { perObject, perObjectAndName } from '../memo';
import type { Pack } from '../pack/schema';
import type { PhraseMatch } from './phrases';

/** Inflection letters a stem may carry ("Rakete~" + "n", "Geheimdienst~" + "es"). */
const INFLECTION = 3;
/** Heads shorter than this ("Test", "Tote") are too often the end of unrelated words. */
const MIN_HEAD = 5;

/** One expression per pack and language: an anchor noun's stem closing a longer word. */
const headPattern = perObjectAndName((pack: Pack, lang): RegExp | null => {
  const heads = (pack.detection.anchors[lang] ?? [])
    // Nouns only: German capitalises them; a phrase of several words is no compound head.
    .filter((a) => /^\p{Lu}/u.test(a) && !/\s/u.test(a))
    .map((a) => a.replace(/~$/u, '').toLowerCase())
    .filter((a) => a.length >= MIN_HEAD && /^[\p{Ll}]+$/u.test(a));
  if (heads.length === 0) return null;
  heads.sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<=\\p{L}\\p{Ll})(?:${heads.join('|')})\\p{Ll}{0,${INFLECTION}}(?!\\p{L})`,
    'gu',
  );
});

/** The compounds of `text` closed by one of the pack's anchor nouns for `lang`, by start. */
export function compoundHeadAnchors(text: string, pack: Pack, lang: string): PhraseMatch[] {
  return matchesOf(headPattern(pack, lang), text);
}

/** One expression per list of speaker nouns: a whole word closed by one of them. */
const speakerHeadPattern = perObject((nouns: readonly string[]): RegExp | null => {
  // A stem ("minister~") closes its compounds inflected too ("Verteidigungsministers"). The
  // inflection is spelt out in German's lower-case letters: a Unicode class after every stem
  // made the expression several times costlier to compile on a page's first reading.
  const heads = nouns
    .map((n) => ({ word: n.replace(/~$/u, ''), stem: n.endsWith('~') }))
    .filter(({ word }) => word.length >= MIN_HEAD && /^[\p{Ll}]+$/u.test(word))
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ word, stem }) => (stem ? `${word}[a-zäöüß]{0,${INFLECTION}}` : word));
  if (heads.length === 0) return null;
  return new RegExp(
    `(?<![\\p{L}-])\\p{Lu}[\\p{Ll}-]*?\\p{Ll}(?:${heads.join('|')})(?![\\p{L}])`,
    'gu',
  );
});

/** A list's stems ("geheimdienst~"), without the tilde, longest first. */
const stemsOf = perObject((list: readonly string[]): string[] =>
  list
    .filter((e) => e.endsWith('~') && !e.includes(' '))
    .map((e) => e.slice(0, -1))
    .sort((a, b) => b.length - a.length),
);

/**
 * "Geheimdienstkreisen", "Militärexperten": a word that one of `nouns`' stems opens with a whole
 * noun after it, not an inflection, only modifies that noun; the compound's head decides who
 * speaks (`compoundSpeakers`). An inflection ("Geheimdienstes", "Ministerium") keeps the stem's.
 */
export function opensCompound(word: string, nouns: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const stem = stemsOf(nouns).find((x) => lower.startsWith(x));
  return stem !== undefined && lower.length - stem.length > INFLECTION;
}

/**
 * The compounds of `text` closed by one of `nouns` (lower-case speaker nouns: "experten",
 * "sprecher"), as whole words: "Militärexperten", "Regierungssprecher". By start.
 */
export function compoundSpeakers(text: string, nouns: readonly string[]): PhraseMatch[] {
  return matchesOf(speakerHeadPattern(nouns), text);
}

/** Every match of a global expression in `text`, in order. */
function matchesOf(re: RegExp | null, text: string): PhraseMatch[] {
  if (!re) return [];
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
