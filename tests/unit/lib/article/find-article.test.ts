// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find-article';
import { isNonArticle } from '@/lib/article/skip';
import { serialize } from '../highlight/serialize';

const parse = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );

/** A paragraph of our own filler prose, about `n` characters long. */
const prose = (
  n: number,
  seed = 'The harbour council discussed the ferry timetable at length',
): string => {
  const words: string[] = [];
  while (words.join(' ').length < n) words.push(...seed.split(' '));
  return `${words.join(' ').slice(0, n)}.`;
};

const el = (html: string): Element => parse(html).body.firstElementChild as Element;

describe('findArticle', () => {
  it('returns null below the paragraph-text minimum, and the option moves the bar', () => {
    const doc = parse(`<article><h1>Short</h1><p>${prose(150)}</p></article>`);
    expect(findArticle(doc)).toBeNull();
    expect(findArticle(doc, { minParagraphChars: 120 })?.root.localName).toBe('article');
  });

  it('reads a news brief of about 300 characters as an article', () => {
    const doc = parse(`<article><h1>Brief</h1><p>${prose(300)}</p></article>`);
    expect(findArticle(doc)?.root.localName).toBe('article');
  });

  it('picks the <article> with the most paragraph text', () => {
    const doc = parse(
      `<article id="small"><p>${prose(450)}</p></article>` +
        `<article id="big"><p>${prose(500)}</p><p>${prose(500)}</p></article>`,
    );
    expect(findArticle(doc)?.root.id).toBe('big');
  });

  it('discounts link text when scoring', () => {
    const linked = `<p><a href="#">${prose(600)}</a></p>`;
    const doc = parse(
      `<div id="links">${linked}${linked}</div><div id="body"><p>${prose(300)}</p><p>${prose(300)}</p></div>`,
      '<meta property="og:type" content="article">',
    );
    expect(findArticle(doc)?.root.id).toBe('body');
  });

  it('ignores <article> teasers inside asides', () => {
    const doc = parse(
      `<aside><article id="teaser"><p>${prose(900)}</p></article></aside>` +
        `<main id="m"><p>${prose(500)}</p></main>`,
    );
    const found = findArticle(doc);
    expect(found?.root.id).toBe('m');
    expect(found?.signals).toContain('root:main');
  });

  it('treats a page of three or more short <article> teasers as a listing', () => {
    const teasers = [1, 2, 3].map(() => `<article><p>${prose(200)}</p></article>`).join('');
    expect(findArticle(parse(`<main>${teasers}</main>`))).toBeNull();
  });

  it('takes the <article> that stands out among teasers: the one with the headline or twice the text', () => {
    const teasers = [1, 2, 3].map(() => `<article><p>${prose(220)}</p></article>`).join('');
    const brief = `<article id="brief"><h1>Brief</h1><p>${prose(230)}</p></article>`;
    expect(findArticle(parse(`<main>${brief}${teasers}</main>`))?.root.id).toBe('brief');
    const story = `<article id="story"><p>${prose(500)}</p></article>`;
    expect(findArticle(parse(`<main>${teasers}${story}</main>`))?.root.id).toBe('story');
  });

  it('does not take teaser <article>s beside a body of plain paragraphs for a listing', () => {
    const teasers = [1, 2, 3].map(() => `<article><p>${prose(120)}</p></article>`).join('');
    const doc = parse(
      `<div id="body"><p>${prose(300)}</p><p>${prose(300)}</p></div>` +
        `<div class="grid">${teasers}</div>`,
    );
    expect(findArticle(doc)?.root.id).toBe('body');
  });

  it('weighs Korean text by what it says: it wins over a longer English boilerplate paragraph', () => {
    // Our own Korean sentences (about 40 characters each, about 80 Latin letters' worth).
    const ko = [
      '북한 매체는 수많은 청년들이 인민군 입대를 자원했다고 주장했다고 전했다.',
      '이 수치는 독립적으로 확인되지 않았으며 전문가들은 선전이라고 보고 있다.',
      '국가정보원은 이에 대해 구체적인 평가를 아직 내놓지 않았다고 밝혔다.',
      '평양은 비슷한 주장을 과거에도 여러 차례 반복해 온 것으로 알려져 있다.',
      '한국 정부 관계자는 해당 보도를 면밀히 살펴보고 있다고 말했다고 한다.',
    ];
    const doc = parse(
      `<div id="story">${ko.map((line) => `<p>${line}</p>`).join('')}</div>` +
        `<div id="about"><p>${prose(320)}</p></div>`,
      '<meta property="og:type" content="article">',
    );
    expect(findArticle(doc)?.root.id).toBe('story');
  });

  it('looks at and maps only the opening of a huge article', () => {
    const paragraphs = Array.from({ length: 400 }, () => `<p>${prose(99)}</p>`).join('');
    const doc = parse(`<article id="huge"><h1>Long</h1>${paragraphs}</article>`);
    const found = findArticle(doc, { maxChars: 5000 });
    expect(found?.root.id).toBe('huge');
    expect(found?.map.text.length).toBeGreaterThan(4900);
    expect(found?.map.text.length).toBeLessThan(5300);
    expect(findArticle(doc)?.map.text.length).toBeGreaterThan(39_000);
  });

  it('reads <br>-separated text in a div without <p>', () => {
    const text = [prose(300), prose(300), prose(300)].join('<br><br>');
    const found = findArticle(parse(`<div id="story">${text}</div>`));
    expect(found?.root.id).toBe('story');
    expect(found?.map.text.split('\n')).toHaveLength(3);
  });

  it('needs Readability when the markup gives no signal, and can be told not to ask', () => {
    const doc = parse(`<div id="x"><p>${prose(500)}</p><p>${prose(500)}</p></div>`);
    expect(findArticle(doc)?.signals).toEqual(['readerable', 'root:scored']);
    expect(findArticle(doc, { readerable: false })).toBeNull();
  });

  it('never changes the page', () => {
    const doc = parse(
      `<nav><a href="#">North Korea</a></nav><article><h1>T</h1><p>${prose(500)}</p>` +
        `<div class="comments"><p>${prose(200)}</p></div></article>`,
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"T"}</script>',
    );
    const before = serialize(doc.documentElement);
    findArticle(doc);
    expect(serialize(doc.documentElement)).toBe(before);
  });

  it('returns null for a document without a body', () => {
    const doc = parse('');
    doc.body.remove();
    expect(findArticle(doc)).toBeNull();
  });
});

describe('isNonArticle', () => {
  it.each([
    '<nav></nav>',
    '<aside></aside>',
    '<footer></footer>',
    '<figcaption></figcaption>',
    '<div role="navigation"></div>',
    '<div role="complementary"></div>',
    '<section id="comments"></section>',
    '<div class="comment-list"></div>',
    '<div id="disqus_thread"></div>',
    '<div class="related-stories"></div>',
    '<div class="newsletter-signup"></div>',
    '<div class="share-bar"></div>',
    '<div class="ad"></div>',
    '<div class="ad-slot"></div>',
    '<div class="promo box"></div>',
    '<div id="cookie-banner"></div>',
    '<div class="consent-notice"></div>',
    '<header><nav></nav></header>',
    '<time datetime="2024-10-11">11 October 2024</time>',
    '<ul><li><a href="#">one link</a></li><li><a href="#">two link</a></li></ul>',
    '<form><input></form>',
  ])('skips %s', (html) => {
    expect(isNonArticle(el(html))).toBe(true);
  });

  it.each([
    '<p class="lead-paragraph"></p>',
    '<div class="article-header"></div>',
    '<div class="commentary-body"></div>',
    '<article class="post commented"></article>',
    '<header><h1>Title</h1></header>',
    '<ul><li>A point with <a href="#">one link</a> in a long sentence.</li></ul>',
    '<div class="read-more"></div>',
  ])('keeps %s', (html) => {
    expect(isNonArticle(el(html))).toBe(false);
  });

  it('skips a date stamp on a line of its own, not a date inside a sentence', () => {
    const doc = parse(
      '<article><h1>T</h1><p><time>11 October 2024</time></p>' +
        '<p>On <time id="in">Monday</time>, the council met.</p></article>',
    );
    expect(isNonArticle(doc.querySelector('p > time:only-child') as Element)).toBe(true);
    expect(isNonArticle(doc.getElementById('in') as Element)).toBe(false);
  });

  it('keeps a furniture-named container or a page-wide form that holds the prose', () => {
    const body = `<p>${prose(400)}</p><p>${prose(400)}</p>`;
    expect(isNonArticle(el(`<div class="story js-share-tracking">${body}</div>`))).toBe(false);
    expect(isNonArticle(el(`<form id="aspnetForm">${body}</form>`))).toBe(false);
  });

  it('keeps a furniture-named page wrapper that holds the headline or the article body', () => {
    const links = [1, 2, 3, 4, 5, 6].map((i) => `<a href="/s${i}">${prose(80)}</a>`).join(' ');
    const short = `<p>${prose(200)}</p>`;
    expect(isNonArticle(el(`<div id="ad-portal"><nav>${links}</nav>${short}</div>`))).toBe(true);
    expect(
      isNonArticle(el(`<div id="ad-portal"><nav>${links}</nav><h1>Title</h1>${short}</div>`)),
    ).toBe(false);
    expect(
      isNonArticle(
        el(`<div id="ad-portal">${links}<div itemprop="articleBody">${short}</div></div>`),
      ),
    ).toBe(false);
  });
});
