/**
 * Launches Firefox with the extension installed as a temporary add-on, through puppeteer-core
 * over WebDriver BiDi, following the recipe verified in /work/shared/notes/toolchain.md §4.
 *
 * Three Firefox-specific workarounds live here so tests never meet them:
 * - `--remote-allow-system-access`, without which BiDi refuses moz-extension:// navigation;
 * - a pinned moz-extension UUID (pref `extensions.webextensions.uuids`), random otherwise;
 * - `page.goto()` to a moz-extension page never resolves, so extension pages are opened with a
 *   fire-and-forget goto and then polled until loaded.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';
import { FIREFOX_EXT_DIR, FIREFOX_EXT_UUID, GECKO_ID } from './paths.mjs';

/**
 * @typedef {import('./chromium.mjs').ConsoleError} ConsoleError
 * @typedef {import('./chromium.mjs').RecordedRequest} RecordedRequest
 */

/**
 * @typedef {object} FirefoxExtension
 * @property {'firefox'} name
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionId the add-on id (GECKO_ID)
 * @property {string} extensionOrigin `moz-extension://<pinned uuid>`
 * @property {(file: string) => string} extensionUrl e.g. `extensionUrl('popup.html')`
 * @property {() => Promise<import('puppeteer-core').Page>} newPage a new tab (recorded)
 * @property {(options?: OpenOptions) => Promise<import('puppeteer-core').Page>} openPopup
 *   popup.html loaded in its own tab
 * @property {(options?: OpenOptions) => Promise<import('puppeteer-core').Page>} openOptions
 *   options.html loaded in its own tab
 * @property {(page: import('puppeteer-core').Page, fn: Function, arg?: unknown,
 *   timeoutMs?: number) => Promise<unknown>} waitForFunction polls `fn(arg)` in the page until
 *   truthy; same signature as the Chromium helper (puppeteer's own order differs)
 * @property {ConsoleError[]} consoleErrors live array
 * @property {RecordedRequest[]} requests live array (pages only: BiDi gives puppeteer no handle
 *   on the background page)
 * @property {string | undefined} profileDir the persistent profile, when one was passed
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} OpenOptions
 * @property {import('puppeteer-core').Page} [activeTab] a page to make the active tab before the
 *   extension page loads, so `tabs.query({ active: true, currentWindow: true })` finds it
 */

/**
 * BiDi does not expose a resource type for every request (puppeteer throws
 * UnsupportedOperation), so fall back to 'other'.
 * @param {import('puppeteer-core').HTTPRequest} request
 */
function resourceType(request) {
  try {
    return request.resourceType();
  } catch {
    return request.isNavigationRequest() ? 'document' : 'other';
  }
}

/**
 * Errors Firefox itself prints to stdout, never a page's or the extension's: Nimbus (Firefox's
 * experiments) cannot fetch its recipes offline ("RSLoader: Failed to retrieve recipes ..."), and
 * no pref turns it off while Firefox Labs is allowed.
 */
const FIREFOX_NOISE = /^RSLoader: /;

/**
 * Records `console.error: ...` lines that Firefox prints to stdout (pref
 * `devtools.console.stdout.content`). This is the only way to see console errors of extension
 * pages (popup, options) under BiDi. A page error BiDi already reported is not added twice.
 * @param {import('puppeteer-core').Browser} browser
 * @param {ConsoleError[]} consoleErrors
 */
function watchStdout(browser, consoleErrors) {
  const stdout = browser.process()?.stdout;
  if (!stdout) return;
  createInterface({ input: stdout }).on('line', (line) => {
    const match = /^console\.error: (.*)$/.exec(line);
    if (!match?.[1] || FIREFOX_NOISE.test(match[1])) return;
    let text = match[1];
    try {
      text = /^".*"$/.test(text) ? JSON.parse(text) : text;
    } catch {
      // Several arguments or unusual quoting: keep the raw line.
    }
    // BiDi's copy of the same message (for web pages) can arrive a little later.
    setTimeout(() => {
      if (consoleErrors.some((e) => e.kind === 'console' && e.text === text)) return;
      consoleErrors.push({ kind: 'console', text, url: '(firefox stdout)' });
    }, 500);
  });
}

/** Paths tried, in order, when FIREFOX_PATH is not set. */
const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/**
 * Finds a Firefox (ESR or release, 128+).
 * @returns {string | null} executable path, or null when none is installed
 */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Launches headless Firefox, installs the extension and returns a recording handle.
 *
 * @param {object} [options]
 * @param {string} [options.extensionDir] unpacked build; default `.output/firefox-mv3`
 * @param {string} [options.profileDir] reuse a profile (e.g. to test a restart); kept on close.
 *   The add-on is temporary, so it is installed again at each launch; storage and the UUID
 *   survive because the profile keeps them (see the prefs below).
 * @param {string} [options.executablePath] default `findFirefox()`
 * @param {boolean} [options.headed] show the window (local debugging; needs a display)
 * @returns {Promise<FirefoxExtension>}
 */
export async function launchFirefox({
  extensionDir = FIREFOX_EXT_DIR,
  profileDir,
  executablePath = findFirefox() ?? undefined,
  headed = false,
} = {}) {
  if (!executablePath) {
    throw new Error(
      'Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH',
    );
  }
  const extDir = path.resolve(extensionDir);
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`no extension build at ${extDir}: run \`npm run build\` first`);
  }
  if (profileDir) mkdirSync(profileDir, { recursive: true });

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: !headed,
    args: ['--remote-allow-system-access'],
    ...(profileDir && { userDataDir: profileDir }),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXT_UUID }),
      // A temporary add-on is uninstalled at shutdown; keep its storage and UUID for restarts.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // BiDi reports no console messages for moz-extension:// pages, but Firefox can print every
      // content console call to stdout, which is read below.
      'devtools.console.stdout.content': true,
      // Tests drive several tabs at once (popup and article, as a real popup sits over the
      // page); a background tab's timers would otherwise run about once a second.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  });

  /** @type {ConsoleError[]} */
  const consoleErrors = [];
  /** @type {RecordedRequest[]} */
  const requests = [];
  const watched = new WeakSet();

  /** @param {import('puppeteer-core').Page} page */
  const watchPage = (page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push({ kind: 'console', text: message.text(), url: page.url() });
      }
    });
    page.on('pageerror', (error) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      consoleErrors.push({ kind: 'pageerror', text, url: page.url() });
    });
    page.on('request', (request) => {
      requests.push({
        url: request.url(),
        method: request.method(),
        resourceType: resourceType(request),
        source: page.url(),
      });
    });
  };
  watchStdout(browser, consoleErrors);
  for (const page of await browser.pages()) watchPage(page);
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    if (page) watchPage(page);
  });

  let extensionId;
  try {
    extensionId = await browser.installExtension(extDir);
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`installing ${extDir} failed: ${String(error)}`);
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXT_UUID}`;
  const extensionUrl = (/** @type {string} */ file) => `${extensionOrigin}/${file}`;

  const newPage = async () => {
    const page = await browser.newPage();
    watchPage(page);
    return page;
  };

  /** @type {FirefoxExtension['waitForFunction']} */
  const waitForFunction = async (page, fn, arg, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await page.waitForFunction(
          /** @type {any} */ (fn),
          { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
          arg,
        );
      } catch (error) {
        // A navigation can destroy the realm mid-poll (BiDi "script.evaluate" protocol error);
        // puppeteer gives up on that, so poll again in the new document. Timeouts are final.
        if (error instanceof Error && error.name === 'TimeoutError') throw error;
        if (Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  /** @param {string} file @param {OpenOptions} [options] */
  const openExtensionPage = async (file, { activeTab } = {}) => {
    const page = await newPage();
    if (activeTab) await activeTab.bringToFront();
    const url = extensionUrl(file);
    // goto() never settles for moz-extension:// over BiDi; the document loads regardless.
    page.goto(url).catch(() => {});
    await waitForFunction(
      page,
      (/** @type {string} */ u) => location.href === u && document.readyState === 'complete',
      url,
      15_000,
    );
    return page;
  };

  return {
    name: 'firefox',
    browser,
    extensionId,
    extensionOrigin,
    extensionUrl,
    newPage,
    openPopup: (options) => openExtensionPage('popup.html', options),
    openOptions: (options) => openExtensionPage('options.html', options),
    waitForFunction,
    consoleErrors,
    requests,
    profileDir,
    close: async () => {
      await browser.close().catch(() => {});
    },
  };
}
