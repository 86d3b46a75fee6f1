/**
 * The page gate: the rest of Caveat's bootstrap, built as its own file so that the content
 * script every page runs (`bootstrap.ts`, the first look) stays a few functions long. The first
 * look imports this file only when the page may be Caveat's business (see
 * content/first-look.ts); it runs in the content script's isolated world and hands its start
 * function over on that world's global (never visible to the page). It reads the settings, keeps
 * them current, answers the popup until the page UI runs, and loads the page UI on pages that
 * pass the gate (content/gate-and-load.ts).
 *
 * Like the content script, and unlike the page UI, it uses the browser's own extension API
 * (scripts/content-without-polyfill.ts).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fullGate, quickGate, seedGatePattern, type GatePattern, type PackTerms } from '@/lib/gate';
import { loadImportedPackTerms } from '@/entrypoints/shared/gate-terms';
import {
  PAGE_GATE_GLOBAL,
  PAGE_UI_FILE,
  PAGE_UI_GLOBAL,
  importScript,
  type PageGateApi,
  type PageUiApi,
} from '@/entrypoints/shared/chunk-api';
import { loadSettings, watchSettings } from '@/entrypoints/shared/settings-store';
import { startBootstrap } from './content/gate-and-load';

/**
 * The bundled packs' gate terms and their pattern, built at build time (wxt.config.ts) from
 * lib/bundled-packs/bundled-subjects.ts and `gatePattern`: building them in every page that
 * passes would be cold code there.
 */
declare const __CAVEAT_BUNDLED_GATE__: {
  packs: PackTerms[];
  terms: string[];
  pattern: GatePattern | null;
};

export default defineUnlistedScript(() => {
  const api: PageGateApi = {
    start: (handedOver) => {
      const gate = __CAVEAT_BUNDLED_GATE__;
      seedGatePattern(gate.terms, gate.pattern);
      // Nothing ends this script's work but the page (no signal): an extension reload leaves it
      // without APIs, and each of its calls then fails and is caught.
      return startBootstrap({
        doc: document,
        win: window,
        loadSettings,
        watchSettings,
        bundledPacks: gate.packs,
        loadImportedPacks: loadImportedPackTerms,
        gate: quickGate,
        fullGate,
        handedOver,
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
          const pageUi = await importScript<PageUiApi>(
            browser.runtime.getURL(PAGE_UI_FILE),
            PAGE_UI_GLOBAL,
          );
          await pageUi.start(settings);
        },
      });
    },
  };
  (globalThis as Record<string, unknown>)[PAGE_GATE_GLOBAL] = api;
});
