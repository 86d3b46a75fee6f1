/**
 * The page UI: pipeline, packs, highlights and card, built as its own file so that the content
 * script that runs on every page stays tiny. The bootstrap (`entrypoints/content/`) imports this
 * file only on pages that pass the gate; it runs in the content script's isolated world and hands
 * its start function over on the isolated world's global (never visible to the page).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageUi } from './content/page-ui-main';
import { PAGE_UI_GLOBAL, type PageUiApi } from './shared/chunk-api';

export default defineUnlistedScript(() => {
  const api: PageUiApi = {
    // WXT's content-script context starts here, not on every page (see bootstrap.ts): it stops
    // a page UI an extension update left on the page, and ends this one when the next starts.
    start: (settings) =>
      startPageUi(
        new ContentScriptContext('content', { noScriptStartedPostMessage: true }),
        settings,
      ),
  };
  (globalThis as Record<string, unknown>)[PAGE_UI_GLOBAL] = api;
});
