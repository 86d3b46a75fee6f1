// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightClaims, type HighlightClaim } from '@/lib/highlight/highlighter';
import { buildTextMap } from '@/lib/text/text-map';
import { serialize } from './serialize';

/** A root holding `html` in the global document. */
function dom(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  const root = document.importNode(parsed.getElementById('root') as HTMLElement, true);
  document.body.replaceChildren(root);
  return root;
}

/** Every text node under `root`, in order. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** A claim over the first occurrence of `phrase` in the map text. */
function claimOver(text: string, phrase: string, id = 'c1'): HighlightClaim {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { id, kind: 'state-media', start, end: start + phrase.length };
}

describe('highlightClaims', () => {
  it('wraps a claim inside one text node and unwraps to the identical DOM', () => {
    const root = dom('<p>Before. KCNA said 1.4 million joined. After.</p>');
    const before = serialize(root);
    const original = textNodes(root);
    const map = buildTextMap(root);
    const handle = highlightClaims(map, [claimOver(map.text, 'KCNA said 1.4 million joined.')]);
    const marks = handle.marks.get('c1') ?? [];
    expect(marks).toHaveLength(1);
    expect(marks[0]?.localName).toBe('caveat-mark');
    expect(marks[0]?.textContent).toBe('KCNA said 1.4 million joined.');
    expect(marks[0]?.getAttribute('data-claim-kind')).toBe('state-media');
    expect(marks[0]?.getAttribute('data-claim-part')).toBe('only');
    expect(marks[0]?.getAttribute('tabindex')).toBe('0');
    expect(root.textContent).toBe('Before. KCNA said 1.4 million joined. After.');
    handle.remove();
    expect(serialize(root)).toBe(before);
    expect(textNodes(root)).toEqual(original);
    expect(textNodes(root)[0]).toBe(original[0]);
  });

  it('splits a claim across <em>, <a> and <b>, keeping links as links', () => {
    const root = dom(
      '<p>Intro. <em>State media</em> said <a href="/x">about <b>1.4</b> million</a> youths joined. Next.</p>',
    );
    const before = serialize(root);
    const original = textNodes(root);
    const map = buildTextMap(root);
    const claim = claimOver(map.text, 'State media said about 1.4 million youths joined.');
    const handle = highlightClaims(map, [claim]);
    const marks = handle.marks.get('c1') ?? [];
    expect(marks.map((m) => m.textContent)).toEqual([
      'State media',
      ' said ',
      'about ',
      '1.4',
      ' million',
      ' youths joined.',
    ]);
    expect(marks.map((m) => m.getAttribute('data-claim-part'))).toEqual([
      'first',
      'middle',
      'middle',
      'middle',
      'middle',
      'last',
    ]);
    expect(marks.filter((m) => m.hasAttribute('tabindex'))).toEqual([marks[0]]);
    expect(new Set(marks.map((m) => m.getAttribute('data-claim-id')))).toEqual(new Set(['c1']));
    // The link is still there, with the marks inside it and never around it.
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/x');
    expect(link?.closest('caveat-mark')).toBeNull();
    expect(link?.querySelectorAll('caveat-mark')).toHaveLength(3);
    handle.remove();
    expect(serialize(root)).toBe(before);
    expect(textNodes(root)).toEqual(original);
  });

  it('never wraps whitespace-only pieces', () => {
    const root = dom('<p><b>Kim</b> <i> </i> <b>said</b> so.</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Kim said so.');
    const handle = highlightClaims(map, [claimOver(map.text, 'Kim said')]);
    const marks = handle.marks.get('c1') ?? [];
    expect(marks.map((m) => m.textContent)).toEqual(['Kim', 'said']);
    expect(root.querySelector('i')?.querySelector('caveat-mark')).toBeNull();
    handle.remove();
  });

  it('wraps several claims in one text node and keeps each id on its own marks', () => {
    const root = dom('<p>One claim here. Two claim there. Three.</p>');
    const before = serialize(root);
    const map = buildTextMap(root);
    const handle = highlightClaims(map, [
      { ...claimOver(map.text, 'Two claim there.', 'b'), kind: 'official-estimate' },
      claimOver(map.text, 'One claim here.', 'a'),
    ]);
    expect(handle.marks.get('a')?.map((m) => m.textContent)).toEqual(['One claim here.']);
    expect(handle.marks.get('b')?.[0]?.getAttribute('data-claim-kind')).toBe('official-estimate');
    expect(root.querySelectorAll('caveat-mark')).toHaveLength(2);
    handle.remove();
    expect(serialize(root)).toBe(before);
  });

  it('clips overlapping claims so no text is marked twice', () => {
    const root = dom('<p>abcdefghij</p>');
    const map = buildTextMap(root);
    const handle = highlightClaims(map, [
      { id: 'x', kind: 'denial', start: 0, end: 6 },
      { id: 'y', kind: 'denial', start: 4, end: 10 },
    ]);
    expect(handle.marks.get('x')?.[0]?.textContent).toBe('abcdef');
    expect(handle.marks.get('y')?.[0]?.textContent).toBe('ghij');
    expect(root.querySelectorAll('caveat-mark caveat-mark')).toHaveLength(0);
    handle.remove();
  });

  it('leaves claims spanning paragraphs in one piece per paragraph', () => {
    const root = dom('<p>First para ends.</p><p>Second starts.</p>');
    const map = buildTextMap(root);
    const handle = highlightClaims(map, [claimOver(map.text, 'ends.\nSecond')]);
    expect(handle.marks.get('c1')?.map((m) => m.textContent)).toEqual(['ends.', 'Second']);
    handle.remove();
  });

  it('re-reads a highlighted page to the same text', () => {
    const root = dom('<p>The <em>army</em> grew   by <a href="#">a lot</a>.</p>');
    const map = buildTextMap(root);
    const handle = highlightClaims(map, [claimOver(map.text, 'army grew by a')]);
    expect(buildTextMap(root).text).toBe(map.text);
    handle.remove();
  });

  it('does not throw when the page removed or replaced marked nodes, and restores the rest', () => {
    const root = dom('<p id="a">Keep this claim.</p><p id="b">Drop this claim.</p>');
    const map = buildTextMap(root);
    const handle = highlightClaims(map, [
      claimOver(map.text, 'this claim', 'keep'),
      claimOver(map.text, 'Drop this', 'drop'),
    ]);
    root.querySelector('#b')?.replaceChildren(document.createTextNode('Replaced by the page.'));
    expect(() => handle.remove()).not.toThrow();
    expect(() => handle.remove()).not.toThrow();
    expect(root.querySelector('caveat-mark')).toBeNull();
    expect(root.querySelector('#a')?.childNodes).toHaveLength(1);
    expect(root.textContent).toBe('Keep this claim.Replaced by the page.');
  });

  it('does not throw when a mark was detached from the page', () => {
    const root = dom('<p>Only claim here.</p>');
    const map = buildTextMap(root);
    const handle = highlightClaims(map, [claimOver(map.text, 'Only claim here.')]);
    handle.marks.get('c1')?.[0]?.remove();
    expect(() => handle.remove()).not.toThrow();
    expect(root.querySelector('p')?.textContent).toBe('');
  });

  it('skips pieces whose nodes changed after the map was built', () => {
    const root = dom('<p>Short text that will shrink.</p>');
    const map = buildTextMap(root);
    const node = root.querySelector('p')?.firstChild as Text;
    node.data = 'Short';
    const handle = highlightClaims(map, [claimOver(map.text, 'will shrink')]);
    expect(handle.marks.size).toBe(0);
    expect(root.querySelector('caveat-mark')).toBeNull();
  });
});
