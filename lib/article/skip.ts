/**
 * What inside an article root is not the article: navigation, asides, comments, related-story
 * lists, share bars, forms, captions. Used as the text map's `skip` and when measuring candidate
 * roots, so that a sidebar full of "North Korea" links never reaches claim detection.
 */

/** Tags whose content is never article prose. */
const NON_PROSE_TAGS = new Set(['nav', 'aside', 'footer', 'figcaption', 'dialog', 'menu']);

/** Landmark roles of page furniture. */
const NON_PROSE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'banner',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);

/**
 * Comment threads, as whole class/id tokens ("comments", "comment-list", "disqus_thread");
 * "commentary" (opinion pieces) and "commented" (a state flag) are not.
 */
const COMMENTS = /(?:^|[\s_-])(?:comments?|commentlist|disqus|respond|replies|reply)(?=$|[\s_-])/i;

/**
 * Related links, recirculation, share bars, ads and cookie or consent notices, as whole
 * class/id tokens or token prefixes. "ad" must be a whole token: "lead-paragraph" and
 * "head-line" are prose.
 */
const FURNITURE =
  /(?:^|[\s_-])(?:related|recommend|more-stories|newsletter|share|sharing|social|promo|advert|sponsor|outbrain|taboola|most-read|trending|subscribe|paywall|breadcrumb|cookie|consent|gdpr)|(?:^|[\s_])(?:ads?|ad-\w+)(?=$|[\s_])/i;

/** Share of a list's text inside links above which it is a link list, not prose. */
const LINK_LIST_DENSITY = 0.5;

/**
 * A furniture-named element with this much unlinked paragraph text is kept anyway: body
 * containers often carry names like "js-share-tracking".
 */
const PROSE_RESCUE_CHARS = 600;
const PROSE_RESCUE_DENSITY = 0.25;

/**
 * Length of the text of `el`'s links divided by the length of its text (0 when empty). `text`:
 * `el.textContent` when the caller has already read it (a second read copies the text again).
 */
export function linkDensity(el: Element, text?: string): number {
  // Most paragraphs have no link: no need to measure their text. The one collection serves
  // both the test and the sum (a second selector scan would walk the subtree again).
  const links = el.getElementsByTagName('a');
  const count = links.length;
  if (count === 0) return 0;
  const total = (text ?? el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (let i = 0; i < count; i++) {
    linked += ((links[i] as Element).textContent ?? '').replace(/\s+/g, '').length;
  }
  return linked / total;
}

/** Whether `el` holds a body of mostly unlinked paragraph text. */
function isProse(el: Element): boolean {
  let chars = 0;
  for (const p of el.querySelectorAll('p')) chars += (p.textContent ?? '').trim().length;
  return chars >= PROSE_RESCUE_CHARS && linkDensity(el) < PROSE_RESCUE_DENSITY;
}

/**
 * Whether `el` wraps the page's article (its headline, `<main>` or marked article body): a page
 * wrapper with an unlucky name ("ad-portal"), whose link share depends on the article's length.
 */
function wrapsArticle(el: Element): boolean {
  return el.querySelector('h1, main, [itemprop="articleBody"]') !== null;
}

/** Block tags that end a `<br>`-separated run of text inside a div. */
export const BLOCK_CHILD =
  /^(?:p|div|section|article|table|ul|ol|dl|h[1-6]|blockquote|pre|figure|form|header|footer|nav|aside)$/;

/**
 * The text of `el`'s own inline content (text nodes and inline children, not block children):
 * the paragraph text of "text<br><br>text" layouts that use no <p>.
 */
export function inlineTextLength(el: Element): number {
  let length = 0;
  for (const child of el.childNodes) {
    if (child.nodeType === 3) length += (child.textContent ?? '').trim().length;
    else if (child.nodeType === 1 && !BLOCK_CHILD.test((child as Element).localName)) {
      length += (child.textContent ?? '').trim().length;
    }
  }
  return length;
}

/** A letter or digit: text that says something, unlike the spaces and bars between stamps. */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * Whether a `<time>` stands alone: no words of its parent around it. A date stamp on a line of
 * its own is metadata (`meta.ts` reads it), not the story's first line; a date inside a
 * sentence ("on <time>Monday</time>, KCNA said") is prose.
 */
function isDateStamp(el: Element): boolean {
  const parent = el.parentNode;
  if (parent === null) return true;
  for (const sibling of parent.childNodes) {
    if (sibling.nodeType === 3 && WORDY.test(sibling.textContent ?? '')) return false;
  }
  return true;
}

/** The class and id of `el` as one string for the patterns above. */
function names(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null && id === null) return '';
  return `${cls ?? ''} ${id ?? ''}`;
}

/**
 * Whether `el`'s subtree is page furniture rather than article text. A header is kept (it holds
 * the article's own headline) unless it carries navigation; a date stamp on its own is left out.
 */
export function isNonArticle(el: Element): boolean {
  const tag = el.localName;
  if (NON_PROSE_TAGS.has(tag)) return true;
  if (tag === 'time') return isDateStamp(el);
  // Most elements of a story carry no attributes: no role, class or id to read.
  const attributed = el.hasAttributes();
  const role = attributed ? el.getAttribute('role') : null;
  if (role !== null && NON_PROSE_ROLES.has(role.toLowerCase())) return true;
  if (tag === 'header' && el.querySelector('nav, [role="navigation"]') !== null) return true;
  const n = attributed ? names(el) : '';
  if (n !== '' && COMMENTS.test(n)) return true;
  if (n !== '' && FURNITURE.test(n)) return !isProse(el) && !wrapsArticle(el);
  // Some sites (ASP.NET) wrap the whole page in one <form>.
  if (tag === 'form') return !isProse(el);
  if ((tag === 'ul' || tag === 'ol') && linkDensity(el) > LINK_LIST_DENSITY) return true;
  return false;
}
