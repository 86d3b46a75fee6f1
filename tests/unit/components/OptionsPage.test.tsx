// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '@/components/OptionsPage';
import { makeSettings, t } from './ui-helpers';

function setup(overrides: Partial<OptionsPageProps> = {}) {
  const props: OptionsPageProps = {
    settings: makeSettings({ disabledSites: ['a.example', 'b.example'] }),
    onChange: vi.fn(),
    onSiteRemove: vi.fn(),
    onSiteAdd: vi.fn(),
    packs: {
      packs: [],
      maxBytes: 100,
      onImport: vi.fn(),
      onExport: vi.fn(),
      onRemove: vi.fn(),
      onToggle: vi.fn(),
      confirm: vi.fn(),
    },
    t,
    ...overrides,
  };
  render(<OptionsPage {...props} />);
  return props;
}

describe('OptionsPage', () => {
  it('has one h1 and a section heading per group', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Caveat settings');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'General',
      'Highlights and card',
      'Sites where Caveat is off',
      'Knowledge packs',
    ]);
  });

  it('carries every setting', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('switch', { name: 'Enable Caveat' }));
    expect(props.onChange).toHaveBeenCalledWith({ enabled: false });
    expect(screen.getByLabelText('Show the context card')).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('switch', { name: 'Summary box above the article' })).toBeTruthy();
  });

  it('lists disabled sites with remove buttons', () => {
    const props = setup();
    const sites = screen.getByTestId('disabled-sites');
    expect(
      within(sites)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['a.exampleRemove', 'b.exampleRemove']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn Caveat back on for b.example' }));
    expect(props.onSiteRemove).toHaveBeenCalledWith('b.example');
  });

  it('adds a site as its host name and rejects non-hosts', () => {
    const props = setup();
    const input = screen.getByLabelText('Turn Caveat off on a site (host name)');
    fireEvent.input(input, { target: { value: 'https://News.Example.org/world' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(props.onSiteAdd).toHaveBeenCalledWith('news.example.org');
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(props.onSiteAdd).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Not a host name: not a site')).toBeTruthy();
  });

  it('says when Caveat runs everywhere', () => {
    setup({ settings: makeSettings() });
    expect(screen.getByText('None: Caveat runs on every site.')).toBeTruthy();
  });
});
