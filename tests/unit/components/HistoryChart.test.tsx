// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { englishT } from '@/components/ui-strings';
import {
  HistoryChart,
  historyPoints,
  labelledPoints,
  niceScale,
  placeLabels,
} from '@/components/HistoryChart';
import { makeClaim, makeContext } from '../fixtures/claim-context';

describe('HistoryChart', () => {
  const points = historyPoints(makeContext(), makeClaim(), englishT, 'en');

  it('builds points from earlier claims plus the current claim at the article date', () => {
    expect(points.map((p) => [p.id, p.current])).toEqual([
      ['h1', false],
      ['h2', false],
      ['c1', true],
    ]);
    expect(points[2]?.date).toBe('2024-03-10');
  });

  it('uses the matching history entry as the current point when there is one', () => {
    const ctx = makeContext();
    const current = ctx.earlier[1]!;
    const pts = historyPoints({ ...ctx, current }, makeClaim(), englishT, 'en');
    expect(pts.filter((p) => p.current).map((p) => p.id)).toEqual(['h2']);
    expect(pts).toHaveLength(2);
  });

  it('is one image with a summary label and compact axis values', () => {
    render(<HistoryChart points={points} t={englishT} locale="en" />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      '2 earlier claims, Sep 2017 to Mar 18, 2023, from 800K to 3.5M. This claim: 1,400,000 young people.',
    );
    const labels = Array.from(img.querySelectorAll('text')).map((n) => n.textContent);
    expect(labels).toContain('4M');
    expect(labels).toContain('2017');
    expect(img.querySelectorAll('[data-current="true"]')).toHaveLength(1);
    expect(img.querySelectorAll('circle')).toHaveLength(2);
  });

  it('labels this claim and the highest and lowest earlier figures with figure and year', () => {
    render(<HistoryChart points={points} t={englishT} locale="en" />);
    const labels = Array.from(
      screen.getByRole('img').querySelectorAll('[data-testid="chart-label"]'),
    ).map((n) => n.textContent);
    expect(labels).toEqual(['this claim: 1.4M, 2024', '3.5M, 2017', '800K, 2023']);
  });

  it('has a table alternative with caption and one row per point', () => {
    render(<HistoryChart points={points} t={englishT} locale="en" />);
    const table = screen.getByRole('table');
    expect(within(table).getByText('Earlier claims of this family')).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[3]?.textContent).toContain('1,400,000 young people (this claim)');
    expect(rows[1]?.textContent).toContain('nearly 3,500,000 people');
    expect(rows[1]?.textContent).toContain('unverifiable');
  });

  it('clips the table through a wrapper, since a table never shrinks below its content', () => {
    render(<HistoryChart points={points} t={englishT} locale="en" />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('style') ?? '').toBe('');
    const wrapper = table.parentElement!;
    expect(wrapper.style.position).toBe('absolute');
    expect(wrapper.style.width).toBe('1px');
    expect(wrapper.style.overflow).toBe('hidden');
  });

  it('renders nothing without dated points', () => {
    const { container } = render(<HistoryChart points={[]} t={englishT} />);
    expect(container.textContent).toBe('');
  });

  it('picks round axis maxima', () => {
    expect(niceScale(3_500_000)).toEqual({ max: 4_000_000, step: 1_000_000 });
    expect(niceScale(130)).toEqual({ max: 150, step: 50 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
  });
});

describe('chart labels', () => {
  const at = (id: string, value: number, x: number, current = false) => ({
    p: { id, date: '2020', value, claimant: '', figureText: '', current },
    x,
  });

  it('labels this claim and the extremes, each once', () => {
    const dated = [at('a', 5, 1), at('b', 1, 2), at('c', 3, 3), at('now', 1, 4, true)];
    expect(labelledPoints(dated).map((d) => d.p.id)).toEqual(['now', 'a', 'b']);
    expect(labelledPoints([at('a', 5, 1), at('now', 2, 2, true)]).map((d) => d.p.id)).toEqual([
      'now',
      'a',
    ]);
  });

  it('keeps labels inside the drawing and apart from each other', () => {
    const placed = placeLabels([
      { id: 'a', cx: 350, cy: 30, current: true, text: 'this claim: 1.4M, 2024' },
      { id: 'b', cx: 345, cy: 32, current: false, text: '1.4M, 2023' },
      { id: 'c', cx: 45, cy: 130, current: false, text: '800K, 2015' },
    ]);
    const boxes = placed.map((l) => {
      const width = l.text.length * 6.8;
      const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
      return { left, right: left + width, top: l.y - 12, bottom: l.y + 3 };
    });
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(34);
      expect(box.right).toBeLessThanOrEqual(360);
      expect(box.top).toBeGreaterThanOrEqual(0);
    }
    const [a, b] = boxes;
    const overlap =
      a!.left < b!.right && b!.left < a!.right && a!.top < b!.bottom && b!.top < a!.bottom;
    expect(overlap).toBe(false);
    expect(placed[0]?.anchor).toBe('end');
  });
});
