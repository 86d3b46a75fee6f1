// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import {
  ArticleSummary,
  type ArticleSummaryProps,
  type SummaryData,
} from '@/components/ArticleSummary';
import { createTranslate, englishT } from '@/components/ui-strings';

const data: SummaryData = {
  total: 4,
  kinds: { 'state-media': 2, denial: 1, 'unnamed-source': 1, accusation: 0 },
  packTitle: 'Invented topic claims',
  familyTitle: 'Recruitment figures from a made-up ministry',
};

function renderSummary(props: Partial<ArticleSummaryProps> = {}) {
  const handlers = { onGoToFirst: vi.fn(), onClose: vi.fn() };
  const view = render(
    <ArticleSummary data={data} t={englishT} locale="en" {...handlers} {...props} />,
  );
  return { ...view, ...handlers };
}

describe('ArticleSummary', () => {
  it('is a region named "Caveat summary" with the total in its first line', () => {
    renderSummary();
    const region = screen.getByRole('region', { name: 'Caveat summary' });
    expect(region.textContent).toContain('Caveat highlighted 4 unverified claims in this article');
  });

  it('says "1 unverified claim" in the singular', () => {
    renderSummary({ data: { ...data, total: 1, kinds: { 'official-estimate': 1 } } });
    expect(screen.getByText('Caveat highlighted 1 unverified claim in this article')).toBeTruthy();
  });

  it('lists the kinds that occur, in display order, each label drawn as its mark', () => {
    const { container } = renderSummary();
    const items = Array.from(container.querySelectorAll('.caveat-summary-kinds li'));
    // CLAIM_KINDS order; kinds with no claim (accusation: 0, official-estimate absent) are left out.
    expect(items.map((li) => li.textContent)).toEqual([
      'State media: 2',
      'Unnamed source: 1',
      'Denial: 1',
    ]);
    const samples = items.map((li) => li.querySelector('.caveat-summary-sample'));
    expect(samples.map((s) => s?.getAttribute('data-kind'))).toEqual([
      'state-media',
      'unnamed-source',
      'denial',
    ]);
  });

  it('names the main family, the not-a-verdict reminder and what was not checked', () => {
    const { container } = renderSummary();
    const text = container.textContent ?? '';
    expect(text).toContain('Most claims concern: Recruitment figures from a made-up ministry');
    expect(text).toContain(
      'A highlight is not a verdict: it marks a claim no one has independently checked.',
    );
    expect(text).toContain(
      'Caveat looks only for Invented topic claims; nothing else in this article is checked.',
    );
  });

  it('leaves the family line out when no family matched', () => {
    const { container } = renderSummary({ data: { ...data, familyTitle: undefined } });
    expect(container.textContent).not.toContain('Most claims concern');
  });

  it('has a "Go to first claim" button and a named close button wired to the callbacks', () => {
    const { onGoToFirst, onClose } = renderSummary();
    fireEvent.click(screen.getByRole('button', { name: 'Go to first claim' }));
    expect(onGoToFirst).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Hide the summary on this page' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows page text as text: markup in a pack title is never parsed', () => {
    const { container } = renderSummary({
      data: { ...data, packTitle: '<img src=x onerror=alert(1)>', familyTitle: '<b>bold</b>' },
    });
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('carries the page theme and uses the translations it is given', () => {
    const t = createTranslate((key) => (key === 'summaryGoFirst' ? 'Zur ersten Behauptung' : ''));
    const { container } = renderSummary({ t, theme: 'dark' });
    expect(container.querySelector('.caveat-summary')?.getAttribute('data-theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Zur ersten Behauptung' })).toBeTruthy();
  });

  it('formats counts for the locale', () => {
    renderSummary({ data: { ...data, total: 1200 }, locale: 'de' });
    expect(
      screen.getByText('Caveat highlighted 1.200 unverified claims in this article'),
    ).toBeTruthy();
  });

  it('has no structural accessibility violations (axe-core)', async () => {
    const { container } = renderSummary();
    // No layout in happy-dom: contrast and target size are checked in the browser.
    const result = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
      resultTypes: ['violations'],
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
