/**
 * Wraps claim text in `<caveat-mark>` elements, and puts the page back exactly as it was.
 *
 * A claim's span can cross inline elements (`<em>`, `<a>`, `<b>`), so it becomes one mark per
 * text node piece, each inside the piece's own parent: links stay links, with the mark inside.
 * Undoing keeps the page's own references valid: the ORIGINAL Text node objects go back in their
 * places with their original data, and the split-off nodes and marks disappear. `normalize()` is
 * never called, since it would merge text nodes the page may hold references to.
 */
import { textRangesFromOffsets, type TextMap, type TextPiece } from '../text/text-map';
import type { ClaimKind } from '../types';

/** The tag of our marks: a custom element name, so page CSS written for `mark` leaves it alone. */
export const MARK_TAG = 'caveat-mark';

/** What the highlighter needs of a claim. */
export interface HighlightClaim {
  id: string;
  kind: ClaimKind;
  /** Offsets into `map.text`. */
  start: number;
  end: number;
}

export interface HighlightHandle {
  /** Each claim's marks in document order (claims with only whitespace pieces are absent). */
  marks: Map<string, HTMLElement[]>;
  /** Restores the original DOM; safe to call twice and after the page changed the marked nodes. */
  remove(): void;
}

export interface HighlightOptions {
  /** The document to create marks in; defaults to the map root's document. */
  doc?: Document;
}

/** One original text node and what replaced it in its parent. */
interface Touched {
  node: Text;
  data: string;
  parent: Node;
  /** The top-level nodes (text fragments and marks) now standing where `node` stood. */
  replacement: Node[];
}

interface PlannedPiece extends TextPiece {
  mark: HTMLElement;
}

const onlySpace = /^\s*$/;

/** Claims sorted by start, with overlaps clipped so no character is marked twice. */
function clipOverlaps(claims: readonly HighlightClaim[]): HighlightClaim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: HighlightClaim[] = [];
  let reached = 0;
  for (const claim of sorted) {
    const start = Math.max(claim.start, reached);
    if (start >= claim.end) continue;
    out.push({ ...claim, start });
    reached = claim.end;
  }
  return out;
}

/** Wraps `pieces` (all in `node`, sorted, disjoint) in their marks; returns what replaced `node`. */
function wrapNode(node: Text, pieces: PlannedPiece[]): Node[] {
  const parent = node.parentNode as Node;
  const after = node.nextSibling;
  // From the end, so the offsets of earlier pieces stay valid in `node`.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i] as PlannedPiece;
    if (piece.end < node.length) node.splitText(piece.end);
    const target = piece.start > 0 ? node.splitText(piece.start) : node;
    parent.insertBefore(piece.mark, target);
    piece.mark.appendChild(target);
  }
  const replacement: Node[] = [];
  const first = node.parentNode === parent ? node : (node.parentNode as Node);
  for (let n: Node | null = first; n !== null && n !== after; n = n.nextSibling) {
    replacement.push(n);
  }
  return replacement;
}

/** Puts one original node back in place of its replacement, as far as the page still allows. */
function restore(touched: Touched): void {
  const { node, data, parent, replacement } = touched;
  const anchor = replacement.find((n) => n.parentNode === parent);
  if (anchor === undefined) return; // The page removed or replaced all of it: nothing to undo.
  if (anchor !== node) parent.insertBefore(node, anchor);
  if (node.data !== data) node.data = data;
  for (const n of replacement) {
    if (n !== node && n.parentNode === parent) parent.removeChild(n);
  }
}

/** The fragment's position within its claim, for CSS that draws one continuous highlight. */
function part(index: number, count: number): string {
  if (count === 1) return 'only';
  if (index === 0) return 'first';
  return index === count - 1 ? 'last' : 'middle';
}

/**
 * Wraps each claim's text in `caveat-mark` elements carrying `data-claim-id`, `data-claim-kind`
 * and `data-claim-part`; the first fragment of a claim gets `tabindex="0"` (one tab stop per
 * claim). Whitespace-only pieces are never wrapped. Pieces whose node changed since the map was
 * built are skipped.
 */
export function highlightClaims(
  map: TextMap,
  claims: readonly HighlightClaim[],
  options: HighlightOptions = {},
): HighlightHandle {
  const doc = options.doc ?? map.root.ownerDocument;
  const marks = new Map<string, HTMLElement[]>();
  const byNode = new Map<Text, PlannedPiece[]>();
  // A blank mark per kind, part and tab stop, cloned for each piece: one native copy instead of
  // creating the element and setting its attributes one by one.
  const blanks = new Map<string, HTMLElement>();
  const markOf = (kind: ClaimKind, where: string, tabStop: boolean): HTMLElement => {
    const key = `${kind} ${where} ${tabStop}`;
    let blank = blanks.get(key);
    if (!blank) {
      blank = doc.createElement(MARK_TAG);
      blank.setAttribute('data-claim-kind', kind);
      blank.setAttribute('data-claim-part', where);
      if (tabStop) blank.setAttribute('tabindex', '0');
      blanks.set(key, blank);
    }
    return blank.cloneNode(false) as HTMLElement;
  };

  for (const claim of clipOverlaps(claims)) {
    const pieces = textRangesFromOffsets(map, claim.start, claim.end).filter(
      (p) =>
        p.node.parentNode !== null &&
        p.end <= p.node.length &&
        !onlySpace.test(p.node.data.slice(p.start, p.end)),
    );
    if (pieces.length === 0) continue;
    const claimMarks: HTMLElement[] = [];
    pieces.forEach((piece, i) => {
      const mark = markOf(claim.kind, part(i, pieces.length), i === 0);
      mark.setAttribute('data-claim-id', claim.id);
      claimMarks.push(mark);
      const list = byNode.get(piece.node) ?? [];
      list.push({ ...piece, mark });
      byNode.set(piece.node, list);
    });
    // Two claims with one id (a repeated sentence) share the entry.
    marks.set(claim.id, [...(marks.get(claim.id) ?? []), ...claimMarks]);
  }

  const touched: Touched[] = [];
  for (const [node, pieces] of byNode) {
    pieces.sort((a, b) => a.start - b.start);
    const parent = node.parentNode as Node;
    const data = node.data;
    touched.push({ node, data, parent, replacement: wrapNode(node, pieces) });
  }

  let removed = false;
  return {
    marks,
    remove(): void {
      if (removed) return;
      removed = true;
      for (let i = touched.length - 1; i >= 0; i--) restore(touched[i] as Touched);
    },
  };
}
