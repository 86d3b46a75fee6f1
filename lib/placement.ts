/**
 * Where the context card goes next to a claim: pure flip-and-clamp arithmetic on literal rects,
 * so it can be unit-tested without layout (happy-dom has none). Only the card controller measures.
 */

/** A rectangle in viewport (client) coordinates. */
export interface AnchorRect {
  top: number;
  left: number;
  width: number;
  height: number;
  /**
   * Left edge to line the card up with, when it differs from the box's (the line the pointer
   * opened the card on). The card still keeps clear of the whole box vertically.
   */
  alignLeft?: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /**
   * Which side of the anchor the card sits on; `over` only when the claim leaves too little room
   * on both sides (a claim taller than the window), so the card has to overlap it.
   */
  side: 'below' | 'above' | 'over';
  /** The card width to use: the requested width, narrowed to fit the viewport. */
  width: number;
  /** The height available on the chosen side; the card scrolls inside when taller. */
  maxHeight: number;
}

/** Widest the card gets; narrow windows shrink it to the viewport minus margins. */
export const CARD_MAX_WIDTH = 400;

/**
 * Below this many pixels a side is too cramped to read a card in (a heading and two lines), so
 * when neither side has that much the card overlaps the claim instead of shrinking to a sliver.
 */
export const MIN_CARD_ROOM = 120;

/**
 * The box around every fragment of a claim: all its marks and every line each mark wraps over.
 * Empty rects (collapsed or hidden fragments) are skipped; undefined when nothing is left.
 */
export function unionRect(
  rects: Iterable<{ top: number; left: number; width: number; height: number }>,
): AnchorRect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const r of rects) {
    if (r.width <= 0 && r.height <= 0) continue;
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
    bottom = Math.max(bottom, r.top + r.height);
    right = Math.max(right, r.left + r.width);
  }
  if (top === Infinity) return undefined;
  return { top, left, width: right - left, height: bottom - top };
}

/**
 * Places a card of `card` size below the anchor, or above it when there is not enough room below
 * and more room above, never over the anchor while either side has `MIN_CARD_ROOM`; clamps it
 * inside the viewport with `margin` on every side. The anchor should be the whole claim's box
 * (`unionRect`), so a claim that wraps over lines stays readable next to its card.
 */
export function placeCard(anchor: AnchorRect, card: Size, viewport: Size, margin = 8): Placement {
  const width = Math.max(0, Math.min(card.width, CARD_MAX_WIDTH, viewport.width - 2 * margin));
  const left = clamp(anchor.alignLeft ?? anchor.left, margin, viewport.width - margin - width);
  const anchorBottom = anchor.top + anchor.height;
  // Room between the anchor (plus a gap of `margin`) and the viewport edge (minus `margin`).
  const roomBelow = Math.max(0, viewport.height - margin - (anchorBottom + margin));
  const roomAbove = Math.max(0, anchor.top - margin - margin);
  const fullHeight = Math.max(0, viewport.height - 2 * margin);

  if (Math.max(roomBelow, roomAbove) < Math.min(card.height, MIN_CARD_ROOM)) {
    // No usable room on either side: overlap the claim, pinned to the viewport's bottom edge so
    // the claim's first lines stay visible above it.
    const height = Math.min(card.height, fullHeight);
    return {
      top: Math.max(margin, viewport.height - margin - height),
      left,
      side: 'over',
      width,
      maxHeight: fullHeight,
    };
  }

  const fitsBelow = card.height <= roomBelow;
  const side: Placement['side'] = fitsBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = side === 'below' ? roomBelow : roomAbove;
  const height = Math.min(card.height, maxHeight);

  let top = side === 'below' ? anchorBottom + margin : anchor.top - margin - height;
  top = clamp(top, margin, viewport.height - margin - height);
  return { top, left, side, width, maxHeight };
}

/** Clamps into [min, max]; when the range is empty the minimum wins (keep the top-left visible). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
