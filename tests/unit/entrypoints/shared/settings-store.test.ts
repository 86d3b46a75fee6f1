import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '@/lib/settings';

type Store = typeof import('@/entrypoints/shared/settings-store');

// The store decides sync-or-local once per context: a fresh module per test is a fresh context.
async function freshStore(): Promise<Store> {
  vi.resetModules();
  return import('@/entrypoints/shared/settings-store');
}

async function stored(area: 'sync' | 'local'): Promise<unknown> {
  return (await fakeBrowser.storage[area].get('settings')).settings;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  it('loads the defaults from an empty store', async () => {
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch as a versioned item in sync storage', async () => {
    const store = await freshStore();
    const next = await store.saveSettings({ cardMode: 'slow' });
    expect(next.cardMode).toBe('slow');
    expect(await stored('sync')).toEqual({ v: SETTINGS_VERSION, data: next });
    expect(await stored('local')).toBeUndefined();
    expect((await store.loadSettings()).cardMode).toBe('slow');
  });

  it('reads sync storage once for the first load, afresh for later ones', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { v: SETTINGS_VERSION, data: { summary: true } },
    });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const store = await freshStore();
    expect((await store.loadSettings()).summary).toBe(true);
    expect(get).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.sync.set({
      settings: { v: SETTINGS_VERSION, data: { summary: false } },
    });
    expect((await store.loadSettings()).summary).toBe(false);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('loads corrupt values as defaults, field by field, without throwing', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { v: 1, data: { enabled: 'maybe', summary: true, kinds: [1, 2], extra: 1 } },
    });
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, summary: true });
  });

  it('loads a wholly corrupt item as defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates the unversioned v0 shape to v1 and writes it back', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { highlightEnabled: false, blockedSites: ['Example.com'], hoverDelayMs: 250 },
    });
    const store = await freshStore();
    const expected: Settings = {
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['example.com'],
      cardMode: 'fast',
    };
    expect(await store.loadSettings()).toEqual(expected);
    expect(await stored('sync')).toEqual({ v: SETTINGS_VERSION, data: expected });
  });

  it('asks for the fallback marker and the sync item at once', async () => {
    const local = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let answer: () => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(
      (keys) => new Promise((resolve) => (answer = () => resolve(local(keys)))),
    );
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const store = await freshStore();
    const loading = store.loadSettings();
    await vi.waitFor(() => expect(sync).toHaveBeenCalledTimes(1));
    answer();
    expect(await loading).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps to local storage once the marker says so, whatever sync holds', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { v: SETTINGS_VERSION, data: { summary: true } },
    });
    await fakeBrowser.storage.local.set({
      settingsArea: 'local',
      settings: { v: SETTINGS_VERSION, data: { summary: false } },
    });
    const store = await freshStore();
    expect((await store.loadSettings()).summary).toBe(false);
  });

  it('falls back to local storage when sync throws, and stays there', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    const store = await freshStore();
    await store.saveSettings({ highlightStyle: 'tint' });
    expect(await stored('local')).toMatchObject({ data: { highlightStyle: 'tint' } });
    expect((await store.loadSettings()).highlightStyle).toBe('tint');
  });

  it('moves to local storage when a sync write fails, and other contexts follow', async () => {
    const store = await freshStore();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await store.saveSettings({ summary: true });
    expect(await stored('local')).toMatchObject({ data: { summary: true } });
    const other = await freshStore();
    expect((await other.loadSettings()).summary).toBe(true);
  });

  it('serialises quick saves so no change is lost', async () => {
    const store = await freshStore();
    await Promise.all([
      store.saveSettings({ summary: true }),
      store.saveSettings({ cardMode: 'off' }),
      store.saveSettings({ enabled: false }),
    ]);
    expect(await store.loadSettings()).toMatchObject({
      summary: true,
      cardMode: 'off',
      enabled: false,
    });
  });

  it('watches changes from any context, normalised, until unwatched', async () => {
    const store = await freshStore();
    await store.loadSettings();
    const seen: Settings[] = [];
    const unwatch = store.watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ settings: { v: 1, data: { cardMode: 'click', x: 1 } } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, cardMode: 'click' });
    // Local changes are ignored while settings live in sync.
    await fakeBrowser.storage.local.set({ settings: { v: 1, data: { cardMode: 'slow' } } });
    unwatch();
    await fakeBrowser.storage.sync.set({ settings: { v: 1, data: { cardMode: 'fast' } } });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(1);
  });
});
