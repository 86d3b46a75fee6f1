import { describe, expect, it } from 'vitest';
import { placeCard } from '@/lib/placement';

const viewport = { width: 1200, height: 800 };
const card = { width: 400, height: 300 };

describe('placeCard', () => {
  it('places the card below the anchor, aligned with its left edge', () => {
    const p = placeCard({ top: 100, left: 200, width: 150, height: 20 }, card, viewport);
    expect(p).toEqual({ top: 128, left: 200, side: 'below', width: 400, maxHeight: 664 });
  });

  it('flips above when there is not enough room below', () => {
    const p = placeCard({ top: 600, left: 200, width: 150, height: 20 }, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBe(600 - 8 - 300);
  });

  it('stays below when neither side fits but below has more room, and limits the height', () => {
    const p = placeCard({ top: 150, left: 10, width: 50, height: 20 }, card, {
      width: 800,
      height: 400,
    });
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(400 - 8 - 178);
    expect(p.top).toBe(178);
  });

  it('chooses above when neither side fits and above has more room', () => {
    const p = placeCard({ top: 250, left: 10, width: 50, height: 20 }, card, {
      width: 800,
      height: 400,
    });
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(250 - 16);
    expect(p.top).toBe(8);
  });

  it('clamps at the right edge', () => {
    const p = placeCard({ top: 100, left: 1100, width: 80, height: 20 }, card, viewport);
    expect(p.left).toBe(1200 - 8 - 400);
  });

  it('clamps at the left edge for anchors partly off screen', () => {
    const p = placeCard({ top: 100, left: -40, width: 80, height: 20 }, card, viewport);
    expect(p.left).toBe(8);
  });

  it('narrows the card in a narrow window and keeps the margins', () => {
    const p = placeCard({ top: 100, left: 150, width: 80, height: 20 }, card, {
      width: 320,
      height: 800,
    });
    expect(p.width).toBe(304);
    expect(p.left).toBe(8);
    expect(p.left + p.width).toBe(312);
  });

  it('never makes the card wider than 400 px', () => {
    const p = placeCard(
      { top: 0, left: 0, width: 10, height: 10 },
      { width: 900, height: 100 },
      viewport,
    );
    expect(p.width).toBe(400);
  });

  it('keeps a card for an anchor scrolled above the viewport inside it', () => {
    const p = placeCard({ top: -200, left: 100, width: 80, height: 20 }, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(8);
  });
});
