/**
 * The page UI's composition root: binds extension APIs (settings, packs, messages, i18n, the
 * shadow-root card) to `startCaveat`, which does the work. Loaded by the bootstrap content script
 * only on pages that pass the gate (see `entrypoints/page-ui.ts`).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answersInEnglish, createTranslate, englishT } from '@/components/ui-strings';
import {
  listPacks,
  loadEnabledPacks,
  watchPacks,
  type PackEntry,
} from '@/entrypoints/shared/pack-store';
import {
  DETECTOR_FILE,
  DETECTOR_GLOBAL,
  importScript,
  type DetectorApi,
} from '@/entrypoints/shared/chunk-api';
import { loadSettings, saveSettings, watchSettings } from '@/entrypoints/shared/settings-store';
import type { Settings } from '@/lib/settings';
import { startCaveat } from './app';
import { detectInBackground } from './detect-in-background';
import { createCardView } from './card-view';
import { detectInPage } from './detect-in-page';
import { realPipeline } from './real-pipeline';

/**
 * Starts reading the page; everything it does ends with `ctx`. `initialSettings`, when the
 * bootstrap hands them over, answer the first settings read; later reads go to storage.
 */
export function startPageUi(
  ctx: ContentScriptContext,
  initialSettings?: () => Settings,
): Promise<unknown> {
  let locale: string | undefined;
  try {
    locale = browser.i18n.getUILanguage();
  } catch {
    locale = undefined;
  }
  const t = answersInEnglish(locale)
    ? englishT
    : createTranslate((key, subs) => browser.i18n.getMessage(key as 'extName', subs ?? []));

  return startCaveat({
    doc: document,
    win: window,
    signal: ctx.signal,
    // Topic and claims are read in the background, off the page's main thread.
    pipeline: {
      ...realPipeline,
      read: detectInPage(() =>
        importScript<DetectorApi>(browser.runtime.getURL(DETECTOR_FILE), DETECTOR_GLOBAL),
      ),
      readElsewhere: detectInBackground((request) => browser.runtime.sendMessage(request)),
    },
    t,
    loadSettings: handedOver(initialSettings, loadSettings),
    watchSettings,
    saveSettings,
    loadPacks: loadEnabledPacks,
    // watchPacks also fires on every settings change; only a changed pack list (an import, a
    // removal, a replacement) matters here. Turning a pack on or off is a settings change, which
    // the app weighs itself (`packChangeMatters`: an unrelated pack leaves the marks alone).
    watchPacks: (onChange) => {
      let last: string | undefined;
      const key = (entries: PackEntry[]) =>
        JSON.stringify(entries.map((e) => [e.id, e.version, e.importedAt]));
      void listPacks()
        .then((entries) => (last ??= key(entries)))
        .catch(() => undefined);
      return watchPacks((entries) => {
        const next = key(entries);
        if (next !== last) onChange();
        last = next;
      });
    },
    send: (message) => browser.runtime.sendMessage(message),
    onMessage: (listener) => {
      const wrapped = (message: unknown) => listener(message);
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
    onNavigate: (listener) => {
      ctx.addEventListener(window, 'wxt:locationchange', listener);
    },
    createView: (callbacks) =>
      createCardView({ ctx, doc: document, win: window, t, locale, ...callbacks }),
  }).catch(() => {
    // An extension reload mid-start leaves an invalid context; the new script takes over.
  });
}

/** `load`, except that its first call answers with `first()` when there is one. */
function handedOver(
  first: (() => Settings) | undefined,
  load: () => Promise<Settings>,
): () => Promise<Settings> {
  let given = first;
  return () => {
    const settings = given?.();
    given = undefined;
    return settings ? Promise.resolve(settings) : load();
  };
}
