/**
 * Caveat-specific steps shared by the feature E2E suites (page, popup, packs): reading the marks
 * and the card from a page, changing settings from an extension page the way the popup does,
 * and serialising the page to prove it is restored. Everything here observes behaviour (DOM,
 * storage, what the user sees); nothing reaches into the content script.
 *
 * Pages are Playwright pages (Chromium) or puppeteer pages (Firefox); only `evaluate`, `mouse`,
 * `keyboard` and the handle's `waitForFunction` are used, which both offer alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_DIR, ROOT } from './paths.mjs';
import { startServer } from './server.mjs';

/** Fixture articles written for these suites (see tests/e2e/pages/README.md). */
export const E2E_PAGES_DIR = path.join(ROOT, 'tests/e2e/pages');

/** Fixture pack files (see tests/e2e/packs/README.md). */
export const E2E_PACKS_DIR = path.join(ROOT, 'tests/e2e/packs');

/** The five public claim kinds (`CLAIM_KINDS` in lib/types.ts). */
export const CLAIM_KINDS = [
  'state-media',
  'official-estimate',
  'unnamed-source',
  'denial',
  'accusation',
];

/**
 * The fixture server the feature suites use: the demo article at `/article.html`, the E2E
 * fixture pages under `/e2e/`.
 * @returns {ReturnType<typeof startServer>}
 */
export function startFixtureServer() {
  return startServer({ dirs: { '/': DEMO_DIR, '/e2e/': E2E_PAGES_DIR } });
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes a settings patch from an extension page exactly as the popup's settings store does:
 * the versioned item `settings` = `{ v, data }`, in `storage.sync` unless the local marker
 * `settingsArea` says `local` or sync is missing or throws. Runs in `extPage`
 * (popup.html or options.html).
 *
 * @param {any} extPage an extension page
 * @param {Record<string, unknown>} patch e.g. `{ enabled: false }`
 * @returns {Promise<{ area: string, data: Record<string, unknown> }>} where it was written
 */
export function writeSettings(extPage, patch) {
  return extPage.evaluate(async (/** @type {Record<string, unknown>} */ change) => {
    const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    let area = 'local';
    const marker = await api.storage.local.get('settingsArea');
    if (marker.settingsArea !== 'local' && api.storage.sync) {
      try {
        await api.storage.sync.get('settings');
        area = 'sync';
      } catch {
        area = 'local';
      }
    }
    const got = await api.storage[area].get('settings');
    const stored = got.settings;
    const current =
      stored && typeof stored === 'object' && typeof stored.v === 'number' ? stored.data : {};
    const data = { ...(current && typeof current === 'object' ? current : {}), ...change };
    await api.storage[area].set({ settings: { v: 1, data } });
    return { area, data };
  }, patch);
}

/**
 * Writes a raw value under the settings key in both storage areas (a corrupt store).
 * @param {any} extPage
 * @param {unknown} value
 */
export function writeRawSettings(extPage, value) {
  return extPage.evaluate(async (/** @type {unknown} */ raw) => {
    const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    await api.storage.local.set({ settings: raw });
    if (api.storage.sync) await api.storage.sync.set({ settings: raw }).catch(() => undefined);
  }, value);
}

/**
 * The raw stored settings item of each area, for checks after a restart.
 * @param {any} extPage
 * @returns {Promise<{ sync: unknown, local: unknown, marker: unknown }>}
 */
export function readRawSettings(extPage) {
  return extPage.evaluate(async () => {
    const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    const local = await api.storage.local.get(['settings', 'settingsArea']);
    let sync;
    try {
      sync = (await api.storage.sync.get('settings')).settings;
    } catch (error) {
      sync = `error: ${String(error)}`;
    }
    return { sync, local: local.settings, marker: local.settingsArea };
  });
}

/**
 * @typedef {object} MarkedClaim
 * @property {string} id `data-claim-id`
 * @property {string} kind `data-claim-kind` of its first fragment
 * @property {string[]} kinds `data-claim-kind` of every fragment
 * @property {string} text the claim's marked text, whitespace collapsed
 * @property {number} fragments how many `caveat-mark` elements make it up
 * @property {boolean} focusable whether the first fragment has tabindex=0
 */

/**
 * The highlighted claims of a page, in document order, fragments joined per claim id.
 * @param {any} page
 * @returns {Promise<MarkedClaim[]>}
 */
export function markedClaims(page) {
  return page.evaluate(() => {
    /** @type {Map<string, any>} */
    const byId = new Map();
    for (const el of document.querySelectorAll('caveat-mark')) {
      const mark = /** @type {HTMLElement} */ (el);
      const id = mark.dataset.claimId ?? '';
      const kind = mark.dataset.claimKind ?? '';
      const entry = byId.get(id) ?? {
        id,
        kind,
        kinds: [],
        text: '',
        fragments: 0,
        focusable: mark.getAttribute('tabindex') === '0',
      };
      entry.kinds.push(kind);
      entry.text += mark.textContent ?? '';
      entry.fragments += 1;
      byId.set(id, entry);
    }
    return [...byId.values()].map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() }));
  });
}

/**
 * The one claim whose text contains `snippet`; throws with the page's claims when there is
 * none or more than one, so a failing expectation says what the page did mark.
 * @param {MarkedClaim[]} claims
 * @param {string} snippet
 */
export function claimWith(claims, snippet) {
  const found = claims.filter((c) => c.text.includes(snippet));
  if (found.length !== 1) {
    const list = claims.map((c) => `  ${c.kind}: ${c.text}`).join('\n');
    throw new Error(`${found.length} claims contain "${snippet}"; the page marked:\n${list}`);
  }
  return found[0];
}

/**
 * Waits until the page shows `n` marks or more (`n` = 1 by default).
 * @param {import('./browsers.mjs').ExtensionHandle} ext
 * @param {any} page
 * @param {number} [timeoutMs]
 */
export function waitForMarks(ext, page, timeoutMs = 10_000) {
  return ext.waitForFunction(
    page,
    () => document.querySelectorAll('caveat-mark[data-claim-id][data-claim-kind]').length > 0,
    undefined,
    timeoutMs,
  );
}

/**
 * Waits until nothing of Caveat is left in the page: no mark, no card host, no page style.
 * @param {import('./browsers.mjs').ExtensionHandle} ext
 * @param {any} page
 * @param {number} [timeoutMs]
 */
export function waitForNoMarks(ext, page, timeoutMs = 10_000) {
  return ext.waitForFunction(
    page,
    () =>
      document.querySelector('caveat-mark, caveat-card, style[data-caveat-styles]') === null &&
      !document.documentElement.hasAttribute('data-caveat'),
    undefined,
    timeoutMs,
  );
}

/**
 * The whole document as markup (XMLSerializer: the same string for the same DOM), so "restored
 * exactly" can be checked byte for byte.
 * @param {any} page
 * @returns {Promise<string>}
 */
export function serializeDocument(page) {
  return page.evaluate(() => new XMLSerializer().serializeToString(document));
}

/**
 * What the card shows, read through its open shadow root; `open` is false when there is no
 * host or no dialog in it.
 * @param {any} page
 */
export function cardState(page) {
  return page.evaluate(() => {
    const host = document.querySelector('caveat-card');
    const root = host?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!host || !root || !dialog)
      return { open: false, hosts: document.querySelectorAll('caveat-card').length };
    const frame = root.querySelector('.caveat-frame') ?? dialog;
    const rect = frame.getBoundingClientRect();
    const links = [...dialog.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      target: a.getAttribute('target') ?? '',
      rel: a.getAttribute('rel') ?? '',
      text: (a.textContent ?? '').trim(),
    }));
    return {
      open: true,
      hosts: document.querySelectorAll('caveat-card').length,
      mode: root.mode,
      kind: dialog.getAttribute('data-kind') ?? '',
      text: (dialog.textContent ?? '').replace(/\s+/g, ' '),
      hasChart: dialog.querySelector('svg') !== null,
      figure: (dialog.querySelector('.caveat-figure')?.textContent ?? '').replace(/\s+/g, ' '),
      sections: [...dialog.querySelectorAll('[data-testid]')].map(
        (el) => el.getAttribute('data-testid') ?? '',
      ),
      links,
      rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
      focusInside: document.activeElement === host && root.activeElement !== null,
      focusedTag: root.activeElement?.tagName ?? '',
    };
  });
}

/**
 * Whether the card is open (host with a dialog in its shadow root).
 * @param {import('./browsers.mjs').ExtensionHandle} ext
 * @param {any} page
 * @param {boolean} open
 * @param {number} [timeoutMs]
 */
export function waitForCard(ext, page, open, timeoutMs = 5_000) {
  return ext.waitForFunction(
    page,
    (/** @type {boolean} */ want) =>
      (document.querySelector('caveat-card')?.shadowRoot?.querySelector('[role="dialog"]') !=
        null) ===
      want,
    open,
    timeoutMs,
  );
}

/**
 * Scrolls the first fragment of a claim into the middle of the viewport and returns a point on
 * its first line box (viewport coordinates), where a pointer rests on it.
 * @param {any} page
 * @param {string} claimId
 * @returns {Promise<{ x: number, y: number }>}
 */
export function claimPoint(page, claimId) {
  return page.evaluate((/** @type {string} */ id) => {
    const mark = document.querySelector(`caveat-mark[data-claim-id="${CSS.escape(id)}"]`);
    if (!mark) throw new Error(`no mark for ${id}`);
    mark.scrollIntoView({ block: 'center' });
    const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    return { x: box.left + Math.min(12, box.width / 2), y: box.top + box.height / 2 };
  }, claimId);
}

/**
 * What has focus: the element's tag and, for a mark, its claim id; for the card host, the
 * element focused inside its shadow root.
 * @param {any} page
 */
export function focusState(page) {
  return page.evaluate(() => {
    const el = /** @type {HTMLElement | null} */ (document.activeElement);
    return {
      tag: el?.localName ?? '',
      claimId: el?.localName === 'caveat-mark' ? (el.dataset.claimId ?? '') : '',
      inner: el?.shadowRoot?.activeElement?.localName ?? '',
    };
  });
}

/**
 * The element matching `selector` whose accessible name is `name`, as an element handle that
 * can be clicked for real. The name is computed the simple way these pages need: `aria-label`,
 * else the text of the element (or, for a form control, of its label), leaving out
 * `aria-hidden` parts. Works for Playwright and puppeteer handles alike.
 *
 * @param {any} page
 * @param {string} selector e.g. `[role="switch"]` or `input[type="checkbox"]`
 * @param {string} name e.g. `Enable Caveat`
 * @returns {Promise<any>} the element handle
 */
export async function byName(page, selector, name) {
  const names = [];
  for (const handle of await page.$$(selector)) {
    const own = await handle.evaluate((/** @type {Element} */ el) => {
      const visibleText = (/** @type {Node} */ node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        if (node.nodeType !== Node.ELEMENT_NODE) return '';
        if (/** @type {Element} */ (node).getAttribute('aria-hidden') === 'true') return '';
        return [...node.childNodes].map(visibleText).join('');
      };
      const label = el.getAttribute('aria-label');
      if (label) return label.trim();
      const source = el.matches('input, select, textarea') ? el.closest('label') : el;
      return source ? visibleText(source).replace(/\s+/g, ' ').trim() : '';
    });
    if (own === name) return handle;
    names.push(own);
  }
  throw new Error(`no ${selector} named "${name}"; found: ${JSON.stringify(names)}`);
}

/**
 * The tab id of `page` as the extension sees it, asked from an extension page: `page` is
 * brought to the front and the active tab of the window is read.
 * @param {any} extPage an extension page
 * @param {any} page
 * @returns {Promise<number>}
 */
export async function tabIdOf(extPage, page) {
  await page.bringToFront();
  return extPage.evaluate(async () => {
    const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab.id;
  });
}

/**
 * The toolbar badge text of a tab, read from an extension page (`action.getBadgeText`).
 * @param {any} extPage
 * @param {number} tabId
 * @returns {Promise<string>}
 */
export function badgeText(extPage, tabId) {
  return extPage.evaluate(async (/** @type {number} */ id) => {
    const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
  }, tabId);
}

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js, injected by evaluate) on a page and returns
 * its violations as `id: help (targets)` lines; empty when none.
 * @param {any} page
 * @returns {Promise<string[]>}
 */
export async function axeViolations(page) {
  const source = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = /** @type {any} */ (globalThis).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (/** @type {any} */ v) =>
        `${v.id}: ${v.help} (${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

/**
 * Brings `page` to the front and clicks the control named `name` (see {@link byName}). Clicks
 * in background tabs wait for animation frames that browsers throttle to about one a second.
 * @param {any} page
 * @param {string} selector
 * @param {string} name
 */
export async function clickByName(page, selector, name) {
  await page.bringToFront();
  for (let attempt = 1; ; attempt++) {
    try {
      await (await byName(page, selector, name)).click();
      return;
    } catch (error) {
      // A re-render can move the control between finding and clicking it (puppeteer: "Node is
      // either not clickable or not an Element"); find it again.
      if (attempt >= 3 || !/not clickable|detached|not attached/i.test(String(error))) throw error;
      await sleep(150);
    }
  }
}

/**
 * Opens the popup for `article` (made the active tab first, as a toolbar click would), waits
 * until it shows the article's report, then brings the popup to the front: background tabs run
 * timers and animation frames about once a second, which would slow every later step.
 * @param {import('./browsers.mjs').ExtensionHandle} ext
 * @param {any} article
 * @returns {Promise<any>} the popup page
 */
export async function openPopupFor(ext, article) {
  const popup = await ext.openPopup({ activeTab: article });
  await ext.waitForFunction(
    popup,
    () => document.querySelector('[data-testid="page-status"][data-status]') !== null,
  );
  await popup.bringToFront();
  return popup;
}

/**
 * Chooses `file` in a file input, as a reader picking it in the file dialog would: Playwright's
 * `setInputFiles` in Chromium, puppeteer's `uploadFile` (BiDi `input.setFiles`) in Firefox.
 * @param {import('./browsers.mjs').ExtensionHandle} ext
 * @param {any} page
 * @param {string} selector the `<input type="file">`
 * @param {string} file absolute path
 */
export async function chooseFile(ext, page, selector, file) {
  if (ext.name === 'chromium') {
    await page.setInputFiles(selector, file);
    return;
  }
  const input = await page.$(selector);
  if (!input) throw new Error(`no ${selector}`);
  await input.uploadFile(file);
}

/**
 * Makes the page keep `<a download>` clicks instead of saving files, so a test can read what an
 * export produced: call once, trigger the export, then read {@link takeDownloads}.
 * @param {any} page
 */
export function catchDownloads(page) {
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    if (w.__caveatDownloads) return;
    w.__caveatDownloads = [];
    document.addEventListener(
      'click',
      (event) => {
        const link = /** @type {Element | null} */ (event.target)?.closest?.('a[download]');
        if (!(link instanceof HTMLAnchorElement)) return;
        event.preventDefault();
        w.__caveatDownloads.push({ name: link.download, href: link.href });
      },
      true,
    );
  });
}

/**
 * The downloads caught since the last call, with their contents read from the Blob URLs.
 * @param {any} page
 * @returns {Promise<{ name: string, href: string, type: string, text: string }[]>}
 */
export function takeDownloads(page) {
  return page.evaluate(async () => {
    const w = /** @type {any} */ (window);
    const caught = w.__caveatDownloads ?? [];
    w.__caveatDownloads = [];
    return Promise.all(
      caught.map(async (/** @type {{ name: string, href: string }} */ d) => {
        const blob = await (await fetch(d.href)).blob();
        return { ...d, type: blob.type, text: await blob.text() };
      }),
    );
  });
}
