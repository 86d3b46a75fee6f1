/**
 * The article signal of a page whose markup says nothing (no JSON-LD, no `og:type`, no
 * `<article>`) and whose paragraphs are too short for Readability's `isProbablyReaderable`
 * (it counts only paragraphs over 140 characters, and needs about 540 characters of them): a
 * news brief of two or three sentences, or a story told in one-sentence paragraphs.
 *
 * Such a page is an article when its prose is one block under a headline: the block holds most
 * of the page's paragraph text and at least two sentences, it is not a run of headed teasers,
 * and a main heading (`<h1>`) stands right above it. A bare navigation page has no prose; a list
 * of teasers has a heading per paragraph; a cookie or consent notice has no headline of its own
 * (and is page furniture by its name or role, see `skip.ts`).
 */

/** A paragraph of the page as the article finder weighs it (links discounted). */
export interface WeightedParagraph {
  el: Element;
  weight: number;
}

/** Share of the page's paragraph weight the block must hold: it is the page's main content. */
export const MAIN_SHARE = 0.6;

/** Sentences the block must hold: a brief of one sentence is a teaser or a caption. */
export const MIN_SENTENCES = 2;

/** Sub-headings inside the block from which it is a list of teasers, not one story. */
export const LISTING_HEADINGS = 3;

/**
 * Levels of ancestors of the block within which its headline must sit: the block itself, its
 * parent (headline and body side by side) or grandparent (headline in a header beside a body
 * wrapper).
 */
const HEADLINE_REACH = 2;

/**
 * A sentence end: terminal punctuation, maybe closed by quotes or brackets, then a space or the
 * end. Korean, French and German sentences end the same way; CJK full stops need no space.
 */
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\s|$)|[。！？]/gu;

/** How many sentences one paragraph's `text` holds. */
export function countSentences(text: string): number {
  const ends = text.match(SENTENCE_END)?.length ?? 0;
  // A last sentence without its full stop (a paragraph cut short) still counts.
  const tail = text.split(SENTENCE_END).pop() ?? '';
  return ends + (/\p{L}/u.test(tail) ? 1 : 0);
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, without reaching for the `Node` global. */
const FOLLOWING = 4;

/** Whether `block` holds `LISTING_HEADINGS` or more sub-headings (h2 to h6). */
function isListing(block: Element): boolean {
  return block.querySelectorAll('h2, h3, h4, h5, h6').length >= LISTING_HEADINGS;
}

/**
 * Whether a main heading with text, outside page furniture, heads `block`: it sits within
 * `HEADLINE_REACH` levels of the block's ancestors and comes before the block's first paragraph.
 */
function isHeaded(
  doc: Document,
  block: Element,
  first: Element,
  inFurniture: (el: Element) => boolean,
): boolean {
  let reach: Element = block;
  for (let i = 0; i < HEADLINE_REACH && reach.parentElement; i++) reach = reach.parentElement;
  for (const h1 of doc.getElementsByTagName('h1')) {
    if ((h1.textContent ?? '').trim() === '' || inFurniture(h1)) continue;
    if (!reach.contains(h1)) continue;
    // A bit mask: the paragraph follows the heading.
    if ((h1.compareDocumentPosition(first) & FOLLOWING) !== 0) return true;
  }
  return false;
}

/**
 * Whether `block` (the container most paragraphs vote for) makes the page an article though
 * its markup gives no sign of one. `paras`: the page's paragraphs outside furniture; `min`: the
 * finder's minimum of paragraph text.
 */
export function isHeadedProse(
  doc: Document,
  block: Element,
  paras: readonly WeightedParagraph[],
  inFurniture: (el: Element) => boolean,
  min: number,
): boolean {
  let total = 0;
  let inside = 0;
  let first: Element | undefined;
  let sentences = 0;
  for (const p of paras) {
    total += p.weight;
    if (!block.contains(p.el)) continue;
    inside += p.weight;
    first ??= p.el;
    if (sentences < MIN_SENTENCES) sentences += countSentences(p.el.textContent ?? '');
  }
  if (first === undefined || inside < min || inside < total * MAIN_SHARE) return false;
  if (sentences < MIN_SENTENCES || isListing(block)) return false;
  return isHeaded(doc, block, first, inFurniture);
}
