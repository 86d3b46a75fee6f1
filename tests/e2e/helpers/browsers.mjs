/**
 * Runs one E2E scenario in every browser, with the same API in each.
 *
 * Rules for skipping (so a missing browser never passes silently in CI):
 * - `CAVEAT_E2E_BROWSERS=chromium` (or `firefox`, or `chromium,firefox`) picks browsers; the
 *   others are skipped as "not selected". `npm test` uses it to time each browser on its own.
 * - A browser whose binary is missing is skipped with a clear reason locally, but when `CI` is
 *   set the suite runs anyway and fails at launch ("Chromium not found ...").
 *
 * @example
 * import { after, before, it } from 'node:test';
 * import { describeEachBrowser } from './helpers/browsers.mjs';
 * import { startServer } from './helpers/server.mjs';
 *
 * describeEachBrowser('popup', (target) => {
 *   let server, ext;
 *   before(async () => { server = await startServer(); ext = await target.launch(); });
 *   after(async () => { await ext?.close(); await server?.close(); });
 *   it('renders', async () => {
 *     const popup = await ext.openPopup();
 *     await ext.waitForFunction(popup, () => document.body.innerText.trim().length > 0);
 *   });
 * });
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';
import { findChromium, launchChromium } from './chromium.mjs';
import { findFirefox, launchFirefox } from './firefox.mjs';
import { CHROME_EXT_DIR, FIREFOX_EXT_DIR } from './paths.mjs';

/** @typedef {'chromium' | 'firefox'} BrowserName */
/**
 * The handle either launcher returns; both share `extensionOrigin`, `extensionUrl`, `newPage`,
 * `openPopup`, `openOptions`, `waitForFunction`, `consoleErrors`, `requests` and `close`.
 * Pages are Playwright pages in Chromium and puppeteer pages in Firefox: `goto`, `evaluate(fn,
 * arg)`, `$`, `click`, `hover`, `keyboard`, `bringToFront` and `screenshot` work alike; for
 * waiting use the handle's `waitForFunction(page, fn, arg, timeoutMs)`.
 * @typedef {import('./chromium.mjs').ChromiumExtension | import('./firefox.mjs').FirefoxExtension} ExtensionHandle
 */

/**
 * @typedef {object} BrowserTarget
 * @property {BrowserName} name
 * @property {string} buildDir the unpacked build this browser loads
 * @property {(options?: { profileDir?: string, extensionDir?: string, headed?: boolean }) =>
 *   Promise<ExtensionHandle>} launch starts the browser with the extension; pass the same
 *   `profileDir` twice to test a restart
 * @property {(file: string) => string | null} readBuild text of a file in the build (e.g.
 *   `manifest.json`), or null when it does not exist
 */

/** Every browser the E2E suite knows, in run order. */
export const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);

/**
 * Which browser binaries exist on this machine.
 * @returns {{ chromium: string | null, firefox: string | null }} executable paths or null
 */
export function browsersAvailable() {
  return { chromium: findChromium(), firefox: findFirefox() };
}

/**
 * Browsers picked by `CAVEAT_E2E_BROWSERS` (comma-separated); all of them when unset.
 * @returns {BrowserName[]}
 */
export function selectedBrowsers() {
  const raw = process.env.CAVEAT_E2E_BROWSERS?.trim();
  if (!raw) return [...BROWSERS];
  const picked = raw.split(',').map((s) => s.trim().toLowerCase());
  const unknown = picked.filter((name) => !BROWSERS.includes(/** @type {any} */ (name)));
  if (unknown.length) throw new Error(`CAVEAT_E2E_BROWSERS: unknown browser(s) ${unknown}`);
  return BROWSERS.filter((name) => picked.includes(name));
}

/**
 * Why a browser's suite should be skipped, or false to run it.
 * @param {BrowserName} name
 * @returns {string | false}
 */
export function skipReason(name) {
  if (!selectedBrowsers().includes(name)) {
    return `${name} not selected by CAVEAT_E2E_BROWSERS=${process.env.CAVEAT_E2E_BROWSERS}`;
  }
  if (browsersAvailable()[name] || process.env.CI) return false;
  const env = name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
  return `${name} is not installed (install it or set ${env}); skipped locally, required in CI`;
}

/**
 * The launcher and build of one browser, behind one shape.
 * @param {BrowserName} name
 * @returns {BrowserTarget}
 */
export function browserTarget(name) {
  const buildDir = name === 'chromium' ? CHROME_EXT_DIR : FIREFOX_EXT_DIR;
  return {
    name,
    buildDir,
    launch: ({ profileDir, extensionDir, headed } = {}) =>
      name === 'chromium'
        ? launchChromium({ userDataDir: profileDir, extensionDir, headed })
        : launchFirefox({ profileDir, extensionDir, headed }),
    readBuild: (file) => {
      const full = path.join(buildDir, file);
      return existsSync(full) ? readFileSync(full, 'utf8') : null;
    },
  };
}

/**
 * Declares `describe('<title> [<browser>]')` once per browser and hands the body a
 * {@link BrowserTarget}. Launch the browser in `before` and close it in `after`.
 *
 * @param {string} title
 * @param {(target: BrowserTarget) => void} body registers hooks and `it`s, synchronously
 */
export function describeEachBrowser(title, body) {
  for (const name of BROWSERS) {
    const skip = skipReason(name);
    if (skip && selectedBrowsers().includes(name))
      console.log(`# skipping ${title} [${name}]: ${skip}`);
    describe(`${title} [${name}]`, { skip }, () => body(browserTarget(name)));
  }
}

/**
 * Requests that left the machine's allowed set: anything not extension-internal
 * (`chrome-extension:`, `moz-extension:`, `data:`, `blob:`, `about:`) and not on one of the
 * allowed origins (normally the fixture server's).
 *
 * @template {{ url: string }} R
 * @param {R[]} requests e.g. `ext.requests`
 * @param {string[]} allowedOrigins e.g. `[server.origin]`
 * @returns {R[]} the offending requests (empty when the extension contacted nothing)
 */
export function foreignRequests(requests, allowedOrigins) {
  const local = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:']);
  return requests.filter((request) => {
    let url;
    try {
      url = new URL(request.url);
    } catch {
      return true;
    }
    return !local.has(url.protocol) && !allowedOrigins.includes(url.origin);
  });
}
