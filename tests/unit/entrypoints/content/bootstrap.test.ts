// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBootstrap, type BootstrapDeps } from '@/entrypoints/content/bootstrap';
import { fullGate, quickGate, type PackTerms } from '@/lib/gate';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

type Listener = (message: unknown) => Promise<unknown> | undefined;

function setup(body: string, settings: Partial<Settings> = {}) {
  document.title = 'A page';
  document.body.textContent = body;
  const abort = new AbortController();
  let onSettings: ((s: Settings) => void) | undefined;
  let listener: Listener | undefined;
  let onPacks: (() => void) | undefined;
  const loadReader = vi.fn(async (_settings: () => Settings) => undefined);
  const loadPackTerms = vi.fn(async (): Promise<PackTerms[]> => [
    { id: 'nk', terms: ['North Korea', 'Pyongyang'] },
  ]);
  const gate = vi.fn(quickGate);
  const deps: BootstrapDeps = {
    doc: document,
    win: window,
    signal: abort.signal,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    watchSettings: (cb) => {
      onSettings = cb;
      return () => (onSettings = undefined);
    },
    watchPacks: (cb) => {
      onPacks = cb;
      return () => (onPacks = undefined);
    },
    loadPackTerms,
    gate,
    fullGate,
    onMessage: (l) => {
      listener = l;
      return () => (listener = undefined);
    },
    onNavigate: () => undefined,
    loadReader,
  };
  return {
    deps,
    abort,
    loadReader,
    loadPackTerms,
    gate,
    changeSettings: (s: Partial<Settings>) => onSettings?.({ ...DEFAULT_SETTINGS, ...s }),
    ask: (message: unknown) => listener?.(message),
    packsChanged: () => onPacks?.(),
  };
}

describe('bootstrap', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('loads the reader only when the gate passes', async () => {
    const on = setup('Pyongyang said 1.4 million youths volunteered.');
    expect((await startBootstrap(on.deps)).state()).toBe('loaded');
    expect(on.loadReader).toHaveBeenCalledTimes(1);

    const off = setup('A recipe for bread with no mention of any country.');
    expect((await startBootstrap(off.deps)).state()).toBe('waiting');
    expect(off.loadReader).not.toHaveBeenCalled();
  });

  it('hands the reader its settings as they are when it asks', async () => {
    const page = setup('Pyongyang said 1.4 million youths volunteered.', { cardMode: 'click' });
    await startBootstrap(page.deps);
    const handed = page.loadReader.mock.calls[0]?.[0];
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

  it('does nothing while Caveat is off, and starts when it is turned on', async () => {
    const page = setup('North Korea claims.', { enabled: false });
    const boot = await startBootstrap(page.deps);
    expect(page.gate).not.toHaveBeenCalled();
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
    expect(page.loadReader).not.toHaveBeenCalled();
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
    page.loadPackTerms.mockResolvedValue([
      { id: 'nk', terms: ['North Korea'] },
      { id: 'veloria', terms: ['Veloria'] },
    ]);
    page.packsChanged();
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'));
  });

  it("reads the packs' terms while the settings are still on their way", async () => {
    const page = setup('Pyongyang said 1.4 million youths volunteered.');
    let answer: (settings: Settings) => void = () => undefined;
    page.deps.loadSettings = () => new Promise((resolve) => (answer = resolve));
    const started = startBootstrap(page.deps);
    expect(page.loadPackTerms).toHaveBeenCalledTimes(1);
    answer(DEFAULT_SETTINGS);
    expect((await started).state()).toBe('loaded');
    expect(page.loadPackTerms).toHaveBeenCalledTimes(1);
  });

  it('leaves out the terms of packs the reader turned off', async () => {
    const page = setup('The Velorian navy said it had 300 warships.', {
      disabledPacks: ['veloria'],
    });
    page.loadPackTerms.mockResolvedValue([
      { id: 'nk', terms: ['North Korea'] },
      { id: 'veloria', terms: ['Veloria'] },
    ]);
    const boot = await startBootstrap(page.deps);
    expect(boot.state()).toBe('waiting');
    page.changeSettings({ disabledPacks: [] });
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'));
  });

  it("reads the packs' terms again only when the packs change", async () => {
    const page = setup('Loading…');
    const boot = await startBootstrap(page.deps);
    page.changeSettings({ cardMode: 'click' });
    await vi.waitFor(() => expect(page.gate).toHaveBeenCalledTimes(2));
    expect(page.loadPackTerms).toHaveBeenCalledTimes(1);
    page.packsChanged();
    await vi.waitFor(() => expect(page.gate).toHaveBeenCalledTimes(3));
    expect(page.loadPackTerms).toHaveBeenCalledTimes(2);
    expect(boot.state()).toBe('waiting');
  });

  it("reads the packs' terms again at the next check after a failed read", async () => {
    const page = setup('North Korea claims.');
    const read = page.loadPackTerms.getMockImplementation();
    page.loadPackTerms.mockRejectedValue(new Error('storage went away'));
    const boot = await startBootstrap(page.deps);
    expect(boot.state()).toBe('waiting');
    if (read) page.loadPackTerms.mockImplementation(read);
    page.changeSettings({});
    await vi.waitFor(() => expect(boot.state()).toBe('loaded'));
  });

  it('loads every pack when a pack has unknown terms', async () => {
    const page = setup('Nothing on topic.');
    page.loadPackTerms.mockResolvedValue([{ id: 'old-import' }]);
    expect((await startBootstrap(page.deps)).state()).toBe('loaded');
  });
});
