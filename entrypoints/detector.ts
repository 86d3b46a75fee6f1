/**
 * The reading (topic decision and claim detection), built as its own file. The background reads
 * every page for the reader; the reader loads this file only when the background cannot answer,
 * so pages never parse or evaluate the reading's code (its patterns alone cost a few
 * milliseconds of a page's main thread to set up). It hands its API over on the content
 * script's isolated global (never visible to the page).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticleSliced } from '@/lib/read-sliced';
import { READING_GLOBAL, type ReadingApi } from './shared/reader-api';

export default defineUnlistedScript(() => {
  const api: ReadingApi = { read: readArticleSliced };
  (globalThis as Record<string, unknown>)[READING_GLOBAL] = api;
});
