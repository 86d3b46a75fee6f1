// @vitest-environment happy-dom
/**
 * The article stage on a generated 2,000-word news page (our own filler text) with the usual
 * furniture around it: the story is found whole and nothing around it is read. How long it takes
 * is the bench's business (`npm run bench`, in real Chromium), not a unit test's: wall-clock
 * bounds in happy-dom fail on a loaded machine and say nothing about a browser.
 */
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find-article';
import { isNonArticle } from '@/lib/article/skip';
import { buildTextMap } from '@/lib/text/text-map';

const WORDS = (
  'the council said on monday that about one thousand residents had asked for a later ferry ' +
  'while officials in the port town could not confirm the figure and promised a review of ' +
  'the timetable before the winter season began'
).split(' ');

function article(words: number): string {
  const paras: string[] = [];
  let w = 0;
  while (w < words) {
    const n = Math.min(60, words - w);
    const text: string[] = [];
    for (let i = 0; i < n; i++) text.push(WORDS[(w + i * 7) % WORDS.length] as string);
    w += n;
    paras.push(
      `<p>${text.slice(0, 25).join(' ')} <a href="/x">${text[25] ?? ''}</a> <em>${text.slice(26, 30).join(' ')}</em> ${text.slice(30).join(' ')}.</p>`,
    );
  }
  return paras.join('\n');
}

function page(): Document {
  const nav = '<nav><ul>' + '<li><a href="#">Section</a></li>'.repeat(30) + '</ul></nav>';
  const related =
    '<ul class="related">' + '<li><a href="#">Another story</a></li>'.repeat(20) + '</ul>';
  const comments =
    '<section id="comments">' +
    '<p>A reader comment of modest length.</p>'.repeat(20) +
    '</section>';
  const html =
    `<html lang="en"><head><title>Ferry review | Coast Times</title>` +
    `<meta property="og:type" content="article"></head><body>${nav}<main><article>` +
    `<h1>Ferry review</h1>${article(2000)}${related}${comments}</article>` +
    `<aside>${'<p>Sidebar teaser text.</p>'.repeat(10)}</aside></main></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('a long article among page furniture', () => {
  it('finds the 2,000-word story whole, without its navigation, related links or comments', () => {
    const doc = page();
    const found = findArticle(doc);
    expect(found?.root.localName).toBe('article');
    const text = found?.map.text ?? '';
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(2000);
    expect(text).not.toContain('Section');
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('A reader comment');
    expect(text).not.toContain('Sidebar teaser');
    // The map the finder returns is the one the highlighter would build from the same root.
    const root = found?.root as Element;
    expect(buildTextMap(root, { skip: isNonArticle }).text).toBe(text);
  });
});
