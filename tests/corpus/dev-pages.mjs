/**
 * Reads labelled dev items rendered as pages (`dev-page.mjs`) in a browser with the built
 * extension, and records what the page shows: the report's status and the highlighted claims.
 * Browser-agnostic: it only uses the E2E handle's `newPage` and the page's `goto`, `evaluate`
 * and `bringToFront`, which Playwright (Chromium) and puppeteer (Firefox) offer alike.
 */
import { collectMarks } from './in-page.mjs';

/**
 * How long a page that is not (yet) on the topic is watched before its status counts as final:
 * the gate, loading the reader and reading a short text take well under this, even with two
 * browsers sharing two cores.
 */
const SETTLE_MS = 1500;

/** Longest wait for an on-topic page's highlights to match its report. */
const MAX_WAIT_MS = 10_000;

const POLL_MS = 100;

/**
 * @typedef {object} PagePrediction
 * @property {boolean} onTopic the report's status is `on-topic`
 * @property {string} status the report's status (`none` when the page never answered)
 * @property {{ id: string, kind: string, text: string, marks: number }[]} claims highlighted
 *   claims outside the `<h1>` (the labels cover the text; the eval reads the headline as
 *   metadata, not as text)
 * @property {string[]} headlineClaims texts of highlights inside the `<h1>`
 * @property {boolean} complete every claim the report shows is highlighted
 */

/**
 * Loads `url` and waits until the page is done: on the topic with every shown claim
 * highlighted, or off the topic (no article, gate failed) for `SETTLE_MS` in a row.
 * @param {any} page a tab of the browser with the extension
 * @param {string} url
 * @param {(page: any, message: object, timeoutMs?: number) => Promise<any>} ask
 * @returns {Promise<PagePrediction>}
 */
export async function readAsPage(page, url, ask) {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  } catch {
    // A slow load still has its DOM; the polling below waits for the content script.
  }
  const started = Date.now();
  let notOnSince = started;
  /** @type {any} */
  let report;
  let complete = false;
  for (;;) {
    report = await ask(page, { type: 'caveat:get-report' }, 3000);
    const shown = (report?.claims ?? []).filter((/** @type {any} */ c) => c.shown).length;
    const marked = await page.evaluate(
      () =>
        new Set(
          Array.from(document.querySelectorAll('caveat-mark'), (m) =>
            m.getAttribute('data-claim-id'),
          ),
        ).size,
    );
    const now = Date.now();
    if (report?.status === 'on-topic') {
      notOnSince = now;
      if (marked === shown) {
        complete = true;
        break;
      }
    } else if (now - notOnSince >= SETTLE_MS) {
      complete = marked === 0;
      break;
    }
    if (now - started > MAX_WAIT_MS) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const claims = await page.evaluate(collectMarks, { skip: 'h1' });
  const headlineClaims = await page.evaluate(() =>
    Array.from(document.querySelectorAll('h1 caveat-mark'), (m) => m.textContent ?? ''),
  );
  return {
    onTopic: report?.status === 'on-topic',
    status: report?.status ?? 'none',
    claims,
    headlineClaims,
    complete,
  };
}

/**
 * Every item of `ids` read as a page, one after the other in one tab.
 * @param {{ newPage: () => Promise<any> }} ext the E2E handle of a browser with the extension
 * @param {(page: any, message: object, timeoutMs?: number) => Promise<any>} ask
 * @param {string[]} ids
 * @param {(id: string) => string} urlOf
 * @returns {Promise<Record<string, PagePrediction>>}
 */
export async function readItemsAsPages(ext, ask, ids, urlOf) {
  const tab = await ext.newPage();
  /** @type {Record<string, PagePrediction>} */
  const out = {};
  try {
    for (const id of ids) out[id] = await readAsPage(tab, urlOf(id), ask);
  } finally {
    await tab.close();
  }
  return out;
}
