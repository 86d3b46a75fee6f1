/**
 * Infinite scroll and "next story" feeds: which of the nodes a page added later are new article
 * roots, outside every root Caveat already read. Read-only; the page is never changed.
 *
 * A new root is the added node's `<article>` (or the articles inside what was added), else the
 * highest ancestor of the added node that holds no known root; it must hold enough paragraph
 * text and not be page furniture. Text added inside a known root is that root growing (a "read
 * more" that loads the rest of the story): the caller reads the page again.
 */
import { isNonArticle, linkDensity } from '@/lib/article/skip';

/** Paragraphs shorter than this (datelines, "Advertisement") do not count. */
const MIN_PARAGRAPH = 25;

export interface LaterRoots {
  /** Characters of text added inside already known roots. */
  grownText: number;
  /** New roots, in the order of the added nodes, none overlapping another or a known root. */
  roots: Element[];
}

export interface LaterRootsOptions {
  /** Paragraph text (characters, links discounted) a new root needs. */
  minParagraphChars: number;
  /** Roots found but not read yet: what is added inside them is neither new nor growth. */
  pending?: readonly Element[];
}

const overlaps = (a: Element, b: Element): boolean => a.contains(b) || b.contains(a);

/** Whether `el` or an ancestor is page furniture (navigation, comments, related links ...). */
function inFurniture(el: Element): boolean {
  const stop = el.ownerDocument.body;
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (isNonArticle(e)) return true;
  }
  return false;
}

/** Paragraph text of `root`, links discounted, furniture inside it left out. */
export function paragraphWeight(root: Element): number {
  const paras = root.localName === 'p' ? [root] : Array.from(root.querySelectorAll('p'));
  let sum = 0;
  for (const p of paras) {
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH) continue;
    let furniture = false;
    for (let e: Element | null = p; e && e !== root; e = e.parentElement) {
      if (isNonArticle(e)) {
        furniture = true;
        break;
      }
    }
    if (!furniture) sum += length * (1 - linkDensity(p));
  }
  return sum;
}

/** The candidate roots for one added element (before the text and furniture checks). */
function candidatesFor(el: Element, known: readonly Element[]): Element[] {
  const body = el.ownerDocument.body;
  const article = el.closest('article');
  if (article && !known.some((k) => overlaps(article, k))) return [article];
  let top: Element | null = null;
  for (let e: Element | null = el; e && e !== body; e = e.parentElement) {
    if (e.parentElement === null) break; // <html>
    if (known.some((k) => e.contains(k))) break;
    top = e;
  }
  if (!top) return [];
  const articles = Array.from(top.querySelectorAll('article')).filter(
    (a) => !known.some((k) => overlaps(a, k)),
  );
  return articles.length > 0 ? articles : [top];
}

/** Sorts the added nodes into growth of known roots and new article roots. */
export function laterRoots(
  added: readonly Node[],
  known: readonly Element[],
  options: LaterRootsOptions,
): LaterRoots {
  let grownText = 0;
  const roots: Element[] = [];
  const pending = options.pending ?? [];
  const all = [...known, ...pending];
  const rejected = new Set<Element>();
  for (const node of added) {
    if (!node.isConnected) continue;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) continue;
    if (pending.some((k) => k.contains(el))) continue;
    if (known.some((k) => k.contains(el))) {
      grownText += (node.textContent ?? '').length;
      continue;
    }
    for (const candidate of candidatesFor(el, all)) {
      if (rejected.has(candidate) || roots.some((r) => overlaps(r, candidate))) continue;
      const ok = !inFurniture(candidate) && paragraphWeight(candidate) >= options.minParagraphChars;
      if (ok) roots.push(candidate);
      else rejected.add(candidate);
    }
  }
  return { grownText, roots };
}
