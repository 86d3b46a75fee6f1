import { describe, expect, it } from 'vitest';
import { MIN_CARD_ROOM, placeCard, unionRect } from '@/lib/placement';

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

  it('keeps clear of every line of a two-line claim, not just the line it was opened on', () => {
    // A headline wrapping over two 40 px lines; the pointer was on the first line.
    const lines = [
      { top: 150, left: 160, width: 640, height: 40 },
      { top: 192, left: 160, width: 500, height: 40 },
    ];
    const box = { ...unionRect(lines)!, alignLeft: lines[0]!.left };
    const p = placeCard(box, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(232 + 8);
    for (const line of lines) expect(p.top).toBeGreaterThanOrEqual(line.top + line.height);
  });

  it('flips above a multi-line claim near the bottom without touching its first line', () => {
    const lines = [
      { top: 560, left: 100, width: 600, height: 30 },
      { top: 590, left: 100, width: 600, height: 30 },
      { top: 620, left: 100, width: 200, height: 30 },
    ];
    const p = placeCard(unionRect(lines)!, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(card.height, p.maxHeight)).toBeLessThanOrEqual(560 - 8);
  });

  it('lines the card up with the pointer line but keeps it inside the viewport', () => {
    const box = { top: 100, left: 40, width: 700, height: 60, alignLeft: 1000 };
    const p = placeCard(box, card, viewport);
    expect(p.left).toBe(1200 - 8 - 400);
    expect(p.top).toBe(168);
  });

  it('overlaps the claim only when neither side has room, pinned to the bottom edge', () => {
    const p = placeCard({ top: 20, left: 10, width: 500, height: 760 }, card, viewport);
    expect(p.side).toBe('over');
    expect(p.top).toBe(800 - 8 - 300);
    expect(p.maxHeight).toBe(800 - 16);
  });

  it('stays beside the claim when one side has at least the minimum room', () => {
    const anchor = { top: 8 + 8 + MIN_CARD_ROOM, left: 10, width: 500, height: 640 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(MIN_CARD_ROOM);
    expect(p.top + p.maxHeight).toBe(anchor.top - 8);
  });
});

describe('unionRect', () => {
  it('spans all fragments and all lines of a claim', () => {
    const box = unionRect([
      { top: 200, left: 300, width: 100, height: 20 },
      { top: 222, left: 50, width: 400, height: 20 },
      { top: 244, left: 50, width: 120, height: 20 },
    ]);
    expect(box).toEqual({ top: 200, left: 50, width: 400, height: 64 });
  });

  it('ignores empty rects and returns undefined when nothing is left', () => {
    expect(unionRect([{ top: 0, left: 0, width: 0, height: 0 }])).toBeUndefined();
    expect(
      unionRect([
        { top: 0, left: 0, width: 0, height: 0 },
        { top: 10, left: 20, width: 30, height: 40 },
      ]),
    ).toEqual({ top: 10, left: 20, width: 30, height: 40 });
  });
});
