/**
 * Finds the article on a page: the element holding the story's paragraphs, its reader text
 * (a TextMap that leaves out navigation, asides, comments and related links), the metadata and
 * the signals that made us think it is an article. Read-only: the page is never changed.
 *
 * Root choice, most explicit first: `[itemprop=articleBody]`, the `<article>` with the most
 * paragraph text, `<main>` / `[role=main]`, then the container whose paragraphs hold the most
 * unlinked text (for "div soup" pages without semantic markup).
 *
 * A page is an article when its markup says so (JSON-LD, `og:type`, `<article>`, articleBody)
 * or, failing that, when Readability's `isProbablyReaderable` does, when its prose sits in leaf
 * divs, or when its prose is one block of two or more sentences under a headline (a news brief;
 * `headed-prose.ts`).
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { buildTextMap, type TextMap } from '../text/text-map';
import type { ArticleMeta } from '../types';
import { isHeadedProse } from './headed-prose';
import { articleObjects, ldTypes, readJsonLd, type LdObject } from './json-ld';
import { readMeta } from './meta';
import { BLOCK_CHILD, inlineTextLength, isNonArticle, linkDensity } from './skip';

export interface ArticleCandidate {
  root: Element;
  /** The article's reader text and its way back to the DOM. */
  map: TextMap;
  meta: ArticleMeta;
  /** Why this is an article and how the root was chosen, e.g. `json-ld:NewsArticle`, `root:article`. */
  signals: string[];
  /** Whether the headline is already part of `map.text`; when not, a caller may prepend it. */
  headlineInText: boolean;
}

export interface FindArticleOptions {
  /** Paragraph text (characters, links discounted) below which a page has no article. */
  minParagraphChars?: number;
  /** Ask Readability's `isProbablyReaderable` when the markup gives no article signal. */
  readerable?: boolean;
  /** Paragraph text (characters) looked at and mapped; defaults to `MAX_ARTICLE_CHARS`. */
  maxChars?: number;
}

/**
 * Paragraph text looked at when choosing the root, and mapped into the reader text: a page
 * with megabytes of text costs what its opening costs (about 6,500 words: three long stories).
 */
export const MAX_ARTICLE_CHARS = 40_000;

/**
 * Below this, a page is a front page, a search page or a stub: nothing to read. Kept low (a
 * news brief of two sentences, about 200 characters, is an article, even with a linked word or
 * two, whose text counts less); the markup or the shape of the page (`headed-prose.ts`) must
 * still say "article", and the topic decision is the real guard.
 */
export const MIN_PARAGRAPH_CHARS = 180;

/** Paragraph text below which the plain-div fallback looks for paragraphs in leaf divs. */
const TEXT_DIV_TRIGGER = 400;

/**
 * Hangul, kana and CJK ideographs: one character carries about as much as two Latin letters,
 * so a Korean article must not lose to a shorter English boilerplate paragraph.
 */
const HAS_DENSE =
  /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const ALL_DENSE = new RegExp(HAS_DENSE.source, 'g');

/** Text length in Latin-letter equivalents (dense-script characters count twice). */
function proseLength(text: string): number {
  // Latin pages pay for one failed search, never for counting.
  if (!HAS_DENSE.test(text)) return text.length;
  return text.length + (text.match(ALL_DENSE)?.length ?? 0);
}

/** Paragraphs shorter than this (datelines, "Advertisement") do not vote for a container. */
const MIN_VOTING_PARAGRAPH = 25;

/** This many separate `<article>`s, none standing out, make a listing page (`standsOut`). */
const MIN_FEED_ARTICLES = 3;

interface Paragraph {
  el: Element;
  /** Text length times the share of it outside links. */
  weight: number;
  /** A div of `<br>`-separated text: it is its own container. */
  container: boolean;
  /** A leaf text div found by the fallback for pages without <p> or <br> paragraphs. */
  textDiv?: boolean;
}

/**
 * `isNonArticle`, remembered per element: choosing the root asks it of every paragraph's
 * ancestors, and the text map of every element under the root, often the same ones.
 */
function nonArticleTest(): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  return (el: Element): boolean => {
    let result = cache.get(el);
    if (result === undefined) {
      result = isNonArticle(el);
      cache.set(el, result);
    }
    return result;
  };
}

/** Memoised "is this element or an ancestor page furniture?" up to the body. */
function furnitureTest(
  doc: Document,
  nonArticle: (el: Element) => boolean,
): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  const stop = doc.body ?? doc.documentElement;
  const test = (el: Element | null): boolean => {
    if (el === null || el === stop) return false;
    const known = cache.get(el);
    if (known !== undefined) return known;
    const result = nonArticle(el) || test(el.parentElement);
    cache.set(el, result);
    return result;
  };
  return test;
}

/** The page's prose paragraphs with their weights, furniture left out. */
function paragraphs(
  doc: Document,
  inFurniture: (el: Element) => boolean,
  maxChars: number,
): Paragraph[] {
  const out: Paragraph[] = [];
  let seen = 0;
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Element;
    if (seen > maxChars) break;
    const raw = p.textContent ?? '';
    const text = raw.trim();
    seen += text.length;
    const length = proseLength(text);
    if (length < MIN_VOTING_PARAGRAPH || inFurniture(p)) continue;
    out.push({ el: p, weight: length * (1 - linkDensity(p, raw)), container: false });
  }
  // Pages without <p>: text in divs separated by <br>.
  const brDivs = new Set<Element>();
  const brs = doc.getElementsByTagName('br');
  for (let i = 0; i < brs.length; i++) {
    const parent = (brs[i] as Element).parentElement;
    if (parent?.localName === 'div') brDivs.add(parent);
  }
  for (const div of brDivs) {
    const length = inlineTextLength(div);
    if (length < MIN_VOTING_PARAGRAPH || inFurniture(div)) continue;
    out.push({ el: div, weight: length * (1 - linkDensity(div)), container: true });
  }
  // Pages whose paragraphs are plain sibling divs (no <p>, no <br>): a div holding only inline
  // content and a sentence's worth of text is a paragraph. Only looked for when the passes above
  // found too little, so ordinary pages never pay for walking every div.
  if (out.reduce((sum, p) => sum + p.weight, 0) < TEXT_DIV_TRIGGER) {
    for (const div of doc.querySelectorAll('div')) {
      if (brDivs.has(div) || hasBlockChild(div)) continue;
      const length = inlineTextLength(div);
      if (length < MIN_TEXT_DIV || inFurniture(div)) continue;
      out.push({
        el: div,
        weight: length * (1 - linkDensity(div)),
        container: false,
        textDiv: true,
      });
    }
  }
  return out;
}

/** A leaf text div must hold at least this much text to count as a paragraph. */
const MIN_TEXT_DIV = 80;

/** Text-div paragraphs that make a page without other article signals an article. */
const MIN_TEXT_DIVS = 3;

/** Whether any element child of `el` starts a block (so `el` is a container, not a paragraph). */
function hasBlockChild(el: Element): boolean {
  for (const child of el.children) if (BLOCK_CHILD.test(child.localName)) return true;
  return false;
}

/** Paragraph weight inside `el`. */
function measure(el: Element, paras: Paragraph[]): number {
  let sum = 0;
  for (const p of paras) if (el.contains(p.el)) sum += p.weight;
  return sum;
}

/** Paragraph weight outside all of `els`. */
function weightOutside(els: readonly Element[], paras: Paragraph[]): number {
  let sum = 0;
  for (const p of paras) if (!els.some((el) => el.contains(p.el))) sum += p.weight;
  return sum;
}

/** The element among `els` with the most paragraph weight, and that weight. */
function best(els: Iterable<Element>, paras: Paragraph[]): [Element | null, number] {
  let top: Element | null = null;
  let topScore = 0;
  for (const el of els) {
    const score = measure(el, paras);
    if (score > topScore) [top, topScore] = [el, score];
  }
  return [top, topScore];
}

/**
 * How much more paragraph text than the next `<article>` the story holds, among several, when
 * no headline marks it: a story beside teasers of similar length could be one of them.
 */
const STORY_OVER_TEASER = 2;

/**
 * Whether `el` (the `<article>` with the most paragraph weight, `score`) is the page's story
 * among the `<article>`s `els`, not one teaser of a feed: it holds the page's `<h1>`, or well
 * over the paragraph text of any other.
 */
function standsOut(
  el: Element,
  score: number,
  els: readonly Element[],
  paras: Paragraph[],
): boolean {
  if (el.getElementsByTagName('h1').length > 0) return true;
  let next = 0;
  for (const other of els) {
    if (other !== el && !other.contains(el) && !el.contains(other)) {
      next = Math.max(next, measure(other, paras));
    }
  }
  return score >= next * STORY_OVER_TEASER;
}

/** The container that most paragraphs vote for: parents get a paragraph's weight, grandparents half. */
function scoredRoot(paras: Paragraph[]): Element | null {
  const votes = new Map<Element, number>();
  for (const { el, weight, container } of paras) {
    if (container) votes.set(el, (votes.get(el) ?? 0) + weight);
    const parent = el.parentElement;
    if (parent === null) continue;
    votes.set(parent, (votes.get(parent) ?? 0) + weight);
    const grand = parent.parentElement;
    if (grand !== null) votes.set(grand, (votes.get(grand) ?? 0) + weight / 2);
  }
  let top: Element | null = null;
  let topVotes = 0;
  for (const [el, v] of votes) {
    if (v > topVotes) [top, topVotes] = [el, v];
  }
  return top;
}

/** Whether the block most paragraphs vote for is a headed brief (see `headed-prose.ts`). */
function headedProse(
  doc: Document,
  paras: Paragraph[],
  inFurniture: (el: Element) => boolean,
  min: number,
): boolean {
  const block = scoredRoot(paras);
  return block !== null && isHeadedProse(doc, block, paras, inFurniture, min);
}

/** The microdata mark of an article's body. */
const ARTICLE_BODY = '[itemprop="articleBody"]';

/**
 * Markup that says "this page is an article", cheapest first. `articleBody`: whether the page
 * marks an `itemprop=articleBody` (looked up once: the selector scans the whole page).
 */
function markupSignals(doc: Document, ld: LdObject[], articleBody: boolean): string[] {
  const signals: string[] = [];
  for (const obj of articleObjects(ld)) {
    for (const t of ldTypes(obj)) signals.push(`json-ld:${t}`);
  }
  // Tag collections rather than selector scans: on a page of 100,000 nodes each scan costs.
  const ogType = [...doc.getElementsByTagName('meta')]
    .find((m) => m.getAttribute('property') === 'og:type')
    ?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') signals.push('og:type=article');
  if (doc.getElementsByTagName('article').length > 0) signals.push('article-element');
  if (articleBody) signals.push('itemprop=articleBody');
  return [...new Set(signals)];
}

/** The article on `doc`, or null when the page has none (too little paragraph text). */
export function findArticle(
  doc: Document,
  options: FindArticleOptions = {},
): ArticleCandidate | null {
  const min = options.minParagraphChars ?? MIN_PARAGRAPH_CHARS;
  if (doc.body === null) return null;
  const nonArticle = nonArticleTest();
  const inFurniture = furnitureTest(doc, nonArticle);
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  const paras = paragraphs(doc, inFurniture, maxChars);
  // Cheap exit before anything else: the whole page lacks paragraph text.
  if (paras.reduce((sum, p) => sum + p.weight, 0) < min) return null;

  // Parsed once: both the signals and the metadata read it.
  const ld = readJsonLd(doc);
  const articleBody = doc.querySelector(ARTICLE_BODY) !== null;
  const signals = markupSignals(doc, ld, articleBody);
  if (signals.length === 0) {
    // Only reads (querySelectorAll + textContent); it never changes the page.
    if (options.readerable !== false && isProbablyReaderable(doc)) signals.push('readerable');
    // Readability only counts <p>, <pre> and <br> text; paragraphs in plain divs vote here.
    else if (paras.filter((p) => p.textDiv).length >= MIN_TEXT_DIVS) signals.push('text-divs');
    // Readability also skips every paragraph under 140 characters: a brief under a headline.
    else if (headedProse(doc, paras, inFurniture, min)) signals.push('headed-prose');
    else return null;
  }

  const usable = (els: Iterable<Element>): Element[] => [...els].filter((el) => !inFurniture(el));
  let root: Element | null = null;
  const tries: [string, () => Iterable<Element>][] = [
    ['root:itemprop', () => (articleBody ? doc.querySelectorAll(ARTICLE_BODY) : [])],
    ['root:article', () => doc.getElementsByTagName('article')],
    ['root:main', () => doc.querySelectorAll('main, [role="main"]')],
  ];
  for (const [signal, find] of tries) {
    const els = usable(find());
    const [el, score] = best(els, paras);
    // Among several <article>s, the story is the one that stands out: teasers are alike.
    const feed = signal === 'root:article' && els.length >= MIN_FEED_ARTICLES;
    if (el !== null && score >= min && (!feed || standsOut(el, score, els, paras))) {
      root = el;
      signals.push(signal);
      break;
    }
    // Several <article>s, none standing out, and little text outside them: a front page or a
    // feed of teasers. Teaser grids beside a body of plain paragraphs do not count.
    if (feed && weightOutside(els, paras) < min) return null;
  }
  if (root === null) {
    const el = scoredRoot(paras);
    if (el !== null && measure(el, paras) >= min) {
      root = el;
      signals.push('root:scored');
    }
  }
  if (root === null) return null;

  // The walk stops at the budget, so a huge page costs no more than its first `maxChars`.
  const map = buildTextMap(root, { skip: nonArticle, maxChars });
  const meta = readMeta(doc, ld);
  const headline = meta.headline?.replace(/\s+/g, ' ').toLowerCase();
  const headlineInText =
    headline !== undefined && map.text.slice(0, 2000).toLowerCase().includes(headline);
  return { root, map, meta, signals, headlineInText };
}
