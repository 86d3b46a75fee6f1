/**
 * Hostile and odd pages, in real Chromium and Firefox: Caveat must never break a page, never
 * log an error of its own, never reach beyond the page, and stay bounded on huge or restless
 * pages. Fixture pages: tests/e2e/pages/hostile/pages.mjs (built from the project's own
 * fixture article). Findings that are reported rather than asserted (what happens inside a
 * shadow root, whether marks stay visible under hostile CSS) are printed as `# info` lines.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import { startServer } from './helpers/server.mjs';
import * as pages from './pages/hostile/pages.mjs';
import { recordTrace } from '../bench/trace.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long an off-topic or unarticled page gets before "nothing happened" is believed. */
const QUIET_MS = 2500;

describeEachBrowser('hostile pages', (target) => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;

  before(async () => {
    server = await startServer({
      routes: {
        '/hostile/plain-article.html': pages.plainArticle,
        '/hostile/strict-csp.html': pages.strictCsp,
        '/hostile/base-href.html': pages.baseHref,
        '/hostile/iframe.html': pages.iframeTop,
        '/hostile/shadow.html': pages.shadowArticle,
        '/hostile/css-everything.html': pages.cssEverything,
        '/hostile/quirks.html': pages.quirks,
        '/hostile/page.xhtml': pages.xhtml,
        '/hostile/infinite-scroll.html': pages.infiniteScroll,
        '/hostile/rerender.html': pages.rerender,
        '/hostile/huge-list.html': pages.hugePage({ article: false }),
        '/hostile/huge-article.html': pages.hugePage({ article: true }),
      },
    });
    ext = await target.launch();
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  /**
   * Opens a fixture page in a new tab; `errors()` lists console errors and uncaught exceptions
   * logged since (anywhere: page or extension), `requests()` the requests made since.
   * @param {string} path
   */
  async function open(path) {
    const errorsFrom = ext.consoleErrors.length;
    const requestsFrom = ext.requests.length;
    const page = await ext.newPage();
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
    return {
      page,
      errors: () => ext.consoleErrors.slice(errorsFrom).map((e) => `${e.kind}: ${e.text}`),
      requests: () => ext.requests.slice(requestsFrom),
    };
  }

  /** @param {any} page */
  const waitForMarks = (page, timeoutMs = 15_000) =>
    ext.waitForFunction(
      page,
      () => document.querySelector('caveat-mark') !== null,
      undefined,
      timeoutMs,
    );

  /** @param {any} page */
  const markKinds = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('caveat-mark')].map((m) => m.getAttribute('data-claim-kind')),
    );

  /** Firefox reports some errors through stdout, up to half a second late. */
  const settleErrors = () => sleep(target.name === 'firefox' ? 700 : 200);

  /** Opens the first claim's card from the keyboard and reads how the mark and card look. */
  async function openCardAndLook(page) {
    await page.evaluate(() =>
      /** @type {HTMLElement} */ (document.querySelector('caveat-mark[tabindex]')).focus(),
    );
    await page.keyboard.press('Enter');
    await ext.waitForFunction(
      page,
      () => document.querySelector('caveat-card')?.shadowRoot?.querySelector('[role="dialog"]'),
      undefined,
      5000,
    );
    await sleep(300);
    return page.evaluate(() => {
      const mark = /** @type {HTMLElement} */ (document.querySelector('caveat-mark'));
      const dialog = /** @type {HTMLElement} */ (
        document.querySelector('caveat-card')?.shadowRoot?.querySelector('[role="dialog"]')
      );
      const look = (/** @type {Element} */ el) => {
        const style = getComputedStyle(el);
        return [style.color, style.backgroundColor, style.fontSize, style.padding].join(' ');
      };
      const mine = getComputedStyle(mark);
      return {
        mark: [mine.textDecorationLine, mine.textDecorationColor, mine.backgroundColor].join(' '),
        // The dialog and its ancestors up to the shadow root: where the card's CSS shows.
        card: (() => {
          const out = [];
          for (let el = dialog; el; el = el.parentElement) out.push(look(el));
          return out.join(' | ');
        })(),
      };
    });
  }

  /** @type {{ mark: string, card: string } | undefined} */
  let plainLook;

  it('control: the fixture article is highlighted on a plain page', async () => {
    const { page, errors } = await open('/hostile/plain-article.html');
    await waitForMarks(page);
    assert.ok((await markKinds(page)).length >= 4);
    plainLook = await openCardAndLook(page);
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  it("strict CSP (default-src 'none'; style-src 'none'): highlights, styled card, no errors", async () => {
    const { page, errors } = await open('/hostile/strict-csp.html');
    await waitForMarks(page);
    const look = await openCardAndLook(page);
    console.log(`# info [${target.name}] strict CSP: ${JSON.stringify(look)}`);
    console.log(`# info [${target.name}] plain page: ${JSON.stringify(plainLook)}`);
    await settleErrors();
    assert.deepEqual(errors(), []);
    assert.ok(plainLook, 'the control test ran first');
    assert.equal(look.mark, plainLook.mark, 'marks look as on a page without a CSP');
    assert.equal(look.card, plainLook.card, 'the card looks as on a page without a CSP');
    await page.close();
  });

  it('<base href> elsewhere: highlights, and nothing is requested from elsewhere', async () => {
    const { page, errors, requests } = await open('/hostile/base-href.html');
    await waitForMarks(page);
    await page.evaluate(() =>
      /** @type {HTMLElement} */ (document.querySelector('caveat-mark[tabindex]')).focus(),
    );
    await page.keyboard.press('Enter');
    await ext.waitForFunction(
      page,
      () => document.querySelector('caveat-card')?.shadowRoot?.querySelector('[role="dialog"]'),
      undefined,
      5000,
    );
    await settleErrors();
    assert.deepEqual(errors(), []);
    assert.deepEqual(foreignRequests(requests(), [server.origin]), []);
    await page.close();
  });

  it('iframes: an on-topic article inside an iframe gets no marks (top frame only)', async () => {
    const { page, errors } = await open('/hostile/iframe.html');
    await sleep(QUIET_MS);
    const frames = page.frames();
    const inner = frames.find((f) => f.url().endsWith('/hostile/plain-article.html'));
    assert.ok(inner, 'the iframe loaded the article');
    const innerState = await inner.evaluate(() => ({
      paragraphs: document.querySelectorAll('article p').length,
      marks: document.querySelectorAll('caveat-mark').length,
    }));
    assert.ok(innerState.paragraphs >= 8, 'the article is really in the frame');
    assert.equal(innerState.marks, 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('caveat-mark').length), 0);
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  it('shadow DOM: an article inside a shadow root causes no errors (what happens is printed)', async () => {
    const { page, errors } = await open('/hostile/shadow.html');
    await sleep(QUIET_MS);
    const state = await page.evaluate(() => {
      const root = document.querySelector('news-story')?.shadowRoot;
      return {
        shadowRoot: Boolean(root),
        paragraphsInShadow: root?.querySelectorAll('p').length ?? 0,
        marksInShadow: root?.querySelectorAll('caveat-mark').length ?? 0,
        marksInDocument: document.querySelectorAll('caveat-mark').length,
        status: document.documentElement.getAttribute('data-caveat'),
      };
    });
    console.log(`# info [${target.name}] shadow DOM: ${JSON.stringify(state)}`);
    assert.ok(state.shadowRoot && state.paragraphsInShadow >= 8, 'declarative shadow DOM worked');
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  it('page CSS aimed at everything (our marks included): no errors, marks still in the DOM', async () => {
    const { page, errors } = await open('/hostile/css-everything.html');
    await waitForMarks(page);
    const state = await page.evaluate(() => {
      const mark = /** @type {HTMLElement} */ (document.querySelector('caveat-mark'));
      return { display: getComputedStyle(mark).display, visible: mark.getClientRects().length > 0 };
    });
    console.log(`# info [${target.name}] hostile CSS: first mark ${JSON.stringify(state)}`);
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  it('quirks mode (no doctype): highlights, no errors', async () => {
    const { page, errors } = await open('/hostile/quirks.html');
    assert.equal(await page.evaluate(() => document.compatMode), 'BackCompat');
    await waitForMarks(page);
    assert.ok((await markKinds(page)).length >= 4);
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  it('XHTML served as application/xhtml+xml: highlights, no errors', async () => {
    const { page, errors } = await open('/hostile/page.xhtml');
    assert.equal(await page.evaluate(() => document.contentType), 'application/xhtml+xml');
    await waitForMarks(page);
    assert.ok((await markKinds(page)).length >= 4);
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  it('infinite scroll: marks appear in every added on-topic story; runs stay bounded', async () => {
    const { page, errors } = await open('/hostile/infinite-scroll.html');
    await ext.waitForFunction(
      page,
      () => document.querySelector('#story-2 caveat-mark') !== null,
      undefined,
      15_000,
    );
    await ext.waitForFunction(
      page,
      () => /** @type {any} */ (window).__hostile.done,
      undefined,
      15_000,
    );
    await sleep(QUIET_MS);
    const state = await page.evaluate(() => ({
      markBatches: /** @type {any} */ (window).__hostile.markBatches,
      marksByStory: [...document.querySelectorAll('article')].map((a) => [
        a.id || 'first',
        a.querySelectorAll('caveat-mark').length,
      ]),
      offTopicMarks: document.querySelectorAll('article[data-on-topic="false"] caveat-mark').length,
    }));
    console.log(`# info [${target.name}] infinite scroll: ${JSON.stringify(state)}`);
    assert.equal(state.offTopicMarks, 0, 'no marks in off-topic stories');
    const marksIn = Object.fromEntries(state.marksByStory);
    assert.ok(marksIn['story-2'] > 0, 'the first on-topic story is marked');
    assert.ok(marksIn['story-4'] > 0, 'the second on-topic story, added later, is marked too');
    assert.ok(state.markBatches <= 21, `highlight runs bounded (${state.markBatches})`);
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  it('React-style re-renders: no errors, no duplicated marks, mutations settle', async () => {
    const { page, errors } = await open('/hostile/rerender.html');
    await waitForMarks(page);
    const firstMarks = await page.evaluate(() => document.querySelectorAll('caveat-mark').length);
    await ext.waitForFunction(
      page,
      () => /** @type {any} */ (window).__hostile.done,
      undefined,
      15_000,
    );
    await sleep(3000);
    const state = await page.evaluate(() => {
      const h = /** @type {any} */ (window).__hostile;
      const marks = [...document.querySelectorAll('caveat-mark')];
      const texts = marks.map((m) => `${m.getAttribute('data-claim-id')}:${m.textContent}`);
      return {
        renders: h.renders,
        marks: marks.length,
        nested: document.querySelectorAll('caveat-mark caveat-mark').length,
        duplicates: texts.length - new Set(texts).size,
        lastWindows: h.windows.slice(-3),
      };
    });
    console.log(
      `# info [${target.name}] re-render: first ${firstMarks} marks, then ${JSON.stringify(state)}`,
    );
    assert.equal(state.renders, 4);
    assert.equal(state.nested, 0);
    assert.equal(state.duplicates, 0);
    assert.ok(state.marks <= firstMarks, 'never more marks than the first run');
    assert.deepEqual(state.lastWindows, [0, 0, 0], 'no mutations in the last 1.5 s');
    await settleErrors();
    assert.deepEqual(errors(), []);
    await page.close();
  });

  for (const [name, path, article] of /** @type {const} */ ([
    ['100,000 nodes, 5 MB of subject words, not an article', '/hostile/huge-list.html', false],
    ['100,000 nodes, 5 MB of subject words, an article', '/hostile/huge-article.html', true],
  ])) {
    it(`${name}: bounded work, no errors`, { timeout: 120_000 }, async () => {
      if (target.name === 'chromium') {
        // The trace shows which main-thread tasks ran extension code: none may exceed 50 ms.
        // Task durations are wall time, which a busy two-core machine stretches (the page's own
        // parse task varies by 2x between runs): a load over budget is traced once more, and
        // the budget must hold in one of the two. Work that really is too long fails both.
        let longest = Infinity;
        for (let attempt = 1; attempt <= 2 && longest > 50; attempt++) {
          const errorsFrom = ext.consoleErrors.length;
          const trace = await recordTrace(/** @type {any} */ (ext), server.url(path), {
            settleMs: 4000,
          });
          const own = trace.ownTasks.map((t) => Math.round(t.dur / 100) / 10);
          console.log(
            `# info [chromium] ${name} (load ${attempt}): ${trace.inPage.marks} marks; Caveat's tasks (ms): ${own.join(', ')}; page long tasks (ms): ${trace.inPage.longTasks.map((d) => Math.round(d)).join(', ')}`,
          );
          assert.ok(own.length > 0, 'the trace saw the content script');
          if (!article) assert.equal(trace.inPage.marks, 0);
          assert.deepEqual(ext.consoleErrors.slice(errorsFrom), []);
          longest = Math.min(longest, Math.max(...own));
        }
        assert.ok(longest <= 50, `longest Caveat task ${longest} ms in the better of two loads`);
      } else {
        const { page, errors } = await open(path);
        await sleep(QUIET_MS * 2);
        const state = await page.evaluate(() => ({
          marks: document.querySelectorAll('caveat-mark').length,
          nodes: document.getElementsByTagName('*').length,
        }));
        console.log(
          `# info [firefox] ${name}: ${JSON.stringify(state)} (no long-task API in Firefox)`,
        );
        if (!article) assert.equal(state.marks, 0);
        await settleErrors();
        assert.deepEqual(errors(), []);
        await page.close();
      }
    });
  }
});
