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
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Which side of the anchor the card sits on. */
  side: 'below' | 'above';
  /** The card width to use: the requested width, narrowed to fit the viewport. */
  width: number;
  /** The height available on the chosen side; the card scrolls inside when taller. */
  maxHeight: number;
}

/** Widest the card gets; narrow windows shrink it to the viewport minus margins. */
export const CARD_MAX_WIDTH = 400;

/**
 * Places a card of `card` size below the anchor, or above it when there is not enough room below
 * and more room above; clamps it inside the viewport with `margin` on every side.
 */
export function placeCard(anchor: AnchorRect, card: Size, viewport: Size, margin = 8): Placement {
  const width = Math.max(0, Math.min(card.width, CARD_MAX_WIDTH, viewport.width - 2 * margin));
  const anchorBottom = anchor.top + anchor.height;
  // Room between the anchor (plus a gap of `margin`) and the viewport edge (minus `margin`).
  const roomBelow = Math.max(0, viewport.height - margin - (anchorBottom + margin));
  const roomAbove = Math.max(0, anchor.top - margin - margin);

  const fitsBelow = card.height <= roomBelow;
  const side: Placement['side'] = fitsBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);

  let top = side === 'below' ? anchorBottom + margin : anchor.top - margin - height;
  top = clamp(top, margin, viewport.height - margin - height);

  const left = clamp(anchor.left, margin, viewport.width - margin - width);
  return { top, left, side, width, maxHeight };
}

/** Clamps into [min, max]; when the range is empty the minimum wins (keep the top-left visible). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
