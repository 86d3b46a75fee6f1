/**
 * Short news briefs are read (issue 22), in real Chromium and Firefox: a brief of two or three
 * sentences (about 200 to 300 characters) in an `<article>` under a date stamp, one on a page
 * whose markup says nothing about articles, and a Korean one, each gets its claims highlighted;
 * a section front of teasers about the same topic (the gate passes) is never read as an
 * article. The pages are our own (tests/e2e/pages/short-*.html).
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { contentAsker } from '../corpus/ask-content.mjs';
import { readAsPage } from '../corpus/dev-pages.mjs';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import { CLAIM_KINDS, sleep, startFixtureServer } from './helpers/caveat.mjs';

/**
 * @typedef {object} Brief
 * @property {string} name
 * @property {string} path on the fixture server
 * @property {[string, string][]} expected clear-cut claims: a snippet of the claim -> its kind
 */

/** @type {Brief[]} */
const BRIEFS = [
  {
    name: 'English brief in an <article>, date stamp above the headline',
    path: '/e2e/short-brief-en.html',
    expected: [["North Korea's state news agency KCNA said on Wednesday", 'state-media']],
  },
  {
    name: 'brief on a page without article markup',
    path: '/e2e/short-brief-plain.html',
    expected: [["South Korea's Joint Chiefs of Staff said North Korea fired", 'official-estimate']],
  },
  {
    name: 'Korean brief',
    path: '/e2e/short-brief-ko.html',
    expected: [['조선중앙통신은 16일 전국의 청년 140여만 명이', 'state-media']],
  },
];

/** @param {string} text */
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

describeEachBrowser('short news briefs', (target) => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;
  /** @type {any} */
  let page;
  /** @type {ReturnType<typeof contentAsker>} */
  let ask;

  before(async () => {
    server = await startFixtureServer();
    ext = await target.launch();
    // The popup asks the page for its report, as when the reader opens it.
    ask = contentAsker(await ext.openPopup());
    page = await ext.newPage();
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  for (const brief of BRIEFS) {
    it(`highlights the claims of the ${brief.name}`, async () => {
      const read = await readAsPage(page, server.url(brief.path), ask);
      assert.equal(read.status, 'on-topic');
      assert.ok(read.complete, 'every claim the report lists is highlighted');
      const claims = read.claims.map((c) => ({ kind: c.kind, text: collapse(c.text) }));
      for (const claim of claims) assert.ok(CLAIM_KINDS.includes(claim.kind), claim.kind);
      for (const [snippet, kind] of brief.expected) {
        const found = claims.filter((c) => c.text.includes(snippet));
        assert.equal(found.length, 1, `one claim with "${snippet}" in ${JSON.stringify(claims)}`);
        assert.equal(found[0]?.kind, kind);
      }
    });
  }

  it('does not read a list of teasers on the topic as an article', async () => {
    await page.goto(server.url('/e2e/short-teasers.html'), { waitUntil: 'load' });
    // The gate passes (the teasers name the topic), so the reader loads and looks for an
    // article: its report says "no article" once it has looked.
    const deadline = Date.now() + 10_000;
    let status;
    while (status !== 'no-article' && Date.now() < deadline) {
      status = (await ask(page, { type: 'caveat:get-report' }))?.status;
      if (status !== 'no-article') await sleep(100);
    }
    assert.equal(status, 'no-article');
    const state = await page.evaluate(() => ({
      marks: document.querySelectorAll('caveat-mark').length,
      attr: document.documentElement.getAttribute('data-caveat'),
    }));
    assert.deepEqual(state, { marks: 0, attr: null });
  });

  it('logs no errors and contacts nothing beyond the pages', () => {
    assert.deepEqual(ext.consoleErrors, []);
    assert.deepEqual(foreignRequests(ext.requests, [server.origin]), []);
  });
});
