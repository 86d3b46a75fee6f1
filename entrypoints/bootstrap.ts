/**
 * Caveat's content script, which runs on every page (top frame only): the first look
 * (`content/first-look.ts`). It binds no extension API, and hands over to the page gate
 * (`page-gate.ts`, loaded then: the settings, the popup's answers, the exact gate, and the page
 * UI on pages that pass) only when the page may be Caveat's business. A page off the topic runs
 * nothing else.
 *
 * It is built as an unlisted script and declared in the manifest by wxt.config.ts, not with
 * `defineContentScript`, so that a page off the topic runs none of WXT's content-script runtime
 * (its context object, the script-started event, the location watcher), and `wxt/browser` is the
 * browser's own API instead of the polyfill (scripts/content-without-polyfill.ts,
 * shared/own-browser.ts). The page UI, loaded on pages that pass, has both.
 *
 * Test URLs: the demo article (`npm start`, assets/demo/article.html); any long-form news page
 * about North Korean troops or enlistment claims; an unrelated page (should stay untouched).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import {
  LOOK_GLOBAL,
  PACKS_FLAG_GLOBAL,
  PAGE_GATE_FILE,
  PAGE_GATE_GLOBAL,
  importScript,
  type PageGateApi,
} from '@/entrypoints/shared/chunk-api';
import { firstLook, type CompactPattern } from './content/first-look';

/**
 * The bundled packs' gate pattern (`gatePattern`), built and compacted at build time
 * (wxt.config.ts): the first look needs nothing else of the packs.
 */
declare const __CAVEAT_BUNDLED_PATTERN__: CompactPattern;

export default defineUnlistedScript(() => {
  firstLook({
    doc: document,
    pattern: __CAVEAT_BUNDLED_PATTERN__,
    world: globalThis as unknown as Record<string, unknown>,
    names: { packs: PACKS_FLAG_GLOBAL, look: LOOK_GLOBAL },
    handOver: (reason) => {
      // runtime.getURL of a web-accessible file; the module runs in this isolated world. The
      // first extension API the page binds, and only here.
      importScript<PageGateApi>(browser.runtime.getURL(PAGE_GATE_FILE), PAGE_GATE_GLOBAL)
        .then((gate) => gate.start(reason))
        .catch(() => {
          // An extension reload mid-start leaves an invalid context; the new script takes over.
        });
    },
  });
});
