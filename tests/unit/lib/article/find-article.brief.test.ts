// @vitest-environment happy-dom
/**
 * Short news briefs (two or more sentences, from about 200 characters) are articles, with or
 * without article markup; short pages that are not articles (navigation, a list of teasers, a
 * cookie notice, a one-line blurb) are not. The briefs are our own invented text.
 */
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find-article';
import { countSentences } from '@/lib/article/headed-prose';

const parse = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );

/** An invented two-sentence brief of 200 characters. */
const BRIEF_EN =
  "North Korea's state news agency said on Tuesday that 600,000 young people had volunteered " +
  'to join the army within three days. The figure could not be verified and similar claims ' +
  'have been made before.';

/** An invented Korean brief: two sentences, 112 characters (about 190 Latin letters' worth). */
const BRIEF_KO =
  '북한 관영 매체는 청년 60만 명이 사흘 만에 인민군 입대와 재입대를 자원했다고 17일 주장했다. ' +
  '이 수치는 독립적으로 확인되지 않았으며 정부 관계자는 과거에도 비슷한 주장이 있었다고 말했다.';

const NAV =
  '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav></header>';
const FOOTER =
  '<footer><p>Copyright the invented Harbour Gazette. All rights reserved.</p></footer>';

/** A teaser: a linked heading and a summary of two short sentences (about 100 characters). */
const teaser = (i: number): string =>
  `<div class="item"><h2><a href="/s${i}">Ferry timetable story ${i}</a></h2>` +
  `<p>The harbour council met on Monday to discuss ferry number ${i}. ` +
  'Its members agreed to talk again in a month.</p></div>';

describe('findArticle on short briefs', () => {
  it('counts sentences by their terminal punctuation, in any script', () => {
    expect(countSentences(BRIEF_EN)).toBe(2);
    expect(countSentences(BRIEF_KO)).toBe(2);
    expect(countSentences('He said "it is over." Then he left')).toBe(2);
    expect(countSentences('The U.S. figure of 3.5 million')).toBe(2);
    expect(countSentences('')).toBe(0);
  });

  it('reads a two-sentence brief of about 200 characters in an <article>', () => {
    const found = findArticle(
      parse(`${NAV}<article><h1>Army drive</h1><p>${BRIEF_EN}</p></article>`),
    );
    expect(found?.root.localName).toBe('article');
    expect(found?.map.text).toContain('could not be verified');
  });

  it('reads a brief without any article markup when a headline heads its paragraphs', () => {
    const [first, second] = BRIEF_EN.split('. ');
    const doc = parse(
      `${NAV}<div class="page"><h1>Army drive</h1><div class="body" id="body">` +
        `<p>${first}.</p><p>${second}</p></div></div>${FOOTER}`,
    );
    const found = findArticle(doc);
    expect(found?.signals).toEqual(['headed-prose', 'root:scored']);
    expect(found?.root.id).toBe('body');
  });

  it('reads a Korean brief of two sentences without markup', () => {
    const doc = parse(`<div id="wrap"><h1>북한 입대 주장</h1><p>${BRIEF_KO}</p></div>`);
    expect(findArticle(doc)?.signals).toContain('headed-prose');
  });

  it('starts the text with the headline, not a date stamp above it', () => {
    const doc = parse(
      `<article><time datetime="2024-10-11">11 October 2024</time><h1>Army drive</h1>` +
        `<p>${BRIEF_EN}</p></article>`,
    );
    const found = findArticle(doc);
    expect(found?.map.text.split('\n')[0]).toBe('Army drive');
    expect(found?.meta.published).toBe('2024-10-11');
  });

  it('rejects a page of navigation only', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Story ${i}</a></li>`);
    const doc = parse(`${NAV}<h1>Harbour Gazette</h1><ul>${links.join('')}</ul>${FOOTER}`);
    expect(findArticle(doc)).toBeNull();
  });

  it('rejects a list of teasers, with or without <article> elements', () => {
    const items = [1, 2, 3, 4, 5].map(teaser).join('');
    expect(findArticle(parse(`${NAV}<h1>Latest</h1><div class="list">${items}</div>`))).toBeNull();
    const articles = [1, 2, 3, 4]
      .map((i) =>
        teaser(i)
          .replace('<div class="item">', '<article>')
          .replace(/<\/div>$/, '</article>'),
      )
      .join('');
    expect(findArticle(parse(`${NAV}<h1>Latest</h1><main>${articles}</main>`))).toBeNull();
  });

  it('rejects a cookie notice, by its name or as a dialog', () => {
    const notice =
      '<p>We use cookies to keep this site working and to count visits to our pages. ' +
      'You can accept them all or choose which ones we may set in your browser today.</p>' +
      '<button>Accept</button>';
    const page = (wrapper: string): Document =>
      parse(`${NAV}<h1>Harbour Gazette</h1>${wrapper.replace('%', notice)}${FOOTER}`);
    expect(findArticle(page('<div id="cookie-banner">%</div>'))).toBeNull();
    expect(
      findArticle(page('<div class="cmp" role="dialog" aria-modal="true">%</div>')),
    ).toBeNull();
  });

  it('rejects a one-sentence blurb under a headline when the markup says nothing', () => {
    const blurb =
      'A long single sentence about the harbour council and its ferry timetable which goes on ' +
      'and on past two hundred characters without ever stopping for breath or for a full stop';
    expect(findArticle(parse(`<div><h1>Ferries</h1><p>${blurb}</p></div>`))).toBeNull();
  });

  it('rejects headed prose that is not the main content of the page', () => {
    const other = (id: string): string =>
      `<div id="${id}"><p>The harbour council met on Monday. It will meet again next month, ` +
      'when the new ferry timetable is ready for the islands and the mainland.</p></div>';
    const doc = parse(
      `<div><h1>Army drive</h1><div><p>${BRIEF_EN}</p></div></div>${other('b')}${other('c')}`,
    );
    expect(findArticle(doc)).toBeNull();
  });
});
