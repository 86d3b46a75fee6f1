// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { englishT } from '@/components/ui-strings';
import { packChangeMatters, startCaveat, type AppDeps } from '@/entrypoints/content/app';
import type { CardView } from '@/entrypoints/content/card-controller';
import type { BackgroundRequest, PageReport } from '@/lib/protocol';
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

  it('reads a second story added by infinite scroll, keeps the first, and undoes both', async () => {
    vi.useFakeTimers();
    try {
      const h = harness();
      const app = await startCaveat(h.deps);
      const first = document.querySelector('article')!;
      const firstMarks = Array.from(first.querySelectorAll('caveat-mark'));
      expect(firstMarks.length).toBeGreaterThan(0);
      // The page appends another story: the fixture article again, unmarked, with more text.
      const next = document.createElement('article');
      const p1 = document.createElement('p');
      p1.textContent = 'In Pyongyang, KCNA said that more recruits had joined the army.';
      const p2 = document.createElement('p');
      p2.textContent = 'The harbour board met about the ferry timetable again today. '.repeat(4);
      next.append(p1, p2);
      document.body.append(next);
      await vi.advanceTimersByTimeAsync(2000);
      await app.idle();
      expect(next.querySelectorAll('caveat-mark[tabindex="0"]')).toHaveLength(1);
      expect(Array.from(first.querySelectorAll('caveat-mark'))).toEqual(firstMarks);
      const report = (await h.ask({ type: 'caveat:get-report' })) as PageReport;
      expect(report.claims).toHaveLength(3);
      expect(h.sent.at(-1)).toEqual({ type: 'caveat:report', count: 3 });
      await h.ask({ type: 'caveat:toggle-page' });
      next.remove();
      expect(snapshot()).toBe(before);
    } finally {
      vi.useRealTimers();
    }
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

describe('in-article summary', () => {
  let before: string;
  afterEach(() => {
    started.splice(0).forEach((a) => a.abort());
  });
  beforeEach(() => {
    document.head.replaceChildren();
    buildArticlePage(document);
    before = snapshot();
  });

  const hosts = () => document.querySelectorAll('caveat-summary');
  const summaryText = () =>
    (document.querySelector('caveat-summary')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  const summaryButton = (name: string) =>
    Array.from(
      document.querySelector('caveat-summary')?.shadowRoot?.querySelectorAll('button') ?? [],
    ).find((b) => b.textContent === name || b.getAttribute('aria-label') === name);
  const article = () => document.querySelector('article')!;
  const articleMarkup = () => new XMLSerializer().serializeToString(article());

  it('is off by default: no host at all', async () => {
    await startCaveat(harness().deps);
    expect(marks()).toBeGreaterThan(0);
    expect(hosts()).toHaveLength(0);
  });

  it('puts one host right before the article root, outside the article', async () => {
    const plain = harness();
    await startCaveat(plain.deps);
    const markedArticle = articleMarkup();
    plain.abort.abort();

    const h = harness({ summary: true });
    await startCaveat(h.deps);
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.nextElementSibling).toBe(article());
    expect(article().contains(host)).toBe(false);
    expect(host.shadowRoot?.mode).toBe('open');
    // The article itself is exactly what highlighting alone makes of it.
    expect(articleMarkup()).toBe(markedArticle);
    expect(summaryText()).toContain('Caveat highlighted 2 unverified claims in this article');
    expect(summaryText()).toContain('State media: 1');
    expect(summaryText()).toContain('Unnamed source: 1');
    expect(summaryText()).toContain('Caveat looks only for Test pack');
    const region = host.shadowRoot?.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Caveat summary');
    // Its CSS travels inside its own shadow root (Vitest stubs the CSS text itself).
    expect(host.shadowRoot?.querySelector('style')).not.toBeNull();
  });

  it('toggles live without re-reading the page; off restores the body exactly', async () => {
    const calls: string[] = [];
    const h = harness();
    h.deps.pipeline = makePipeline(calls);
    const app = await startCaveat(h.deps);
    const withMarks = snapshot();
    const reads = calls.length;
    h.setSettings({ summary: true });
    expect(hosts()).toHaveLength(1);
    h.setSettings({ summary: false });
    expect(hosts()).toHaveLength(0);
    expect(snapshot()).toBe(withMarks);
    h.setSettings({ summary: true });
    await app.idle();
    expect(hosts()).toHaveLength(1);
    expect(calls.length).toBe(reads);
  });

  it('goes away with Caveat, the site, the page toggle and the context; the page is as before', async () => {
    const h = harness({ summary: true });
    const app = await startCaveat(h.deps);
    h.setSettings({ enabled: false });
    expect(snapshot()).toBe(before);
    h.setSettings({ enabled: true });
    await app.idle();
    expect(hosts()).toHaveLength(1);
    h.setSettings({ disabledSites: [window.location.hostname] });
    expect(snapshot()).toBe(before);
    h.setSettings({ disabledSites: [] });
    await app.idle();
    expect(await h.ask({ type: 'caveat:toggle-page' })).toEqual({ on: false });
    expect(snapshot()).toBe(before);
    expect(await h.ask({ type: 'caveat:toggle-page' })).toEqual({ on: true });
    await app.idle();
    expect(hosts()).toHaveLength(1);
    h.abort.abort();
    expect(snapshot()).toBe(before);
  });

  it('re-runs update the counts and never add a second box', async () => {
    const h = harness({ summary: true });
    const app = await startCaveat(h.deps);
    const p = document.createElement('p');
    p.textContent = 'A defector said the new figure was invented.';
    article().append(p);
    h.navigate();
    await app.idle();
    expect(hosts()).toHaveLength(1);
    expect(summaryText()).toContain('Caveat highlighted 3 unverified claims');
    h.setSettings({ kinds: { ...DEFAULT_SETTINGS.kinds, 'unnamed-source': false } });
    await app.idle();
    expect(hosts()).toHaveLength(1);
    expect(summaryText()).toContain('Caveat highlighted 1 unverified claim in this article');
    expect(summaryText()).not.toContain('Unnamed source');
    // No highlighted claim left: no box.
    h.setSettings({
      kinds: { ...DEFAULT_SETTINGS.kinds, 'unnamed-source': false, 'state-media': false },
    });
    await app.idle();
    expect(hosts()).toHaveLength(0);
  });

  it('leaves the badge and the popup report as they are', async () => {
    const off = harness();
    const appOff = await startCaveat(off.deps);
    const reportOff = appOff.report();
    off.abort.abort();
    const on = harness({ summary: true });
    const appOn = await startCaveat(on.deps);
    expect(on.sent).toEqual(off.sent);
    expect(appOn.report()).toEqual(reportOff);
  });

  it('stays out of off-topic pages', async () => {
    const p = document.createElement('p');
    p.textContent = 'A council said the bridge would reopen.';
    document.body.replaceChildren(Object.assign(document.createElement('article'), {}), p);
    await startCaveat(harness({ summary: true }).deps);
    expect(hosts()).toHaveLength(0);
  });

  it('"Go to first claim" scrolls to and focuses the first claim, without motion when asked', async () => {
    HTMLElement.prototype.scrollIntoView ??= () => undefined;
    const scroll = vi
      .spyOn(HTMLElement.prototype, 'scrollIntoView')
      .mockImplementation(() => undefined);
    const media = vi
      .spyOn(window, 'matchMedia')
      .mockImplementation(
        (query: string) =>
          ({ matches: query.includes('reduce'), media: query }) as unknown as MediaQueryList,
      );
    const h = harness({ summary: true });
    await startCaveat(h.deps);
    summaryButton('Go to first claim')!.click();
    const first = document.querySelector('caveat-mark[tabindex="0"]');
    expect(document.activeElement).toBe(first);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
    expect(media).toHaveBeenCalled();
    // It only moves focus: no card opens.
    expect(h.viewCalls).toEqual([]);
  });

  it('the close button hides it for this page only: re-runs keep it hidden, navigation brings it back', async () => {
    const h = harness();
    const app = await startCaveat(h.deps);
    const withMarks = snapshot();
    h.setSettings({ summary: true });
    expect(hosts()).toHaveLength(1);
    summaryButton('Hide the summary on this page')!.click();
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement?.localName).toBe('caveat-mark');
    expect(snapshot()).toBe(withMarks);
    h.setSettings({ kinds: { ...DEFAULT_SETTINGS.kinds, denial: false } });
    await app.idle();
    expect(hosts()).toHaveLength(0);
    h.navigate();
    await app.idle();
    expect(hosts()).toHaveLength(1);
  });

  it('is ignored by the later-content observer', async () => {
    vi.useFakeTimers();
    try {
      const calls: string[] = [];
      const h = harness();
      h.deps.pipeline = makePipeline(calls);
      await startCaveat(h.deps);
      const reads = calls.length;
      h.setSettings({ summary: true });
      h.setSettings({ summary: false });
      h.setSettings({ summary: true });
      await vi.advanceTimersByTimeAsync(3000);
      expect(calls.length).toBe(reads);
      expect(hosts()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('packChangeMatters', () => {
  it('re-reads when a pack is turned on, or a pack in use is turned off; not otherwise', () => {
    expect(packChangeMatters(['b'], [], ['a'])).toBe(true);
    expect(packChangeMatters([], ['a'], ['a'])).toBe(true);
    expect(packChangeMatters([], ['b'], ['a'])).toBe(false);
    expect(packChangeMatters(['b'], ['b', 'c'], ['a'])).toBe(false);
    expect(packChangeMatters([], [], [])).toBe(false);
  });
});
