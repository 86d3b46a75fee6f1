/**
 * The cheapest test, run on every page before anything else: could this page be about a pack's
 * subject at all? One precompiled case-insensitive RegExp over where an article names its
 * subject: the title, the main heading and the lede (the first few thousand characters of
 * paragraph text), which is about the work of Readability's `isProbablyReaderable`. Pages
 * without paragraphs fall back to their readable text. It errs on the side of "yes": the topic
 * decision later is the real test, the gate only spares the other 99% of the web any further
 * work. Content added later is tested in full (`fullGate`), since it does not come first.
 */
import type { Detection, Pack } from './pack/schema';
import { GATE_LEDE_CHARS, MAX_FALLBACK_CHARS, MIN_LEDE_CHARS } from './gate-limits';

export { GATE_LEDE_CHARS };

/**
 * What the gate tests text with: `stems`, one word of every term in upper case, all of them
 * cheap substring searches on the text in upper case, and the pattern itself only when one of
 * them occurs. Every text the pattern matches holds a stem, so the searches never turn a page
 * away that the pattern would let through; they only spare almost every page the pattern. In a
 * fresh page (the content script's case) the pattern's first run, compiling included, took about
 * 0.7 ms on corpus ledes, the searches 0.1 ms (Chromium, 0.1 ms timer).
 */
export interface GatePattern {
  /** A case-insensitive pattern's source (see `gatePattern`). */
  source: string;
  stems: string[];
}

interface Compiled extends GatePattern {
  /**
   * The pattern, built when a stem first occurs: parsing a pattern of a thousand characters is
   * itself work that most pages would do for nothing.
   */
  re?: RegExp;
}

/** Compiled patterns by terms list; packs are fixed per session, so this stays tiny. */
const cache = new Map<string, Compiled | null>();
const MAX_CACHED = 8;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Acronyms and other short Latin terms, matched as whole words only. */
const SHORT_LATIN = /^[A-Za-z0-9.]{1,5}$/;

/**
 * One case-insensitive pattern matching any term, and its stems. Spaces and hyphens inside a
 * term match any run of whitespace or hyphens ("Kim Jong Un" finds "Kim Jong-un", and
 * "North\nKorea" in wrapped text). Short Latin terms (acronyms) must stand as whole words ("KPA"
 * must not match "backpack"); longer ones may start a compound ("Nordkoreakrise"), and Korean
 * terms take particles ("북한은").
 *
 * The exact test is one alternation rather than a substring search per term on a folded copy of
 * the text: measured on corpus ledes (Node, same V8), the pattern scans a 4,300-character lede in
 * about 17 µs warm against 58 µs or more for folding plus searches. The stems in front of it are
 * a few words, not every term, and only decide whether it runs.
 */
export function gatePattern(terms: readonly string[]): GatePattern | null {
  const kept = terms
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
  if (kept.length === 0) return null;
  const words = kept.map((t) => t.split(SEPARATORS));
  const source = kept
    .map((t, i) => {
      const body = words[i]!.map(escape).join('[\\s\\-\\u2010\\u2011]+');
      return SHORT_LATIN.test(t) ? `\\b${body}\\b` : body;
    })
    .join('|');
  return { source, stems: stemsOf(words.map((list) => list.map((w) => w.toUpperCase()))) };
}

/** Where a term's words part (see `gatePattern`). */
const SEPARATORS = /[\s\-\u2010\u2011]+/;

/**
 * One word of every term (`words`: each term's words, in upper case), a match of a term holding
 * all of its words: the word that the most terms hold (in one of their own words: "KOREA" in
 * "North Koreans"), the longer on a tie, and no stem that holds another.
 */
function stemsOf(words: readonly string[][]): string[] {
  const heldBy = (stem: string) => words.filter((list) => list.some((w) => w.includes(stem)));
  const reach = new Map<string, number>();
  for (const word of new Set(words.flat())) reach.set(word, heldBy(word).length);
  const stems = new Set(
    words.map((list) =>
      list.reduce((a, b) => {
        const d = (reach.get(b) ?? 0) - (reach.get(a) ?? 0);
        return d > 0 || (d === 0 && b.length > a.length) ? b : a;
      }),
    ),
  );
  const all = [...stems];
  return all.filter((stem) => !all.some((other) => other !== stem && stem.includes(other)));
}

const cacheKey = (terms: readonly string[]): string => terms.join('\u0000');

const compiled = (pattern: GatePattern | null): Compiled | null =>
  pattern === null ? null : { ...pattern };

function remember(key: string, re: Compiled | null): Compiled | null {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, re);
  return re;
}

function compile(terms: readonly string[]): Compiled | null {
  const key = cacheKey(terms);
  const known = cache.get(key);
  if (known !== undefined) return known;
  return remember(key, compiled(gatePattern(terms)));
}

/**
 * Gives the gate the pattern of `terms` built ahead, at build time (`gatePattern`): the content
 * script's bundled terms. Building it in a fresh page is cold code on every page load.
 */
export function seedGatePattern(terms: readonly string[], pattern: GatePattern | null): void {
  remember(cacheKey(terms), compiled(pattern));
}

/** Whether `text` holds one of the terms (see `GatePattern`). */
function finds(pattern: Compiled, text: string): boolean {
  const upper = text.toUpperCase();
  if (!pattern.stems.some((stem) => upper.includes(stem))) return false;
  pattern.re ??= new RegExp(pattern.source, 'i');
  return pattern.re.test(text);
}

/**
 * Elements whose text is code or data, never read: news pages often carry hundreds of KB of
 * inline script and JSON, which `textContent` would copy and the pattern would scan (measured:
 * up to 50 ms on corpus pages whose readable text takes 0.1 ms to walk), and whose identifiers
 * made the gate pass on pages that never name the subject.
 */
const CODE_PARENTS = new Set(['script', 'style', 'noscript']);

/**
 * The page's text without script, style and noscript contents, node after node as
 * `textContent` would join it. A bare text walker (no filter callback) is the cheapest full
 * pass; code elements hold their text in direct child text nodes, so a parent check suffices.
 */
function readableText(root: Node, maxChars: number): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT,
  );
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent?.localName !== undefined && CODE_PARENTS.has(parent.localName)) continue;
    // A line break between nodes: "Home" and "North Korea" in two list items are two words.
    parts.push((node as Text).data);
    length += (node as Text).data.length;
  }
  return parts.join('\n');
}

/** Whether one of `subjectTerms` occurs in the title, the main heading or the lede. */
export function quickGate(doc: Document, subjectTerms: readonly string[]): boolean {
  const re = compile(subjectTerms);
  if (re === null) return false;
  if (finds(re, doc.title)) return true;
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const h1 = root.querySelector('h1');
  if (h1 !== null && finds(re, h1.textContent ?? '')) return true;
  const paragraphs = root.getElementsByTagName('p');
  let lede = '';
  for (let i = 0; i < paragraphs.length && lede.length < GATE_LEDE_CHARS; i++) {
    lede += `${paragraphs[i]!.textContent ?? ''}\n`;
  }
  if (lede.length >= MIN_LEDE_CHARS) return finds(re, lede);
  return finds(re, readableText(root, MAX_FALLBACK_CHARS));
}

/**
 * Whether one of `subjectTerms` occurs anywhere in the title or readable text: for content
 * that arrived after load (infinite scroll, single-page sites), which is not in the lede.
 */
export function fullGate(doc: Document, subjectTerms: readonly string[]): boolean {
  const re = compile(subjectTerms);
  if (re === null) return false;
  const root = doc.body ?? doc.documentElement;
  return finds(re, doc.title) || (root !== null && finds(re, readableText(root, Infinity)));
}

/** Subject terms weaker than this ("the North") are left to the topic decision. */
export const GATE_MIN_WEIGHT = 2;

/** Every gate term of `packs` (see `termsOfSubject`), without duplicates. */
export function subjectTermsOf(packs: readonly Pack[]): string[] {
  return [...new Set(packs.flatMap((pack) => termsOfSubject(pack.detection.subject)))];
}

/** The gate terms of one pack's `detection.subject`: strong terms, all languages, no duplicates. */
export function termsOfSubject(subject: Detection['subject']): string[] {
  return [
    ...new Set(
      Object.values(subject).flatMap((list) =>
        list.filter(({ weight }) => weight >= GATE_MIN_WEIGHT).map(({ term }) => term),
      ),
    ),
  ];
}

/** One pack's gate terms; `terms` is missing for an imported pack indexed before terms were kept. */
export interface PackTerms {
  id: string;
  terms?: readonly string[];
}

/**
 * The gate terms of the packs not in `disabledPacks`, without duplicates, or `'all'` when an
 * enabled pack's terms are unknown (then every page must be read).
 */
export function enabledGateTerms(
  packs: readonly PackTerms[],
  disabledPacks: readonly string[],
): string[] | 'all' {
  const terms = new Set<string>();
  for (const pack of packs) {
    if (disabledPacks.includes(pack.id)) continue;
    if (!pack.terms) return 'all';
    for (const term of pack.terms) terms.add(term);
  }
  return [...terms];
}
