// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBootstrap, type BootstrapDeps } from '@/entrypoints/content/gate-and-load';
import { REPORT_ASK_KEY } from '@/entrypoints/shared/chunk-api';
import { PACK_INDEX_KEY } from '@/entrypoints/shared/pack-index';
import { fullGate, quickGate, type PackTerms } from '@/lib/gate';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

type Listener = (message: unknown) => Promise<unknown> | undefined;

function setup(body: string, settings: Partial<Settings> = {}) {
  document.title = 'A page';
  document.body.textContent = body;
  const abort = new AbortController();
  let onSettings: ((s: Settings) => void) | undefined;
  let listener: Listener | undefined;
  let onLocal: ((keys: readonly string[]) => void) | undefined;
  const onMessage = vi.fn((l: Listener) => {
    listener = l;
    return () => (listener = undefined);
  });
  const loadPageUi = vi.fn(async (_settings: () => Settings) => undefined);
  const loadImportedPacks = vi.fn(async (): Promise<PackTerms[]> => []);
  const loadSettings = vi.fn(async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...settings }));
  const watchSettings = vi.fn((cb: (s: Settings) => void) => {
    onSettings = cb;
    return () => (onSettings = undefined);
  });
  const gate = vi.fn(quickGate);
  const deps: BootstrapDeps = {
    doc: document,
    win: window,
    signal: abort.signal,
    loadSettings,
    watchSettings,
    bundledPacks: [{ id: 'nk', terms: ['North Korea', 'Pyongyang'] }],
    loadImportedPacks,
    gate,
    fullGate,
    onMessage,
    onLocalChange: (cb) => {
      onLocal = cb;
      return () => (onLocal = undefined);
    },
    loadPageUi,
  };
  const localChange = (...keys: string[]) => onLocal?.(keys);
  return {
    deps,
    abort,
    loadPageUi,
    loadImportedPacks,
    loadSettings,
    watchSettings,
    gate,
    changeSettings: (s: Partial<Settings>) => onSettings?.({ ...DEFAULT_SETTINGS, ...s }),
    onMessage,
    localChange,
    /** The popup: it finds no receiver, says so through storage, and asks again. */
    ask: (message: unknown) => {
      if (!listener) localChange(REPORT_ASK_KEY);
      return listener?.(message);
    },
    packsChanged: () => localChange(PACK_INDEX_KEY),
  };
}

describe('bootstrap', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('loads the reader only when the gate passes', async () => {
    const on = setup('Pyongyang said 1.4 million youths volunteered.');
    expect((await startBootstrap(on.deps)).state()).toBe('loaded');
    expect(on.loadPageUi).toHaveBeenCalledTimes(1);

    const off = setup('A recipe for bread with no mention of any country.');
    expect((await startBootstrap(off.deps)).state()).toBe('waiting');
    expect(off.loadPageUi).not.toHaveBeenCalled();
  });

  it('hands the reader its settings as they are when it asks', async () => {
    const page = setup('Pyongyang said 1.4 million youths volunteered.', { cardMode: 'click' });
    await startBootstrap(page.deps);
    const handed = page.loadPageUi.mock.calls[0]?.[0];
    expect(handed?.().cardMode).toBe('click');
    page.changeSettings({ cardMode: 'slow' });
    expect(handed?.().cardMode).toBe('slow');
  });

  it('answers the popup until the reader takes over', async () => {
    const off = setup('Nothing on topic here.');
    await startBootstrap(off.deps);
    await expect(off.ask({ type: 'caveat:get-report' })).resolves.toMatchObject({
      status: 'off-topic',
      claims: [],
    });
    expect(off.ask({ type: 'something-else' })).toBeUndefined();

    const on = setup('North Korea again.');
    await startBootstrap(on.deps);
    expect(on.ask({ type: 'caveat:get-report' })).toBeUndefined();
  });

  it('loads nothing while Caveat is off, and starts when it is turned on', async () => {
    const page = setup('North Korea claims.', { enabled: false });
    const boot = await startBootstrap(page.deps);
    expect(page.loadPageUi).not.toHaveBeenCalled();
    await expect(page.ask({ type: 'caveat:get-report' })).resolves.toMatchObject({
      status: 'disabled',
    });
    page.changeSettings({ enabled: true });
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'));
  });

  it('reports a disabled site as such', async () => {
    const page = setup('North Korea claims.', { disabledSites: [location.hostname] });
    await startBootstrap(page.deps);
    await expect(page.ask({ type: 'caveat:get-report' })).resolves.toMatchObject({
      status: 'site-disabled',
    });
    expect(page.loadPageUi).not.toHaveBeenCalled();
  });

  it('tests the gate again when enough text arrives later', async () => {
    const page = setup('Loading…');
    const boot = await startBootstrap(page.deps);
    expect(boot.state()).toBe('waiting');
    const p = document.createElement('p');
    p.textContent = `Pyongyang said its army had grown. ${'More text. '.repeat(30)}`;
    document.body.append(p);
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'), { timeout: 3000 });
  });

  it('tests the gate again when a pack is imported', async () => {
    const page = setup('The Velorian navy said it had 300 warships.');
    const boot = await startBootstrap(page.deps);
    expect(boot.state()).toBe('waiting');
    page.loadImportedPacks.mockResolvedValue([{ id: 'veloria', terms: ['Veloria'] }]);
    page.packsChanged();
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'));
  });

  it('keeps no message listener until the popup asks, and one after', async () => {
    const page = setup('A recipe for bread with no mention of any country.');
    await startBootstrap(page.deps);
    page.localChange('settings', PACK_INDEX_KEY);
    expect(page.onMessage).not.toHaveBeenCalled();
    await expect(page.ask({ type: 'caveat:get-report' })).resolves.toMatchObject({
      status: 'off-topic',
    });
    page.localChange(REPORT_ASK_KEY);
    await page.ask({ type: 'caveat:get-report' });
    expect(page.onMessage).toHaveBeenCalledTimes(1);
  });

  it('listens at once when the first look handed over because the popup asked', async () => {
    const page = setup('A recipe for bread with no mention of any country.');
    page.deps.handedOver = 'asked';
    await startBootstrap(page.deps);
    expect(page.onMessage).toHaveBeenCalledTimes(1);
    await expect(page.ask({ type: 'caveat:get-report' })).resolves.toMatchObject({
      status: 'off-topic',
    });
  });

  it('tests the whole text first when the first look handed over for later content', async () => {
    const page = setup(`${'Bread. '.repeat(800)} Pyongyang said its army had grown.`);
    page.deps.gate = vi.fn(() => false);
    page.deps.handedOver = 'later';
    expect((await startBootstrap(page.deps)).state()).toBe('loaded');
    expect(page.deps.gate).not.toHaveBeenCalled();
  });

  it('never reads the settings of a page that names no pack subject', async () => {
    const page = setup('A recipe for bread with no mention of any country.');
    expect((await startBootstrap(page.deps)).state()).toBe('waiting');
    expect(page.loadImportedPacks).toHaveBeenCalledTimes(1);
    expect(page.loadSettings).not.toHaveBeenCalled();
    expect(page.watchSettings).not.toHaveBeenCalled();
    // The popup's question is answered with settings read afresh each time.
    await expect(page.ask({ type: 'caveat:get-report' })).resolves.toMatchObject({
      status: 'off-topic',
    });
    page.loadSettings.mockResolvedValue({
      ...DEFAULT_SETTINGS,
      disabledSites: [location.hostname],
    });
    await expect(page.ask({ type: 'caveat:get-report' })).resolves.toMatchObject({
      status: 'site-disabled',
    });
  });

  it('starts its one storage read before the gate runs', async () => {
    const page = setup('Pyongyang said 1.4 million youths volunteered.');
    const order: string[] = [];
    page.loadImportedPacks.mockImplementation(async () => (order.push('read'), []));
    page.gate.mockImplementation((doc, terms) => (order.push('gate'), quickGate(doc, terms)));
    expect((await startBootstrap(page.deps)).state()).toBe('loaded');
    expect(order.slice(0, 2)).toEqual(['read', 'gate']);
    expect(page.loadSettings).toHaveBeenCalledTimes(1);
  });

  it('leaves out the terms of packs the reader turned off', async () => {
    const page = setup('The Velorian navy said it had 300 warships.', {
      disabledPacks: ['veloria'],
    });
    page.loadImportedPacks.mockResolvedValue([{ id: 'veloria', terms: ['Veloria'] }]);
    const boot = await startBootstrap(page.deps);
    expect(boot.state()).toBe('waiting');
    page.changeSettings({ disabledPacks: [] });
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'));
  });

  it("reads the imported packs' terms again only when the packs change", async () => {
    const page = setup('North Korea claims.', { enabled: false });
    const boot = await startBootstrap(page.deps);
    page.changeSettings({ enabled: false, cardMode: 'click' });
    await vi.waitFor(() => expect(page.gate).toHaveBeenCalledTimes(2));
    expect(page.loadImportedPacks).toHaveBeenCalledTimes(1);
    page.packsChanged();
    await vi.waitFor(() => expect(page.gate).toHaveBeenCalledTimes(3));
    expect(page.loadImportedPacks).toHaveBeenCalledTimes(2);
    expect(boot.state()).toBe('waiting');
  });

  it("reads the imported packs' terms again at the next check after a failed read", async () => {
    const page = setup('North Korea claims.');
    page.loadImportedPacks.mockRejectedValueOnce(new Error('storage went away'));
    const boot = await startBootstrap(page.deps);
    expect(boot.state()).toBe('waiting');
    page.changeSettings({});
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'));
  });

  it('loads every page when an imported pack has unknown terms', async () => {
    const page = setup('Nothing on topic.');
    page.loadImportedPacks.mockResolvedValue([{ id: 'old-import' }]);
    expect((await startBootstrap(page.deps)).state()).toBe('loaded');
  });

  it('tests later content again on the next address of a single-page site', async () => {
    const page = setup('Loading…');
    const boot = await startBootstrap(page.deps);
    const add = (text: string) => {
      const p = document.createElement('p');
      p.textContent = `${text} ${'More text. '.repeat(30)}`;
      document.body.append(p);
    };
    for (let i = 0; i < 10; i++) {
      add(`Story ${i} about bread.`);
      await vi.advanceTimersByTimeAsync(1600);
    }
    const tested = page.gate.mock.calls.length;
    add('One more story about bread.');
    await vi.advanceTimersByTimeAsync(1600);
    expect(page.gate.mock.calls.length).toBe(tested);
    history.pushState(null, '', '/next-story');
    add('Pyongyang said its army had grown.');
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'), { timeout: 3000 });
  });
});
