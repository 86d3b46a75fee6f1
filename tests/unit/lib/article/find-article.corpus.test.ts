// @vitest-environment happy-dom
/**
 * Robustness on real pages: the shared corpus (`/work/shared/corpus/pages`, read in place, never
 * copied). On every real page of Readability's test set: findArticle never throws and never
 * changes the page; it finds an article on nearly all article pages; highlighting every third
 * line of the found text and removing the marks gives back the identical DOM (every third page by
 * default, all with CAVEAT_CORPUS_FULL=1). The corpus is absent
 * on users' machines, so the test skips with one line when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find-article';
import { quickGate } from '@/lib/gate';
import { highlightClaims, type HighlightClaim } from '@/lib/highlight/highlighter';
import { serialize } from '../highlight/serialize';

const CORPUS = process.env.CAVEAT_PAGES ?? '/work/shared/corpus/pages';
/** Every page with CAVEAT_CORPUS_FULL=1 (about 20 s); by default every third, to keep runs short. */
const STEP = process.env.CAVEAT_CORPUS_FULL === '1' ? 1 : 3;
const MANIFEST = join(CORPUS, 'manifest.json');

interface PageEntry {
  file: string;
  source: string;
  synthetic: boolean;
  isArticle: boolean;
}

const present = existsSync(MANIFEST);
if (!present) console.info(`Shared page corpus not found at ${CORPUS}: skipping corpus tests.`);

/** Every third non-empty line of the text as a claim span. */
function lineClaims(text: string): HighlightClaim[] {
  const claims: HighlightClaim[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    if (i % 3 === 0 && line.length > 0) {
      claims.push({ id: `l${i}`, kind: 'state-media', start, end: start + line.length });
    }
    start += line.length + 1;
  });
  return claims;
}

describe.skipIf(!present)('real-page corpus (Readability test pages)', () => {
  const pages = present
    ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { pages: PageEntry[] }).pages
        .filter((p) => p.source.includes('readability') && !p.synthetic)
        .filter((_, i) => i % STEP === 0)
    : [];

  it('finds articles without throwing or changing the page, and highlights reversibly', () => {
    let articles = 0;
    let found = 0;
    const findMs: number[] = [];
    const gateMs: number[] = [];
    const failures: string[] = [];
    for (const page of pages) {
      const doc = new DOMParser().parseFromString(
        readFileSync(join(CORPUS, page.file), 'utf8'),
        'text/html',
      );
      const before = serialize(doc.documentElement);
      let t0 = performance.now();
      quickGate(doc, ['North Korea', 'Pyongyang', 'KCNA', 'DPRK', '북한']);
      gateMs.push(performance.now() - t0);
      t0 = performance.now();
      const result = findArticle(doc);
      findMs.push(performance.now() - t0);
      if (serialize(doc.documentElement) !== before) failures.push(`${page.file}: page changed`);
      if (page.isArticle) articles++;
      if (page.isArticle && result !== null) found++;
      if (result === null) continue;
      const handle = highlightClaims(result.map, lineClaims(result.map.text));
      if (doc.querySelectorAll('caveat-mark').length === 0 && result.map.text.length > 0) {
        failures.push(`${page.file}: nothing highlighted`);
      }
      handle.remove();
      if (serialize(doc.documentElement) !== before) failures.push(`${page.file}: undo differs`);
    }
    const med = (xs: number[]): number =>
      [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    console.info(
      `corpus: ${pages.length} pages, articles found ${found}/${articles}; ` +
        `median findArticle ${med(findMs).toFixed(2)} ms, quickGate ${med(gateMs).toFixed(2)} ms (happy-dom)`,
    );
    expect(failures).toEqual([]);
    expect(found / articles).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});
