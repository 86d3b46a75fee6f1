/**
 * The reader: pipeline, packs, highlights and card, built as its own file so that the content
 * script that runs on every page stays tiny. The bootstrap (`entrypoints/content/`) imports this
 * file only on pages that pass the gate; it runs in the content script's isolated world and hands
 * its start function over on the isolated world's global (never visible to the page).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReader } from './content/reader-main';
import { READER_GLOBAL, type ReaderApi } from './shared/reader-api';

export default defineUnlistedScript(() => {
  const api: ReaderApi = { start: startReader };
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = api;
});
