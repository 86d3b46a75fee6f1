// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/OptionsApp';
import { makeUserPack } from '../../fixtures/user-pack';

beforeEach(() => {
  fakeBrowser.reset();
});

function choose(text: string) {
  const input = screen.getByLabelText('Import a pack (.json file)') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'pack.json', { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('options App (real stores)', () => {
  it('imports a valid pack, lists it, and removes it after confirmation', async () => {
    window.confirm = vi.fn(() => true);
    render(<App />);
    await screen.findByText('North Korean military claims');
    choose(JSON.stringify(makeUserPack()));
    await screen.findByText('Imported “Test drill claims”, version 1.0.0.');
    await screen.findByText('Test drill claims');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Test drill claims' }));
    await waitFor(() => expect(screen.queryByText('Test drill claims')).toBeNull());
    expect(await fakeBrowser.storage.local.get('pack:test-drills')).toEqual({});
  });

  it('stores nothing and lists every problem for a broken pack', async () => {
    render(<App />);
    await screen.findByText('North Korean military claims');
    choose(JSON.stringify(makeUserPack({ id: 'Bad Id', version: 'x' })));
    const errors = await screen.findByTestId('import-errors');
    expect(within(errors).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(
      screen.getAllByRole('listitem').filter((li) => li.classList.contains('pack')),
    ).toHaveLength(1);
  });

  it('turns the bundled pack off in settings', async () => {
    render(<App />);
    const sw = await screen.findByRole('switch', {
      name: 'Use the pack North Korean military claims',
    });
    fireEvent.click(sw);
    await waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
        data: { disabledPacks: ['north-korea-military'] },
      }),
    );
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('false'));
  });

  it('removes a disabled site', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { v: 1, data: { disabledSites: ['a.example', 'b.example'] } },
    });
    render(<App />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Turn Caveat back on for a.example' }),
    );
    await waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
        data: { disabledSites: ['b.example'] },
      }),
    );
  });
});
