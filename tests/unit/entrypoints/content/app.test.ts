// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { englishT } from '@/components/card-messages';
import { startCaveat, type AppDeps } from '@/entrypoints/content/app';
import type { CardView } from '@/entrypoints/content/card-controller';
import type { BackgroundRequest, PageReport } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { buildArticlePage, makePipeline, testPack } from '../../fixtures/fake-pipeline';

/** Every app started by a test, stopped after it so none reacts to the next test's page. */
const started: AbortController[] = [];

const snapshot = () => new XMLSerializer().serializeToString(document.documentElement);

function harness(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  let onSettings: ((s: Settings) => void) | undefined;
  let onNavigate: (() => void) | undefined;
  let listener: ((m: unknown) => Promise<unknown> | undefined) | undefined;
  const sent: BackgroundRequest[] = [];
  const viewCalls: string[] = [];
  const abort = new AbortController();
  started.push(abort);
  const deps: AppDeps = {
    doc: document,
    win: window,
    signal: abort.signal,
    pipeline: makePipeline(),
    t: englishT,
    loadSettings: async () => settings,
    watchSettings: (cb) => {
      onSettings = cb;
      return () => (onSettings = undefined);
    },
    saveSettings: async (patch) => {
      settings = { ...settings, ...patch };
      onSettings?.(settings);
    },
    loadPacks: async () => [testPack],
    send: async (m) => {
      sent.push(m);
    },
    onMessage: (l) => {
      listener = l;
      return () => (listener = undefined);
    },
    onNavigate: (l) => (onNavigate = l),
    createView: (callbacks): CardView & { destroy(): void } => ({
      show: (id) => viewCalls.push(`show ${id} ${callbacks.getData(id) ? 'data' : 'nodata'}`),
      move: () => undefined,
      hide: () => viewCalls.push('hide'),
      contains: () => false,
      destroy: () => viewCalls.push('destroy'),
    }),
  };
  return {
    deps,
    sent,
    viewCalls,
    abort,
    setSettings: (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      onSettings?.(settings);
    },
    navigate: () => onNavigate?.(),
    ask: (m: unknown) => listener?.(m),
    hasListener: () => listener !== undefined,
  };
}

const marks = () => document.querySelectorAll('caveat-mark').length;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('content script app', () => {
  let before: string;
  afterEach(() => {
    started.splice(0).forEach((a) => a.abort());
  });
  beforeEach(() => {
    document.head.replaceChildren();
    buildArticlePage(document);
    before = snapshot();
  });

  it('highlights an on-topic article and reports the count to the background', async () => {
    const h = harness();
    await startCaveat(h.deps);
    expect(document.querySelectorAll('caveat-mark[tabindex="0"]')).toHaveLength(2);
    expect(h.sent).toEqual([{ type: 'caveat:report', count: 2 }]);
  });

  it('does nothing at all when Caveat is off, or off for this site', async () => {
    const off = harness({ enabled: false });
    await startCaveat(off.deps);
    expect(snapshot()).toBe(before);
    // Nothing shown, nothing to report: the background is not woken up.
    expect(off.sent).toEqual([]);
    const site = harness({ disabledSites: [window.location.hostname] });
    const app = await startCaveat(site.deps);
    expect(snapshot()).toBe(before);
    expect(app.report().status).toBe('site-disabled');
  });

  it('turning off removes everything (DOM identical); turning on re-runs', async () => {
    const h = harness();
    const app = await startCaveat(h.deps);
    h.setSettings({ enabled: false });
    expect(snapshot()).toBe(before);
    h.setSettings({ enabled: true });
    await app.idle();
    expect(marks()).toBeGreaterThan(0);
    h.setSettings({ disabledSites: [window.location.hostname] });
    expect(snapshot()).toBe(before);
  });

  it('applies the kind filter and the highlight style live', async () => {
    const h = harness();
    const app = await startCaveat(h.deps);
    h.setSettings({ kinds: { ...DEFAULT_SETTINGS.kinds, 'unnamed-source': false } });
    await app.idle();
    expect(document.querySelectorAll('caveat-mark[data-claim-kind="unnamed-source"]')).toHaveLength(
      0,
    );
    expect(
      document.querySelectorAll('caveat-mark[data-claim-kind="state-media"]').length,
    ).toBeGreaterThan(0);
    h.setSettings({ highlightStyle: 'outline' });
    expect(document.documentElement.getAttribute('data-caveat-style')).toBe('outline');
  });

  it('restores the page exactly when the extension context is invalidated', async () => {
    const h = harness();
    await startCaveat(h.deps);
    const first = document.querySelector<HTMLElement>('caveat-mark[tabindex]')!;
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(h.viewCalls[0]).toMatch(/^show c\d+ data$/);
    h.abort.abort();
    expect(snapshot()).toBe(before);
    expect(h.viewCalls).toContain('destroy');
    expect(h.hasListener()).toBe(false);
  });

  it('answers the popup: report, focus-claim (opens the card), toggle-page', async () => {
    const h = harness();
    await startCaveat(h.deps);
    const report = (await h.ask({ type: 'caveat:get-report' })) as PageReport;
    expect(report.status).toBe('on-topic');
    expect(report.claims).toHaveLength(2);
    const id = report.claims[1]!.id;
    HTMLElement.prototype.scrollIntoView ??= () => undefined;
    const scroll = vi
      .spyOn(HTMLElement.prototype, 'scrollIntoView')
      .mockImplementation(() => undefined);
    expect(await h.ask({ type: 'caveat:focus-claim', id })).toEqual({ ok: true });
    expect(scroll).toHaveBeenCalled();
    expect(document.activeElement?.getAttribute('data-claim-id')).toBe(id);
    expect(h.viewCalls).toEqual([`show ${id} data`]);
    expect(await h.ask({ type: 'caveat:focus-claim', id: 'missing' })).toEqual({ ok: false });

    expect(await h.ask({ type: 'caveat:toggle-page' })).toEqual({ on: false });
    expect(snapshot()).toBe(before);
    expect(h.sent.at(-1)).toEqual({ type: 'caveat:report', count: 0 });
    expect(await h.ask({ type: 'caveat:toggle-page' })).toEqual({ on: true });
    await flush();
    expect(marks()).toBeGreaterThan(0);
    expect(h.ask({ type: 'something-else' })).toBeUndefined();
  });

  it('"Turn off cards" saves cardMode off and closes the card', async () => {
    const h = harness();
    let callbacks: Parameters<AppDeps['createView']>[0] | undefined;
    const create = h.deps.createView;
    h.deps.createView = (cb) => {
      callbacks = cb;
      return create(cb);
    };
    await startCaveat(h.deps);
    const first = document.querySelector<HTMLElement>('caveat-mark[tabindex]')!;
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    callbacks?.onDisableCards();
    await flush();
    expect(h.viewCalls.at(-1)).toBe('hide');
    expect(first.hasAttribute('aria-expanded')).toBe(false);
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(h.viewCalls.filter((c) => c.startsWith('show'))).toHaveLength(1);
  });

  it('re-reads after same-document navigation without duplicating marks', async () => {
    const h = harness();
    const app = await startCaveat(h.deps);
    const p = document.createElement('p');
    p.textContent = 'A defector said the new figure was invented.';
    document.querySelector('article')?.append(p);
    h.navigate();
    await app.idle();
    expect(document.querySelectorAll('caveat-mark[tabindex="0"]')).toHaveLength(3);
  });

  it('re-highlights once when the page re-renders marked nodes', async () => {
    vi.useFakeTimers();
    try {
      const h = harness();
      const app = await startCaveat(h.deps);
      const article = document.querySelector('article')!;
      const old = article.querySelectorAll('p')[1]!;
      const fresh = document.createElement('p');
      fresh.textContent = old.textContent;
      old.replaceWith(fresh);
      await vi.advanceTimersByTimeAsync(2000);
      await app.idle();
      expect(document.querySelectorAll('caveat-mark[tabindex="0"]')).toHaveLength(2);
      expect(fresh.querySelector('caveat-mark')).not.toBeNull();
      // Our own re-wrapping must not trigger another run.
      const runs = h.sent.length;
      await vi.advanceTimersByTimeAsync(5000);
      expect(h.sent.length).toBe(runs);
    } finally {
      vi.useRealTimers();
    }
  });
});
