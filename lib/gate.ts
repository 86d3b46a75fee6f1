/**
 * The cheapest test, run on every page before anything else: could this page be about a pack's
 * subject at all? One precompiled case-insensitive RegExp over the title and the body text (a
 * single native pass, no tree walk). It errs on the side of "yes": the topic decision later is
 * the real test, the gate only spares the other 99% of the web any further work.
 */
import type { Detection, Pack } from './pack/types';

/** Compiled patterns by terms list; packs are fixed per session, so this stays tiny. */
const cache = new Map<string, RegExp | null>();
const MAX_CACHED = 8;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern matching any term. Spaces and hyphens inside a term match any run of whitespace
 * or hyphens ("Kim Jong Un" finds "Kim Jong-un", and "North\nKorea" in wrapped text). No word
 * boundaries: they would miss Korean with particles attached ("북한은"), and a stray substring
 * hit only costs the later, precise topic test.
 */
function compile(terms: readonly string[]): RegExp | null {
  const key = terms.join('\u0000');
  const known = cache.get(key);
  if (known !== undefined) return known;
  const parts = terms
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length)
    .map((t) =>
      t
        .split(/[\s\-\u2010\u2011]+/)
        .map(escape)
        .join('[\\s\\-\\u2010\\u2011]+'),
    );
  const re = parts.length === 0 ? null : new RegExp(parts.join('|'), 'i');
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, re);
  return re;
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
function readableText(root: Node): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT,
  );
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent?.localName !== undefined && CODE_PARENTS.has(parent.localName)) continue;
    parts.push((node as Text).data);
  }
  return parts.join('');
}

/** Whether one of `subjectTerms` occurs in the document's title or readable body text. */
export function quickGate(doc: Document, subjectTerms: readonly string[]): boolean {
  const re = compile(subjectTerms);
  if (re === null) return false;
  if (re.test(doc.title)) return true;
  const root = doc.body ?? doc.documentElement;
  return root ? re.test(readableText(root)) : false;
}

/** Every subject term of `packs`, across languages, without duplicates. */
export function subjectTermsOf(packs: readonly Pack[]): string[] {
  return [...new Set(packs.flatMap((pack) => termsOfSubject(pack.detection.subject)))];
}

/** The terms of one pack's `detection.subject`, across languages, without duplicates. */
export function termsOfSubject(subject: Detection['subject']): string[] {
  return [...new Set(Object.values(subject).flatMap((list) => list.map(({ term }) => term)))];
}
