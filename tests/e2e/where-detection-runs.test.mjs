/**
 * Where the article is read, in real Chromium: the background reads it for the page, and the
 * page never loads the detector's own file (`detector.js`); when the background cannot read (here
 * its storage is made to fail, so it cannot load the packs), the page loads `detector.js` and
 * reads by itself, with the same claims. Chromium only: the test reaches into the extension's
 * service worker, which Firefox's background page does not offer over WebDriver BiDi.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserTarget, foreignRequests, skipReason } from './helpers/browsers.mjs';
import { markedClaims, startFixtureServer, waitForMarks } from './helpers/caveat.mjs';

const chromium = browserTarget('chromium');
const skip = skipReason('chromium');
if (skip) console.log(`# skipping where the article is read [chromium]: ${skip}`);

/** Whether any request loaded the extension's `file`. */
const loaded = (requests, file) => requests.some((r) => new URL(r.url).pathname === `/${file}`);

describe('where the article is read [chromium]', { skip }, () => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {any} */
  let backgroundClaims;

  before(async () => {
    server = await startFixtureServer();
  });

  after(async () => {
    await server?.close();
  });

  it('the background reads: the page never loads detector.js', async () => {
    const ext = await chromium.launch();
    try {
      const page = await ext.newPage();
      await page.goto(server.url('/article.html'), { waitUntil: 'load' });
      await waitForMarks(ext, page);
      backgroundClaims = await markedClaims(page);
      assert.ok(backgroundClaims.length >= 3, `claims: ${backgroundClaims.length}`);
      assert.ok(loaded(ext.requests, 'page-ui.js'), 'the reader was loaded');
      assert.equal(loaded(ext.requests, 'detector.js'), false, 'detector.js was loaded');
      assert.deepEqual(ext.consoleErrors, []);
    } finally {
      await ext.close();
    }
  });

  it('the background cannot read: the page loads detector.js and reads the same claims', async () => {
    const ext = await chromium.launch();
    try {
      const [worker] = ext.context
        .serviceWorkers()
        .filter((w) => w.url().startsWith(ext.extensionOrigin));
      assert.ok(worker, "the extension's service worker");
      await worker.evaluate(() => {
        const fail = () => Promise.reject(new Error('storage made unavailable by the test'));
        for (const api of [/** @type {any} */ (globalThis).browser, globalThis.chrome]) {
          if (!api?.storage) continue;
          api.storage.local.get = fail;
          api.storage.sync.get = fail;
        }
      });
      const page = await ext.newPage();
      await page.goto(server.url('/article.html'), { waitUntil: 'load' });
      await waitForMarks(ext, page);
      assert.ok(loaded(ext.requests, 'detector.js'), 'detector.js was not loaded');
      assert.deepEqual(await markedClaims(page), backgroundClaims);
      assert.deepEqual(ext.consoleErrors, []);
      assert.deepEqual(foreignRequests(ext.requests, [server.origin]), []);
    } finally {
      await ext.close();
    }
  });
});
