// @vitest-environment happy-dom
/**
 * Data-driven article-finding tests: one `describe` per `tests/fixtures/pages/<slug>/`, with
 * assertions only for the fields present in its `expected.json` (see the README there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find-article';
import { serialize } from '../highlight/serialize';

interface Expected {
  isArticle: boolean;
  headline?: string;
  published?: string;
  lang?: string;
  siteName?: string;
  rootTag?: string;
  rootClass?: string;
  signals?: string[];
  headlineInText?: boolean;
  textIncludes?: string[];
  textExcludes?: string[];
}

const PAGES = join(__dirname, '../../../fixtures/pages');
const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const load = (slug: string): { doc: Document; expected: Expected } => {
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected;
  return { doc: new DOMParser().parseFromString(html, 'text/html'), expected };
};

it('has fixture pages to test', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(6);
});

for (const slug of slugs) {
  describe(`fixture page ${slug}`, () => {
    const { doc, expected } = load(slug);
    const before = serialize(doc.documentElement);
    const found = findArticle(doc);

    it(`is ${expected.isArticle ? '' : 'not '}an article`, () => {
      expect(found !== null).toBe(expected.isArticle);
    });

    it('leaves the page unchanged', () => {
      expect(serialize(doc.documentElement)).toBe(before);
    });

    if (!expected.isArticle) return;
    const meta = found?.meta;
    if (expected.headline !== undefined) {
      it('reads the headline', () => expect(meta?.headline).toBe(expected.headline));
    }
    if (expected.published !== undefined) {
      it('reads the publication date', () => expect(meta?.published).toBe(expected.published));
    }
    if (expected.lang !== undefined) {
      it('reads the language', () => expect(meta?.lang).toBe(expected.lang));
    }
    if (expected.siteName !== undefined) {
      it('reads the site name', () => expect(meta?.siteName).toBe(expected.siteName));
    }
    if (expected.rootTag !== undefined) {
      it('picks the root element', () => expect(found?.root.localName).toBe(expected.rootTag));
    }
    if (expected.rootClass !== undefined) {
      it('picks the root container', () =>
        expect(found?.root.classList.contains(expected.rootClass as string)).toBe(true));
    }
    if (expected.signals !== undefined) {
      it('reports its signals', () => expect(found?.signals).toEqual(expected.signals));
    }
    if (expected.headlineInText !== undefined) {
      it('knows whether the headline is in the text', () =>
        expect(found?.headlineInText).toBe(expected.headlineInText));
    }
    for (const text of expected.textIncludes ?? []) {
      it(`text includes ${JSON.stringify(text.slice(0, 40))}`, () => {
        expect(found?.map.text).toContain(text);
      });
    }
    for (const text of expected.textExcludes ?? []) {
      it(`text excludes ${JSON.stringify(text)}`, () => {
        expect(found?.map.text).not.toContain(text);
      });
    }
  });
}
