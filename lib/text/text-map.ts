/**
 * The one adapter between the article text (a plain string, what claim detection reads) and the
 * page DOM (text nodes, what the highlighter wraps). Everything downstream works on offsets into
 * `TextMap.text`; only this file knows how those offsets land in nodes.
 *
 * The text is what a reader reads: one line per block, whitespace collapsed, hidden and
 * non-prose subtrees left out. Block boundaries are decided by tag name (never computed style,
 * which forces layout and is slow), and the "\n" they add belongs to no node.
 */

/**
 * A run of map text copied from consecutive characters of one text node. Collapsed whitespace
 * ends a run, so a node may own several consecutive segments.
 */
interface Segment {
  node: Text;
  /** Offsets into the map text: [start, end). */
  start: number;
  end: number;
  /** Node offset of the segment's first character. */
  base: number;
}

/** The article text and the (internal) way back to its text nodes. */
export interface TextMap {
  /** What a reader reads: blocks separated by "\n", whitespace collapsed to single spaces. */
  readonly text: string;
  readonly root: Element;
  /** @internal Read only through the functions in this file. */
  readonly segments: readonly Segment[];
}

/** A piece of a text span inside one text node: `node.data.slice(start, end)`. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextMapOptions {
  /** Extra subtrees to leave out (navigation, comments ...); the fixed list below always applies. */
  skip?: (el: Element) => boolean;
  /**
   * Stop reading once the text is this long (the walk ends there, so a huge page costs no more
   * than its first `maxChars`); the last node read may take the text a little past it.
   */
  maxChars?: number;
}

/** Elements whose text is never prose: code, form controls, embedded media and markup islands. */
const ALWAYS_SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'datalist',
  'button',
  'svg',
  'math',
  'code',
  'pre',
  'kbd',
  'samp',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'head',
  'title',
]);

/** Tags that start a new line of text. Everything else is inline. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  // Skipped, but still a line break between the text around them.
  'pre',
  'textarea',
  'select',
  'video',
  'audio',
  'canvas',
  'iframe',
  'object',
  'svg',
  'math',
]);

/** Inline `style` that hides an element; a string test, no computed style. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Whether an element is left out of every map regardless of options. `tag`: its `localName`, which
 * the caller has read already.
 */
function alwaysSkipped(el: Element, tag: string): boolean {
  if (ALWAYS_SKIPPED.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('hidden') !== null) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Whitespace that collapsing changes: a run of JavaScript's `\s` (HTML whitespace, no-break and
 * other Unicode spaces) other than one single " ". Text between two such runs maps one to one to
 * the map text, so it is read as one run however many words it holds; each of these runs reads
 * as one space.
 */
const MESSY_RUN = /[^\S ]\s*| \s+/g;

/**
 * Reads `root`'s text as a reader sees it, with a mapping back to text nodes.
 *
 * Rules: text nodes in document order; subtrees for which `skip` returns true, or in the fixed
 * list (script, code, pre, form controls, `[hidden]`, `[aria-hidden=true]`, editable areas, ...)
 * are left out; each block element boundary is one "\n" (never two in a row, none at the ends);
 * runs of whitespace (JavaScript's `\s`: no-break and other Unicode spaces too) become one " ", and lines are trimmed. The " "
 * maps to the first whitespace character of its run. Text inside `caveat-mark` is page text, so a
 * highlighted page maps to the same text.
 */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const skip = options.skip;
  const maxChars = options.maxChars ?? Infinity;
  let breakPending = false;
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lineStart = true;
  let spaceNode: Text | null = null;
  let spaceOffset = 0;

  // Appends `chars`, taken from `node` at `offset`, extending the last segment when contiguous.
  const emit = (node: Text, offset: number, chars: string): void => {
    const last = segments[segments.length - 1];
    if (
      last !== undefined &&
      last.node === node &&
      last.end === length &&
      offset === last.base + (last.end - last.start)
    ) {
      last.end += chars.length;
    } else {
      segments.push({ node, start: length, end: length + chars.length, base: offset });
    }
    parts.push(chars);
    length += chars.length;
  };

  // Reads the run of non-space characters `chars` at offset `i` of `text`; `gap` is where the
  // whitespace before it in this node starts, or -1 (one space at most, before the run).
  const run = (text: Text, i: number, chars: string, gap: number): void => {
    if (gap >= 0 && !lineStart && !breakPending && spaceNode === null) {
      spaceNode = text;
      spaceOffset = gap;
    }
    if (breakPending) {
      if (!lineStart) {
        parts.push('\n');
        length += 1;
        lineStart = true;
      }
      breakPending = false;
      spaceNode = null;
    }
    if (spaceNode !== null) {
      emit(spaceNode, spaceOffset, ' ');
      spaceNode = null;
    }
    emit(text, i, chars);
    lineStart = false;
  };

  // Reads one text node: the stretches between its runs of messy whitespace (found natively),
  // each as one run, and the whitespace collapsed. A stretch holds no whitespace but single
  // spaces, and starts or ends with one only at the node's ends.
  const readText = (text: Text): void => {
    const data = text.data;
    // Where the last run read ends, and where the whitespace before the next one starts.
    let prevEnd = 0;
    let gap = -1;
    let from = 0;
    MESSY_RUN.lastIndex = 0;
    for (;;) {
      const messy = MESSY_RUN.exec(data);
      let to = messy === null ? data.length : messy.index;
      if (from < to && data.charCodeAt(from) === 32) gap = from++;
      if (from < to && data.charCodeAt(to - 1) === 32) to--;
      if (from < to) {
        run(text, from, from === 0 && to === data.length ? data : data.slice(from, to), gap);
        prevEnd = to;
      }
      if (messy === null) break;
      gap = messy.index;
      from = messy.index + messy[0].length;
    }
    // Trailing whitespace: the space (if any) is emitted before the next run, wherever it is.
    if (prevEnd < data.length && !lineStart && !breakPending && spaceNode === null) {
      spaceNode = text;
      spaceOffset = prevEnd;
    }
  };

  // Elements and text nodes in document order, skipped subtrees left out. A plain walk over
  // child and sibling links: a TreeWalker with a filter calls back into script for every node,
  // which costs more than the walk itself. Each node's type and tag are read once: whether an
  // element is a block is remembered on `blocks` (one entry per element entered) for the way
  // back up, since every property read is a call into the DOM.
  const blocks: boolean[] = [];
  let node: Node | null = root.firstChild;
  while (node !== null && length < maxChars) {
    let down: Node | null = null;
    let block = false;
    const type = node.nodeType;
    if (type === 1) {
      const el = node as Element;
      const tag = el.localName;
      // Entering a block ends the line before it; a skipped block still separates the text
      // around it.
      block = BLOCKS.has(tag);
      if (block) breakPending = true;
      if (!alwaysSkipped(el, tag) && (skip === undefined || !skip(el))) down = el.firstChild;
    } else if (type === 3) {
      readText(node as Text);
    }
    if (down !== null) {
      blocks.push(block);
      node = down;
      continue;
    }
    // Up and along: every block left on the way ends the line after it.
    for (;;) {
      if (block) breakPending = true;
      const next: Node | null = (node as Node).nextSibling;
      if (next !== null) {
        node = next;
        break;
      }
      const parent: Node | null = (node as Node).parentNode;
      if (parent === root || parent === null) {
        node = null;
        break;
      }
      node = parent;
      block = blocks.pop() ?? false;
    }
  }
  return { text: parts.join(''), root, segments };
}

/** Index of the segment containing map offset `pos`, or of the first one after it. */
function segmentAt(segments: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The per-text-node pieces of map span [start, end), in document order. Line breaks belong to
 * no node and so to no piece; collapsed whitespace inside a piece is included.
 */
export function textRangesFromOffsets(map: TextMap, start: number, end: number): TextPiece[] {
  const from = Math.max(0, start);
  const to = Math.min(map.text.length, end);
  const pieces: TextPiece[] = [];
  if (from >= to) return pieces;
  const segments = map.segments;
  for (let i = segmentAt(segments, from); i < segments.length; i++) {
    const seg = segments[i] as Segment;
    if (seg.start >= to) break;
    const a = Math.max(seg.start, from);
    const b = Math.min(seg.end, to);
    if (a >= b) continue;
    const piece = {
      node: seg.node,
      start: seg.base + (a - seg.start),
      end: seg.base + (b - seg.start),
    };
    const prev = pieces[pieces.length - 1];
    // Consecutive segments of one node (split by collapsed whitespace) make one piece, which
    // then covers the collapsed whitespace too.
    if (prev !== undefined && prev.node === piece.node) {
      prev.end = piece.end;
    } else {
      pieces.push(piece);
    }
  }
  return pieces;
}

/**
 * A DOM Range over map span [start, end), or null when the span holds no node text. Its
 * `toString()` equals `text.slice(start, end)` once whitespace runs are collapsed to one space,
 * for spans within one line that contain no skipped subtree (see the tests for the exact rule).
 */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  const pieces = textRangesFromOffsets(map, start, end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first === undefined || last === undefined) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
