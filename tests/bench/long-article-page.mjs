/**
 * Issue 5's page: an on-topic article of about `words` words in the project's own wording (see
 * tests/e2e/pages/hostile/article.mjs), with ordinary site furniture around it.
 */
import { articleHtml, longArticleParagraphs, pageHtml } from '../e2e/pages/hostile/article.mjs';

/**
 * @param {number} words
 * @returns {{ html: string, words: number }}
 */
export function longArticlePage(words) {
  const paragraphs = longArticleParagraphs(words);
  const nav = ['World', 'Asia', 'Politics', 'Business', 'Science']
    .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  const body = [
    `<header><p>The Harbour Courier</p><nav><ul>${nav}</ul></nav></header>`,
    `<main>${articleHtml({ paragraphs })}</main>`,
    '<aside><h2>Most read</h2><ol><li><a href="/a">Port strike enters second week</a></li><li><a href="/b">Rail timetable changes in spring</a></li></ol></aside>',
    '<footer><p>An invented newspaper for Caveat tests.</p></footer>',
  ].join('\n');
  return {
    html: pageHtml({ body }),
    words: paragraphs.join(' ').split(/\s+/).length,
  };
}
