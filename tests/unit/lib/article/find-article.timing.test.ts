// @vitest-environment happy-dom
/**
 * Speed of the article stage on a generated 2,000-word news page (our own filler text) with the
 * usual furniture around it. happy-dom is far slower than a browser's native DOM, so the bound
 * is generous; the measured medians are logged for the report.
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

function median(run: () => void, times = 31): number {
  for (let i = 0; i < 5; i++) run(); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(times / 2)] as number;
}

describe('article stage speed', () => {
  it('maps and finds a 2,000-word article quickly', () => {
    const doc = page();
    const found = findArticle(doc);
    expect(found?.root.localName).toBe('article');
    const words = found?.map.text.split(/\s+/).length ?? 0;
    expect(words).toBeGreaterThanOrEqual(2000);
    const root = found?.root as Element;
    const mapMs = median(() => buildTextMap(root, { skip: isNonArticle }));
    const findMs = median(() => findArticle(doc));
    console.info(
      `2,000-word article (${words} words mapped): buildTextMap median ${mapMs.toFixed(2)} ms, ` +
        `findArticle (incl. map and meta) median ${findMs.toFixed(2)} ms`,
    );
    expect(mapMs).toBeLessThan(25);
    expect(findMs).toBeLessThan(100);
  });
});
