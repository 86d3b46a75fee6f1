/**
 * The shared real-page corpus and labelled dev set, read at test time from `../shared` (never
 * copied into the project). Used by `npm run test:corpus` and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/helpers/paths.mjs';

/** Where the shared material lives when it exists (development machines and CI). */
export const SHARED_DIR = path.resolve(ROOT, '../shared');
export const PAGES_DIR = path.join(SHARED_DIR, 'corpus/pages');
export const DEV_FILE = path.join(SHARED_DIR, 'corpus/claims/dev.jsonl');

/**
 * Why the shared corpus cannot be used here, or null when it can.
 * @returns {string | null}
 */
export function sharedMissing() {
  if (!existsSync(path.join(PAGES_DIR, 'manifest.json'))) return `${PAGES_DIR} not found`;
  if (!existsSync(DEV_FILE)) return `${DEV_FILE} not found`;
  return null;
}

/**
 * @typedef {object} CorpusPage
 * @property {string} file relative to PAGES_DIR, e.g. `readability/bbc-1.html`
 * @property {boolean} synthetic
 * @property {boolean} isArticle
 * @property {string | null} lang
 * @property {number} nodes
 */

/**
 * The corpus pages from manifest.json, in manifest order.
 * @returns {{ real: CorpusPage[], synthetic: CorpusPage[] }}
 */
export function corpusPages() {
  const manifest = JSON.parse(readFileSync(path.join(PAGES_DIR, 'manifest.json'), 'utf8'));
  /** @type {CorpusPage[]} */
  const pages = manifest.pages.map((/** @type {any} */ p) => ({
    file: p.file,
    synthetic: Boolean(p.synthetic),
    isArticle: Boolean(p.isArticle),
    lang: p.lang ?? null,
    nodes: p.dom?.nodes ?? 0,
  }));
  return { real: pages.filter((p) => !p.synthetic), synthetic: pages.filter((p) => p.synthetic) };
}

/**
 * @typedef {object} DevItem
 * @property {string} id
 * @property {string} title
 * @property {string | null} date
 * @property {string} lang
 * @property {'on' | 'off'} topic
 * @property {string} text
 */

/** @returns {DevItem[]} every labelled dev item */
export function devItems() {
  return readFileSync(DEV_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/**
 * Shortest on-topic dev text used for variants: findArticle's own minimum of paragraph text
 * (MIN_PARAGRAPH_CHARS in lib/article/find-article.ts). Shorter items are never read as an
 * article, on a page or not; the dev-set-as-pages check covers them.
 */
const MIN_VARIANT_CHARS = 400;

/**
 * Real article pages for on-topic variants, each paired with an on-topic dev item in turn:
 * first `count` pages evenly spread over the corpus (so both sources and many sites take part),
 * then every other article page as a spare, for when a page has no paragraphs to replace.
 * @param {number} count
 * @returns {{ page: CorpusPage, item: DevItem }[]}
 */
export function onTopicVariants(count) {
  const candidates = corpusPages().real.filter((p) => p.isArticle);
  const onItems = devItems().filter(
    (item) => item.topic === 'on' && item.text.length >= MIN_VARIANT_CHARS,
  );
  const step = candidates.length / Math.min(count, candidates.length);
  const first = Array.from(
    { length: Math.min(count, candidates.length) },
    (_, i) => /** @type {CorpusPage} */ (candidates[Math.floor(i * step)]),
  );
  const spares = candidates.filter((p) => !first.includes(p));
  return [...first, ...spares].map((page, i) => ({
    page,
    item: /** @type {DevItem} */ (onItems[i % onItems.length]),
  }));
}

/** The CSP every corpus page is served with: page scripts never run. */
export const BLOCK_SCRIPTS_CSP = "script-src 'none'";
