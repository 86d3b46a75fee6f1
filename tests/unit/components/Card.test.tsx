// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '@/components/Card';
import { englishT } from '@/components/ui-strings';
import { buildContext } from '@/lib/pack/context';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { makeClaim, makeContext } from '../fixtures/claim-context';

function renderCard(props: Partial<CardProps> = {}) {
  const handlers = { onClose: vi.fn(), onDisableCards: vi.fn(), onOpenSettings: vi.fn() };
  const view = render(
    <Card
      claim={makeClaim()}
      context={makeContext()}
      claimantDescription="North Korean state media"
      t={englishT}
      locale="en"
      {...handlers}
      {...props}
    />,
  );
  return { ...view, ...handlers };
}

describe('Card', () => {
  it('is a non-modal dialog labelled by its title', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: 'Unverified claim' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
  });

  it('names the kind in text and the claimant with its description', () => {
    renderCard();
    expect(screen.getByText('State media')).toBeTruthy();
    expect(
      screen.getByText('KCNA, North Korean state media: not independently verified'),
    ).toBeTruthy();
    expect(screen.getByText('1,400,000 young people')).toBeTruthy();
  });

  it('does not name the claimant twice when the description already does', () => {
    renderCard({
      claim: { ...makeClaim(), claimant: { name: 'North Korea' } },
      claimantDescription: "North Korea's government and military",
    });
    expect(
      screen.getByText("North Korea's government and military: not independently verified"),
    ).toBeTruthy();
  });

  it('shows estimates with as-of dates, the chart with its table, later events and caveats', () => {
    renderCard();
    expect(screen.getByTestId('estimates').textContent).toContain(
      'IISS: about 1,280,000 troops (Active armed forces), as of 2024.',
    );
    expect(screen.getByRole('img')).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByTestId('later').textContent).toContain('(contradicted)');
    const caveats = screen.getByTestId('caveats').querySelectorAll('li');
    expect(caveats[0]?.textContent).toContain('In this article');
    expect(caveats[1]?.textContent).toContain('Example Agency');
    expect(screen.getByTestId('why').textContent).toContain('claimant "KCNA"');
    expect(
      screen.getByText(
        'A highlight is not a verdict: it marks a claim no one has independently checked.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Test pack 1.2.3, facts as of Jun 1, 2025')).toBeTruthy();
  });

  it('shows every section open, the history sources behind a counted disclosure', () => {
    renderCard();
    for (const id of ['estimates', 'history', 'later', 'caveats']) {
      expect(screen.getByTestId(id).tagName).toBe('SECTION');
    }
    const sources = screen.getByTestId('history').querySelector('details')!;
    expect(sources.open).toBe(false);
    // Every source counts, linked (https) or shown as plain text.
    const listed = sources.querySelectorAll('.caveat-source');
    expect(sources.querySelectorAll('a').length).toBeGreaterThan(0);
    expect(sources.querySelector('summary')!.textContent).toBe(`Sources (${listed.length})`);
  });

  it('puts the earlier claims right after the claimed figure, before the estimates', () => {
    renderCard();
    const history = screen.getByTestId('history');
    const estimates = screen.getByTestId('estimates');
    expect(
      history.compareDocumentPosition(estimates) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('renders only https links, opening in a new tab without opener', () => {
    const { container } = renderCard();
    const links = Array.from(container.querySelectorAll('a'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // The javascript: and http: sources appear as plain text.
    expect(screen.getByText('Unsafe Link').tagName).toBe('SPAN');
    expect(screen.getByText('Plain Http').tagName).toBe('SPAN');
  });

  it('shows page text as text, never as markup', () => {
    const { container } = renderCard({
      context: makeContext({ articleCaveats: ['<img src=x onerror=alert(1)> is text'] }),
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)> is text');
  });

  it('says when the publication date is missing', () => {
    renderCard({ context: makeContext({ articleDate: undefined }) });
    expect(
      screen.getByText('Publication date not found: showing everything, by date'),
    ).toBeTruthy();
  });

  it('closes on Esc and on the close button; the footer buttons call back', () => {
    const { onClose, onDisableCards, onOpenSettings } = renderCard();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off cards' }));
    expect(onDisableCards).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });

  it('opens with the essentials right under the claimed figure, before the chart', () => {
    renderCard();
    const essentials = screen.getByTestId('essentials');
    expect(
      essentials.compareDocumentPosition(screen.getByTestId('history')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByTestId('essential-reference').textContent).toContain('1.09× IISS');
  });

  it('copies the claim, its context and sources as plain text, and says so', async () => {
    const onCopy = vi.fn(async (_text: string) => true);
    renderCard({ onCopy });
    expect(screen.getByTestId('copy-status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Copy with sources' }));
    await screen.findByText('Copied: the claim, its context and sources.');
    expect(onCopy).toHaveBeenCalledTimes(1);
    const text = onCopy.mock.calls[0]![0];
    expect(text).toMatch(/^Claim: “State media said/);
    expect(text).toContain('https://example.org/iiss');
  });

  it('says when the browser refused the clipboard', async () => {
    renderCard({ onCopy: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Copy with sources' }));
    await screen.findByText('Could not copy here: the browser refused the clipboard.');
  });

  it('has no copy button without a copier', () => {
    renderCard();
    expect(screen.queryByRole('button', { name: 'Copy with sources' })).toBeNull();
  });

  it('never names anyone twice in brackets, on a card for every claim of the bundled pack', () => {
    for (const family of northKoreaPack.families) {
      for (const entry of family.history) {
        const claim = makeClaim({
          familyId: family.id,
          kind: entry.claimantKind,
          claimant: { name: entry.claimant },
          figures: entry.figure ? [{ start: 0, end: 1, text: '', ...entry.figure }] : [],
        });
        const { container, unmount } = renderCard({
          claim,
          context: buildContext(claim, northKoreaPack, entry.date, []),
        });
        expect(container.textContent, entry.id).not.toMatch(/\(([^,()]+), \1\)/);
        unmount();
      }
    }
  });

  it('goes through the translator for its strings', () => {
    renderCard({ t: (key) => `«${key}»` });
    expect(screen.getByRole('dialog', { name: '«cardTitle»' })).toBeTruthy();
  });
});
