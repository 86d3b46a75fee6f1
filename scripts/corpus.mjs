#!/usr/bin/env node
/**
 * `npm run test:corpus`: the built extension against the shared real-page corpus in real
 * Chromium, as node:test tests (so `npm test` counts them). Needs `npm run build` and
 * `../shared`; without `../shared` it prints one line and exits 0.
 *
 * 1. Sweep: every real page of ../shared/corpus/pages, served from 127.0.0.1 with a CSP that
 *    blocks page scripts, loaded in sequence (one tab) with the extension and, side by side,
 *    in the same Chromium without it. Per page: no error the extension-less page did not log,
 *    no activation (no `caveat-mark`, no `caveat-card`, no `html[data-caveat]`, the report's
 *    status not `on-topic`), and `document.body.innerText` identical in both.
 * 2. Robustness: the corpus's synthetic fixtures, same loading, errors only.
 * 3. On-topic variants: 20 real article pages whose paragraphs are replaced at DOM-parse time
 *    with on-topic dev articles (structure kept). Claims must be highlighted with valid kinds,
 *    and `caveat:toggle-page` must restore the whole document exactly.
 * 4. Dev sets as pages, in Chromium and Firefox: each item of every labelled file (dev.jsonl,
 *    dev-2.jsonl) rendered as a simple article page. Per browser and file, the page's topic
 *    decision and highlighted claims (kind and text of each; a claim's text = the concatenated
 *    text of its marks) must equal what `npm run eval` finds on the same item with the same
 *    build of the lib, and score alike by the eval's rules; the items that differ are listed.
 *    Short briefs (text under 1,000 characters) are counted apart: each one the eval reads as on
 *    the topic must be read on the page; those with a title are read a second time in a layout
 *    without article markup (divs only), where the finder must know a brief by its shape.
 *    Marks in the `<h1>` are counted and printed but not scored: the labels cover the text,
 *    and the eval reads the headline as metadata.
 *
 * Usage: node scripts/corpus.mjs [--limit=N] [--only=sweep,robustness,variants,dev]
 *   --limit=N: the first N real and synthetic pages and variants, for a quick try;
 *   --only: the parts to run (all by default). CAVEAT_E2E_BROWSERS=chromium leaves out Firefox.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { skipReason } from '../tests/e2e/helpers/browsers.mjs';
import { launchFirefox } from '../tests/e2e/helpers/firefox.mjs';
import { CHROME_EXT_DIR, FIREFOX_EXT_DIR, ROOT } from '../tests/e2e/helpers/paths.mjs';
import { startServer } from '../tests/e2e/helpers/server.mjs';
import {
  BLOCK_SCRIPTS_CSP,
  DEV_FILES,
  PAGES_DIR,
  SHORT_BRIEF_CHARS,
  corpusPages,
  devItems,
  onTopicVariants,
  sharedMissing,
} from '../tests/corpus/corpus-pages.mjs';
import {
  PAGE_CAUSED_ERRORS,
  extensionOnlyErrors,
  launchPlain,
  launchWithExtension,
  load,
  loadVariant,
} from '../tests/corpus/browser-session.mjs';
import { contentAsker } from '../tests/corpus/ask-content.mjs';
import { builtAt, libChangedSince } from '../tests/corpus/build-age.mjs';
import { collectMarks } from '../tests/corpus/in-page.mjs';
import { devPageHtml } from '../tests/corpus/dev-page.mjs';
import { readItemsAsPages } from '../tests/corpus/dev-pages.mjs';

const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);
const CLAIM_KINDS = ['state-media', 'official-estimate', 'unnamed-source', 'accusation', 'denial'];
const VARIANTS = 20;
/** After the content script answered, time for the gate (and a lazily loaded reader) to finish. */
const SETTLE_MS = 250;

const missing = sharedMissing();
if (missing) {
  console.log(`corpus checks skipped: ${missing} (they need ../shared; CI and development only)`);
  process.exit(0);
}
if (!existsSync(path.join(CHROME_EXT_DIR, 'manifest.json'))) {
  console.error(`corpus checks need a build: ${CHROME_EXT_DIR} not found (npm run build)`);
  process.exit(1);
}

const limitArg = process.argv.find((a) => a.startsWith('--limit='));
const limit = limitArg ? Number(limitArg.slice('--limit='.length)) : Infinity;
const PARTS = ['sweep', 'robustness', 'variants', 'dev'];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const parts = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS);
const unknownParts = [...parts].filter((p) => !PARTS.includes(p));
if (unknownParts.length) {
  console.error(`--only: unknown part(s) ${unknownParts.join(', ')} (known: ${PARTS.join(', ')})`);
  process.exit(2);
}
/** Describe options that skip a part not picked by --only. */
const partOptions = (/** @type {string} */ part) => ({
  skip: parts.has(part) ? false : 'not selected by --only',
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} PageResult
 * @property {string} file
 * @property {string[]} errors extension-only errors
 * @property {string[]} activation what showed Caveat acting on the page
 * @property {boolean} textSame
 * @property {string} [textDiff]
 * @property {boolean} readerLoaded the gate passed and the reader file was loaded
 * @property {string} status the report's status
 */

/** Where two texts first differ, for the failure message. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(i, i + 60))} vs ${JSON.stringify(b.slice(i, i + 60))}`;
}

/**
 * Where a labelled item is served as a page in a layout (`dev-page.mjs`): under its file's
 * name, so ids may repeat.
 * @param {string} file
 * @param {string} id
 * @param {import('../tests/corpus/dev-page.mjs').DevLayout} [layout]
 */
function devPageUrl(file, id, layout = 'article') {
  return `/dev/${layout}/${path.basename(file, '.jsonl')}/${encodeURIComponent(id)}.html`;
}

/**
 * The short briefs of a labelled file that are also read in the plain layout: without article
 * markup only its headline over the text makes a page an article, so items without a title
 * (a gap in the labelled data, not a kind of page) are left out.
 * @param {ReturnType<typeof devItems>} items
 */
function plainBriefs(items) {
  return items.filter((item) => item.text.length < SHORT_BRIEF_CHARS && item.title.trim() !== '');
}

/**
 * @typedef {object} DevScore what tests/corpus/score-pages.ts prints
 * @property {string} lib the eval's summary line of the lib's reading
 * @property {string} pages the same line for the pages' highlights
 * @property {number} items
 * @property {number} agree items whose topic decision and claim set equal the lib's
 * @property {{ id: string, chars: number, lib: any, page: any, onlyLib: string[], onlyPage: string[] }[]} differences
 * @property {{ items: number, onTopicLib: number, onTopicPage: number, agree: number, unread: string[] }} short
 */

/**
 * Scores one file's page predictions against the lib in a child process (tsx runs the lib's
 * TypeScript from the working tree, the same code the build was made from).
 * @param {string} file
 * @param {Record<string, import('../tests/corpus/dev-pages.mjs').PagePrediction>} predictions
 * @param {boolean} [subset] score only the items in `predictions`
 * @returns {DevScore}
 */
function scorePages(file, predictions, subset = false) {
  const scored = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [
      path.join(ROOT, 'tests/corpus/score-pages.ts'),
      file,
      `--short=${SHORT_BRIEF_CHARS}`,
      ...(subset ? ['--subset'] : []),
    ],
    { input: JSON.stringify(predictions), encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 },
  );
  if (scored.status !== 0) throw new Error(`scoring ${file} failed: ${scored.stderr}`);
  return JSON.parse(scored.stdout.trim().split('\n').pop() ?? '{}');
}

/**
 * Prints one browser's agreement with the eval on one file, and every item that differs.
 * @param {string} browser
 * @param {string} file what was read, e.g. `dev-2.jsonl` or `dev-2.jsonl briefs, plain layout`
 * @param {DevScore} score
 * @param {Record<string, import('../tests/corpus/dev-pages.mjs').PagePrediction>} predictions
 * @param {number} ms
 */
function printDevScore(browser, file, score, predictions, ms) {
  const name = file;
  const { short } = score;
  console.log(
    `dev-as-pages [${browser}] ${name}: items=${score.items} agree=${score.agree} differ=${score.differences.length} short=${short.items} short_agree=${short.agree} short_on_lib=${short.onTopicLib} short_on_page=${short.onTopicPage} short_unread=${short.unread.length} (${(ms / 1000).toFixed(0)} s)`,
  );
  console.log(`  lib   ${score.lib}`);
  console.log(`  pages ${score.pages}`);
  for (const d of score.differences) {
    console.log(
      `  differs: ${d.id} (${d.chars} chars): lib ${d.lib.onTopic ? 'on' : 'off'} ${d.lib.claims} claims, page ${d.page.status} ${d.page.claims} claims; only lib ${JSON.stringify(d.onlyLib)}; only page ${JSON.stringify(d.onlyPage)}`,
    );
  }
  if (short.unread.length) console.log(`  short briefs not read: ${short.unread.join(', ')}`);
  const incomplete = Object.entries(predictions).filter(([, p]) => !p.complete);
  if (incomplete.length) {
    console.log(`  not settled in time: ${incomplete.map(([id, p]) => `${id} (${p.status})`)}`);
  }
  const headlines = Object.entries(predictions).filter(([, p]) => p.headlineClaims.length);
  console.log(
    `  headlines highlighted (not scored: the labels cover the text only): ${headlines.length}${headlines.length ? ` (${headlines.map(([id]) => id).join(', ')})` : ''}`,
  );
}

describe('real-page corpus in Chromium', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let withExt;
  /** @type {Awaited<ReturnType<typeof launchPlain>> | undefined} */
  let plain;

  before(async () => {
    server = await startServer({
      dirs: { '/pages/': PAGES_DIR },
      routes: Object.fromEntries(
        DEV_FILES.flatMap((file) => {
          const csp = { 'Content-Security-Policy': BLOCK_SCRIPTS_CSP };
          const items = devItems(file);
          return [
            ...items.map((item) => [
              devPageUrl(file, item.id),
              { body: devPageHtml(item), headers: csp },
            ]),
            ...plainBriefs(items).map((item) => [
              devPageUrl(file, item.id, 'plain'),
              { body: devPageHtml(item, 'plain'), headers: csp },
            ]),
          ];
        }),
      ),
      // No charset: the pages' own <meta charset> decides, as it did on their sites.
      staticHeaders: { 'Content-Security-Policy': BLOCK_SCRIPTS_CSP, 'Content-Type': 'text/html' },
    });
    // The extension-less browser is only compared with in the sweep and robustness passes.
    const needPlain = parts.has('sweep') || parts.has('robustness');
    [withExt, plain] = await Promise.all([
      launchWithExtension(server.origin),
      needPlain ? launchPlain(server.origin) : undefined,
    ]);
  });

  after(async () => {
    await withExt?.ext.close();
    await plain?.close();
    await server?.close();
  });

  /** Console errors whose source is another extension's URL (see checkPage). */
  /** @type {{ text: string }[]} */
  const otherExtensionErrors = [];
  /** @param {import('playwright-core').Page} tab */
  const watchForeignExtensionErrors = (tab) =>
    tab.on('console', (message) => {
      const source = message.location().url ?? '';
      if (
        message.type() === 'error' &&
        source.startsWith('chrome-extension://') &&
        !source.startsWith(withExt.ext.extensionOrigin)
      ) {
        otherExtensionErrors.push({ text: message.text() });
      }
    });

  /**
   * Loads one corpus page with and without the extension and compares.
   * @param {import('playwright-core').Page} tab the extension browser's reused tab
   * @param {string} file
   * @returns {Promise<PageResult>}
   */
  async function checkPage(tab, file) {
    const url = server.url(`/pages/${file}`);
    const { ext, ask } = withExt;
    const errorsFrom = ext.consoleErrors.length;
    const requestsFrom = ext.requests.length;
    if (!plain) throw new Error('the page checks need the browser without the extension');
    plain.errors.length = 0;
    await Promise.all([load(tab, url), load(plain.page, url)]);
    const first = await ask(tab, { type: 'caveat:get-report' });
    await sleep(SETTLE_MS);
    const readerLoaded = ext.requests
      .slice(requestsFrom)
      .some((r) => r.url.endsWith('/page-ui.js'));
    if (readerLoaded) await sleep(SETTLE_MS);
    const report = (await ask(tab, { type: 'caveat:get-report' })) ?? first;
    const state = await tab.evaluate(() => ({
      marks: document.querySelectorAll('caveat-mark').length,
      cards: document.querySelectorAll('caveat-card').length,
      attr: document.documentElement.getAttribute('data-caveat'),
      text: document.body?.innerText ?? '',
    }));
    const plainText = await plain.page.evaluate(() => document.body?.innerText ?? '');
    const foreignExtension = new Set(otherExtensionErrors.splice(0).map((e) => e.text));
    const extErrors = ext.consoleErrors
      .slice(errorsFrom)
      .filter((e) => e.url === url || e.url.startsWith(ext.extensionOrigin))
      .map((e) => e.text)
      // A saved page linking another extension's file (chrome-extension://<other id>/...):
      // with any extension installed Chromium reports it as a failed load, without none.
      .filter((text) => !foreignExtension.has(text));
    const activation = [
      ...(report === undefined ? ['content script never answered'] : []),
      ...(report?.status === 'on-topic' ? ['report status on-topic'] : []),
      ...(state.marks ? [`${state.marks} caveat-mark`] : []),
      ...(state.cards ? [`${state.cards} caveat-card`] : []),
      ...(state.attr !== null ? [`html[data-caveat=${state.attr}]`] : []),
    ];
    return {
      file,
      errors: extensionOnlyErrors(extErrors, plain.errors),
      activation,
      textSame: state.text === plainText,
      ...(state.text !== plainText && { textDiff: firstDifference(state.text, plainText) }),
      readerLoaded,
      status: report?.status ?? 'none',
    };
  }

  describe('sweep of the real pages', partOptions('sweep'), () => {
    /** @type {PageResult[]} */
    const results = [];
    before(async () => {
      const tab = await withExt.ext.newPage();
      watchForeignExtensionErrors(tab);
      const pages = corpusPages().real.slice(0, limit);
      const started = Date.now();
      for (const page of pages) results.push(await checkPage(tab, page.file));
      await tab.close();
      const errors = results.filter((r) => r.errors.length).length;
      const active = results.filter((r) => r.activation.length).length;
      const diffs = results.filter((r) => !r.textSame).length;
      const gated = results.filter((r) => r.readerLoaded).length;
      console.log(
        `corpus: pages=${results.length} with_errors=${errors} activations=${active} innertext_diffs=${diffs} gate_passed=${gated} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    });

    it('loads every real page', () => {
      assert.equal(results.length, Math.min(limit, corpusPages().real.length));
    });

    it('logs no error the page without the extension does not log', () => {
      const bad = results.filter((r) => r.errors.length);
      assert.deepEqual(
        bad.map((r) => `${r.file}: ${r.errors.join(' | ')}`),
        [],
      );
    });

    it('activates on none of them (none is on the topic)', () => {
      const bad = results.filter((r) => r.activation.length);
      assert.deepEqual(
        bad.map((r) => `${r.file}: ${r.activation.join(', ')}`),
        [],
      );
    });

    it('leaves document.body.innerText exactly as without the extension', () => {
      const bad = results.filter((r) => !r.textSame);
      assert.deepEqual(
        bad.map((r) => `${r.file}: ${r.textDiff}`),
        [],
      );
    });
  });

  describe('robustness pass over the synthetic fixtures', partOptions('robustness'), () => {
    /** @type {PageResult[]} */
    const results = [];
    before(async () => {
      const tab = await withExt.ext.newPage();
      watchForeignExtensionErrors(tab);
      for (const page of corpusPages().synthetic.slice(0, limit)) {
        results.push(await checkPage(tab, page.file));
      }
      await tab.close();
      console.log(
        `robustness: pages=${results.length} with_errors=${results.filter((r) => r.errors.length).length}`,
      );
    });

    it('logs no error the page without the extension does not log', () => {
      assert.ok(results.length > 0);
      assert.deepEqual(
        results.filter((r) => r.errors.length).map((r) => `${r.file}: ${r.errors.join(' | ')}`),
        [],
      );
    });
  });

  describe('on-topic variants of real pages', partOptions('variants'), () => {
    /** @type {{ file: string, item: string, claims: ReturnType<typeof collectMarks>, badKinds: string[], restored: boolean, diff?: string, errors: string[], turnedOff: unknown }[]} */
    const results = [];
    before(async () => {
      const { ext, ask } = withExt;
      const wanted = Math.min(VARIANTS, limit);
      /** @type {string[]} */
      const skipped = [];
      for (const { page, item } of onTopicVariants(wanted)) {
        if (results.length >= wanted) break;
        const tab = await ext.newPage();
        const url = server.url(`/pages/${page.file}`);
        const errorsFrom = ext.consoleErrors.length;
        if (!(await loadVariant(tab, url, item))) {
          // No paragraphs to replace (e.g. a page of <br>-separated text): take the next page.
          skipped.push(page.file);
          await tab.close();
          continue;
        }
        await ext
          .waitForFunction(tab, () => document.querySelector('caveat-mark'), undefined, 8000)
          .catch(() => {});
        await sleep(SETTLE_MS);
        const claims = await tab.evaluate(collectMarks);
        const turnedOff = await ask(tab, { type: 'caveat:toggle-page' });
        await ext
          .waitForFunction(tab, () => !document.querySelector('caveat-mark'), undefined, 5000)
          .catch(() => {});
        await sleep(SETTLE_MS);
        const snapshot = await tab.evaluate(() => {
          const w = /** @type {any} */ (window);
          const variant = w.__caveatVariant;
          return {
            error: variant?.error,
            before: variant?.before ?? '',
            after: w.__caveatSerialize(document.documentElement),
          };
        });
        const errors = ext.consoleErrors
          .slice(errorsFrom)
          .filter((e) => e.url === url || e.url.startsWith(ext.extensionOrigin))
          // What the page itself causes under a script-blocking CSP, not the extension.
          .filter((e) => !PAGE_CAUSED_ERRORS.some((re) => re.test(e.text)))
          .map((e) => e.text);
        results.push({
          file: page.file,
          item: item.id,
          claims,
          badKinds: claims.filter((c) => !CLAIM_KINDS.includes(c.kind)).map((c) => c.kind),
          restored: snapshot.before !== '' && snapshot.before === snapshot.after,
          ...(snapshot.error && { diff: snapshot.error }),
          ...(snapshot.before !== snapshot.after && {
            diff: firstDifference(snapshot.before, snapshot.after),
          }),
          errors,
          turnedOff,
        });
        await tab.close();
      }
      const highlighted = results.filter((r) => r.claims.length > 0 && !r.badKinds.length).length;
      const restored = results.filter((r) => r.restored).length;
      const claimCount = results.reduce((sum, r) => sum + r.claims.length, 0);
      console.log(
        `variants: pages=${results.length} highlighted=${highlighted} claims=${claimCount} restored=${restored} (skipped, no <p> to replace: ${skipped.join(', ') || 'none'})`,
      );
      for (const r of results) {
        if (!r.claims.length || !r.restored)
          console.log(`  ${r.file} <- ${r.item}: ${r.claims.length} claims, ${r.diff ?? ''}`);
      }
    });

    it('highlights claims with valid kinds on every variant', () => {
      assert.ok(results.length > 0);
      assert.deepEqual(
        results
          .filter((r) => r.claims.length === 0 || r.badKinds.length)
          .map((r) => `${r.file} <- ${r.item}: ${r.claims.length} claims ${r.badKinds}`),
        [],
      );
    });

    it('restores the whole document exactly when Caveat is turned off for the page', () => {
      assert.deepEqual(
        results
          .filter((r) => !r.restored)
          .map((r) => `${r.file}: off=${JSON.stringify(r.turnedOff)} ${r.diff}`),
        [],
      );
    });

    it('logs no errors of its own on the variants', () => {
      assert.deepEqual(
        results.filter((r) => r.errors.length).map((r) => `${r.file}: ${r.errors.join(' | ')}`),
        [],
      );
    });
  });

  for (const browser of BROWSERS) {
    // Chromium runs whenever the dev part does; Firefox follows CAVEAT_E2E_BROWSERS and is
    // required in CI (as in the E2E suites).
    const skip = !parts.has('dev')
      ? 'not selected by --only'
      : browser === 'firefox'
        ? skipReason('firefox')
        : false;
    describe(`dev sets rendered as pages [${browser}]`, { skip }, () => {
      /** Scores by what was read: a file, or a file's briefs in the plain layout. */
      /** @type {Map<string, DevScore>} */
      const scores = new Map();
      /** Files of the lib changed since the build: the eval would read other code. */
      let stale = /** @type {string[]} */ ([]);
      before(async () => {
        const built = builtAt(browser === 'firefox' ? FIREFOX_EXT_DIR : CHROME_EXT_DIR);
        /** @type {{ newPage: () => Promise<any> }} */
        let ext = withExt?.ext;
        let ask = withExt?.ask;
        /** @type {(() => Promise<void>) | undefined} */
        let close;
        if (browser === 'firefox') {
          const firefox = await launchFirefox();
          close = () => firefox.close();
          ext = firefox;
          ask = contentAsker(await firefox.openPopup());
        }
        try {
          for (const file of DEV_FILES) {
            const items = devItems(file);
            for (const layout of /** @type {const} */ (['article', 'plain'])) {
              const ids = (layout === 'article' ? items : plainBriefs(items)).map((i) => i.id);
              const started = Date.now();
              const predictions = await readItemsAsPages(ext, ask, ids, (id) =>
                server.url(devPageUrl(file, id, layout)),
              );
              const score = scorePages(file, predictions, layout === 'plain');
              const name = `${path.basename(file)}${layout === 'plain' ? ' briefs, plain layout' : ''}`;
              scores.set(name, score);
              printDevScore(browser, name, score, predictions, Date.now() - started);
            }
          }
        } finally {
          await close?.();
        }
        stale = libChangedSince(built);
        if (stale.length) {
          console.log(`  the lib changed after the build (rebuild and run again): ${stale}`);
        }
      });

      it('compares the build with the lib it was built from', () => {
        assert.deepEqual(stale, []);
      });

      for (const file of DEV_FILES) {
        for (const name of [path.basename(file), `${path.basename(file)} briefs, plain layout`]) {
          it(`${name}: highlights, item by item, what npm run eval finds`, () => {
            const score = scores.get(name);
            assert.ok(score, `${name} was not read`);
            assert.deepEqual(score.differences, []);
            assert.equal(score.pages, score.lib);
          });
        }
      }

      it('reads every short brief the eval reads as on the topic', () => {
        assert.deepEqual(
          [...scores.values()].flatMap((s) => s.short.unread),
          [],
        );
      });
    });
  }
});
