// @vitest-environment happy-dom
/**
 * Property tests over generated DOM trees: nested inline elements, blocks, whitespace runs,
 * RTL Arabic and Hebrew, emoji with modifiers, combining marks, very long text nodes, and both
 * API-built trees (adjacent and empty text nodes) and parsed HTML (entities).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightClaims, type HighlightClaim } from '@/lib/highlight/highlighter';
import { buildTextMap, rangeFromOffsets } from '@/lib/text/text-map';
import { serialize } from './serialize';

type Tree = { text: string } | { tag: string; children: Tree[] };

const INLINE = ['b', 'i', 'em', 'a', 'span', 'strong'];
const BLOCK = ['p', 'div', 'li', 'br'];
const TOKENS = [
  'North Korea',
  'KCNA said',
  '1.4 million',
  'troops.',
  '&',
  '<tag>',
  '"quoted"',
  'كوريا الشمالية',
  'צפון קוריאה',
  '😀',
  '👍🏽',
  'e\u0301',
  'n\u0303o',
  '북한',
  ' ',
  '   ',
  '\n\t ',
  '\u00a0',
  '\u2003',
];

const textArb: fc.Arbitrary<Tree> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .array(fc.constantFrom(...TOKENS), { maxLength: 6 })
      .map((t) => ({ text: t.join('') })),
  },
  { weight: 1, arbitrary: fc.constant({ text: 'long text '.repeat(400) }) },
  { weight: 1, arbitrary: fc.constant({ text: '' }) },
);

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({
      tag: fc.constantFrom(...INLINE, ...INLINE, ...BLOCK),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

const rootArb = fc.record({
  children: fc.array(treeArb, { minLength: 1, maxLength: 5 }),
  parsed: fc.boolean(),
});

const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/😀/g, '&#x1F600;');

function toHtml(tree: Tree): string {
  if ('text' in tree) return escapeHtml(tree.text);
  if (tree.tag === 'br') return '<br>';
  const attrs = tree.tag === 'a' ? ' href="#x"' : '';
  return `<${tree.tag}${attrs}>${tree.children.map(toHtml).join('')}</${tree.tag}>`;
}

function toDom(tree: Tree): Node {
  if ('text' in tree) return document.createTextNode(tree.text);
  const el = document.createElement(tree.tag);
  if (tree.tag === 'a') el.setAttribute('href', '#x');
  if (tree.tag !== 'br') for (const child of tree.children) el.append(toDom(child));
  return el;
}

/** Builds the root in the global document, by DOM calls or by parsing HTML. */
function build({ children, parsed }: { children: Tree[]; parsed: boolean }): HTMLElement {
  let root: HTMLElement;
  if (parsed) {
    const html = `<div id="root">${children.map(toHtml).join('')}</div>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    root = document.importNode(doc.getElementById('root') as HTMLElement, true);
  } else {
    root = document.createElement('div');
    for (const child of children) root.append(toDom(child));
  }
  document.body.replaceChildren(root);
  return root;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ');
const squash = (s: string): string => s.replace(/\s+/g, '');

/** Random spans as fractions of the text length, turned into offsets per generated text. */
const spansArb = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  {
    maxLength: 5,
  },
);

function toClaims(length: number, spans: [number, number][]): HighlightClaim[] {
  return spans.map(([a, b], i) => {
    const x = Math.floor(a * length);
    const y = Math.floor(b * length);
    return { id: `c${i}`, kind: 'accusation', start: Math.min(x, y), end: Math.max(x, y) + 1 };
  });
}

const RUNS = { numRuns: 200 };

describe('highlighter properties', () => {
  it('wrap then remove is the identity, and text is unchanged while highlighted', () => {
    fc.assert(
      fc.property(rootArb, spansArb, (spec, spans) => {
        const root = build(spec);
        const before = serialize(root);
        const textBefore = root.textContent;
        const originals = textNodes(root);
        const originalData = originals.map((n) => n.data);
        const map = buildTextMap(root);
        const handle = highlightClaims(map, toClaims(map.text.length, spans));
        expect(root.textContent).toBe(textBefore);
        expect(buildTextMap(root).text).toBe(map.text);
        handle.remove();
        expect(serialize(root)).toBe(before);
        const after = textNodes(root);
        expect(after.length).toBe(originals.length);
        after.forEach((n, i) => {
          expect(n).toBe(originals[i]);
          expect(n.data).toBe(originalData[i]);
        });
      }),
      RUNS,
    );
  });

  it('marks of one claim carry one id, skip whitespace-only text and cover the claim', () => {
    fc.assert(
      fc.property(rootArb, spansArb, (spec, spans) => {
        const root = build(spec);
        const map = buildTextMap(root);
        // Disjoint claims, so that clipping does not change what each one covers.
        const claims = toClaims(map.text.length, spans.slice(0, 1));
        const handle = highlightClaims(map, claims);
        for (const claim of claims) {
          const marks = handle.marks.get(claim.id) ?? [];
          const slice = map.text.slice(claim.start, claim.end);
          expect(squash(marks.map((m) => m.textContent).join(''))).toBe(squash(slice));
          for (const mark of marks) {
            expect(mark.getAttribute('data-claim-id')).toBe(claim.id);
            expect(mark.textContent?.trim()).not.toBe('');
            expect(mark.querySelector('a')).toBeNull();
          }
          expect(marks.filter((m) => m.getAttribute('tabindex') === '0').length).toBe(
            marks.length > 0 ? 1 : 0,
          );
        }
        handle.remove();
      }),
      RUNS,
    );
  });

  it('every range is valid and reads as the map text slice', () => {
    fc.assert(
      fc.property(rootArb, spansArb, (spec, spans) => {
        const root = build(spec);
        const map = buildTextMap(root);
        expect(map.text).not.toMatch(/^\s|\s$|\n\n| {2}|[^\S \n]/);
        for (const { start, end } of toClaims(map.text.length, spans)) {
          const slice = map.text.slice(start, end);
          const range = rangeFromOffsets(map, start, end);
          if (slice.trim() === '' || squash(slice) === '') {
            if (range !== null) expect(squash(range.toString())).toBe('');
            continue;
          }
          expect(range).not.toBeNull();
          expect(root.contains(range?.startContainer ?? null)).toBe(true);
          expect(root.contains(range?.endContainer ?? null)).toBe(true);
          const read = range?.toString() ?? '';
          if (slice.includes('\n')) expect(squash(read)).toBe(squash(slice));
          else expect(collapse(read)).toBe(slice);
        }
      }),
      RUNS,
    );
  });
});
