#!/usr/bin/env node
/**
 * `npm run screenshots`: the real extension in Chromium on the demo article
 * (assets/demo/article.html served on 127.0.0.1), a claim hovered so its card is open, in light
 * and dark colour schemes, at 360 px wide (a phone), plus the popup for that page. Writes
 * docs/screenshot-light.png, docs/screenshot-dark.png (viewport 1280x800),
 * docs/screenshot-360.png (360x740) and docs/screenshot-popup.png (the popup at its own width).
 * Every shot also checks the card's first screen: the claimant, the earlier claims, the
 * independent figure and the caveat end within its first 360 px. Needs `npm run build`.
 *
 * `npm run screenshots -- --check` also shoots the card at 360 px wide in Chromium and at 1280
 * and 360 px in Firefox (into a temporary folder, not docs/), and for every shot measures what a
 * reader would see go wrong: a card wider than its content box (a horizontal scrollbar), a card
 * over its own claim, a card outside the window. Exits non-zero when one of them happens.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/helpers/chromium.mjs';
import { launchFirefox } from '../tests/e2e/helpers/firefox.mjs';
import { CHROME_EXT_DIR, FIREFOX_EXT_DIR, ROOT } from '../tests/e2e/helpers/paths.mjs';
import { startServer } from '../tests/e2e/helpers/server.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const NARROW = { width: 360, height: 740 };
const POPUP_VIEWPORT = { width: 380, height: 600 };
/** The card's first screen: what a reader sees without scrolling it on a phone (issue 23). */
const FIRST_SCREEN = 360;
const OUT = path.join(ROOT, 'docs');
/** The claim shown open: the state-media enlistment figure in the first paragraph. */
const CLAIM_KIND = 'state-media';

/**
 * @typedef {object} Shot
 * @property {'chromium' | 'firefox'} browser
 * @property {'light' | 'dark'} scheme
 * @property {{ width: number, height: number }} viewport
 * @property {string} file
 */

/**
 * Opens the demo article, hovers the first claim of CLAIM_KIND until its card is open, saves a
 * screenshot and returns the page and what was measured.
 * @param {any} ext a Chromium (Playwright) or Firefox (puppeteer) handle from the e2e helpers
 * @param {string} url
 * @param {Shot} shot
 */
async function shootArticle(ext, url, shot) {
  const page = await ext.newPage();
  if (shot.browser === 'chromium') {
    await page.setViewportSize(shot.viewport);
    await page.emulateMedia({ colorScheme: shot.scheme, reducedMotion: 'reduce' });
  } else {
    await page.setViewport(shot.viewport);
  }
  await page.goto(url, { waitUntil: 'load' });
  await ext.waitForFunction(
    page,
    (/** @type {string} */ kind) =>
      document.querySelector(`caveat-mark[data-claim-kind="${kind}"]`),
    CLAIM_KIND,
    10_000,
  );
  // Bring the claim to the upper third so the card has room below it.
  const point = await page.evaluate((/** @type {string} */ kind) => {
    const mark = /** @type {HTMLElement} */ (
      document.querySelector(`caveat-mark[data-claim-kind="${kind}"]`)
    );
    window.scrollBy(0, mark.getBoundingClientRect().top - window.innerHeight / 4);
    const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    return { x: box.left + Math.min(40, box.width / 2), y: box.top + box.height / 2 };
  }, CLAIM_KIND);
  await page.mouse.move(point.x, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await ext.waitForFunction(
    page,
    () => document.querySelector('caveat-card')?.shadowRoot?.querySelector('[role="dialog"]'),
    undefined,
    5000,
  );
  await new Promise((resolve) => setTimeout(resolve, 400));
  const seen = await page.evaluate(measureCard);
  await page.screenshot({ path: shot.file });
  const label = `${shot.browser} ${shot.scheme} ${shot.viewport.width}px`;
  console.log(`${label}: ${JSON.stringify(seen)}`);
  console.log(`wrote ${path.relative(ROOT, shot.file)}`);
  return { page, seen, label };
}

/** In the page: the open card's box against its claim, the window and its own content. */
function measureCard() {
  const dialog = /** @type {HTMLElement | null | undefined} */ (
    document.querySelector('caveat-card')?.shadowRoot?.querySelector('[role="dialog"]')
  );
  const id = document
    .querySelector('caveat-mark[aria-expanded="true"]')
    ?.getAttribute('data-claim-id');
  const marks = id ? [...document.querySelectorAll(`caveat-mark[data-claim-id="${id}"]`)] : [];
  const card = dialog?.getBoundingClientRect();
  const overlapsClaim =
    !!card &&
    marks
      .flatMap((m) => [...m.getClientRects()])
      .some(
        (r) =>
          r.left < card.right && r.right > card.left && r.top < card.bottom && r.bottom > card.top,
      );
  // Where the card's first screen ends: the last of its essentials, from the card's top.
  const essentials = dialog?.querySelector('[data-testid="essentials"]');
  const firstScreen =
    card && essentials ? Math.round(essentials.getBoundingClientRect().bottom - card.top) : -1;
  return {
    firstScreen,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    pageBackground: getComputedStyle(document.body).backgroundColor,
    cardBackground: dialog ? getComputedStyle(dialog).backgroundColor : 'no card',
    horizontalOverflow: dialog ? dialog.scrollWidth - dialog.clientWidth : 0,
    overlapsClaim,
    outsideWindow:
      !!card &&
      (card.left < 0 ||
        card.top < 0 ||
        card.right > window.innerWidth ||
        card.bottom > window.innerHeight),
  };
}

/**
 * @param {{ seen: ReturnType<typeof measureCard>, label: string }} result
 * @returns {string[]} what went wrong, if anything
 */
function problems({ seen, label }) {
  const found = [];
  if (seen.cardBackground === 'no card') found.push(`${label}: no card opened`);
  if (seen.horizontalOverflow > 0)
    found.push(`${label}: card content ${seen.horizontalOverflow}px wider than the card`);
  if (seen.overlapsClaim) found.push(`${label}: card covers its claim`);
  if (seen.outsideWindow) found.push(`${label}: card outside the window`);
  if (seen.firstScreen < 0) found.push(`${label}: no essentials on the card`);
  else if (seen.firstScreen > FIRST_SCREEN)
    found.push(`${label}: the essentials end ${seen.firstScreen}px down, past ${FIRST_SCREEN}px`);
  return found;
}

/**
 * The extra views of `--check`, none written to docs/.
 * @param {string} url
 * @param {string} dir
 */
async function checkViews(url, dir) {
  /** @type {string[]} */
  const found = [];
  const chromium = await launchChromium();
  try {
    const file = path.join(dir, 'chromium-dark-360.png');
    const result = await shootArticle(chromium, url, {
      browser: 'chromium',
      scheme: 'dark',
      viewport: NARROW,
      file,
    });
    found.push(...problems(result));
  } finally {
    await chromium.close();
  }
  if (!existsSync(path.join(FIREFOX_EXT_DIR, 'manifest.json'))) {
    console.log(`skipping Firefox: ${FIREFOX_EXT_DIR} not found (npm run build)`);
    return found;
  }
  const firefox = await launchFirefox();
  try {
    for (const viewport of [VIEWPORT, NARROW]) {
      const file = path.join(dir, `firefox-light-${viewport.width}.png`);
      const result = await shootArticle(firefox, url, {
        browser: 'firefox',
        scheme: 'light',
        viewport,
        file,
      });
      found.push(...problems(result));
      await result.page.close();
    }
  } finally {
    await firefox.close();
  }
  return found;
}

async function main() {
  if (!existsSync(path.join(CHROME_EXT_DIR, 'manifest.json'))) {
    console.error(`screenshots need a build: ${CHROME_EXT_DIR} not found (npm run build)`);
    process.exitCode = 1;
    return;
  }
  const check = process.argv.includes('--check');
  const server = await startServer();
  /** @type {string[]} */
  const found = [];
  try {
    const ext = await launchChromium();
    try {
      const url = server.url('/article.html');
      const dark = await shootArticle(ext, url, {
        browser: 'chromium',
        scheme: 'dark',
        viewport: VIEWPORT,
        file: path.join(OUT, 'screenshot-dark.png'),
      });
      found.push(...problems(dark));
      await dark.page.close();
      const light = await shootArticle(ext, url, {
        browser: 'chromium',
        scheme: 'light',
        viewport: VIEWPORT,
        file: path.join(OUT, 'screenshot-light.png'),
      });
      found.push(...problems(light));
      const narrow = await shootArticle(ext, url, {
        browser: 'chromium',
        scheme: 'light',
        viewport: NARROW,
        file: path.join(OUT, 'screenshot-360.png'),
      });
      found.push(...problems(narrow));
      await narrow.page.close();
      const popup = await ext.openPopup({ activeTab: light.page });
      await popup.setViewportSize(POPUP_VIEWPORT);
      await ext
        .waitForFunction(popup, () => document.body.innerText.includes('1.4'), undefined, 5000)
        .catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 400));
      const file = path.join(OUT, 'screenshot-popup.png');
      await popup.screenshot({ path: file, fullPage: true });
      const popupSize = await popup.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        horizontalOverflow: document.documentElement.scrollWidth - window.innerWidth,
      }));
      console.log(`popup: ${JSON.stringify(popupSize)}`);
      if (popupSize.horizontalOverflow > 0) found.push('popup: wider than its window');
      console.log(`wrote ${path.relative(ROOT, file)}`);
      if (ext.consoleErrors.length) {
        console.log(
          `console errors while shooting:\n${ext.consoleErrors.map((e) => `  ${e.text}`).join('\n')}`,
        );
      }
    } finally {
      await ext.close();
    }
    if (check) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'caveat-shots-'));
      found.push(...(await checkViews(server.url('/article.html'), dir)));
      console.log(`check views in ${dir}`);
    }
  } finally {
    await server.close();
  }
  if (found.length > 0) {
    console.error(`layout problems:\n${found.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('layout: no horizontal overflow, the card clear of its claim and in the window');
  }
}

await main();
