/**
 * The card a careful reader trusts (issue 23), in real Chromium and Firefox at a phone's width
 * (360 px): on the demo article and on fixture articles, the card's first 360 px hold the
 * claimant, an earlier claim with its year, the independent reference with its ratio and an
 * attributed agency caveat; no name repeats as "(X, X)"; the chart's point labels are visible;
 * axe-core finds nothing in the card; links are https with rel="noopener noreferrer"; "Copy with
 * sources" puts the claim, its context and its sources on the clipboard (pasted back into the
 * page to read it); and nothing is fetched beyond the page's own origin.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import {
  claimWith,
  markedClaims,
  startFixtureServer,
  waitForCard,
  waitForMarks,
} from './helpers/caveat.mjs';
import { ROOT } from './helpers/paths.mjs';

/** The card's first screen, in CSS pixels from its top edge. */
const FIRST_SCREEN = 360;
const PHONE = { width: 360, height: 740 };

/**
 * @typedef {object} CardCase
 * @property {string} name
 * @property {string} path on the fixture server
 * @property {string} claim snippet of the claim whose card is opened
 * @property {RegExp} caveat what the first-screen caveat says, with its attribution
 * @property {RegExp} reference the reference with its ratio
 */

/** @type {CardCase[]} */
const CASES = [
  {
    name: 'demo article',
    path: '/article.html',
    claim: 'KCNA said on Wednesday that about 1.4',
    reference: /1\.09× IISS: 1\.28 million, active armed forces \(2024\)/,
    caveat:
      /^Reuters: “it is extremely difficult to verify North Korea's claims” — .*via The Japan Times$/,
  },
  {
    name: 'div-soup fixture (March 2023)',
    path: '/e2e/div-soup.html',
    claim: 'Rodong Sinmun reported on Saturday that about 800,000',
    reference: /0\.63× IISS: 1\.28 million, active armed forces \(2024\)/,
    caveat:
      /^Behind the News, a Ukrainian fact-checking site: “KCNA is the only outlet reporting these numbers” — Oct 2024$/,
  },
  {
    name: 'enlistment fixture (September 2017)',
    path: '/e2e/enlistment-2017.html',
    claim: 'Rodong Sinmun said on Thursday that more than 4.7 million',
    reference: /3\.67× IISS: 1\.28 million, active armed forces \(2024\)/,
    caveat: /^Scripps News: “That report hasn't been verified” — Sep 30, 2017$/,
  },
];

/** "(X, X)": a name said twice in one pair of brackets. */
const REPEATED = /\(([^,()]+), \1\)/;

/**
 * What the open card shows in its first screen, measured in the page.
 * @param {any} page
 */
function firstScreen(page) {
  return page.evaluate((/** @type {number} */ limit) => {
    const dialog = document
      .querySelector('caveat-card')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) throw new Error('no card');
    const top = dialog.getBoundingClientRect().top;
    /** @param {string} selector */
    const part = (selector) => {
      const el = dialog.querySelector(selector);
      if (!el) return { text: '', bottom: Infinity };
      const label = el.querySelector('.caveat-essential-label')?.textContent ?? '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        text: text.startsWith(label) ? text.slice(label.length).trim() : text,
        bottom: Math.round(el.getBoundingClientRect().bottom - top),
      };
    };
    const svg = dialog.querySelector('svg[data-testid="history-chart"]');
    const svgBox = svg?.getBoundingClientRect();
    const labels = [...dialog.querySelectorAll('[data-testid="chart-label"]')].map((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        text: el.textContent ?? '',
        height: box.height,
        inside:
          !!svgBox &&
          box.left >= svgBox.left - 1 &&
          box.right <= svgBox.right + 1 &&
          box.top >= svgBox.top - 1 &&
          box.bottom <= svgBox.bottom + 1,
        shown: style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0',
        fill: style.fill,
      };
    });
    const links = [...dialog.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      rel: a.getAttribute('rel') ?? '',
      text: a.textContent ?? '',
    }));
    return {
      limit,
      claimant: part('.caveat-claimant'),
      earlier: part('[data-testid="essential-earlier"]'),
      reference: part('[data-testid="essential-reference"]'),
      caveat: part('[data-testid="essential-caveat"]'),
      text: (dialog.textContent ?? '').replace(/\s+/g, ' '),
      labels,
      links,
      horizontalOverflow: dialog.scrollWidth - dialog.clientWidth,
    };
  }, FIRST_SCREEN);
}

/**
 * axe-core on the card alone (the fixture pages are not under test here).
 * @param {any} page
 */
async function cardViolations(page) {
  const source = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = /** @type {any} */ (globalThis).axe;
    const result = await axe.run({ include: [['caveat-card']] }, { resultTypes: ['violations'] });
    return result.violations.map(
      (/** @type {any} */ v) =>
        `${v.id}: ${v.help} (${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

/**
 * The centre of a control inside the card's shadow root, in viewport coordinates.
 * @param {any} page
 * @param {string} selector
 */
function pointOf(page, selector) {
  return page.evaluate((/** @type {string} */ sel) => {
    const el = document.querySelector('caveat-card')?.shadowRoot?.querySelector(sel);
    if (!el) throw new Error(`no ${sel} in the card`);
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
}

describeEachBrowser('card first screen', (target) => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;

  before(async () => {
    server = await startFixtureServer();
    ext = await target.launch();
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  for (const item of CASES) {
    describe(item.name, () => {
      /** @type {any} */
      let page;

      before(async () => {
        page = await ext.newPage();
        if (target.name === 'chromium') await page.setViewportSize(PHONE);
        else await page.setViewport(PHONE);
        await page.goto(server.url(item.path), { waitUntil: 'load' });
        await waitForMarks(ext, page);
        const claim = claimWith(await markedClaims(page), item.claim);
        // The keyboard path: focus the claim's first fragment and press Enter.
        await page.focus(`caveat-mark[data-claim-id="${claim.id}"][tabindex="0"]`);
        await page.keyboard.press('Enter');
        await waitForCard(ext, page, true);
      });

      after(async () => {
        await page?.close();
      });

      it('answers the four questions within the first 360 px', async () => {
        const seen = await firstScreen(page);
        assert.match(seen.claimant.text, /\S: not independently verified$/, 'who claims it');
        assert.match(
          seen.earlier.text,
          /\b(19|20)\d{2}\b.*\d/,
          'an earlier claim, its year and figure',
        );
        assert.match(seen.reference.text, item.reference);
        assert.match(seen.caveat.text, item.caveat);
        for (const key of /** @type {const} */ (['claimant', 'earlier', 'reference', 'caveat'])) {
          assert.ok(seen[key].bottom <= FIRST_SCREEN, `${key} ends ${seen[key].bottom}px down`);
        }
        assert.equal(seen.horizontalOverflow, 0, 'no horizontal scrollbar at 360 px');
      });

      it('names nobody twice in brackets; links are https and open without opener', async () => {
        const seen = await firstScreen(page);
        assert.doesNotMatch(seen.text, REPEATED);
        assert.ok(seen.links.length > 0);
        for (const link of seen.links) {
          assert.match(link.href, /^https:\/\//, link.text);
          assert.deepEqual(link.rel.split(/\s+/).sort(), ['noopener', 'noreferrer'], link.text);
          assert.doesNotMatch(link.href, /voi\.id|cloudfront\.net|urdupoint|franspat|exbulletin/);
        }
      });

      it('labels the chart: this claim and the extremes, with figure and year, visibly', async () => {
        const { labels } = await firstScreen(page);
        assert.ok(labels.length >= 2, `labels: ${labels.map((l) => l.text)}`);
        assert.ok(
          labels.some((l) => /^this claim: .+, \d{4}$/.test(l.text)),
          `this claim is labelled: ${labels.map((l) => l.text)}`,
        );
        for (const label of labels) {
          assert.match(label.text, /\d.*, \d{4}$/, 'figure and year');
          assert.ok(label.shown && label.inside, `${label.text} drawn inside the chart`);
          assert.ok(label.height >= 9, `${label.text} is ${label.height}px tall`);
        }
      });

      it('has no axe-core violations in the card', async () => {
        assert.deepEqual(await cardViolations(page), []);
      });

      it('copies the claim, its context and its sources as plain text', async () => {
        const button = await pointOf(page, '[data-testid="copy-sources"]');
        await page.mouse.click(button.x, button.y);
        await ext.waitForFunction(
          page,
          () =>
            document
              .querySelector('caveat-card')
              ?.shadowRoot?.querySelector('[data-testid="copy-status"]')
              ?.textContent?.startsWith('Copied'),
          undefined,
          5000,
        );
        // Read the clipboard back the way a reporter would: paste it into a text field.
        await page.evaluate(() => {
          const area = document.createElement('textarea');
          area.id = 'paste-here';
          document.body.append(area);
        });
        await page.focus('#paste-here');
        if (target.name === 'chromium') await page.keyboard.press('Control+V');
        else {
          await page.keyboard.down('Control');
          await page.keyboard.press('KeyV');
          await page.keyboard.up('Control');
        }
        const pasted = await page.evaluate(() => {
          const area = /** @type {HTMLTextAreaElement} */ (document.getElementById('paste-here'));
          const value = area.value;
          area.remove();
          return value;
        });
        assert.match(pasted, /^Claim: “/);
        assert.ok(pasted.includes(item.claim), 'the claim itself');
        assert.match(pasted, /\nEarlier claims\n- /);
        assert.match(pasted, /\nSources\n\[1\] .+: https:\/\//);
        assert.doesNotMatch(pasted, REPEATED);
        assert.doesNotMatch(pasted, /<[a-z]/i, 'plain text, no markup');
      });

      it('fetched nothing beyond the page and logged no errors', () => {
        assert.deepEqual(foreignRequests(ext.requests, [server.origin]), []);
        assert.deepEqual(ext.consoleErrors, []);
      });
    });
  }
});
