/**
 * Caveat's content script: the bootstrap that runs on every page (see `content/gate-and-load.ts`).
 * It binds the extension APIs and loads the page UI (`page-ui.ts`) only on pages that pass the
 * gate. Top frame only.
 *
 * It is built as an unlisted script and declared in the manifest by wxt.config.ts, not with
 * `defineContentScript`, so that a page off the topic runs none of WXT's content-script runtime
 * (its context object, the script-started event, the location watcher) and, in this bundle only,
 * `wxt/browser` is the browser's own API instead of the polyfill, looked up at first use
 * (scripts/content-without-polyfill.ts, shared/own-browser.ts): together about 2.5 ms of main
 * thread per page in the off-topic traces of `npm run bench`. A page off the topic binds only
 * the `storage` API (see content/gate-and-load.ts). The page UI, loaded on pages that pass, has
 * both.
 *
 * Test URLs: the demo article (`npm start`, assets/demo/article.html); any long-form news page
 * about North Korean troops or enlistment claims; an unrelated page (should stay untouched).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fullGate, quickGate, seedGatePattern, type GatePattern, type PackTerms } from '@/lib/gate';
import { loadImportedPackTerms } from '@/entrypoints/shared/gate-terms';
import {
  PAGE_UI_FILE,
  PAGE_UI_GLOBAL,
  importScript,
  type PageUiApi,
} from '@/entrypoints/shared/chunk-api';
import { loadSettings, watchSettings } from '@/entrypoints/shared/settings-store';
import { startBootstrap } from './content/gate-and-load';

/**
 * The bundled packs' gate terms and their pattern, built at build time (wxt.config.ts) from
 * lib/bundled-packs/bundled-subjects.ts and `gatePattern`: building them in every fresh page is
 * cold code that every page would pay for.
 */
declare const __CAVEAT_BUNDLED_GATE__: {
  packs: PackTerms[];
  terms: string[];
  pattern: GatePattern | null;
};

export default defineUnlistedScript(() => {
  const gate = __CAVEAT_BUNDLED_GATE__;
  seedGatePattern(gate.terms, gate.pattern);
  // Nothing ends this script's work but the page (no signal): an extension reload leaves it
  // without APIs, and each of its calls then fails and is caught.
  void startBootstrap({
    doc: document,
    win: window,
    loadSettings,
    watchSettings,
    bundledPacks: gate.packs,
    loadImportedPacks: loadImportedPackTerms,
    gate: quickGate,
    fullGate,
    onMessage: (listener) => {
      // Chrome's own API ignores a returned promise: answer through `sendResponse`, and
      // return true to keep the channel open until then (the same in Firefox).
      const wrapped = (
        message: unknown,
        _sender: unknown,
        sendResponse: (answer?: unknown) => void,
      ) => {
        const answer = listener(message);
        if (!answer) return false;
        answer.then(sendResponse, () => sendResponse(undefined));
        return true;
      };
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
    onLocalChange: (onChange) => {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local') onChange(Object.keys(changes));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    loadPageUi: async (settings) => {
      // runtime.getURL of a web-accessible file; the module runs in this isolated world.
      const api = await importScript<PageUiApi>(
        browser.runtime.getURL(PAGE_UI_FILE),
        PAGE_UI_GLOBAL,
      );
      await api.start(settings);
    },
  }).catch(() => {
    // An extension reload mid-start leaves an invalid context; the new script takes over.
  });
});
