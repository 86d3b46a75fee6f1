/**
 * The detector (topic decision and claim detection), built as its own file. The background reads
 * every page for the page UI; the page UI loads this file only when the background cannot answer,
 * so pages never parse or evaluate the detector's code (its patterns alone cost a few
 * milliseconds of a page's main thread to set up). It hands its API over on the content
 * script's isolated global (never visible to the page).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticleSliced } from '@/lib/read-article-in-steps';
import { DETECTOR_GLOBAL, type DetectorApi } from './shared/chunk-api';

export default defineUnlistedScript(() => {
  const api: DetectorApi = { read: readArticleSliced };
  (globalThis as Record<string, unknown>)[DETECTOR_GLOBAL] = api;
});
