import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOUR, onTabUpdated } from '@/entrypoints/background/badge';
import { onCommand } from '@/entrypoints/background/commands';
import background from '@/entrypoints/background/index';

type Listener = (...args: unknown[]) => unknown;

// fake-browser leaves commands unimplemented: a minimal event that records its listeners.
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: vi.fn(),
    hasListener: vi.fn(),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

let onCommandEvent: ReturnType<typeof fakeEvent>;
let sendMessage: ReturnType<typeof vi.fn>;
let openOptionsPage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  onCommandEvent = fakeEvent();
  sendMessage = vi.fn().mockResolvedValue(undefined);
  openOptionsPage = vi.fn().mockResolvedValue(undefined);
  Object.assign(fakeBrowser.commands, { onCommand: onCommandEvent });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.runtime, { openOptionsPage });
  background.main();
});

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const sender = (id: number, url = 'https://news.example/a') => ({ tab: { id, url } }) as Sender;

async function report(count: number, tabId = 7, url?: string) {
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'caveat:report', count },
    sender(tabId, url),
    () => undefined,
  );
}

describe('background badge', () => {
  it('shows the claim count on the reporting tab with a spoken title', async () => {
    await report(3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('3 unverified claims highlighted');
    const colour = await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 });
    expect(colour).toEqual([0x8a, 0x3c, 0x00, 255]);
    expect(BADGE_COLOUR).toBe('#8a3c00');
    // Other tabs are untouched.
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('uses the singular title for one claim and an empty badge for none', async () => {
    await report(1);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('1 unverified claim highlighted');
    await report(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Caveat');
  });

  it('ignores reports without a tab and unknown messages', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'caveat:report', count: 2 },
      {},
      () => undefined,
    );
    await fakeBrowser.runtime.onMessage.trigger({ type: 'other' }, sender(7), () => undefined);
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(results).toEqual([undefined]);
  });

  it('clears the count when the tab loads a new page or reloads', async () => {
    await report(4);
    await onTabUpdated(7, { url: 'https://news.example/b' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    await report(2);
    await onTabUpdated(7, { status: 'loading' }, { url: 'https://news.example/a' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('keeps the count for an in-page jump to a fragment', async () => {
    await report(5);
    await onTabUpdated(7, { status: 'loading', url: 'https://news.example/a#comments' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
    await onTabUpdated(7, { status: 'complete' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
  });

  it('is wired to tabs.onUpdated', async () => {
    await report(2);
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(''),
    );
  });
});

describe('background commands and options', () => {
  it('sends caveat:toggle-page to the tab of the shortcut', async () => {
    await onCommandEvent.trigger('toggle-highlights', { id: 12 });
    expect(sendMessage).toHaveBeenCalledWith(12, { type: 'caveat:toggle-page' });
  });

  it('falls back to the active tab and ignores other commands', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 21 }] as never);
    await onCommand('toggle-highlights');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(21, { type: 'caveat:toggle-page' });
    await onCommand('something-else', { id: 3 });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('does not fail on pages without a content script', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(onCommand('toggle-highlights', { id: 4 })).resolves.toBeUndefined();
  });

  it('opens the options page for caveat:open-options', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'caveat:open-options' },
      sender(7),
      () => undefined,
    );
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});
