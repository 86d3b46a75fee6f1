/**
 * The two browsers the corpus checks compare: Chromium with the built extension (through the E2E
 * harness) and the same Chromium without it, both behind the same request rules. Requests to
 * anything but the fixture server are answered with an empty 204 in both, so pages load fast,
 * offline and alike.
 */
import { chromium } from 'playwright-core';
import { findChromium, launchChromium } from '../e2e/helpers/chromium.mjs';
import { contentAsker } from './ask-content.mjs';
import { installSerializer, installVariant } from './in-page.mjs';

/** Same window size in both browsers, so layout-dependent `innerText` compares fairly. */
export const VIEWPORT = { width: 1280, height: 720 };

/**
 * Installs the request rule on a context: documents from the fixture server load; every other
 * web request (scripts the CSP would block anyway, styles, images, fonts, manifests, anything
 * foreign) gets an empty 204, so no page logs a 404 or a network failure in one browser and not
 * the other. Extension files are not web requests and load as usual.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin the fixture server's origin
 */
async function stubSubresources(context, origin) {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const request = route.request();
      const own = new URL(request.url()).origin === origin;
      if (own && request.resourceType() === 'document') return route.continue();
      return route.fulfill({ status: 204, body: '' });
    },
  );
}

/**
 * Chromium with the extension, foreign requests stubbed, and the popup page open for talking
 * to content scripts.
 * @param {string} origin
 */
export async function launchWithExtension(origin) {
  const ext = await launchChromium();
  await stubSubresources(ext.context, origin);
  const popup = await ext.openPopup();

  // Asks as the real popup does: from popup.html, to the active tab.
  const ask = contentAsker(popup);

  return { ext, popup, ask };
}

/**
 * The same Chromium without the extension, with a page that records its console errors.
 * @param {string} origin
 */
export async function launchPlain(origin) {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await stubSubresources(context, origin);
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { browser, context, page, errors, close: () => browser.close() };
}

/**
 * Errors the browser itself logs in one profile and not the other: the persistent profile the
 * extension needs fetches a page's web app manifest (stubbed empty here, so it fails to parse);
 * a fresh context does not.
 */
const BROWSER_CAUSED_ERRORS = [/^Manifest: /];

/**
 * Errors in `withExt` that the page without the extension did not log (as a multiset), plus any
 * error that names the extension.
 * @param {string[]} withExt
 * @param {string[]} without
 */
export function extensionOnlyErrors(withExt, without) {
  const left = [...without];
  return withExt.filter((text) => {
    if (BROWSER_CAUSED_ERRORS.some((re) => re.test(text))) return false;
    if (/chrome-extension:|moz-extension:|caveat/i.test(text)) return true;
    const i = left.indexOf(text);
    if (i >= 0) {
      left.splice(i, 1);
      return false;
    }
    return true;
  });
}

/**
 * Goes to `url` and waits for `load`, or for the DOM when a page's load never settles.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export async function load(page, url) {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  } catch {
    await page.waitForLoadState('domcontentloaded', { timeout: 5_000 }).catch(() => {});
  }
}

/**
 * Loads `url` in `tab` as an on-topic variant: its paragraph text replaced with `item`'s at
 * DOM-parse time (structure kept), with the serializer installed for exact DOM comparisons.
 * False when the page has no paragraphs to replace (it would not be on-topic).
 * @param {import('playwright-core').Page} tab a fresh tab
 * @param {string} url
 * @param {{ title?: string, text: string, lang?: string }} item a dev article
 */
export async function loadVariant(tab, url, item) {
  await tab.addInitScript(installSerializer);
  await tab.addInitScript(installVariant, { title: item.title, text: item.text, lang: item.lang });
  await load(tab, url);
  return tab.evaluate(() => Boolean(/** @type {any} */ (window).__caveatVariant?.root));
}

/**
 * Console errors a corpus page causes by itself under these rules (its web app manifest stubbed
 * empty, its scripts blocked by the CSP, its stubbed subresources failing integrity checks), for
 * checks without a side-by-side page to compare with.
 */
export const PAGE_CAUSED_ERRORS = [
  /^Manifest: /,
  /Content Security Policy directive:? "?'?script-src/,
  /Failed to find a valid digest in the 'integrity' attribute/,
];
