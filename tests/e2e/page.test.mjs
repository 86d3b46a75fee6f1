/**
 * The in-page experience (issue 5) in real Chromium and Firefox, on the demo article and two
 * fixture articles of different layouts (tests/e2e/pages/): highlighted claims and their kinds,
 * the hover card and its contents, the keyboard path, exact restoration of the page when Caveat
 * is turned off, unchanged page text, links inside claims, no console errors and no requests
 * beyond the page's own origin.
 *
 * Settings change the way the popup changes them: a write to extension storage from an
 * extension page (helpers/caveat.mjs `writeSettings`), which every tab picks up live.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import {
  CLAIM_KINDS,
  cardState,
  claimPoint,
  claimWith,
  focusState,
  markedClaims,
  serializeDocument,
  sleep,
  startFixtureServer,
  waitForCard,
  waitForMarks,
  waitForNoMarks,
  writeSettings,
} from './helpers/caveat.mjs';

/**
 * @typedef {object} ArticleCase
 * @property {string} name
 * @property {string} path on the fixture server
 * @property {[string, string][]} expected clear-cut claims: a snippet of the claim -> its kind
 * @property {string} caveat a caveat sentence of the article, which is not a claim
 * @property {string[]} furniture selectors of page furniture that mentions the topic
 * @property {string} cardClaim snippet of a claim whose card has a chart, a figure and sources
 * @property {string} [link] a link inside a claim, and where it leads
 * @property {string} [linkTarget]
 */

/** @type {ArticleCase[]} */
const ARTICLES = [
  {
    name: 'demo article',
    path: '/article.html',
    expected: [
      ['KCNA said on Wednesday that about 1.4', 'state-media'],
      ['Pyongyang accused Seoul of flying drones', 'accusation'],
      ['Russia has rejected the reports', 'denial'],
      ['the Pentagon said it believed roughly 10,000', 'official-estimate'],
      ['according to people familiar with the matter', 'unnamed-source'],
    ],
    caveat: 'The claims could not be independently verified.',
    furniture: ['nav', 'aside', 'header', 'footer'],
    cardClaim: 'KCNA said on Wednesday that about 1.4',
  },
  {
    name: 'semantic fixture',
    path: '/e2e/semantic.html',
    expected: [
      ['National Intelligence Service said on Monday that about 300', 'official-estimate'],
      ['Zelensky said last week that about 4,000', 'official-estimate'],
      ['Moscow has denied that any North Korean units', 'denial'],
      ['KCNA said on Saturday', 'state-media'],
      ['a source who spoke on condition of anonymity', 'unnamed-source'],
    ],
    caveat: 'None of these figures could be independently verified',
    furniture: ['nav', 'aside', 'header', 'footer'],
    cardClaim: 'National Intelligence Service said on Monday that about 300',
    link: '#nis-link',
    linkTarget: '/e2e/landing.html',
  },
  {
    name: 'div-soup fixture',
    path: '/e2e/div-soup.html',
    expected: [
      ['Rodong Sinmun reported on Saturday that about 800,000', 'state-media'],
      ['Pyongyang accused Washington and Seoul', 'accusation'],
      ['The United States denied that the exercises', 'denial'],
      ['Joint Chiefs of Staff said the North had fired', 'official-estimate'],
    ],
    caveat: 'The volunteer figure could not be independently verified',
    furniture: ['.top-bar', '.col-side', '.bottom', '.headline'],
    cardClaim: 'Rodong Sinmun reported on Saturday that about 800,000',
    link: '#rodong-link',
    linkTarget: '/e2e/landing.html',
  },
];

/** The hover delay of the default card mode ("normal", lib/settings.ts CARD_DELAYS). */
const HOVER_DELAY_MS = 500;

describeEachBrowser('in-page experience', (target) => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;
  /** @type {any} the extension page settings are written from */
  let control;

  before(async () => {
    server = await startFixtureServer();
    ext = await target.launch();
    control = await ext.openOptions();
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  for (const article of ARTICLES) {
    describe(article.name, () => {
      /** @type {any} */
      let page;
      /** Serialised document and body text loaded while Caveat was off. */
      let pristine = '';
      let pristineText = '';
      /** @type {import('./helpers/caveat.mjs').MarkedClaim[]} */
      let claims = [];

      it('loads untouched while Caveat is off', async () => {
        await writeSettings(control, { enabled: false });
        page = await ext.newPage();
        await page.goto(server.url(article.path), { waitUntil: 'load' });
        // Give a content script time to (wrongly) act.
        await sleep(1000);
        pristine = await serializeDocument(page);
        pristineText = await page.evaluate(() => document.body.innerText);
        assert.equal(await page.evaluate(() => document.querySelectorAll('caveat-mark').length), 0);
        assert.ok(pristineText.length > 500, 'the fixture has an article');
      });

      it('marks claims with the right kinds when turned on, page text unchanged', async () => {
        await page.bringToFront();
        await writeSettings(control, { enabled: true });
        await waitForMarks(ext, page);
        claims = await markedClaims(page);
        assert.ok(claims.length >= article.expected.length, `${claims.length} claims`);
        for (const claim of claims) {
          assert.match(claim.id, /\S/, 'every mark has a claim id');
          assert.ok(CLAIM_KINDS.includes(claim.kind), `public kind: ${claim.kind}`);
          assert.deepEqual(new Set(claim.kinds), new Set([claim.kind]), 'one kind per claim');
          assert.ok(claim.focusable, `first fragment of "${claim.text}" is a keyboard stop`);
        }
        for (const [snippet, kind] of article.expected) {
          assert.equal(claimWith(claims, snippet).kind, kind, snippet);
        }
        assert.deepEqual(
          claims.filter((c) => c.text.includes(article.caveat)).map((c) => c.text),
          [],
          'a caveat sentence is not a claim',
        );
        const inFurniture = await page.evaluate(
          (/** @type {string[]} */ selectors) =>
            selectors.flatMap((s) =>
              [...document.querySelectorAll(`${s} caveat-mark`)].map(
                (m) => `${s}: ${m.textContent}`,
              ),
            ),
          article.furniture,
        );
        assert.deepEqual(inFurniture, [], 'nothing marked in navigation or asides');
        assert.equal(
          await page.evaluate(() => document.body.innerText),
          pristineText,
          'document.body.innerText is the same with and without Caveat',
        );
      });

      it('hover opens the card after the delay; the card stays open on the way to it; Esc closes', async () => {
        const claim = claimWith(claims, article.cardClaim);
        const point = await claimPoint(page, claim.id);
        await page.mouse.move(point.x, point.y);
        await sleep(HOVER_DELAY_MS / 3);
        assert.equal((await cardState(page)).open, false, 'not before the hover delay');
        await waitForCard(ext, page, true);
        const card = await cardState(page);
        assert.equal(card.open, true);
        assert.equal(card.mode, 'open', 'open shadow root');
        assert.equal(card.hosts, 1);
        assert.equal(card.kind, claim.kind);
        assert.ok(card.hasChart, 'the history chart (svg) is drawn');
        assert.ok(card.sections.includes('history'), `sections: ${card.sections}`);
        assert.match(card.figure, /\d/, 'the claimed figure is shown');
        assert.ok(card.links.length > 0, 'the card links its sources');
        for (const link of card.links) {
          assert.match(link.href, /^https:\/\//, `${link.text}: https`);
          assert.equal(link.target, '_blank', link.text);
          assert.deepEqual(link.rel.split(/\s+/).sort(), ['noopener', 'noreferrer'], link.text);
        }

        // Travel onto the card in small steps, then rest there past the grace period.
        const { rect } = card;
        const goal = { x: rect.left + rect.width / 2, y: rect.top + Math.min(30, rect.height / 2) };
        for (let i = 1; i <= 5; i++) {
          await page.mouse.move(
            point.x + ((goal.x - point.x) * i) / 5,
            point.y + ((goal.y - point.y) * i) / 5,
          );
        }
        await sleep(800);
        assert.equal((await cardState(page)).open, true, 'the card stays open under the pointer');

        await page.keyboard.press('Escape');
        await waitForCard(ext, page, false);
        await page.mouse.move(1, 1);
      });

      it('keyboard: Tab reaches a claim, Enter opens the card with focus in it, Esc returns', async () => {
        await page.evaluate(() => {
          /** @type {HTMLElement | null} */ (document.activeElement)?.blur();
          window.scrollTo(0, 0);
        });
        let focus = await focusState(page);
        for (let i = 0; i < 80 && focus.tag !== 'caveat-mark'; i++) {
          await page.keyboard.press('Tab');
          focus = await focusState(page);
        }
        assert.equal(focus.tag, 'caveat-mark', 'Tab reached a claim');
        const claimId = focus.claimId;
        assert.ok(claims.some((c) => c.id === claimId));

        await page.keyboard.press('Enter');
        await waitForCard(ext, page, true);
        await ext.waitForFunction(
          page,
          () => document.activeElement?.localName === 'caveat-card',
          undefined,
          3000,
        );
        const inCard = await focusState(page);
        assert.equal(inCard.tag, 'caveat-card', 'focus moved into the card');
        assert.notEqual(inCard.inner, '', 'an element inside the card has focus');

        await page.keyboard.press('Escape');
        await waitForCard(ext, page, false);
        const back = await focusState(page);
        assert.deepEqual(
          { tag: back.tag, claimId: back.claimId },
          { tag: 'caveat-mark', claimId },
          'Esc returns focus to the claim',
        );
      });

      it('turning Caveat off restores the page exactly', async () => {
        await writeSettings(control, { enabled: false });
        await waitForNoMarks(ext, page);
        assert.equal(await serializeDocument(page), pristine);
        assert.equal(await page.evaluate(() => document.body.innerText), pristineText);
      });

      if (article.link) {
        it('a link inside a claim still navigates on click', async () => {
          await writeSettings(control, { enabled: true });
          await waitForMarks(ext, page);
          const selector = /** @type {string} */ (article.link);
          const insideClaim = await page.evaluate(
            (/** @type {string} */ s) =>
              document.querySelector(s)?.querySelector('caveat-mark') !== null ||
              document.querySelector(s)?.closest('caveat-mark') != null,
            selector,
          );
          assert.ok(insideClaim, `${selector} is part of a highlighted claim`);
          await page.evaluate((/** @type {string} */ s) => {
            document.querySelector(s)?.scrollIntoView({ block: 'center' });
          }, selector);
          await page.click(selector);
          await ext.waitForFunction(
            page,
            (/** @type {string} */ p) =>
              location.pathname === p && document.readyState === 'complete',
            article.linkTarget,
          );
        });
      }
    });
  }

  it('logs no console errors', async () => {
    // Firefox reports extension-page errors through stdout, up to half a second late.
    await sleep(700);
    assert.deepEqual(ext.consoleErrors, []);
  });

  it('contacts nothing but the pages it runs on', () => {
    assert.ok(
      ext.requests.some((request) => request.url === server.url('/e2e/semantic.html')),
      'the recorder saw the fixture requests',
    );
    assert.deepEqual(foreignRequests(ext.requests, [server.origin]), []);
    const served = new Set(server.requests.map((request) => request.path));
    const expected = new Set([...ARTICLES.map((a) => a.path), '/e2e/landing.html', '/favicon.ico']);
    assert.deepEqual(
      [...served].filter((p) => !expected.has(p)),
      [],
      'the server saw only the pages the test loaded',
    );
  });
});
