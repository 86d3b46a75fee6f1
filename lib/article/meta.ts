/**
 * Article metadata from the page's markup: the headline, the publication date (which decides
 * which history is "earlier" and which is "later" on the card), the language (which picks the
 * claim cues) and the site name. Read-only over the Document.
 */
import { primaryLanguage } from '../text/language-tag';
import type { ArticleMeta } from '../types';
import { normalizeDate } from './published-date';
import { articleObjects, ldString, readJsonLd, type LdObject } from './json-ld';

/** `<meta>` keys (property, name, itemprop or http-equiv; lower case) whose content is a date. */
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];

/** `<time>` elements that most likely carry the publication date, best first. */
const TIME_SELECTORS = [
  'time[itemprop="datePublished"][datetime]',
  'time[pubdate][datetime]',
  'article time[datetime]',
  'header time[datetime]',
  'main time[datetime]',
];

const squash = (s: string | null | undefined): string | undefined => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
};

/** All `<meta>` contents by lower-case key; the first occurrence of a key wins. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key !== undefined && key !== '' && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

const words = (s: string): number => s.split(/\s+/).length;

/**
 * "Story title | Site" -> "Story title": when the suffix is the site's name, or, with no known
 * site name, when a short suffix (a name) follows a longer title.
 */
function stripSiteSuffix(title: string, siteName: string | undefined): string {
  const m = /^(.*\S)\s+[|\-–—:·]\s+([^|\-–—:·]+)$/.exec(title);
  if (m === null) return title;
  const [, head = '', tail = ''] = m;
  if (siteName !== undefined) return tail.toLowerCase() === siteName.toLowerCase() ? head : title;
  return words(tail) <= 4 && words(head) >= 3 ? head : title;
}

function firstDefined<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

function ldDate(objects: LdObject[]): string | undefined {
  for (const obj of objects) {
    const date = normalizeDate(ldString(obj, 'datePublished'));
    if (date !== undefined) return date;
  }
  return undefined;
}

function timeDate(doc: Document): string | undefined {
  // One cheap collection instead of a full-document selector scan per rule (huge pages).
  const times = [...doc.getElementsByTagName('time')];
  if (times.length === 0) return undefined;
  for (const selector of TIME_SELECTORS) {
    for (const time of times.filter((t) => t.matches(selector))) {
      const date = normalizeDate(time.getAttribute('datetime'));
      if (date !== undefined) return date;
    }
  }
  return undefined;
}

/**
 * Headline, publication date, language and site name; every field is optional. `ld` is the
 * page's JSON-LD when the caller has already read it (`readJsonLd(doc)`).
 */
export function readMeta(doc: Document, ld: LdObject[] = readJsonLd(doc)): ArticleMeta {
  const meta = metaTable(doc);
  const articles = articleObjects(ld);
  const main = articles[0];

  const siteName = firstDefined(
    squash(meta.get('og:site_name')),
    squash(ldString(main, 'publisher')),
  );

  // Each fallback is read only when the ones before it found nothing: the heading and the
  // title are searches of the page.
  let headline = squash(meta.get('og:title')) ?? squash(ldString(main, 'headline'));
  if (headline === undefined) {
    const h1 = doc.querySelector('article h1') ?? doc.querySelector('h1');
    headline = squash(h1?.textContent);
  }
  if (headline === undefined) {
    const titleTag = squash(doc.title);
    if (titleTag !== undefined) headline = stripSiteSuffix(titleTag, siteName);
  }

  let published = ldDate(articles) ?? ldDate(ld);
  for (const key of DATE_KEYS) {
    if (published !== undefined) break;
    published = normalizeDate(meta.get(key));
  }
  published ??= timeDate(doc);

  const lang = firstDefined(
    primaryLanguage(doc.documentElement.getAttribute('lang')),
    primaryLanguage(meta.get('og:locale')),
    primaryLanguage(meta.get('content-language')),
    primaryLanguage(ldString(main, 'inLanguage')),
  );

  const result: ArticleMeta = {};
  if (headline !== undefined) result.headline = headline;
  if (published !== undefined) result.published = published;
  if (lang !== undefined) result.lang = lang;
  if (siteName !== undefined) result.siteName = siteName;
  return result;
}
