// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PackManager, type PackManagerProps } from '@/components/PackManager';
import type { ImportResult, PackEntry } from '@/entrypoints/shared/pack-store';
import { makeUserPack } from '../fixtures/user-pack';
import { t } from './ui-helpers';

const bundled: PackEntry = {
  id: 'north-korea-military',
  title: 'North Korean military claims',
  version: '0.1.0',
  updated: '2026-11-27',
  languages: ['en'],
  families: 3,
  bundled: true,
  enabled: true,
};
const user: PackEntry = {
  ...bundled,
  id: 'test-drills',
  title: 'Test drill claims',
  bundled: false,
  enabled: false,
};

function setup(overrides: Partial<PackManagerProps> = {}) {
  const props: PackManagerProps = {
    packs: [bundled, user],
    maxBytes: 1000,
    onImport: vi.fn(async (): Promise<ImportResult> => ({
      ok: true,
      pack: makeUserPack(),
      replaced: false,
    })),
    onExport: vi.fn(),
    onRemove: vi.fn(async () => true),
    onToggle: vi.fn(),
    confirm: vi.fn(() => true),
    t,
    locale: 'en',
    ...overrides,
  };
  render(<PackManager {...props} />);
  return props;
}

function choose(file: File) {
  const input = screen.getByLabelText('Import a pack (.json file)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('PackManager list', () => {
  it('lists bundled and imported packs with version, date and kind', () => {
    setup();
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Built in');
    expect(rows[0]!.textContent).toContain('Version 0.1.0, facts checked Nov 27, 2026');
    expect(rows[1]!.textContent).toContain('Imported');
  });

  it('toggles any pack but offers removal only for imported ones', () => {
    const props = setup();
    const rows = screen.getAllByRole('listitem');
    expect(within(rows[0]!).queryByRole('button', { name: /^Remove/ })).toBeNull();
    fireEvent.click(
      within(rows[0]!).getByRole('switch', { name: 'Use the pack North Korean military claims' }),
    );
    expect(props.onToggle).toHaveBeenCalledWith('north-korea-military', false);
    fireEvent.click(within(rows[1]!).getByRole('switch'));
    expect(props.onToggle).toHaveBeenCalledWith('test-drills', true);
  });

  it('exports and, after confirmation, removes', async () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export Test drill claims' }));
    expect(props.onExport).toHaveBeenCalledWith('test-drills');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Test drill claims' }));
    expect(props.confirm).toHaveBeenCalledWith(expect.stringContaining('Test drill claims'));
    await waitFor(() => expect(props.onRemove).toHaveBeenCalledWith('test-drills'));
  });

  it('does not remove when the reader cancels', () => {
    const props = setup({ confirm: vi.fn(() => false) });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Test drill claims' }));
    expect(props.onRemove).not.toHaveBeenCalled();
  });
});

describe('PackManager import', () => {
  it('refuses a file over the limit before reading it', async () => {
    const props = setup();
    const file = new File(['x'.repeat(2000)], 'big.json', { type: 'application/json' });
    const text = vi.spyOn(file, 'text');
    choose(file);
    await waitFor(() =>
      expect(screen.getByTestId('import-outcome').textContent).toMatch(/larger than/),
    );
    expect(text).not.toHaveBeenCalled();
    expect(props.onImport).not.toHaveBeenCalled();
  });

  it('lists every problem with its path in a live region', async () => {
    setup({
      onImport: vi.fn(async (): Promise<ImportResult> => ({
        ok: false,
        errors: [
          { path: 'version', message: 'not a semantic version' },
          { path: 'families[0].history[0].sources[0].url', message: 'must be https' },
          { path: '', message: 'something at the root' },
        ],
      })),
    });
    choose(new File(['{}'], 'pack.json'));
    const errors = await screen.findByTestId('import-errors');
    const items = within(errors)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'version: not a semantic version',
      'families[0].history[0].sources[0].url: must be https',
      'something at the root',
    ]);
    expect(screen.getByTestId('import-outcome').getAttribute('aria-live')).toBe('polite');
  });

  it('asks before replacing a pack with the same id', async () => {
    const onImport = vi
      .fn<PackManagerProps['onImport']>()
      .mockResolvedValueOnce({
        ok: false,
        errors: [{ path: 'id', message: 'exists' }],
        conflict: {
          id: 'test-drills',
          title: 'Test drill claims',
          installedVersion: '1.0.0',
          version: '1.1.0',
        },
      })
      .mockResolvedValueOnce({
        ok: true,
        pack: makeUserPack({ version: '1.1.0' }),
        replaced: true,
      });
    const props = setup({ onImport });
    choose(new File(['{"a":1}'], 'pack.json'));
    await waitFor(() =>
      expect(screen.getByTestId('import-outcome').textContent).toBe(
        'Imported “Test drill claims”, version 1.1.0.',
      ),
    );
    expect(props.confirm).toHaveBeenCalledWith(expect.stringContaining('version 1.1.0'));
    expect(onImport).toHaveBeenLastCalledWith('{"a":1}', 7, { replace: true });
  });

  it('imports nothing when the reader declines the replacement', async () => {
    const onImport = vi.fn<PackManagerProps['onImport']>().mockResolvedValue({
      ok: false,
      errors: [{ path: 'id', message: 'exists' }],
      conflict: { id: 'x', title: 'X', installedVersion: '1.0.0', version: '2.0.0' },
    });
    setup({ onImport, confirm: () => false });
    choose(new File(['{}'], 'pack.json'));
    await waitFor(() =>
      expect(screen.getByTestId('import-outcome').textContent).toBe('Nothing was imported.'),
    );
    expect(onImport).toHaveBeenCalledTimes(1);
  });
});
