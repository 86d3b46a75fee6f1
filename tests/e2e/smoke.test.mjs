/**
 * Smoke test in real Chromium and Firefox: the extension loads, its content script runs on the
 * demo article, its pages render, nothing logs an error and nothing leaves the machine.
 *
 * It tightens by itself as features land: once the built content script knows `caveat-mark`,
 * the article must also carry at least one highlighted claim.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import { startServer } from './helpers/server.mjs';

describeEachBrowser('smoke', (target) => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;
  /** @type {any} */
  let article;

  before(async () => {
    server = await startServer();
    ext = await target.launch();
    article = await ext.newPage();
    await article.goto(server.url('/article.html'), { waitUntil: 'load' });
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it('runs the content script on the demo article', async () => {
    await ext.waitForFunction(article, () => document.documentElement.dataset.caveat);
    const state = await article.evaluate(() => document.documentElement.dataset.caveat);
    assert.ok(state, 'html[data-caveat] is set');

    const manifest = JSON.parse(target.readBuild('manifest.json') ?? '{}');
    const script = manifest.content_scripts?.[0]?.js?.[0];
    assert.ok(script && target.readBuild(script), 'the build has the content script it declares');
    await ext.waitForFunction(
      article,
      () => document.querySelector('caveat-mark[data-claim-id][data-claim-kind]') !== null,
    );
    const marks = await article.evaluate(
      () => document.querySelectorAll('caveat-mark[data-claim-id][data-claim-kind]').length,
    );
    assert.ok(marks >= 1, `expected highlighted claims, found ${marks}`);
  });

  it('renders the popup', async () => {
    const popup = await ext.openPopup({ activeTab: article });
    await ext.waitForFunction(popup, () => document.body.innerText.trim().length > 0);
    const text = await popup.evaluate(() => document.body.innerText.trim());
    assert.notEqual(text, '');
  });

  it('opens the popup with the article as the active tab', async () => {
    const popup = await ext.openPopup({ activeTab: article });
    // The popup's own tab must not be the active one, or the popup would talk to itself.
    const tabs = await popup.evaluate(async () => {
      const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      const [active] = await api.tabs.query({ active: true, currentWindow: true });
      const self = await api.tabs.getCurrent();
      return { active: active?.id, self: self?.id };
    });
    assert.ok(tabs.active !== undefined && tabs.self !== undefined, JSON.stringify(tabs));
    assert.notEqual(tabs.active, tabs.self);
  });

  it('renders the options page', async () => {
    const options = await ext.openOptions();
    await ext.waitForFunction(options, () => document.body.innerText.trim().length > 0);
    const text = await options.evaluate(() => document.body.innerText.trim());
    assert.notEqual(text, '');
  });

  it('logs no console errors on the article or extension pages', async () => {
    // Firefox reports extension-page errors through stdout, up to half a second late.
    await new Promise((resolve) => setTimeout(resolve, 700));
    assert.deepEqual(ext.consoleErrors, []);
  });

  it('contacts nothing but the page it runs on', () => {
    assert.ok(
      ext.requests.some((request) => request.url === server.url('/article.html')),
      'the recorder saw the article request (else this check would prove nothing)',
    );
    assert.deepEqual(foreignRequests(ext.requests, [server.origin]), []);
    const paths = new Set(server.requests.map((request) => request.path));
    assert.deepEqual(
      [...paths].filter((p) => p !== '/article.html' && p !== '/favicon.ico'),
      [],
    );
  });
});
