/**
 * Launches Chromium with the unpacked extension through playwright-core, following the recipe
 * verified in /work/shared/notes/toolchain.md §3.
 *
 * Everything the browser context does is recorded: console errors and uncaught exceptions of
 * every page (article pages and extension pages alike) and of the extension's service worker,
 * and every network request issued from any page or worker, so a test can assert that the
 * extension contacted nothing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_EXT_DIR } from './paths.mjs';

/**
 * @typedef {object} ConsoleError
 * @property {'console' | 'pageerror'} kind `console.error(...)` or an uncaught exception
 * @property {string} text
 * @property {string} url the page or worker it came from
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} url
 * @property {string} method
 * @property {string} resourceType e.g. `document`, `script`, `fetch`, `image`
 * @property {string} source URL of the page or worker that issued it ('' if unknown)
 */

/**
 * @typedef {object} ChromiumExtension
 * @property {'chromium'} name
 * @property {import('playwright-core').BrowserContext} context the persistent context
 * @property {string} extensionId read from the service worker URL (it depends on the path)
 * @property {string} extensionOrigin `chrome-extension://<id>`
 * @property {(file: string) => string} extensionUrl e.g. `extensionUrl('popup.html')`
 * @property {() => Promise<import('playwright-core').Page>} newPage a new tab (recorded)
 * @property {(options?: OpenOptions) => Promise<import('playwright-core').Page>} openPopup
 *   popup.html loaded in its own tab
 * @property {(options?: OpenOptions) => Promise<import('playwright-core').Page>} openOptions
 *   options.html loaded in its own tab
 * @property {(page: import('playwright-core').Page, fn: Function, arg?: unknown,
 *   timeoutMs?: number) => Promise<unknown>} waitForFunction polls `fn(arg)` in the page until
 *   truthy; same signature in the Firefox helper, so scenarios can be shared
 * @property {ConsoleError[]} consoleErrors live array
 * @property {RecordedRequest[]} requests live array
 * @property {string} userDataDir the profile directory in use
 * @property {() => Promise<void>} close closes the browser; removes the profile only if this
 *   helper created it
 */

/**
 * @typedef {object} OpenOptions
 * @property {import('playwright-core').Page} [activeTab] a page to make the active tab before the
 *   extension page loads, so `tabs.query({ active: true, currentWindow: true })` in the popup
 *   finds the article, as it would when the user clicks the toolbar button
 */

/** Paths tried, in order, when CHROMIUM_PATH is not set. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Finds an unbranded Chromium. Branded Google Chrome 137+ ignores `--load-extension`, so it is
 * not a candidate here.
 * @returns {string | null} executable path, or null when none is installed
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Launches Chromium with the extension loaded and returns a recording handle.
 *
 * @param {object} [options]
 * @param {string} [options.extensionDir] unpacked build; default `.output/chrome-mv3`
 * @param {string} [options.userDataDir] reuse a profile (e.g. to test a browser restart); it is
 *   left in place on close. Default: a fresh temp profile, deleted on close.
 * @param {string} [options.executablePath] default `findChromium()`
 * @param {boolean} [options.headed] show the window (local debugging; needs a display)
 * @returns {Promise<ChromiumExtension>}
 *
 * @example
 * const ext = await launchChromium();
 * const page = await ext.newPage();
 * await page.goto(server.url('/article.html'));
 * await ext.waitForFunction(page, () => document.documentElement.dataset.caveat);
 * await ext.close();
 */
export async function launchChromium({
  extensionDir = CHROME_EXT_DIR,
  userDataDir,
  executablePath = findChromium() ?? undefined,
  headed = false,
} = {}) {
  if (!executablePath) {
    throw new Error(
      'Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH',
    );
  }
  const extDir = path.resolve(extensionDir);
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`no extension build at ${extDir}: run \`npm run build\` first`);
  }
  const ownProfile = !userDataDir;
  const profile = userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'caveat-chromium-'));

  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    // Playwright's own `headless: true` also works; `--headless=new` is the verified recipe.
    headless: false,
    args: [
      ...(headed ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--metrics-recording-only',
      // Playwright passes --disable-extensions by default; this flag lifts it for ours only.
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });

  /** @type {ConsoleError[]} */
  const consoleErrors = [];
  /** @type {RecordedRequest[]} */
  const requests = [];

  context.on('request', (request) => {
    let source = '';
    try {
      source = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
      source = request.serviceWorker()?.url() ?? '';
    }
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      source,
    });
  });

  /** @param {import('playwright-core').Page} page */
  const watchPage = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push({ kind: 'console', text: message.text(), url: page.url() });
      }
    });
    page.on('pageerror', (error) => {
      consoleErrors.push({
        kind: 'pageerror',
        text: String(error?.stack ?? error),
        url: page.url(),
      });
    });
  };
  /** @param {import('playwright-core').Worker} worker */
  const watchWorker = (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push({ kind: 'console', text: message.text(), url: worker.url() });
      }
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  let extensionId;
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    extensionId = new URL(worker.url()).host;
  } catch (error) {
    await context.close().catch(() => {});
    if (ownProfile) rmSync(profile, { recursive: true, force: true });
    throw new Error(`the extension's service worker never started (${String(error)})`);
  }
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const extensionUrl = (/** @type {string} */ file) => `${extensionOrigin}/${file}`;

  const newPage = () => context.newPage();

  /** @param {string} file @param {OpenOptions} [options] */
  const openExtensionPage = async (file, { activeTab } = {}) => {
    const page = await newPage();
    if (activeTab) await activeTab.bringToFront();
    await page.goto(extensionUrl(file), { waitUntil: 'load' });
    return page;
  };

  return {
    name: 'chromium',
    context,
    extensionId,
    extensionOrigin,
    extensionUrl,
    newPage,
    openPopup: (options) => openExtensionPage('popup.html', options),
    openOptions: (options) => openExtensionPage('options.html', options),
    waitForFunction: (page, fn, arg, timeoutMs = 10_000) =>
      // Interval polling: requestAnimationFrame (the default) barely runs in background tabs.
      page.waitForFunction(/** @type {any} */ (fn), arg, { timeout: timeoutMs, polling: 100 }),
    consoleErrors,
    requests,
    userDataDir: profile,
    close: async () => {
      await context.close().catch(() => {});
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
