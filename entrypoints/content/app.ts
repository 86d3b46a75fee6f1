/**
 * The content script's composition: settings -> gate -> article -> claims -> highlights ->
 * card, plus live settings, later content, same-document navigation and messages. Extension
 * APIs come in through `AppDeps`, so the whole flow runs in happy-dom tests; `index.ts` binds
 * the real ones. Everything hangs off `signal`: aborting restores the page exactly.
 */
import type { Translate } from '@/components/ui-strings';
import type { BackgroundRequest, PageReport } from '@/lib/protocol';
import type { Pack } from '@/lib/pack/schema';
import type { Settings } from '@/lib/settings';
import { startCardController, type CardController, type CardView } from './card-controller';
import { markDescriber } from './mark-roles';
import { answerContentRequest } from './popup-requests';
import { watchLaterContent, type LaterContentWatcher } from './observer';
import { PageSession, type CardData } from './page-session';
import type { Pipeline } from './pipeline';
import { createSummaryView, SUMMARY_TAG, type SummaryView } from './summary-view';

export interface CardViewCallbacks {
  getData: (id: string) => CardData | undefined;
  onClose: () => void;
  onDisableCards: () => void;
  onOpenSettings: () => void;
  claimElement: (id: string) => HTMLElement | undefined;
}

export interface AppDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  pipeline: Pipeline;
  t: Translate;
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  saveSettings(patch: Partial<Settings>): Promise<unknown>;
  loadPacks(): Promise<Pack[]>;
  /** Calls back when imported packs change (enabling/disabling comes through settings). */
  watchPacks?(onChange: () => void): () => void;
  send(message: BackgroundRequest): Promise<unknown>;
  /** Registers the runtime message listener; returns its remover. */
  onMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void;
  /** Subscribes to same-document navigation (history API, popstate). */
  onNavigate(listener: () => void): void;
  createView(callbacks: CardViewCallbacks): CardView & { destroy(): void };
  /** The in-article summary box; defaults to the shadow-root view in `summary-view.tsx`. */
  createSummary?(callbacks: SummaryCallbacks): SummaryView;
}

export interface SummaryCallbacks {
  onGoToFirst: () => void;
  onClose: () => void;
}

export interface CaveatApp {
  session: PageSession;
  report(): PageReport;
  /** Resolves when the current run (if any) finished. */
  idle(): Promise<void>;
}

/** Added text (characters) that makes later content worth a re-run. */
const LATER_TEXT_MIN = 200;

/**
 * Whether a change of the disabled packs can change this page's reading: a pack was turned on
 * (it may be about this page), or a pack this page was read with was turned off. Turning off an
 * unrelated pack leaves the highlights alone, instead of removing and redrawing them.
 */
export function packChangeMatters(
  before: readonly string[],
  after: readonly string[],
  inUse: readonly string[],
): boolean {
  const turnedOn = before.some((id) => !after.includes(id));
  const usedTurnedOff = inUse.some((id) => after.includes(id) && !before.includes(id));
  return turnedOn || usedTurnedOff;
}

/** Starts Caveat on a page. */
export async function startCaveat(deps: AppDeps): Promise<CaveatApp> {
  const { doc, win, signal, pipeline } = deps;
  let settings = await deps.loadSettings();
  let packs: Pack[] = [];
  let paused = false;
  let watcher: LaterContentWatcher | undefined;
  let controller: CardController | undefined;
  let controllerAbort: AbortController | undefined;
  let view: (CardView & { destroy(): void }) | undefined;
  let running: Promise<void> = Promise.resolve();
  let runToken = 0;
  let summary: SummaryView | undefined;
  /** The reader closed the summary: it stays hidden until navigation or the setting turns on. */
  let summaryClosed = false;

  const host = () => win.location.hostname;
  const active = () =>
    !paused && settings.enabled && !settings.disabledSites.includes(host()) && !signal.aborted;
  const quietly = (write: () => void) => (watcher ? watcher.quietly(write) : write());
  const session = new PageSession({ doc, pipeline, describeMark: markDescriber(deps.t), quietly });

  // The browser clears a tab's badge on navigation, so a page starts at 0: pages that never
  // show a claim never wake the background at all.
  let lastCount = 0;
  const sendCount = () => {
    const count = active() ? session.count : 0;
    if (count === lastCount) return;
    lastCount = count;
    deps.send({ type: 'caveat:report', count }).catch(() => {
      // The background may be asleep or reloading; the next change reports again.
      lastCount = -1;
    });
  };

  const ensureController = () => {
    if (controller) return controller;
    controllerAbort = new AbortController();
    signal.addEventListener('abort', () => controllerAbort?.abort(), { once: true });
    view = deps.createView({
      getData: (id) => session.cardData(id),
      onClose: () => controller?.close({ returnFocus: true, explicit: true }),
      onDisableCards: () => {
        controller?.close({ returnFocus: true, explicit: true });
        void deps.saveSettings({ cardMode: 'off' }).catch(() => undefined);
      },
      onOpenSettings: () => void deps.send({ type: 'caveat:open-options' }).catch(() => undefined),
      claimElement: (id) => session.marksOf(id)[0],
    });
    controller = startCardController({
      doc,
      win,
      signal: controllerAbort.signal,
      view,
      mode: () => settings.cardMode,
      marksOf: (id) => session.marksOf(id),
    });
    return controller;
  };

  const stopCard = () => {
    controller?.close();
    controllerAbort?.abort();
    view?.destroy();
    controller = undefined;
    controllerAbort = undefined;
    view = undefined;
  };

  const ensureWatcher = () => {
    if (watcher || !doc.body) return;
    watcher = watchLaterContent({
      root: doc.body,
      signal,
      isOwn: (el) =>
        el.localName === 'caveat-mark' ||
        el.localName === 'caveat-card' ||
        el.localName === SUMMARY_TAG,
      onBatch: ({ addedText, removedOwn, added }) => {
        if (!active()) return false;
        const lost = removedOwn && session.marksLost();
        if (!lost && addedText < LATER_TEXT_MIN) return false;
        // A re-render, or nothing read yet: read the page again. Otherwise only new stories.
        const plan = lost ? 'rerun' : session.planLater(added);
        if (plan === 'rerun') {
          rerun();
          return true;
        }
        if (plan.length === 0) return false;
        readLater(plan);
        return true;
      },
    });
  };

  /** Reads the page again; an open card stays open on the same claim when it still exists. */
  const rerun = () => {
    const openId = controller?.openId;
    void runNow().then(() => {
      if (openId && controller && session.marksOf(openId).length > 0) {
        controller.open(openId, { focus: false, by: 'click' });
      }
    });
  };

  /** Reads article roots the page added later (infinite scroll); earlier ones stay as they are. */
  const readLater = (roots: Element[]) => {
    const token = runToken;
    const later = session.readLater(roots, settings, packs).then(() => {
      if (token !== runToken || !active()) return;
      afterReading();
    });
    running = Promise.all([running, later]).then(
      () => undefined,
      () => undefined,
    );
  };

  /** Card, summary and badge follow what the session now shows. */
  const afterReading = () => {
    if (session.status === 'on-topic' && session.count > 0) ensureController();
    syncSummary();
    // Later content: on-topic pages may re-render or add stories, others may still load one.
    ensureWatcher();
    sendCount();
  };

  /** Scrolls to a claim's first mark (no animation under reduced motion) and focuses it. */
  const revealClaim = (id: string): boolean => {
    const first = session.marksOf(id)[0];
    if (!first) return false;
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
    return true;
  };

  /** Adds, updates or removes the in-article summary to match settings and the session. */
  const syncSummary = () => {
    const wanted = active() && settings.summary && !summaryClosed ? session.summary() : undefined;
    if (!wanted) {
      if (summary?.host) quietly(() => summary?.remove());
      return;
    }
    summary ??= (deps.createSummary ?? defaultSummary)({
      onGoToFirst: () => {
        const id = session.summary()?.firstClaimId;
        if (id) revealClaim(id);
      },
      onClose: () => {
        summaryClosed = true;
        const id = session.summary()?.firstClaimId;
        syncSummary();
        // Focus was on the close button, now gone: go on from the article's first claim.
        if (id) session.marksOf(id)[0]?.focus({ preventScroll: true });
      },
    });
    const view = summary;
    quietly(() => view.show(wanted.data, wanted.articleRoot));
  };
  const defaultSummary = (callbacks: SummaryCallbacks) =>
    createSummaryView({ doc, win, t: deps.t, ...callbacks });

  const runNow = (): Promise<void> => {
    const token = ++runToken;
    running = (async () => {
      controller?.close();
      if (!active()) {
        session.clear();
        stopCard();
        syncSummary();
        sendCount();
        return;
      }
      packs = await deps.loadPacks();
      if (token !== runToken || !active()) return;
      await session.run(settings, packs);
      if (token !== runToken || !active()) return;
      afterReading();
    })().catch(() => undefined);
    return running;
  };

  const teardown = () => {
    runToken += 1;
    stopCard();
    session.clear();
    syncSummary();
    watcher?.stop();
    watcher = undefined;
  };

  deps.onNavigate(() => {
    if (signal.aborted) return;
    watcher?.resetBudget();
    session.clear();
    summaryClosed = false;
    syncSummary();
    void runNow();
  });

  const onSettings = (next: Settings) => {
    const prev = settings;
    settings = next;
    if (next.summary && !prev.summary) summaryClosed = false;
    if (!active()) {
      teardown();
      sendCount();
      return;
    }
    const wasActive = prev.enabled && !prev.disabledSites.includes(host()) && !paused;
    const rerunNeeded =
      !wasActive ||
      JSON.stringify(prev.kinds) !== JSON.stringify(next.kinds) ||
      packChangeMatters(prev.disabledPacks, next.disabledPacks, session.packIds);
    if (rerunNeeded) {
      void runNow();
      return;
    }
    if (prev.highlightStyle !== next.highlightStyle) session.setHighlightStyle(next.highlightStyle);
    if (prev.summary !== next.summary) syncSummary();
    if (prev.cardMode !== next.cardMode) {
      if (next.cardMode === 'off') controller?.close();
      session.decorate(next.cardMode !== 'off');
    }
  };
  const unwatchSettings = deps.watchSettings(onSettings);
  const unwatchPacks = deps.watchPacks?.(() => {
    if (active()) void runNow();
  });

  const focusClaim = (id: string): boolean => {
    if (!revealClaim(id)) return false;
    ensureController().open(id, { focus: false, by: 'popup' });
    return true;
  };

  const togglePage = (): boolean => {
    paused = !paused;
    if (paused) {
      teardown();
      sendCount();
    } else {
      void runNow();
    }
    return !paused;
  };

  const report = (): PageReport => {
    if (!settings.enabled) return { status: 'disabled', host: host(), claims: [] };
    if (settings.disabledSites.includes(host()))
      return { status: 'site-disabled', host: host(), claims: [] };
    return session.report(host(), settings);
  };

  const unlisten = deps.onMessage((message) =>
    answerContentRequest(message, { report, focusClaim, togglePage }),
  );

  signal.addEventListener(
    'abort',
    () => {
      teardown();
      unwatchSettings();
      unwatchPacks?.();
      unlisten();
    },
    { once: true },
  );

  await runNow();
  return { session, report, idle: () => running };
}
