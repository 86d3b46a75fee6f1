/**
 * A labelled dev item as a simple article page, built at test time from ../shared (never
 * written into the project): headline in `<h1>` (none when the item has no title) and
 * `<title>`, date in `<time>` under it, one `<p>` per non-empty line, the item's language on
 * `<html>`.
 */
import { escapeHtml } from '../e2e/pages/hostile/article.mjs';

/**
 * @param {{ title: string, date: string | null, lang: string, text: string }} item
 * @returns {string}
 */
export function devPageHtml(item) {
  const paragraphs = item.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(item.lang)}"><head><meta charset="utf-8"><link rel="icon" href="data:,">`,
    `<title>${escapeHtml(item.title)}</title></head>`,
    '<body><main><article>',
    // Some labelled items have no title: a page without a headline, not an empty one.
    item.title ? `<h1>${escapeHtml(item.title)}</h1>` : '',
    item.date ? `<time datetime="${escapeHtml(item.date)}">${escapeHtml(item.date)}</time>` : '',
    ...paragraphs,
    '</article></main></body></html>',
  ].join('\n');
}
