/**
 * Caveat's content script: the bootstrap that runs on every page (see `bootstrap.ts`). It binds
 * the extension APIs and loads the reader (`entrypoints/reader.ts`) only on pages that pass the
 * gate. Top frame only.
 *
 * Test URLs: the demo article (`npm start`, assets/demo/article.html); any long-form news page
 * about North Korean troops or enlistment claims; an unrelated page (should stay untouched).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fullGate, quickGate } from '@/lib/gate';
import { loadPackTerms } from '@/entrypoints/shared/gate-terms';
import { watchPackIndex } from '@/entrypoints/shared/pack-index';
import {
  READER_FILE,
  READER_GLOBAL,
  importScript,
  type ReaderApi,
} from '@/entrypoints/shared/reader-api';
import { loadSettings, watchSettings } from '@/entrypoints/shared/settings-store';
import { startBootstrap } from './bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // Nothing to inject up front: the reader brings the card's and the highlights' CSS itself.
  cssInjectionMode: 'manual',
  // WXT tells an older copy of this script (after an update) to stop with a DOM event, and by
  // default also with a window message. That message reaches every `message` listener the page
  // has, on every page, and cost about 3 ms of main thread per page in the off-topic trace.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startBootstrap({
      doc: document,
      win: window,
      signal: ctx.signal,
      loadSettings,
      watchSettings,
      watchPacks: watchPackIndex,
      loadPackTerms,
      gate: quickGate,
      fullGate,
      onMessage: (listener) => {
        const wrapped = (message: unknown) => listener(message);
        browser.runtime.onMessage.addListener(wrapped);
        return () => browser.runtime.onMessage.removeListener(wrapped);
      },
      onNavigate: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      loadReader: async (settings) => {
        // runtime.getURL of a web-accessible file; the module runs in this isolated world.
        const api = await importScript<ReaderApi>(
          browser.runtime.getURL(READER_FILE),
          READER_GLOBAL,
        );
        await api.start(ctx, settings);
      },
    }).catch(() => {
      // An extension reload mid-start leaves an invalid context; the new script takes over.
    });
  },
});
