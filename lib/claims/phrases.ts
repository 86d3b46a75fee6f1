/**
 * Phrase lists (cue data and pack terms) matched case-insensitively against a text. Syntax: `*`
 * is one to four words, a `~` ending a word makes it a stem (any letters may follow: "fight~ for
 * Russia" matches "fighting for Russia"; at the end of a phrase it drops the right word
 * boundary), and straight and curly apostrophes match each other.
 *
 * The meaning is one regular expression per list (`phraseRegex`, kept as the reference): an
 * alternation of the phrases, longest first, word-bounded when the language has word
 * boundaries; matches are the expression's successive non-overlapping matches. Running that
 * expression over a whole article for each of some forty lists was most of the pipeline's
 * time, and compiling the large expressions most of its first run. So lists are compiled to
 * plain data instead, and a match is only attempted where the phrase's first word occurs
 * (each of the text's words, `./phrase-text.ts`, is looked up once among the first words of all
 * the lists read together); the attempt follows the expression's own order, so the matches are
 * the same.
 */
import {
  ALNUM,
  foldString,
  isWordCode,
  phraseText,
  preparedText,
  type PhraseText,
  type Tokens,
} from './phrase-text';
import { isSpaceCode } from '../text/code-units';

export interface PhraseMatch {
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
}

/** One word of a `*` wildcard. */
const WORD = '[^\\s.,;:!?"“”„()]+';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase word: its folded letters, and whether more letters may follow (a stem). */
interface Word {
  lit: string;
  stem: boolean;
}

/** One phrase, in the shape its regular expression would have. */
interface Alternative {
  /** Position in the expression's alternation: earlier wins at the same offset. */
  order: number;
  left: boolean;
  right: boolean;
  /** The phrase, trimmed, without its closing `~`. */
  body: string;
  /**
   * One whole word, bounded on both sides ("KCNA"): it is only ever tried at a word of the text
   * that is that word (see `compileList`), so the word is the match and nothing need be read.
   */
  single: boolean;
  /** Runs of words; consecutive runs are separated by a `*` gap of one to four words. Parsed
   * (and folded) when first tried: most phrases of a list never are, on a given page. */
  parts?: Word[][];
}

/** A phrase's boundaries and body: enough to order it, classify it and parse it later. */
interface PhraseHead {
  body: string;
  left: boolean;
  right: boolean;
}

/** The phrase's words, split as its expression is: runs at ` * `, words at whitespace. */
function parseWords(body: string): Word[][] {
  return body.split(/\s+\*\s+/).map((part) =>
    part.split(/\s+/).map((w): Word => {
      // A stem inside the phrase: the word may go on ("deploy~ to" -> "deployed to").
      const inner = w.length > 1 && w.endsWith('~');
      return { lit: inner ? w.slice(0, -1) : w, stem: inner };
    }),
  );
}

function phraseSource(body: string): string {
  return parseWords(body)
    .map((part) =>
      part
        .map((w) => {
          const escaped = escape(w.lit).replace(/['’]/g, "['’]");
          return w.stem ? `${escaped}[${ALNUM}]*` : escaped;
        })
        .join('\\s+'),
    )
    .join(`\\s+(?:${WORD}\\s+){0,3}?${WORD}\\s+`);
}

/** Whether the character starting or ending `s` is a letter or digit (`\p{L}`, `\p{N}`). */
function letterAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return at === 0 ? /^[\p{L}\p{N}]/u.test(s) : /[\p{L}\p{N}]$/u.test(s);
}

function phraseHead(phrase: string, boundaries: boolean): PhraseHead {
  let body = phrase.trim();
  const stem = body.endsWith('~');
  if (stem) body = body.slice(0, -1);
  return {
    body,
    left: boundaries && body !== '' && letterAt(body, 0),
    right: boundaries && !stem && body !== '' && letterAt(body, body.length - 1),
  };
}

const GROUP_ORDER = ['LR', 'L', 'R', ''];

function groupKey(head: PhraseHead): string {
  return `${head.left ? 'L' : ''}${head.right ? 'R' : ''}`;
}

/** The list's phrases as the expression orders them: longest first, then by boundary group. */
function orderedPhrases(list: readonly string[], boundaries: boolean): PhraseHead[] {
  const phrases = [...new Set(list.filter((p) => p.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  const heads = phrases.map((p) => phraseHead(p, boundaries));
  return GROUP_ORDER.flatMap((k) => heads.filter((h) => groupKey(h) === k));
}

/**
 * `build`, remembered per object (a list, kept by identity) and boundary mode: lists are
 * compiled once however often they are matched.
 */
function perList<K extends object, V>(
  build: (key: K, boundaries: boolean) => V,
): (key: K, boundaries: boolean) => V {
  // A map per mode: every match starts with this look-up, so it is one WeakMap read.
  const bounded = new WeakMap<K, V>();
  const unbounded = new WeakMap<K, V>();
  return (key, boundaries) => {
    const cache = boundaries ? bounded : unbounded;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = build(key, boundaries);
    cache.set(key, value);
    return value;
  };
}

const NOT_BEFORE = `(?<![${ALNUM}])`;
const NOT_AFTER = `(?![${ALNUM}])`;

/**
 * The regular expression a list means (one alternation per boundary group), or null for an
 * empty list. The matcher below does not use it; it is the definition tests compare against.
 */
export const phraseRegex = perList(
  (list: readonly string[], boundaries: boolean): RegExp | null => {
    const ordered = orderedPhrases(list, boundaries);
    const source = GROUP_ORDER.map((k) => ordered.filter((p) => groupKey(p) === k))
      .filter((group) => group.length > 0)
      .map((group) => {
        const first = group[0] as PhraseHead;
        const alt = `(?:${group.map((h) => phraseSource(h.body)).join('|')})`;
        return `${first.left ? NOT_BEFORE : ''}${alt}${first.right ? NOT_AFTER : ''}`;
      })
      .join('|');
    return ordered.length ? new RegExp(source, 'giu') : null;
  },
);

/** The alternatives for one exact first word, narrowed further by the word after it. */
interface FirstWord {
  /** By the folded second word: the alternatives that can match when it follows. */
  bySecond: Map<string, Alternative[]> | null;
  /** The alternatives that can match whatever follows. */
  any: Alternative[];
}

/** A list compiled for the matcher. */
interface CompiledList {
  /** Alternatives by the folded first word they must start with exactly. */
  exact: Map<string, Alternative[]>;
  /** By word met: `exact` narrowed by the second word, prefixes merged in (`firstWordOf`). */
  firstWords: Map<string, FirstWord>;
  /** Alternatives whose first word may go on (a stem, or an open end), by that word's start. */
  prefix: Map<string, Alternative[]>;
  /** The same, by the prefix's first letter: a word is checked against few prefixes. */
  prefixByFirst: Map<string, Array<[prefix: string, alts: Alternative[]]>>;
  /** Alternatives not starting at a word start (no boundaries, or odd first characters): by
   * their first literal, found with indexOf. */
  loose: Map<string, Alternative[]>;
  /** The expression itself, for lists the matcher does not take (no word boundaries, an empty
   * phrase word, characters outside the BMP). */
  regex?: RegExp;
  empty: boolean;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Length of the run of word characters `s` starts with. */
function wordRun(s: string): number {
  let run = 0;
  while (run < s.length && isWordCode(s.charCodeAt(run))) run++;
  return run;
}

/** The alternative's words, folded (parsed on first use). */
function partsOf(alt: Alternative): Word[][] {
  alt.parts ??= parseWords(alt.body).map((part) =>
    part.map((w) => ({ lit: foldString(w.lit), stem: w.stem })),
  );
  return alt.parts;
}

/**
 * The folded word that must follow the first one, when an alternative fixes it: both words
 * whole literals in the same run ("the agency"), so the text's next word must equal it.
 */
function secondWord(alt: Alternative): string | undefined {
  const parts = partsOf(alt);
  const run = parts[0] ?? [];
  const [first, second] = run;
  if (!first || !second || first.stem || wordRun(first.lit) !== first.lit.length) return undefined;
  const n = wordRun(second.lit);
  if (n === 0) return undefined;
  if (n < second.lit.length) return second.lit.slice(0, n);
  const closed = !second.stem && (run.length > 2 || parts.length > 1 || alt.right);
  return closed ? second.lit : undefined;
}

function firstWord(alts: Alternative[]): FirstWord {
  const seconds = alts.map(secondWord);
  const any = alts.filter((_, i) => seconds[i] === undefined);
  const keys = new Set(seconds.filter((k): k is string => k !== undefined));
  if (keys.size === 0) return { bySecond: null, any };
  const bySecond = new Map<string, Alternative[]>();
  for (const key of keys) {
    bySecond.set(
      key,
      alts.filter((_, i) => seconds[i] === undefined || seconds[i] === key),
    );
  }
  return { bySecond, any };
}

/** Whether the matcher can take the phrase: no empty word, nothing outside the BMP. */
function supported(body: string): boolean {
  if (body === '' || /[\uD800-\uDFFF]/.test(body)) return false;
  if (!/\s$|\*/.test(body)) return true;
  return parseWords(body).every((part) => part.every((w) => w.lit !== ''));
}

const compileList = perList((list: readonly string[], boundaries: boolean): CompiledList => {
  const compiled: CompiledList = {
    exact: new Map(),
    firstWords: new Map(),
    prefix: new Map(),
    prefixByFirst: new Map(),
    loose: new Map(),
    empty: true,
  };
  const ordered = orderedPhrases(list, boundaries);
  // Without word boundaries (Korean) a phrase may start anywhere: there is no first word to
  // look up, and one native scan beats trying every occurrence of every first syllable.
  if (!boundaries || !ordered.every((h) => supported(h.body))) {
    compiled.regex = phraseRegex(list, boundaries) ?? undefined;
    compiled.empty = !compiled.regex;
  } else {
    ordered.forEach((h, order) => {
      // Only the first word is read now: it decides where the phrase can start.
      const space = h.body.search(/\s/);
      const word = space < 0 ? h.body : h.body.slice(0, space);
      const stem = word.length > 1 && word.endsWith('~');
      const lit = foldString(stem ? word.slice(0, -1) : word);
      const run = wordRun(lit);
      // Filed under `exact` by its own letters (below), so tried only where the text's word,
      // a maximal run of word characters, folds to exactly those letters.
      const single = h.left && h.right && space < 0 && !stem && run > 0 && run === lit.length;
      const alt: Alternative = { order, left: h.left, right: h.right, body: h.body, single };
      if (!h.left || run === 0) push(compiled.loose, lit, alt);
      else if (run === lit.length && (stem || (space < 0 && !h.right)))
        push(compiled.prefix, lit, alt);
      else push(compiled.exact, lit.slice(0, run), alt);
      compiled.empty = false;
    });
    for (const [prefix, alts] of compiled.prefix) {
      push(compiled.prefixByFirst, prefix.charAt(0), [prefix, alts]);
    }
  }
  return compiled;
});

/** The part of a prepared text being matched: `[lo, hi)`, nothing outside it bounds a word. */
interface Scope {
  t: PhraseText;
  lo: number;
  hi: number;
}

function skipSpaces(text: string, q: number, hi: number): number {
  while (q < hi && isSpaceCode(text.charCodeAt(q))) q++;
  return q;
}

/** One `*` word: characters up to whitespace or punctuation. */
function skipWildWord(text: string, q: number, hi: number): number {
  for (; q < hi; q++) {
    const c = text.charCodeAt(q);
    if (isSpaceCode(c)) break;
    // . , ; : ! ? " “ ” „ ( )
    if (
      c === 0x2e ||
      c === 0x2c ||
      c === 0x3b ||
      c === 0x3a ||
      c === 0x21 ||
      c === 0x3f ||
      c === 0x22 ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x201e ||
      c === 0x28 ||
      c === 0x29
    )
      break;
  }
  return q;
}

/** Where the words of `alt.parts[k]` and everything after them match from `q`, or -1. */
function matchFrom(s: Scope, alt: Alternative, k: number, q: number): number {
  const { text, folded } = s.t;
  const hi = s.hi;
  const parts = partsOf(alt);
  const words = parts[k] ?? [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    if (w > 0) {
      const r = skipSpaces(text, q, hi);
      if (r === q) return -1;
      q = r;
    }
    if (q + word.lit.length > hi || !folded.startsWith(word.lit, q)) return -1;
    q += word.lit.length;
    if (word.stem) while (q < hi && isWordCode(text.charCodeAt(q))) q++;
  }
  if (k === parts.length - 1) {
    return alt.right && q < hi && isWordCode(text.charCodeAt(q)) ? -1 : q;
  }
  // A `*` gap: the fewest words that let the rest match, as a lazy quantifier would.
  let r = skipSpaces(text, q, hi);
  if (r === q) return -1;
  for (let count = 1; count <= 4; count++) {
    const wordEnd = skipWildWord(text, r, hi);
    if (wordEnd === r) return -1;
    const next = skipSpaces(text, wordEnd, hi);
    if (next === wordEnd) return -1;
    const end = matchFrom(s, alt, k + 1, next);
    if (end >= 0) return end;
    r = next;
  }
  return -1;
}

function matchAt(s: Scope, alt: Alternative, p: number): number {
  // Folding keeps lengths, so the word's length in the text is the phrase's.
  if (alt.single) return p + alt.body.length;
  if (alt.left && p > s.lo && isWordCode(s.t.text.charCodeAt(p - 1))) return -1;
  return matchFrom(s, alt, 0, p);
}

function byOrder(a: Alternative, b: Alternative): number {
  return a.order - b.order;
}

const NO_ALTERNATIVES: Alternative[] = [];

/** Two lists of alternatives, each in the expression's order, as one in that order. */
function merged(a: Alternative[], b: Alternative[]): Alternative[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return [...a, ...b].sort(byOrder);
}

/**
 * What `c` can try at a word `key`: its exact alternatives narrowed by the second word, each
 * with the alternatives of every prefix the word starts with merged in. Built when the word is
 * first met and remembered (a bounded number of words), so a word costs one lookup.
 */
function firstWordOf(c: CompiledList, key: string): FirstWord {
  let entry = c.firstWords.get(key);
  if (entry) return entry;
  entry = firstWord(c.exact.get(key) ?? NO_ALTERNATIVES);
  let prefixed = NO_ALTERNATIVES;
  const prefixes = c.prefixByFirst.get(key.charAt(0));
  if (prefixes) {
    for (let k = 0; k < prefixes.length; k++) {
      const entry = prefixes[k] as [string, Alternative[]];
      if (key.startsWith(entry[0])) prefixed = merged(prefixed, entry[1]);
    }
  }
  if (prefixed.length > 0) {
    entry.any = merged(entry.any, prefixed);
    entry.bySecond?.forEach((alts, second, map) => map.set(second, merged(alts, prefixed)));
  }
  if (c.firstWords.size >= MAX_WORDS) c.firstWords.clear();
  c.firstWords.set(key, entry);
  return entry;
}

/**
 * The alternatives worth trying at token `i`: its first word, and the word after it.
 *
 * The matcher's loops index arrays instead of using `for...of` or destructuring: the reader
 * runs once per page, mostly before the engine optimises it, and there the iterator protocol
 * costs two to five times an indexed loop.
 */
function alternativesAt(c: CompiledList, tokens: Tokens, i: number): Alternative[] {
  return alternativesBefore(firstWordOf(c, tokens.keys[i] ?? ''), tokens.keys[i + 1] ?? '');
}

/** What a first word's entry can try when `next` (folded) is the word after it. */
function alternativesBefore(entry: FirstWord, next: string): Alternative[] {
  return (entry.bySecond && entry.bySecond.get(next)) || entry.any;
}

/** The first words a list (or a group of lists) can start with: exact words and prefixes. */
interface FirstWords {
  exact: ReadonlyMap<string, unknown>;
  /** The prefixes by their first letter. */
  prefixByFirst: ReadonlyMap<string, ReadonlyArray<readonly [string, unknown]>>;
}

function hasPrefixOf(c: FirstWords, key: string): boolean {
  const list = c.prefixByFirst.get(key.charAt(0));
  if (list) {
    for (let k = 0; k < list.length; k++)
      if (key.startsWith((list[k] as readonly [string, unknown])[0])) return true;
  }
  return false;
}

/**
 * Token indices in `[first, stop)` where some alternative's first word stands, ascending: each
 * word is looked up once. The whole text's are kept per text (the cheap exit of the topic
 * decision asks once, a loose list's walk once); a range of a text (a claim's sentence) visits
 * only its own words, or reads the kept ones. No index of the text's words is built: one look-up
 * per word costs less than building it, and the lists read over a whole text are matched in one
 * walk (`countListsOnce`).
 */
function tokenCandidates(t: PhraseText, c: FirstWords, first: number, stop: number): number[] {
  const memo = t.memo.get(c) as number[] | undefined;
  if (memo) return memo;
  const keys = t.tokens().keys;
  const out: number[] = [];
  for (let i = first; i < stop; i++) {
    const key = keys[i] as string;
    if (c.exact.has(key) || hasPrefixOf(c, key)) out.push(i);
  }
  if (first === 0 && stop === keys.length) t.memo.set(c, out);
  return out;
}

/** Candidate offsets with the alternatives worth trying there, for lists with loose ones. */
function looseCandidates(t: PhraseText, c: CompiledList): Map<number, Alternative[]> {
  const at = new Map<number, Alternative[]>();
  const add = (pos: number, alts: Alternative[]): void => {
    const cur = at.get(pos);
    at.set(pos, cur ? [...cur, ...alts].sort(byOrder) : alts);
  };
  if (c.exact.size || c.prefix.size) {
    const tokens = t.tokens();
    const candidates = tokenCandidates(t, c, 0, tokens.keys.length);
    for (const i of candidates) add(tokens.starts[i] ?? 0, alternativesAt(c, tokens, i));
  }
  for (const [lit, alts] of c.loose) {
    for (let pos = t.folded.indexOf(lit); pos >= 0; pos = t.folded.indexOf(lit, pos + 1)) {
      add(pos, alts);
    }
  }
  return at;
}

function scanRegex(re: RegExp, text: string, from: number, limit: number): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** First index in ascending `list` whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where token `i` ends (0 before the first token). */
function endOf(tokens: Tokens, i: number): number {
  return i < 0 ? 0 : (tokens.starts[i] as number) + (tokens.keys[i] as string).length;
}

/**
 * The words of `[lo, hi)` of a text of `length`: [first, stop) token indices, or null when the
 * range cuts a word in two (its words are then not the text's words).
 */
function wordsIn(tokens: Tokens, lo: number, hi: number, length: number): [number, number] | null {
  if (lo === 0 && hi === length) return [0, tokens.starts.length];
  const first = lowerBound(tokens.starts, lo);
  const stop = lowerBound(tokens.starts, hi);
  if (endOf(tokens, first - 1) > lo || endOf(tokens, stop - 1) > hi) return null;
  return [first, stop];
}

/**
 * Where the first of `alts` (in the expression's order) that matches at `pos` ends, or -1: one
 * attempt of the expression at one place.
 */
function firstMatch(scope: Scope, alts: readonly Alternative[], pos: number): number {
  for (let a = 0; a < alts.length; a++) {
    const end = matchAt(scope, alts[a] as Alternative, pos);
    if (end >= 0) return end;
  }
  return -1;
}

function scanTokens(
  c: CompiledList,
  t: PhraseText,
  lo: number,
  hi: number,
  limit: number,
): PhraseMatch[] | null {
  const tokens = t.tokens();
  const words = wordsIn(tokens, lo, hi, t.text.length);
  if (words === null) return null;
  // Indexed, not destructured: unoptimised code runs the iterator protocol for a pattern.
  const first = words[0];
  const stop = words[1];
  const scope: Scope = { t, lo, hi };
  const out: PhraseMatch[] = [];
  const candidates = tokenCandidates(t, c, first, stop);
  // Each attempt runs the alternatives in the expression's order and the first match wins; a
  // match hides the candidates it covers, as the expression's next search starts after it.
  let last = lo;
  for (let k = lowerBound(candidates, first); k < candidates.length; k++) {
    const i = candidates[k] ?? 0;
    if (i >= stop) break;
    const pos = tokens.starts[i] ?? 0;
    if (pos < last) continue;
    const end = firstMatch(scope, alternativesAt(c, tokens, i), pos);
    if (end < 0) continue;
    out.push({ start: pos, end, text: t.text.slice(pos, end) });
    last = end;
    if (out.length >= limit) break;
  }
  return out;
}

function scanLoose(c: CompiledList, t: PhraseText, from: number, limit: number): PhraseMatch[] {
  const scope: Scope = { t, lo: 0, hi: t.text.length };
  const out: PhraseMatch[] = [];
  const at = looseCandidates(t, c);
  let last = 0;
  const positions = Int32Array.from(at.keys()).sort();
  for (let p = 0; p < positions.length; p++) {
    const pos = positions[p] as number;
    if (pos < last) continue;
    const end = firstMatch(scope, at.get(pos) ?? [], pos);
    if (end < 0) continue;
    out.push({ start: from + pos, end: from + end, text: t.text.slice(pos, end) });
    last = end;
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Where a text's matches of a list, as `countListsOnce` found them over the whole text, are kept
 * in the text's own memo (`PhraseText.memo`, let go with the text): the topic decision matches
 * the focus's anchors in the same walk as its own terms, and the focus then asks for them again.
 * A key of its own per list, as the memo also keeps each list's candidate words by the list.
 */
const foundKeys = new WeakMap<CompiledList, object>();

function foundKey(c: CompiledList): object {
  let key = foundKeys.get(c);
  if (!key) foundKeys.set(c, (key = {}));
  return key;
}

/**
 * `countPhraseLists(lists, text, boundaries)`, where the matches of the lists at `keep` (indices,
 * ascending) are also kept for the rest of the reading: a later `findPhrases` or `hasPhrase` of
 * one of them over the whole of `text` reads the matches found here instead of matching again.
 * The topic decision counts its terms and matches the focus's anchors in this one walk; only the
 * lists asked for again are kept, since keeping each of a hundred terms cost more than the walk.
 */
export function countListsOnce(
  lists: ReadonlyArray<readonly string[]>,
  text: string,
  boundaries: boolean,
  keep: readonly number[],
): number[] {
  const n = lists.length;
  const counts: number[] = new Array<number>(n).fill(0);
  // Per list: 1 + its index in `keep`, 0 when its matches are not kept.
  const slot: number[] = new Array<number>(n).fill(0);
  const kept: PhraseMatch[][] = [];
  for (let k = 0; k < keep.length; k++) {
    slot[keep[k] as number] = k + 1;
    kept.push([]);
  }
  walkLists(lists, text, boundaries, 0, text.length, (l, start, end) => {
    counts[l] = (counts[l] as number) + 1;
    const k = slot[l] as number;
    if (k > 0) (kept[k - 1] as PhraseMatch[]).push({ start, end, text: text.slice(start, end) });
  });
  const t = preparedText(text);
  if (!t) return counts;
  for (let k = 0; k < keep.length; k++) {
    const c = compileList(lists[keep[k] as number] as readonly string[], boundaries);
    t.memo.set(foundKey(c), kept[k] as PhraseMatch[]);
  }
  return counts;
}

/** The matches `c` was found to have in the whole of `text`, if it was (not to be changed). */
function foundBefore(text: string, c: CompiledList): PhraseMatch[] | undefined {
  const t = preparedText(text);
  return t && (t.memo.get(foundKey(c)) as PhraseMatch[] | undefined);
}

/**
 * Every non-overlapping match of `list` in `text[from, to)`, in order (at most `limit`). A range
 * is matched as if it were the whole text: nothing outside it bounds a word.
 */
export function findPhrases(
  list: readonly string[],
  text: string,
  boundaries: boolean,
  from = 0,
  to = text.length,
  limit = Infinity,
): PhraseMatch[] {
  const c = compileList(list, boundaries);
  const whole = from === 0 && to === text.length;
  if (whole) {
    // A copy: callers may change the array they get (pop it); the matches are not changed.
    const known = foundBefore(text, c);
    if (known) return known.slice(0, Math.min(limit, known.length));
  }
  if (c.regex) return scanRegex(c.regex, whole ? text : text.slice(from, to), from, limit);
  if (c.empty || limit <= 0 || from >= to) return [];
  if (c.loose.size === 0) {
    // A range of a text already prepared (a claim sentence of the article) reuses its index.
    const found = scanTokens(c, phraseText(text), from, to, limit);
    if (found) return found;
  }
  const part = whole ? text : text.slice(from, to);
  const t = phraseText(part, whole);
  if (c.loose.size === 0) return shift(scanTokens(c, t, 0, part.length, limit) ?? [], from);
  return scanLoose(c, t, from, limit);
}

function shift(matches: PhraseMatch[], by: number): PhraseMatch[] {
  if (by === 0) return matches;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as PhraseMatch;
    m.start += by;
    m.end += by;
  }
  return matches;
}

/** Lists matched together: the word walk's lookup of which lists can start at a word. */
interface ListGroup extends FirstWords {
  compiled: CompiledList[];
  /** Lists the walk does not take (a regular expression, loose alternatives, or empty). */
  apart: number[];
  /** By folded first word: the lists with an alternative that must start with exactly it. */
  exact: Map<string, number[]>;
  /** By first letter: [prefix, lists] for alternatives whose first word may go on. */
  prefixByFirst: Map<string, Array<[prefix: string, lists: number[]]>>;
  /**
   * By folded word: every list that can start at it, exactly or by a prefix (ascending), with
   * what it can try there. Filled as words are met, so a word costs one lookup however many
   * lists and prefixes there are.
   */
  byWord: Map<string, readonly Owner[]>;
}

/** Words remembered per group before the memo starts over (a long-lived reader meets many). */
const MAX_WORDS = 20_000;

/** A list of a group that can start at a word, and that word's entry in the list. */
interface Owner {
  list: number;
  first: FirstWord;
}

const NO_OWNERS: readonly Owner[] = [];

/** The lists of `g` that can start at the folded word `key`, in list order. */
function ownersAt(g: ListGroup, key: string): readonly Owner[] {
  let owners = g.byWord.get(key);
  if (owners !== undefined) return owners;
  const found = new Set<number>(g.exact.get(key));
  const prefixes = g.prefixByFirst.get(key.charAt(0));
  if (prefixes) {
    for (const [prefix, lists] of prefixes) {
      if (key.startsWith(prefix)) for (const l of lists) found.add(l);
    }
  }
  owners =
    found.size === 0
      ? NO_OWNERS
      : [...found]
          .sort((a, b) => a - b)
          .map((l) => ({ list: l, first: firstWordOf(g.compiled[l] as CompiledList, key) }));
  if (g.byWord.size >= MAX_WORDS) g.byWord.clear();
  g.byWord.set(key, owners);
  return owners;
}

const compileGroup = perList(
  (lists: ReadonlyArray<readonly string[]>, boundaries: boolean): ListGroup => {
    const group: ListGroup = {
      compiled: [],
      apart: [],
      exact: new Map(),
      prefixByFirst: new Map(),
      byWord: new Map(),
    };
    const prefixes = new Map<string, number[]>();
    lists.forEach((list, l) => {
      const c = compileList(list, boundaries);
      group.compiled.push(c);
      if (c.regex || c.empty || c.loose.size > 0) {
        group.apart.push(l);
        return;
      }
      for (const key of c.exact.keys()) push(group.exact, key, l);
      for (const prefix of c.prefix.keys()) push(prefixes, prefix, l);
    });
    for (const [prefix, owners] of prefixes) {
      push(group.prefixByFirst, prefix.charAt(0), [prefix, owners]);
    }
    return group;
  },
);

/**
 * `findPhrases(lists[i], text, boundaries, from, to)` for every list at once: one walk over the
 * words of the range, where each word is looked up once for all lists instead of each list
 * being scanned on its own. Each list's matches are exactly what `findPhrases` gives.
 */
export function findPhraseLists(
  lists: ReadonlyArray<readonly string[]>,
  text: string,
  boundaries: boolean,
  from = 0,
  to = text.length,
): PhraseMatch[][] {
  const out: PhraseMatch[][] = [];
  for (let l = 0; l < lists.length; l++) out.push([]);
  const walked = walkLists(lists, text, boundaries, from, to, (l, start, end) => {
    (out[l] as PhraseMatch[]).push({ start, end, text: text.slice(start, end) });
  });
  if (walked) return out;
  // The range cuts a word: its words are not the text's, so each list reads it on its own.
  return lists.map((list) => findPhrases(list, text, boundaries, from, to));
}

/**
 * How many matches `findPhraseLists` gives each list over the whole text, without building
 * them: the topic decision only counts its terms.
 */
export function countPhraseLists(
  lists: ReadonlyArray<readonly string[]>,
  text: string,
  boundaries: boolean,
): number[] {
  const counts: number[] = new Array<number>(lists.length).fill(0);
  walkLists(lists, text, boundaries, 0, text.length, (l) => {
    counts[l] = (counts[l] as number) + 1;
  });
  return counts;
}

/**
 * The walk behind `findPhraseLists`: reports each list's matches in `[from, to)` to `onMatch`,
 * in order per list. False, with nothing reported, when the range cuts a word in two (never
 * for the whole text).
 */
function walkLists(
  lists: ReadonlyArray<readonly string[]>,
  text: string,
  boundaries: boolean,
  from: number,
  to: number,
  onMatch: (list: number, start: number, end: number) => void,
): boolean {
  const g = compileGroup(lists, boundaries);
  const n = lists.length;
  if (from >= to) return true;
  // Lists the walk takes need the range's words, checked before anything is reported.
  const t = g.apart.length < n ? phraseText(text) : null;
  const words = t ? wordsIn(t.tokens(), from, to, text.length) : null;
  if (t && words === null) return false;
  for (let k = 0; k < g.apart.length; k++) {
    const l = g.apart[k] as number;
    const found = findPhrases(lists[l] as readonly string[], text, boundaries, from, to);
    for (let m = 0; m < found.length; m++) {
      const match = found[m] as PhraseMatch;
      onMatch(l, match.start, match.end);
    }
  }
  if (!t || !words) return true;
  const tokens = t.tokens();
  const first = words[0];
  const stop = words[1];
  const scope: Scope = { t, lo: from, hi: to };
  // Per list: where its last match ended (a match hides what it covers). Zero stands for
  // `from`, as no word of the range starts before it; filled natively, not pushed one by one,
  // since the topic's walk reads a hundred lists and unoptimised code pays for each push.
  const last: number[] = new Array<number>(n).fill(0);
  const { keys, starts } = tokens;
  const byWord = g.byWord;
  // The loop inlines the look-ups of `ownersAt`, `alternativesBefore` and `firstMatch`: it runs
  // once per word of the article, mostly before the engine optimises it, where a call costs
  // more than the work it does.
  for (let i = first; i < stop; i++) {
    const key = keys[i] as string;
    const owners = byWord.get(key) ?? ownersAt(g, key);
    if (owners.length === 0) continue;
    const pos = starts[i] as number;
    const next = keys[i + 1] ?? '';
    for (let o = 0; o < owners.length; o++) {
      const owner = owners[o] as Owner;
      const l = owner.list;
      if (pos < (last[l] as number)) continue;
      const entry = owner.first;
      const alts = (entry.bySecond && entry.bySecond.get(next)) || entry.any;
      for (let a = 0; a < alts.length; a++) {
        const end = matchAt(scope, alts[a] as Alternative, pos);
        if (end < 0) continue;
        onMatch(l, pos, end);
        last[l] = end;
        break;
      }
    }
  }
  return true;
}

/** Whether any phrase of `list` occurs in `text[from, to)` (a range as in `findPhrases`). */
export function hasPhrase(
  list: readonly string[],
  text: string,
  boundaries: boolean,
  from = 0,
  to = text.length,
): boolean {
  const c = compileList(list, boundaries);
  if (c.regex) {
    c.regex.lastIndex = 0;
    return c.regex.test(from === 0 && to === text.length ? text : text.slice(from, to));
  }
  return findPhrases(list, text, boundaries, from, to, 1).length > 0;
}
