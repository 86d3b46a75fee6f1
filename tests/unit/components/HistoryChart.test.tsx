// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { englishT } from '@/components/card-messages';
import { HistoryChart, historyPoints, niceScale } from '@/components/HistoryChart';
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
    expect(labels).toContain('this claim');
    expect(img.querySelectorAll('[data-current="true"]')).toHaveLength(1);
    expect(img.querySelectorAll('circle')).toHaveLength(2);
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
