/**
 * A labelled dev item as a simple article page, built at test time from ../shared (never
 * written into the project): headline in `<h1>` (none when the item has no title) and
 * `<title>`, date in `<time>` under it, one `<p>` per non-empty line, the item's language on
 * `<html>`.
 *
 * Two layouts: `article`, the story in `<main><article>`; and `plain`, markup that says nothing
 * about articles (divs only, a bar of links above and below, no `og:type`, no JSON-LD), the way
 * many small sites publish a brief, so that the article finder must recognise the brief by its
 * shape.
 */
import { escapeHtml } from '../e2e/pages/hostile/article.mjs';

/** @typedef {'article' | 'plain'} DevLayout */

/**
 * @param {{ title: string, date: string | null, lang: string, text: string }} item
 * @param {DevLayout} [layout]
 * @returns {string}
 */
export function devPageHtml(item, layout = 'article') {
  const paragraphs = item.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  // Some labelled items have no title: a page without a headline, not an empty one.
  const headline = item.title ? `<h1>${escapeHtml(item.title)}</h1>` : '';
  const date = item.date
    ? `<time datetime="${escapeHtml(item.date)}">${escapeHtml(item.date)}</time>`
    : '';
  const body =
    layout === 'article'
      ? ['<body><main><article>', headline, date, ...paragraphs, '</article></main></body>']
      : [
          '<body><div class="top"><a href="/">Home</a> | <a href="/news">News</a></div>',
          '<div class="story">',
          headline,
          date,
          '<div class="story-text">',
          ...paragraphs,
          '</div></div>',
          '<div class="bottom"><a href="/about">About us</a></div></body>',
        ];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(item.lang)}"><head><meta charset="utf-8"><link rel="icon" href="data:,">`,
    `<title>${escapeHtml(item.title)}</title></head>`,
    ...body,
    '</html>',
  ].join('\n');
}
