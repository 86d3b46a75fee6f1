/**
 * The in-article summary in real Chromium and Firefox, on the demo article: the setting turned on
 * from an extension page (the way the popup writes it) adds one `caveat-summary` host right before
 * the article, outside it, with the page's claim count; "Go to first claim" focuses the first
 * claim; turning the setting off removes it and the page serialises exactly as before.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import {
  markedClaims,
  serializeDocument,
  sleep,
  startFixtureServer,
  waitForMarks,
  writeSettings,
} from './helpers/caveat.mjs';

/** What the page shows of the summary, read through its open shadow root. */
function summaryState(page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('caveat-summary');
    const host = hosts[0];
    const root = host?.shadowRoot;
    const region = root?.querySelector('[role="region"]');
    const next = host?.nextElementSibling;
    return {
      hosts: hosts.length,
      label: region?.getAttribute('aria-label') ?? '',
      text: (region?.textContent ?? '').replace(/\s+/g, ' '),
      insideArticle: !!host?.closest('article'),
      // The element right after the host holds every mark: the box sits before the article root.
      nextHoldsMarks:
        !!next &&
        document.querySelectorAll('caveat-mark').length > 0 &&
        [...document.querySelectorAll('caveat-mark')].every((m) => next.contains(m)),
      height: host ? host.getBoundingClientRect().height : 0,
    };
  });
}

describeEachBrowser('in-article summary', (target) => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;
  /** @type {any} */
  let article;
  /** @type {any} */
  let settingsPage;
  /** @type {string} */
  let withoutSummary;

  before(async () => {
    server = await startFixtureServer();
    ext = await target.launch();
    article = await ext.newPage();
    await article.goto(server.url('/article.html'), { waitUntil: 'load' });
    await waitForMarks(ext, article);
    settingsPage = await ext.openOptions();
    // Let late re-runs settle before taking the reference serialisation.
    await sleep(300);
    withoutSummary = await serializeDocument(article);
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it('is off by default', async () => {
    assert.equal((await summaryState(article)).hosts, 0);
  });

  it('setting on: one box right before the article, with the page count', async () => {
    await writeSettings(settingsPage, { summary: true });
    await ext.waitForFunction(article, () => document.querySelector('caveat-summary') !== null);
    const state = await summaryState(article);
    const claims = await markedClaims(article);
    assert.equal(state.hosts, 1);
    assert.equal(state.label, 'Caveat summary');
    assert.equal(state.insideArticle, false);
    assert.ok(state.nextHoldsMarks, 'the next element is the article root with every mark');
    assert.ok(state.height > 40, `the box is visible (height ${state.height})`);
    assert.ok(claims.length > 1);
    assert.match(
      state.text,
      new RegExp(`Caveat highlighted ${claims.length} unverified claims in this article`),
    );
    assert.match(state.text, /A highlight is not a verdict/);
  });

  it('"Go to first claim" focuses the first claim', async () => {
    const [first] = await markedClaims(article);
    await article.evaluate(() => {
      const root = document.querySelector('caveat-summary')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Go to first claim',
      );
      button?.click();
    });
    await ext.waitForFunction(
      article,
      (/** @type {string} */ id) =>
        /** @type {HTMLElement | null} */ (document.activeElement)?.dataset?.claimId === id,
      first.id,
    );
  });

  it('setting off: the box goes and the page serialises exactly as before', async () => {
    await writeSettings(settingsPage, { summary: false });
    await ext.waitForFunction(article, () => document.querySelector('caveat-summary') === null);
    // Focus moved to a claim in the previous step; the serialisation does not include focus.
    assert.equal(await serializeDocument(article), withoutSummary);
  });

  it('logs no errors and contacts nothing else', async () => {
    await sleep(700);
    assert.deepEqual(ext.consoleErrors, []);
    assert.deepEqual(foreignRequests(ext.requests, [server.origin]), []);
  });
});
