// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '@/components/Popup';
import { pageStatusText, type PageState } from '@/components/PopupPage';
import { makeReport, makeSettings, t } from './ui-helpers';

function setup(overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    settings: makeSettings(),
    onChange: vi.fn(),
    host: 'news.example',
    onSiteChange: vi.fn(),
    page: { state: 'report', report: makeReport() },
    onFocusClaim: vi.fn(),
    shortcut: 'Alt+Shift+C',
    onOpenOptions: vi.fn(),
    t,
    ...overrides,
  };
  render(<Popup {...props} />);
  return props;
}

describe('Popup switches', () => {
  it('has a master switch named exactly "Enable Caveat"', () => {
    const props = setup();
    const master = screen.getByRole('switch', { name: 'Enable Caveat' });
    expect(master.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(master);
    expect(props.onChange).toHaveBeenCalledWith({ enabled: false });
  });

  it('toggles the active site and shows its host', () => {
    const props = setup({ settings: makeSettings({ disabledSites: ['news.example'] }) });
    const site = screen.getByRole('switch', { name: 'Enable on this site' });
    expect(site.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByTestId('site-note').textContent).toBe('news.example');
    fireEvent.click(site);
    expect(props.onSiteChange).toHaveBeenCalledWith(true);
  });

  it('disables the site switch on non-web pages and says why', () => {
    setup({ host: undefined, page: { state: 'unavailable', reason: 'cannot-run' } });
    const site = screen.getByRole('switch', { name: 'Enable on this site' }) as HTMLButtonElement;
    expect(site.disabled).toBe(true);
    expect(site.getAttribute('aria-describedby')).toBe('site-note');
    expect(screen.getByTestId('site-note').textContent).toMatch(/only runs on web pages/);
  });
});

describe('Popup "This page"', () => {
  it('lists highlighted claims as buttons that focus the claim', () => {
    const props = setup();
    expect(screen.getByTestId('page-status').textContent).toBe(
      '2 unverified claims (1 hidden by your claim-type filter)',
    );
    const list = screen.getByRole('list', { name: 'Claims on this page' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]!.textContent).toContain('State media');
    expect(buttons[0]!.textContent).toContain('KCNA');
    expect(buttons[0]!.textContent).toContain('State media said 1.4 million');
    fireEvent.click(buttons[1]!);
    expect(props.onFocusClaim).toHaveBeenCalledWith('c2');
  });

  it("shows the main family's context with the history chart and sources", () => {
    setup();
    const context = screen.getByTestId('main-context');
    expect(within(context).getByRole('heading', { level: 3, name: /Context: Mass/ })).toBeTruthy();
    expect(within(context).getByTestId('history-chart')).toBeTruthy();
    expect(within(context).getByTestId('estimates').textContent).toContain('IISS');
    expect(within(context).getByTestId('caveats').textContent).toContain('routinely inflated');
    const link = within(context).getAllByRole('link')[0] as HTMLAnchorElement;
    expect(link.href).toMatch(/^https:/);
  });

  it('keeps the long context lists in closed disclosures that name and count them', () => {
    setup();
    const context = screen.getByTestId('main-context');
    const report = makeReport();
    const ctx = report.mainContext!;
    for (const [id, count] of [
      ['estimates', ctx.references.length],
      ['caveats', ctx.articleCaveats.length + ctx.agencyCaveats.length],
    ] as const) {
      const details = within(context).getByTestId(id) as HTMLDetailsElement;
      expect(details.tagName).toBe('DETAILS');
      expect(details.open).toBe(false);
      const summary = details.querySelector('summary')!;
      expect(summary.textContent).toContain(`(${count})`);
      expect(count).toBeGreaterThan(0);
    }
    expect(within(context).getByTestId('estimates').querySelector('summary')!.textContent).toMatch(
      /^Independent estimates/,
    );
    // The chart and the later developments stay open: they are the short, glanceable parts.
    expect(within(context).getByTestId('history').tagName).toBe('SECTION');
    expect(within(context).getByTestId('later').tagName).toBe('SECTION');
  });

  it('shows no claim list or context when nothing was checked', () => {
    setup({ page: { state: 'report', report: makeReport({ status: 'off-topic', claims: [] }) } });
    expect(screen.getByTestId('page-status').textContent).toBe(
      'Nothing checked here: no article on a topic Caveat covers.',
    );
    expect(screen.queryByTestId('claim-list')).toBeNull();
    expect(screen.queryByTestId('main-context')).toBeNull();
  });
});

describe('pageStatusText', () => {
  const report = (overrides: Parameters<typeof makeReport>[0]): PageState => ({
    state: 'report',
    report: makeReport(overrides),
  });

  it('tells "nothing checked", "checked: none found" and "N claims" apart', () => {
    expect(pageStatusText(report({ status: 'no-article', claims: [] }), t)).toMatch(
      /^Nothing checked here/,
    );
    expect(pageStatusText(report({ claims: [] }), t)).toBe('Checked: no unverified claims found.');
    expect(pageStatusText(report({ claims: makeReport().claims.slice(0, 1) }), t)).toBe(
      '1 unverified claim',
    );
  });

  it('covers the unavailable and switched-off states', () => {
    expect(pageStatusText({ state: 'loading' }, t)).toBe('Checking this page…');
    expect(pageStatusText({ state: 'unavailable', reason: 'cannot-run' }, t)).toBe(
      'Caveat cannot run on this page.',
    );
    expect(pageStatusText({ state: 'unavailable', reason: 'not-loaded' }, t)).toMatch(
      /not loaded on this page yet/,
    );
    expect(pageStatusText({ state: 'unavailable', reason: 'no-receiver' }, t)).toMatch(
      /not running on this page/,
    );
    expect(pageStatusText(report({ status: 'disabled', claims: [] }), t)).toMatch(/turned off/);
    expect(pageStatusText(report({ status: 'site-disabled', claims: [] }), t)).toMatch(
      /off on this site/,
    );
  });
});

describe('Popup footer', () => {
  it('shows the shortcut in a kbd and opens the options page', () => {
    const props = setup();
    const shortcut = screen.getByTestId('shortcut');
    expect(shortcut.querySelector('kbd')?.textContent).toBe('Alt+Shift+C');
    expect(shortcut.textContent).toContain('Alt+Shift+C turns highlights on this page on or off.');
    fireEvent.click(screen.getByRole('button', { name: 'All settings and packs' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  it('says when no shortcut is set', () => {
    setup({ shortcut: '' });
    expect(screen.getByTestId('shortcut').textContent).toContain('No shortcut is set');
  });
});
