// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeFromOffsets, textRangesFromOffsets } from '@/lib/text/text-map';

/**
 * A container holding `html` in the global document (happy-dom's Range misbehaves on documents
 * made by DOMParser, so the parsed nodes are imported).
 */
function dom(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  const root = document.importNode(parsed.getElementById('root') as HTMLElement, true);
  document.body.replaceChildren(root);
  return root;
}

const textOf = (html: string, skip?: (el: Element) => boolean): string =>
  buildTextMap(dom(html), { skip }).text;

/** The round-trip rule: a range's text, with whitespace runs collapsed, is the map slice. */
const collapse = (s: string): string => s.replace(/\s+/g, ' ');

describe('buildTextMap: text', () => {
  it('puts one block per line and never adds empty lines', () => {
    expect(
      textOf('<h1>Title</h1><p>One.</p><div><p>Two.</p></div><ul><li>a</li><li>b</li></ul>'),
    ).toBe('Title\nOne.\nTwo.\na\nb');
  });

  it('breaks at <br> and at the end of a block that has trailing inline text', () => {
    expect(textOf('<div>lead<p>para</p>tail<br>next</div>')).toBe('lead\npara\ntail\nnext');
  });

  it('keeps inline elements on the line and joins their text', () => {
    expect(textOf('<p>North <b>Korea</b> <em>said</em> it<a href="#">s</a> army grew.</p>')).toBe(
      'North Korea said its army grew.',
    );
  });

  it('collapses whitespace runs, newlines and no-break spaces, and trims each line', () => {
    expect(textOf('<p>\n   Some \t  words\n\nhere&nbsp;&nbsp;now   </p><p>  next </p>')).toBe(
      'Some words here now\nnext',
    );
  });

  it('collapses whitespace across inline element boundaries', () => {
    expect(textOf('<p>a <span> </span> <i> b</i></p>')).toBe('a b');
  });

  it('decodes entities to characters', () => {
    expect(textOf('<p>Kim &amp; the &quot;army&quot; &#8212; 1&nbsp;000</p>')).toBe(
      'Kim & the "army" \u2014 1 000',
    );
  });

  it('skips non-prose and hidden subtrees', () => {
    const html =
      '<p>keep<script>no()</script><style>.x{}</style><code>no</code> this</p>' +
      '<pre>no</pre><textarea>no</textarea><button>no</button><select><option>no</option></select>' +
      '<p hidden>no</p><p aria-hidden="true">no</p><div contenteditable="true">no</div>' +
      '<div contenteditable>no</div><p style="display: none">no</p><svg><text>no</text></svg>' +
      '<noscript>no</noscript><template><p>no</p></template><p>end</p>';
    expect(textOf(html)).toBe('keep this\nend');
  });

  it('keeps contenteditable="false" and aria-hidden="false" text', () => {
    expect(textOf('<p contenteditable="false">a</p><p aria-hidden="false">b</p>')).toBe('a\nb');
  });

  it('applies the skip option to whole subtrees, and a skipped block still breaks the line', () => {
    const skip = (el: Element): boolean => el.localName === 'aside';
    expect(textOf('<div>before<aside><p>side</p></aside>after</div>', skip)).toBe('before\nafter');
  });

  it('includes text inside caveat-mark elements', () => {
    const root = dom('<p>The <caveat-mark>army</caveat-mark> grew.</p>');
    expect(buildTextMap(root).text).toBe('The army grew.');
  });

  it('returns empty text for an empty or all-skipped root', () => {
    expect(textOf('')).toBe('');
    expect(textOf('<script>x</script>  <p>  </p>')).toBe('');
  });
});

describe('rangeFromOffsets and textRangesFromOffsets', () => {
  it('maps a span across inline elements back to the original nodes', () => {
    const root = dom('<p>North <b>Korea</b>   said <em>so</em>.</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('Korea');
    const end = map.text.indexOf('so') + 2;
    const pieces = textRangesFromOffsets(map, start, end);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual([
      'Korea',
      '   said ',
      'so',
    ]);
    const range = rangeFromOffsets(map, start, end);
    expect(range?.toString()).toBe('Korea   said so');
    expect(collapse(range?.toString() ?? '')).toBe(map.text.slice(start, end));
  });

  it('maps source-formatted text (line breaks and indents inside a paragraph) word for word', () => {
    const root = dom(
      '<p>\n      The army said on Monday that\n      about 1.2 million young people\t had signed up \n</p>',
    );
    const map = buildTextMap(root);
    expect(map.text).toBe(
      'The army said on Monday that about 1.2 million young people had signed up',
    );
    for (const word of ['army', 'that about', '1.2 million young', 'people had', 'up']) {
      const start = map.text.indexOf(word);
      const range = rangeFromOffsets(map, start, start + word.length);
      expect(collapse(range?.toString() ?? '')).toBe(word);
    }
  });

  it('leaves the line break out of every piece', () => {
    const root = dom('<p>one</p><p>two</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('one\ntwo');
    const pieces = textRangesFromOffsets(map, 1, 6);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['ne', 'tw']);
    expect(rangeFromOffsets(map, 3, 4)).toBeNull();
  });

  it('clamps out-of-bounds and empty spans', () => {
    const map = buildTextMap(dom('<p>abc</p>'));
    expect(textRangesFromOffsets(map, -5, 99).map((p) => [p.start, p.end])).toEqual([[0, 3]]);
    expect(textRangesFromOffsets(map, 2, 2)).toEqual([]);
    expect(rangeFromOffsets(map, 3, 1)).toBeNull();
  });

  it('round-trips every span within a line (exact rule: collapse(range) === slice)', () => {
    const root = dom(
      '<p>  Pyongyang&nbsp; <a href="#">claimed <b>1.4\n million</b></a>  youths <i>signed</i> up. </p>' +
        '<p>Seoul <span>doubted</span>  it.</p>',
    );
    const map = buildTextMap(root);
    const lines = map.text.split('\n');
    let lineStart = 0;
    for (const line of lines) {
      for (let s = lineStart; s < lineStart + line.length; s++) {
        for (let e = s + 1; e <= lineStart + line.length; e++) {
          const range = rangeFromOffsets(map, s, e);
          expect(collapse(range?.toString() ?? '')).toBe(map.text.slice(s, e));
        }
      }
      lineStart += line.length + 1;
    }
  });

  it('round-trips spans across lines once all whitespace is removed', () => {
    const root = dom('<h2>Head</h2>\n  <p>Body text</p><ul><li>item</li></ul>');
    const map = buildTextMap(root);
    const squash = (s: string): string => s.replace(/\s+/g, '');
    for (let s = 0; s < map.text.length; s++) {
      for (let e = s + 1; e <= map.text.length; e++) {
        const range = rangeFromOffsets(map, s, e);
        if (map.text.slice(s, e).trim() === '') continue;
        expect(squash(range?.toString() ?? '')).toBe(squash(map.text.slice(s, e)));
      }
    }
  });

  it('gives the same text and offsets after highlighting-style node splits', () => {
    const root = dom('<p>The army  has <em>grown</em> fast.</p>');
    const before = buildTextMap(root);
    const first = root.querySelector('p')?.firstChild as Text;
    const mid = first.splitText(4);
    mid.splitText(4);
    const mark = root.ownerDocument.createElement('caveat-mark');
    mid.before(mark);
    mark.append(mid);
    const after = buildTextMap(root);
    expect(after.text).toBe(before.text);
    expect(rangeFromOffsets(after, 4, 8)?.toString()).toBe('army');
  });
});

// Speed is the bench's (`npm run bench`, in real Chromium); here, that a long article maps whole.
describe('buildTextMap: a long article', () => {
  it('maps a 2,000-word article with its links inline', () => {
    const words = 'the army said on Monday that about 1.2 million young people had signed'.split(
      ' ',
    );
    const paras: string[] = [];
    for (let p = 0; p < 42; p++) {
      const sentence: string[] = [];
      for (let w = 0; w < 50; w++) sentence.push(words[(p + w) % words.length] as string);
      paras.push(
        `<p>${sentence.slice(0, 20).join(' ')} <a href="#">${sentence[20]}</a> ${sentence.slice(21).join(' ')}.</p>`,
      );
    }
    const root = dom(paras.join('\n'));
    const text = buildTextMap(root).text;
    expect(text.split(' ').length).toBeGreaterThanOrEqual(2000);
    // A link's word stands between its neighbours, one space on each side.
    const around = (k: number): string => words[k % words.length] as string;
    expect(text).toContain(`${around(19)} ${around(20)} ${around(21)}`);
  });
});

describe('maxChars', () => {
  it('stops reading once the text is long enough', () => {
    const doc = new DOMParser().parseFromString('<body><div></div></body>', 'text/html');
    const root = doc.querySelector('div')!;
    for (let i = 0; i < 100; i++) {
      const p = doc.createElement('p');
      p.textContent = `Paragraph ${i} has some words in it.`;
      root.append(p);
    }
    const full = buildTextMap(root);
    const capped = buildTextMap(root, { maxChars: 200 });
    expect(capped.text.length).toBeGreaterThanOrEqual(200);
    expect(capped.text.length).toBeLessThan(260);
    expect(full.text.startsWith(capped.text)).toBe(true);
  });
});
