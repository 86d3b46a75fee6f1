/**
 * The part of Caveat that runs on every page, kept tiny on purpose: read the settings, run the
 * cheap gate on the enabled packs' subject terms, and only when it passes load the reader (the
 * pipeline, the packs and the card), which is a separate file. Pages that never mention a pack's
 * subject pay for one round of storage reads, one text search and a bounded observer, nothing
 * else.
 * Until the reader is loaded, this part answers the popup's "what happened here?" itself.
 */
import { enabledGateTerms, type PackTerms } from '@/lib/gate';
import type { PageReport } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { watchLaterContent, type LaterContentWatcher } from './observer';

export interface BootstrapDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** Calls back when packs are imported or removed (their terms may now match this page). */
  watchPacks(onChange: () => void): () => void;
  /** Every pack's subject terms, enabled or not (the settings pick). */
  loadPackTerms(): Promise<PackTerms[]>;
  /** The lede gate for the page as loaded (`quickGate`). */
  gate(doc: Document, terms: readonly string[]): boolean;
  /** The whole-text gate for content added later (`fullGate`): it does not come first. */
  fullGate(doc: Document, terms: readonly string[]): boolean;
  /** Registers the runtime message listener; returns its remover. */
  onMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void;
  onNavigate(listener: () => void): void;
  /** Loads and starts the reader, which from then on owns the page; `settings` are current. */
  loadReader(settings: () => Settings): Promise<void>;
}

export type BootstrapState = 'waiting' | 'loading' | 'loaded' | 'failed';

/** Added text (characters) that makes later content worth another gate test. */
const LATER_TEXT_MIN = 200;

export async function startBootstrap(deps: BootstrapDeps): Promise<{ state(): BootstrapState }> {
  const { doc, signal } = deps;
  // The packs' terms are read alongside the settings, not after them: every page waits on both
  // before its gate. Read again only when the packs change.
  let packTerms: Promise<PackTerms[]> | undefined;
  const loadPackTerms = () => {
    const loading = deps.loadPackTerms();
    // A failed read is read again by the next check, and is never an unhandled rejection.
    loading.catch(() => {
      if (packTerms === loading) packTerms = undefined;
    });
    return (packTerms = loading);
  };
  void loadPackTerms();
  let settings = await deps.loadSettings();
  let state: BootstrapState = 'waiting';
  let watcher: LaterContentWatcher | undefined;
  let checking = false;

  const host = () => deps.win.location.hostname;
  const active = () =>
    settings.enabled && !settings.disabledSites.includes(host()) && !signal.aborted;

  const report = (): PageReport => ({
    status: !settings.enabled
      ? 'disabled'
      : settings.disabledSites.includes(host())
        ? 'site-disabled'
        : 'off-topic',
    host: host(),
    claims: [],
  });

  const check = async (later = false) => {
    if (state !== 'waiting' || checking || !active()) return;
    checking = true;
    try {
      const terms = enabledGateTerms(await (packTerms ?? loadPackTerms()), settings.disabledPacks);
      if (state !== 'waiting' || !active()) return;
      const gate = later ? deps.fullGate : deps.gate;
      if (terms !== 'all' && !gate(doc, terms)) {
        watchLater();
        return;
      }
      state = 'loading';
      watcher?.stop();
      watcher = undefined;
      await deps.loadReader(() => settings);
      state = 'loaded';
    } catch {
      // A failed storage read, or a reader that failed to load (an extension reload mid-load).
      if (state === 'loading') state = 'failed';
    } finally {
      checking = false;
    }
  };

  // Lazy and single-page sites add their article after load: test again when enough text came.
  const watchLater = () => {
    if (watcher || !doc.body) return;
    watcher = watchLaterContent({
      root: doc.body,
      signal,
      isOwn: () => false,
      debounceMs: 500,
      maxRuns: 10,
      onBatch: ({ addedText }) => {
        if (addedText < LATER_TEXT_MIN || state !== 'waiting') return false;
        void check(true);
        return true;
      },
    });
  };

  const unlisten = deps.onMessage((message) => {
    const type = (message as { type?: unknown } | null)?.type;
    // Once the reader runs, it answers; before that only the report has an answer.
    if (state === 'loaded' || state === 'loading' || type !== 'caveat:get-report') return;
    return Promise.resolve(report());
  });
  const unwatch = deps.watchSettings((next) => {
    settings = next;
    void check();
  });
  const unwatchPacks = deps.watchPacks(() => {
    void loadPackTerms();
    void check();
  });
  deps.onNavigate(() => {
    watcher?.resetBudget();
    void check();
  });
  signal.addEventListener(
    'abort',
    () => {
      unlisten();
      unwatch();
      unwatchPacks();
      watcher?.stop();
    },
    { once: true },
  );

  await check();
  return { state: () => state };
}
