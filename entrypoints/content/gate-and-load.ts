/**
 * The rest of the bootstrap, started by the first look (`first-look.ts`, all that a page off the
 * topic runs) when the page may be Caveat's business: a subject stem occurs, packs exist or
 * change, the popup asks, or later content names a subject. It first asks whether the
 * page names any pack's subject at all: the cheap gate on every pack's terms, enabled or not.
 * The bundled packs' terms are built in and tested at once, while the one storage read every
 * page it runs in makes (the imported packs' terms, from the pack index) is on its way. Settings can only
 * narrow that answer (Caveat off, the site off, a pack off), so a page that names no subject
 * never reads them: it pays for one storage read, one text search, a storage listener (packs
 * imported or removed, and the popup's question) and an observer for content that arrives
 * later. Only a page that passes reads and follows the settings and, where Caveat is on, loads
 * the page UI (a separate file).
 *
 * The runtime message listener is registered only when the popup asks (it says so through
 * local storage, `REPORT_ASK_KEY`, when its message found no receiver): binding the `runtime`
 * API costs every page about 0.5 ms of main thread (npm run bench's off-topic traces), a storage
 * listener next to the storage read almost nothing. Until the page UI is loaded, this part
 * answers the popup's "what happened here?" itself, reading the settings when asked.
 */
import { enabledGateTerms, type PackTerms } from '@/lib/gate';
import type { PageReport } from '@/lib/protocol';
import type { Settings } from '@/lib/settings';
import { REPORT_ASK_KEY } from '@/entrypoints/shared/chunk-api';
import { PACK_INDEX_KEY } from '@/entrypoints/shared/pack-index';
import type { HandOverReason } from './first-look';
import { watchLaterContent, type LaterContentWatcher } from './observer';
import { LATER_RUNS, LATER_TEXT_MIN } from '@/lib/gate-limits';

type Gate = (doc: Document, terms: readonly string[]) => boolean;

export interface BootstrapDeps {
  doc: Document;
  win: Window;
  /**
   * Ends the bootstrap's work (tests). The content script passes none: nothing ends it but the
   * page, and an AbortController in every page costs about 0.2 ms of main thread.
   */
  signal?: AbortSignal;
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** The bundled packs' subject terms (built in, so tested before any storage read). */
  bundledPacks: readonly PackTerms[];
  /** Imported packs' subject terms, enabled or not (the settings pick). */
  loadImportedPacks(): Promise<PackTerms[]>;
  /** The lede gate for the page as loaded (`quickGate`). */
  gate: Gate;
  /** The whole-text gate for content added later (`fullGate`): it does not come first. */
  fullGate: Gate;
  /**
   * Registers the runtime message listener; returns its remover. Called only once the popup
   * has asked (see `onLocalChange`).
   */
  onMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void;
  /** Calls `onChange` with the keys of local storage that changed; returns its remover. */
  onLocalChange(onChange: (keys: readonly string[]) => void): () => void;
  /** Loads and starts the page UI, which from then on owns the page; `settings` are current. */
  loadPageUi(settings: () => Settings): Promise<void>;
  /**
   * Why the first look handed over: `later`, content added after load, is tested in full
   * (`fullGate`) at once; `asked`, the popup's question, registers the message listener at once.
   */
  handedOver?: HandOverReason;
}

export type BootstrapState = 'waiting' | 'loading' | 'loaded' | 'failed';

export async function startBootstrap(deps: BootstrapDeps): Promise<{ state(): BootstrapState }> {
  const { doc, signal } = deps;
  // The storage read starts before anything else, so it travels while the bundled terms are
  // tested. Read again only when the packs change, or at the next check after a failed read.
  let imported: Promise<PackTerms[]> | undefined;
  const loadImported = () => {
    const loading = deps.loadImportedPacks();
    loading.catch(() => {
      if (imported === loading) imported = undefined;
    });
    return (imported = loading);
  };
  void loadImported();

  let state: BootstrapState = 'waiting';
  let watcher: LaterContentWatcher | undefined;
  let checking = false;
  // Read and followed only from the first time the page names a pack's subject.
  let settings: Settings | undefined;
  let unwatchSettings: (() => void) | undefined;

  const host = () => deps.win.location.hostname;
  const active = (s: Settings) =>
    s.enabled && !s.disabledSites.includes(host()) && !signal?.aborted;

  const report = (s: Settings): PageReport => ({
    status: !s.enabled
      ? 'disabled'
      : s.disabledSites.includes(host())
        ? 'site-disabled'
        : 'off-topic',
    host: host(),
    claims: [],
  });

  /** The settings from now on kept current by their watcher (they decide this page's fate). */
  const followSettings = async (): Promise<Settings> => {
    unwatchSettings ??= deps.watchSettings((next) => {
      settings = next;
      void check();
    });
    // A change that arrived while the read was on its way is newer than the read.
    if (!settings) {
      const read = await deps.loadSettings();
      settings ??= read;
    }
    return settings;
  };

  /** Whether `gate` finds one of `packs`' terms (every page is read when one's are unknown). */
  const names = (gate: Gate, packs: readonly PackTerms[]): boolean => {
    const terms = enabledGateTerms(packs, []);
    return terms === 'all' || (terms.length > 0 && gate(doc, terms));
  };

  // A reason to check that comes while a check waits for storage (new packs, new settings,
  // new content) is not lost: the check runs once more when this one ends.
  let pending: { later: boolean } | undefined;
  const check = async (later = false) => {
    if (state !== 'waiting' || signal?.aborted) return;
    if (checking) {
      pending = { later: later || (pending?.later ?? false) };
      return;
    }
    checking = true;
    try {
      const gate = later ? deps.fullGate : deps.gate;
      const bundledNamed = names(gate, deps.bundledPacks);
      // A page that names a bundled pack's subject needs the settings: asked for alongside.
      const following = bundledNamed ? followSettings() : undefined;
      following?.catch(() => undefined);
      const importedPacks = await (imported ?? loadImported());
      if (!bundledNamed && !names(gate, importedPacks)) {
        watchLater();
        return;
      }
      const current = await (following ?? followSettings());
      // Off here: the settings' watcher checks again when that changes.
      if (state !== 'waiting' || !active(current)) return;
      const terms = enabledGateTerms(
        [...deps.bundledPacks, ...importedPacks],
        current.disabledPacks,
      );
      if (terms !== 'all' && !gate(doc, terms)) {
        watchLater();
        return;
      }
      state = 'loading';
      watcher?.stop();
      watcher = undefined;
      await deps.loadPageUi(() => settings ?? current);
      state = 'loaded';
    } catch {
      // A failed storage read, or a page UI that failed to load (an extension reload mid-load).
      if (state === 'loading') state = 'failed';
    } finally {
      checking = false;
      const next = pending;
      pending = undefined;
      if (next) void check(next.later);
    }
  };

  // Lazy and single-page sites add their article after load: test again when enough text came,
  // at most LATER_RUNS times per address. A single-page site's next page comes with new content
  // too, so its address is compared here rather than followed by a listener on every page.
  // The document's URL, not `location`: the page's own address without binding another interface.
  let address = doc.URL;
  let runs = 0;
  const watchLater = () => {
    if (watcher || !doc.body) return;
    watcher = watchLaterContent({
      root: doc.body,
      signal,
      debounceMs: 500,
      maxRuns: Infinity,
      onBatch: ({ addedText }) => {
        const now = doc.URL;
        if (now !== address) {
          address = now;
          runs = 0;
        }
        if (addedText < LATER_TEXT_MIN || state !== 'waiting' || runs >= LATER_RUNS) return false;
        runs += 1;
        void check(true);
        return true;
      },
    });
  };

  const answer = (message: unknown): Promise<PageReport> | undefined => {
    // Once the page UI runs, it answers; before that only the report has an answer.
    if (state === 'loaded' || state === 'loading') return;
    if ((message as { type?: unknown } | null)?.type !== 'caveat:get-report') return;
    // Unfollowed settings are read afresh: the popup may have just changed them.
    return (settings ? Promise.resolve(settings) : deps.loadSettings()).then(report);
  };
  let unlisten: (() => void) | undefined;
  const unwatchLocal = deps.onLocalChange((keys) => {
    // The popup found no receiver here: listen from now on, and it asks again.
    if (keys.includes(REPORT_ASK_KEY)) unlisten ??= deps.onMessage(answer);
    if (keys.includes(PACK_INDEX_KEY) && state === 'waiting') {
      // Packs were imported or removed: their terms may now match this page.
      void loadImported();
      void check();
    }
  });
  if (deps.handedOver === 'asked') unlisten = deps.onMessage(answer);
  signal?.addEventListener(
    'abort',
    () => {
      unlisten?.();
      unwatchLocal();
      unwatchSettings?.();
      watcher?.stop();
    },
    { once: true },
  );

  await check(deps.handedOver === 'later');
  return { state: () => state };
}
