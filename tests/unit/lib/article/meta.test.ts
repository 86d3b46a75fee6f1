// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '@/lib/article/published-date';
import { readMeta } from '@/lib/article/meta';

const parse = (head: string, body = '', htmlAttrs = ''): Document =>
  new DOMParser().parseFromString(
    `<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );

const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMeta: JSON-LD', () => {
  it('reads a single NewsArticle object', () => {
    const doc = parse(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Army claims a record',
        datePublished: '2024-10-16T09:30:00+09:00',
        publisher: { '@type': 'Organization', name: 'Coast Times' },
        inLanguage: 'en-US',
      }),
    );
    expect(readMeta(doc)).toEqual({
      headline: 'Army claims a record',
      published: '2024-10-16',
      lang: 'en',
      siteName: 'Coast Times',
    });
  });

  it('finds the article inside an @graph and ignores other types', () => {
    const doc = parse(
      ld({
        '@graph': [
          { '@type': 'WebPage', datePublished: '2001-01-01', name: 'Page' },
          {
            '@type': 'ReportageNewsArticle',
            headline: 'Field report',
            datePublished: '2023-03-20',
          },
        ],
      }),
    );
    expect(readMeta(doc)).toMatchObject({ headline: 'Field report', published: '2023-03-20' });
  });

  it('reads arrays of objects, array @types and array publishers', () => {
    const doc = parse(
      ld([
        { '@type': 'BreadcrumbList' },
        {
          '@type': ['Article', 'NewsArticle'],
          headline: ['First headline', 'Second'],
          datePublished: '2017-08-12',
          publisher: [{ name: 'Wire Service' }],
        },
      ]),
    );
    expect(readMeta(doc)).toMatchObject({
      headline: 'First headline',
      published: '2017-08-12',
      siteName: 'Wire Service',
    });
  });

  it('reads mainEntity nesting', () => {
    const doc = parse(
      ld({ '@type': 'WebPage', mainEntity: { '@type': 'Article', datePublished: '2015-08-20' } }),
    );
    expect(readMeta(doc).published).toBe('2015-08-20');
  });

  it('tolerates malformed JSON-LD: skips garbage, repairs trailing commas and raw newlines', () => {
    const doc = parse(
      '<script type="application/ld+json">{ not json at all</script>' +
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Line\none",' +
        ' "datePublished": "2024-06-19",}</script>',
    );
    expect(readMeta(doc)).toMatchObject({ headline: 'Line one', published: '2024-06-19' });
  });

  it('falls back to a non-article object with a date', () => {
    const doc = parse(ld({ '@type': 'WebPage', datePublished: '2020-02-02' }));
    expect(readMeta(doc).published).toBe('2020-02-02');
  });
});

describe('readMeta: meta tags, <time> and fallbacks', () => {
  it('prefers og:title and og:site_name', () => {
    const doc = parse(
      '<title>Tag title | Site</title><meta property="og:title" content="OG title">' +
        '<meta property="og:site_name" content="Site">' +
        ld({ '@type': 'NewsArticle', headline: 'LD title' }),
      '<h1>H1 title</h1>',
    );
    expect(readMeta(doc)).toMatchObject({ headline: 'OG title', siteName: 'Site' });
  });

  it('falls back from JSON-LD headline to h1 to the title tag without the site suffix', () => {
    expect(
      readMeta(parse('<title>T</title>', '<article><h1> The  H1 </h1></article>')).headline,
    ).toBe('The H1');
    expect(
      readMeta(parse('<title>Army grows by a million | Coast Times</title>', '<p>x</p>')).headline,
    ).toBe('Army grows by a million');
    expect(
      readMeta(
        parse(
          '<title>Kim - a profile in three parts - Site</title><meta property="og:site_name" content="Other">',
        ),
      ).headline,
    ).toBe('Kim - a profile in three parts - Site');
  });

  it.each([
    ['<meta property="article:published_time" content="2024-10-16T01:00:00Z">', '2024-10-16'],
    ['<meta name="date" content="2023/03/20">', '2023-03-20'],
    ['<meta name="pubdate" content="20240603">', '2024-06-03'],
    ['<meta name="DC.date" content="2017-09">', '2017-09'],
    ['<meta name="dc.date.issued" content="2015-08-21">', '2015-08-21'],
    ['<meta itemprop="datePublished" content="2013-03-08">', '2013-03-08'],
  ])('reads the date from %s', (head, date) => {
    expect(readMeta(parse(head)).published).toBe(date);
  });

  it('reads <time datetime> inside the article or header, not elsewhere', () => {
    expect(
      readMeta(
        parse('', '<article><p>By x <time datetime="2024-10-18T07:00Z">Fri</time></p></article>'),
      ).published,
    ).toBe('2024-10-18');
    expect(
      readMeta(parse('', '<header><time datetime="2024-01-02">x</time></header>')).published,
    ).toBe('2024-01-02');
    expect(readMeta(parse('', '<div><time datetime="2024-01-02">x</time></div>')).published).toBe(
      undefined,
    );
  });

  it('prefers JSON-LD dates over meta tags over <time>', () => {
    const doc = parse(
      '<meta name="date" content="2020-01-01">' +
        ld({ '@type': 'Article', datePublished: '2021-01-01' }),
      '<article><time datetime="2019-01-01"></time></article>',
    );
    expect(readMeta(doc).published).toBe('2021-01-01');
  });

  it.each([
    ['lang="en-GB"', '', 'en'],
    ['lang="DE"', '', 'de'],
    ['', '<meta property="og:locale" content="fr_FR">', 'fr'],
    ['', '<meta http-equiv="Content-Language" content="ko-KR">', 'ko'],
    ['lang="x"', '', undefined],
  ])('reads the language from <html %s> %s', (attrs, head, lang) => {
    expect(readMeta(parse(head, '', attrs)).lang).toBe(lang);
  });

  it('returns an empty object for a bare page', () => {
    expect(readMeta(parse(''))).toEqual({});
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2024-10-16', '2024-10-16'],
    ['2024-10-16T23:30:00-05:00', '2024-10-16'],
    ['2024-1-5', '2024-01-05'],
    ['2024-10', '2024-10'],
    ['2024/10/16 08:00', '2024-10-16'],
    ['2024.10.16', '2024-10-16'],
    ['20241016', '2024-10-16'],
    ['Oct 16, 2024', '2024-10-16'],
    ['October 16th, 2024', '2024-10-16'],
    ['Wed, 16 October 2024 09:00', '2024-10-16'],
    ['16 Oct. 2024', '2024-10-16'],
  ])('%s -> %s', (input, output) => {
    expect(normalizeDate(input)).toBe(output);
  });

  it.each([
    '',
    '   ',
    'yesterday',
    '2024-13-01',
    '2024-02-40',
    '1066-10-14',
    'Foo 12, 2024',
    null,
    undefined,
  ])('rejects %s', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});
