/**
 * The popup and settings (issue 6) in real Chromium and Firefox: with the demo article open in
 * one tab, the popup (opened in another tab, with the article made the active tab first, as a
 * toolbar click would) switches Caveat off and on, for the site and for one claim kind; its
 * claim list matches the page's marks; choosing a claim focuses it and opens its card; the
 * page's context shows; the badge counts the claims; settings survive a restart; a corrupt store
 * loads as defaults; axe-core finds nothing on the popup and options pages.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import {
  axeViolations,
  badgeText,
  byName,
  clickByName,
  cardState,
  markedClaims,
  openPopupFor,
  readRawSettings,
  serializeDocument,
  sleep,
  startFixtureServer,
  tabIdOf,
  waitForCard,
  waitForMarks,
  waitForNoMarks,
  writeRawSettings,
  writeSettings,
} from './helpers/caveat.mjs';

const ARTICLE = '/article.html';

/**
 * The popup's view of the page: status, listed claims (id and kind) and its switches.
 * @param {any} popup
 */
function popupView(popup) {
  return popup.evaluate(() => {
    const sw = (/** @type {string} */ id) =>
      document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-checked') ?? null;
    return {
      status: document.querySelector('[data-testid="page-status"]')?.getAttribute('data-status'),
      statusText: document.querySelector('[data-testid="page-status"]')?.textContent ?? '',
      claims: [...document.querySelectorAll('button.claim-item')].map((b) => ({
        id: b.getAttribute('data-claim-id') ?? '',
        kind: b.querySelector('.caveat-kind')?.getAttribute('data-kind') ?? '',
      })),
      enabled: sw('enable-switch'),
      site: sw('site-switch'),
      siteNote: document.querySelector('[data-testid="site-note"]')?.textContent ?? '',
    };
  });
}

/**
 * Waits until the popup shows a report for an on-topic page listing `count` claims.
 * @param {import('./helpers/browsers.mjs').ExtensionHandle} ext
 * @param {any} popup
 * @param {number} count
 */
function waitForPopupList(ext, popup, count) {
  return ext.waitForFunction(
    popup,
    (/** @type {number} */ n) =>
      document.querySelector('[data-testid="page-status"]')?.getAttribute('data-status') ===
        'on-topic' && document.querySelectorAll('button.claim-item').length === n,
    count,
  );
}

/**
 * The badge text once it shows `want`, or whatever it shows after 3 s (the count arrives by
 * message from the page, a moment after the marks).
 * @param {any} extPage
 * @param {number} tabId
 * @param {string} want
 */
async function settledBadge(extPage, tabId, want) {
  let text = await badgeText(extPage, tabId);
  for (let i = 0; i < 30 && text !== want; i++) {
    await sleep(100);
    text = await badgeText(extPage, tabId);
  }
  return text;
}

/**
 * Stored settings once `done(data)` holds (saves are asynchronous), else after 3 s.
 * @param {any} extPage
 * @param {(data: any) => boolean} done
 */
async function settledSettings(extPage, done) {
  let stored = await readRawSettings(extPage);
  const data = () => /** @type {any} */ (stored.sync ?? stored.local)?.data;
  for (let i = 0; i < 30 && !done(data()); i++) {
    await sleep(100);
    stored = await readRawSettings(extPage);
  }
  return stored;
}

describeEachBrowser('popup and settings', (target) => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;
  /** @type {any} */
  let control;
  /** @type {any} */
  let article;
  /** @type {any} */
  let popup;
  let pristine = '';
  /** @type {import('./helpers/caveat.mjs').MarkedClaim[]} */
  let marked = [];

  before(async () => {
    server = await startFixtureServer();
    ext = await target.launch();
    control = await ext.openOptions();
    // Load the article with Caveat off first, to know the page as it was.
    await writeSettings(control, { enabled: false });
    article = await ext.newPage();
    await article.goto(server.url(ARTICLE), { waitUntil: 'load' });
    await sleep(800);
    pristine = await serializeDocument(article);
    await writeSettings(control, { enabled: true });
    await waitForMarks(ext, article);
    marked = await markedClaims(article);
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it("lists the page's claims: same count, ids and kinds as the marks", async () => {
    popup = await openPopupFor(ext, article);
    await waitForPopupList(ext, popup, marked.length);
    const view = await popupView(popup);
    assert.deepEqual(
      view.claims,
      marked.map((c) => ({ id: c.id, kind: c.kind })),
    );
    assert.match(view.statusText, new RegExp(`\\b${marked.length}\\b`));
    assert.equal(view.enabled, 'true');
    assert.equal(view.site, 'true');
    assert.equal(view.siteNote.trim(), '127.0.0.1');
  });

  it("shows the page's context: chart, estimates, caveats", async () => {
    const context = await popup.evaluate(() => {
      const section = document.querySelector('[data-testid="main-context"]');
      return {
        chart: section?.querySelector('[data-testid="history"] svg') != null,
        estimates: section?.querySelector('[data-testid="estimates"]')?.textContent ?? '',
        caveats: section?.querySelector('[data-testid="caveats"]')?.textContent ?? '',
      };
    });
    assert.ok(context.chart, 'history chart');
    assert.match(context.estimates, /IISS/, 'independent estimates');
    // The article's own caveat sentence is carried into the context.
    assert.match(context.caveats, /could not be independently verified/);
  });

  it('the toolbar badge shows the number of claims', async () => {
    const tabId = await tabIdOf(popup, article);
    assert.equal(await settledBadge(popup, tabId, String(marked.length)), String(marked.length));
  });

  it('"Enable Caveat" off removes every mark and restores the page; on brings them back', async () => {
    await clickByName(popup, '[role="switch"]', 'Enable Caveat');
    await waitForNoMarks(ext, article);
    assert.equal(await serializeDocument(article), pristine, 'the page is as it was');
    await ext.waitForFunction(
      popup,
      () =>
        document.querySelector('[data-testid="enable-switch"]')?.getAttribute('aria-checked') ===
          'false' &&
        document.querySelector('[data-testid="page-status"]')?.getAttribute('data-status') ===
          'disabled',
    );
    const tabId = await tabIdOf(popup, article);
    assert.equal(await settledBadge(popup, tabId, ''), '', 'no count while off');

    await clickByName(popup, '[role="switch"]', 'Enable Caveat');
    await waitForMarks(ext, article);
    assert.deepEqual(await markedClaims(article), marked);
    await waitForPopupList(ext, popup, marked.length);
  });

  it('"Enable on this site" turns this site off and on, and only this site', async () => {
    // The same page on another host name (localhost, same server) is out of the switch's scope.
    const other = await ext.newPage();
    await other.goto(`http://localhost:${server.port}${ARTICLE}`, { waitUntil: 'load' });
    await waitForMarks(ext, other);
    await article.bringToFront();

    await clickByName(popup, '[role="switch"]', 'Enable on this site');
    await waitForNoMarks(ext, article);
    assert.equal(await serializeDocument(article), pristine);
    const stored = await readRawSettings(control);
    const data = /** @type {any} */ (stored.sync ?? stored.local)?.data;
    assert.deepEqual(data?.disabledSites, ['127.0.0.1']);
    await sleep(500);
    assert.equal((await markedClaims(other)).length, marked.length, 'localhost keeps its marks');
    await ext.waitForFunction(
      popup,
      () =>
        document.querySelector('[data-testid="page-status"]')?.getAttribute('data-status') ===
        'site-disabled',
    );

    await clickByName(popup, '[role="switch"]', 'Enable on this site');
    await waitForMarks(ext, article);
    assert.deepEqual(await markedClaims(article), marked);
    await other.close();
  });

  it('a kind filter hides only that kind, live, and brings it back', async () => {
    const kind = 'state-media';
    const others = marked.filter((c) => c.kind !== kind);
    assert.ok(others.length > 0 && others.length < marked.length, 'the page has several kinds');
    await waitForPopupList(ext, popup, marked.length);

    await clickByName(popup, 'input[type="checkbox"]', 'State media');
    await ext.waitForFunction(
      article,
      (/** @type {number} */ n) =>
        document.querySelector('caveat-mark[data-claim-kind="state-media"]') === null &&
        new Set(
          [...document.querySelectorAll('caveat-mark')].map((m) => m.getAttribute('data-claim-id')),
        ).size === n,
      others.length,
    );
    assert.deepEqual(await markedClaims(article), others);
    await waitForPopupList(ext, popup, others.length);
    assert.deepEqual(
      (await popupView(popup)).claims.map((c) => c.kind).filter((k) => k === kind),
      [],
    );

    await clickByName(popup, 'input[type="checkbox"]', 'State media');
    await ext.waitForFunction(
      article,
      (/** @type {number} */ n) =>
        new Set(
          [...document.querySelectorAll('caveat-mark')].map((m) => m.getAttribute('data-claim-id')),
        ).size === n,
      marked.length,
    );
    assert.deepEqual(await markedClaims(article), marked);
    await waitForPopupList(ext, popup, marked.length);
  });

  it('choosing a claim in the list focuses it on the page and opens its card', async () => {
    const chosen = marked.find((c) => c.kind === 'official-estimate') ?? marked[1];
    await popup.bringToFront();
    await popup.click(`button.claim-item[data-claim-id="${chosen.id}"]`);
    await waitForCard(ext, article, true);
    await ext.waitForFunction(
      article,
      (/** @type {string} */ id) =>
        /** @type {HTMLElement | null} */ (document.activeElement)?.dataset?.claimId === id,
      chosen.id,
    );
    const card = await cardState(article);
    assert.equal(card.kind, chosen.kind);
    await article.bringToFront();
    await article.keyboard.press('Escape');
    await waitForCard(ext, article, false);
  });

  it('says "nothing checked here" on a page off the topic, whose bootstrap listens only once asked', async () => {
    const off = await ext.newPage();
    await off.goto(server.url('/e2e/landing.html'), { waitUntil: 'load' });
    await sleep(500);
    // The bootstrap there keeps no message listener: the popup's first question finds no
    // receiver, it says so through storage, and its next question is answered.
    const offPopup = await openPopupFor(ext, off);
    const view = await popupView(offPopup);
    assert.equal(view.status, 'off-topic');
    assert.equal(await markedClaims(off).then((m) => m.length), 0);
    await offPopup.close();
    await off.close();
  });

  it('corrupt stored settings load as defaults', async () => {
    for (const garbage of [
      'not settings at all',
      { v: 1, data: { enabled: 'yes', kinds: 7, cardMode: 42, disabledSites: 'everything' } },
    ]) {
      await writeRawSettings(control, garbage);
      const fresh = await openPopupFor(ext, article);
      await waitForPopupList(ext, fresh, marked.length);
      const view = await popupView(fresh);
      assert.equal(view.enabled, 'true', JSON.stringify(garbage));
      assert.equal(view.site, 'true', JSON.stringify(garbage));
      const controls = await fresh.evaluate(() => ({
        cardMode: /** @type {HTMLSelectElement} */ (
          document.querySelector('[data-testid="card-mode"]')
        )?.value,
        kinds: [...document.querySelectorAll('[data-testid="kinds"] input')].map(
          (i) => /** @type {HTMLInputElement} */ (i).checked,
        ),
      }));
      assert.deepEqual(controls, { cardMode: 'normal', kinds: [true, true, true, true, true] });
      await fresh.close();
      assert.deepEqual(await markedClaims(article), marked, 'the page reads with defaults');
    }
    // Leave a valid store for the rest of the file.
    await writeSettings(control, { enabled: true });
  });

  it('axe-core finds no violations on the popup and options pages', async () => {
    const fresh = await openPopupFor(ext, article);
    await waitForPopupList(ext, fresh, marked.length);
    assert.deepEqual(await axeViolations(fresh), [], 'popup');
    const options = await ext.openOptions();
    await ext.waitForFunction(options, () => document.querySelector('.pack-list li') !== null);
    assert.deepEqual(await axeViolations(options), [], 'options');
    await fresh.close();
    await options.close();
  });

  it('logs no console errors and contacts nothing but the page', async () => {
    await sleep(700);
    assert.deepEqual(ext.consoleErrors, []);
    assert.deepEqual(
      foreignRequests(ext.requests, [server.origin, `http://localhost:${server.port}`]),
      [],
    );
  });
});

describeEachBrowser('settings across a browser restart', (target) => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle | undefined} */
  let ext;
  let profileDir = '';

  before(async () => {
    server = await startFixtureServer();
    profileDir = mkdtempSync(path.join(os.tmpdir(), `caveat-restart-${target.name}-`));
  });

  after(async () => {
    await ext?.close();
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('keeps settings changed in the popup', async () => {
    ext = await target.launch({ profileDir });
    const article = await ext.newPage();
    await article.goto(server.url(ARTICLE), { waitUntil: 'load' });
    await waitForMarks(ext, article);
    const before = await markedClaims(article);
    const popup = await openPopupFor(ext, article);
    await waitForPopupList(ext, popup, before.length);
    await clickByName(popup, 'input[type="checkbox"]', 'Denial');
    await clickByName(popup, 'input[type="radio"]', 'Outline');
    const withoutDenials = before.filter((c) => c.kind !== 'denial');
    assert.ok(withoutDenials.length < before.length, 'the article has denials');
    await waitForPopupList(ext, popup, withoutDenials.length);
    const written = await settledSettings(
      popup,
      (data) => data?.highlightStyle === 'outline' && data?.kinds?.denial === false,
    );
    const writtenData = /** @type {any} */ (written.sync ?? written.local)?.data;
    assert.equal(writtenData?.highlightStyle, 'outline', JSON.stringify(written));
    await ext.close();
    ext = undefined;

    ext = await target.launch({ profileDir });
    const control = await ext.openOptions();
    const stored = await readRawSettings(control);
    assert.deepEqual(stored, written, 'storage survived the restart');
    await ext.waitForFunction(
      control,
      () => document.querySelector('[data-testid="kinds"]') !== null,
    );
    const again = await ext.newPage();
    await again.goto(server.url(ARTICLE), { waitUntil: 'load' });
    await waitForMarks(ext, again);
    assert.deepEqual(
      (await markedClaims(again)).map((c) => c.id),
      withoutDenials.map((c) => c.id),
      'the page reads with the saved kinds',
    );
    assert.equal(
      await again.evaluate(() => document.documentElement.getAttribute('data-caveat-style')),
      'outline',
    );
    const popup2 = await openPopupFor(ext, again);
    await waitForPopupList(ext, popup2, withoutDenials.length);
    const denial = await byName(popup2, 'input[type="checkbox"]', 'Denial');
    assert.equal(await denial.evaluate((/** @type {HTMLInputElement} */ el) => el.checked), false);
    const outline = await byName(popup2, 'input[type="radio"]', 'Outline');
    assert.equal(await outline.evaluate((/** @type {HTMLInputElement} */ el) => el.checked), true);
    await sleep(700);
    assert.deepEqual(ext.consoleErrors, []);
  });
});
