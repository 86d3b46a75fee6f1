// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/PopupApp';
import type { PageReport } from '@/lib/protocol';

const report: PageReport = {
  status: 'on-topic',
  host: 'news.example',
  claims: [{ id: 'c1', kind: 'denial', excerpt: 'Officials denied it', shown: true }],
};
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage = vi.fn(async (_tab: number, msg: { type: string }) =>
    msg.type === 'caveat:get-report' ? report : { ok: true },
  );
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.commands, { getAll: vi.fn(async () => []) });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
});

async function stored() {
  return ((await fakeBrowser.storage.sync.get('settings')).settings as { data: unknown })?.data;
}

describe('popup App', () => {
  it('saves the master switch at once', async () => {
    render(<App />);
    const master = await screen.findByRole('switch', { name: 'Enable Caveat' });
    fireEvent.click(master);
    await waitFor(async () => expect(await stored()).toMatchObject({ enabled: false }));
    expect(master.getAttribute('aria-checked')).toBe('false');
  });

  it('turns the reported site off', async () => {
    render(<App />);
    await screen.findByText('1 unverified claim');
    fireEvent.click(screen.getByRole('switch', { name: 'Enable on this site' }));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ disabledSites: ['news.example'] }),
    );
  });

  it('focuses a claim in the tab and closes', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /Officials denied it/ }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'caveat:focus-claim', id: 'c1' });
  });

  it('follows changes made in another context', async () => {
    render(<App />);
    const master = await screen.findByRole('switch', { name: 'Enable Caveat' });
    await fakeBrowser.storage.sync.set({ settings: { v: 1, data: { enabled: false } } });
    await waitFor(() => expect(master.getAttribute('aria-checked')).toBe('false'));
  });
});
