#!/usr/bin/env node
/**
 * `npm run screenshots`: the real extension in Chromium on the demo article
 * (assets/demo/article.html served on 127.0.0.1), a claim hovered so its card is open, in light
 * and dark colour schemes, plus the popup for that page. Writes docs/screenshot-light.png,
 * docs/screenshot-dark.png and docs/screenshot-popup.png (viewport 1280x800; the popup at its
 * own width). Needs `npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/helpers/chromium.mjs';
import { CHROME_EXT_DIR, ROOT } from '../tests/e2e/helpers/paths.mjs';
import { startServer } from '../tests/e2e/helpers/server.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const POPUP_VIEWPORT = { width: 380, height: 600 };
const OUT = path.join(ROOT, 'docs');
/** The claim shown open: the state-media enlistment figure in the first paragraph. */
const CLAIM_KIND = 'state-media';

/**
 * Opens the demo article in `scheme`, hovers the first claim of CLAIM_KIND until its card is
 * open, and saves a screenshot.
 * @param {Awaited<ReturnType<typeof launchChromium>>} ext
 * @param {string} url
 * @param {'light' | 'dark'} scheme
 */
async function shootArticle(ext, url, scheme) {
  const page = await ext.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'load' });
  await ext.waitForFunction(
    page,
    (kind) => document.querySelector(`caveat-mark[data-claim-kind="${kind}"]`),
    CLAIM_KIND,
  );
  // Bring the claim to the upper third so the card has room below it.
  const point = await page.evaluate((kind) => {
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
  const seen = await page.evaluate(() => {
    const dialog = document
      .querySelector('caveat-card')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    return {
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      pageBackground: getComputedStyle(document.body).backgroundColor,
      cardBackground: dialog ? getComputedStyle(dialog).backgroundColor : 'no card',
    };
  });
  console.log(`${scheme}: ${JSON.stringify(seen)}`);
  const file = path.join(OUT, `screenshot-${scheme}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)}`);
  return page;
}

async function main() {
  if (!existsSync(path.join(CHROME_EXT_DIR, 'manifest.json'))) {
    console.error(`screenshots need a build: ${CHROME_EXT_DIR} not found (npm run build)`);
    process.exitCode = 1;
    return;
  }
  const server = await startServer();
  const ext = await launchChromium();
  try {
    const url = server.url('/article.html');
    await (await shootArticle(ext, url, 'dark')).close();
    const light = await shootArticle(ext, url, 'light');
    const popup = await ext.openPopup({ activeTab: light });
    await popup.setViewportSize(POPUP_VIEWPORT);
    await ext
      .waitForFunction(popup, () => document.body.innerText.includes('1.4'), undefined, 5000)
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 400));
    const file = path.join(OUT, 'screenshot-popup.png');
    await popup.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${path.relative(ROOT, file)}`);
    if (ext.consoleErrors.length) {
      console.log(
        `console errors while shooting:\n${ext.consoleErrors.map((e) => `  ${e.text}`).join('\n')}`,
      );
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

await main();
