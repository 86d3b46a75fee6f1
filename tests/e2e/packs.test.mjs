/**
 * Knowledge packs on the options page (issue 4) in real Chromium and Firefox: import the
 * invented Veloria pack (tests/fixtures/packs/invented.json) through the file input, see it
 * listed and on, see an article on its invented topic marked, turn it off and on, export it and
 * get the same pack back; import a broken file and see every problem with nothing stored; turn
 * the bundled pack off and on (it has no remove button).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachBrowser, foreignRequests } from './helpers/browsers.mjs';
import {
  E2E_PACKS_DIR,
  catchDownloads,
  chooseFile,
  clickByName,
  markedClaims,
  serializeDocument,
  sleep,
  startFixtureServer,
  takeDownloads,
  waitForMarks,
  waitForNoMarks,
} from './helpers/caveat.mjs';
import { ROOT } from './helpers/paths.mjs';

const VALID_FILE = path.join(ROOT, 'tests/fixtures/packs/invented.json');
const BROKEN_FILE = path.join(E2E_PACKS_DIR, 'broken.json');
const VALID = JSON.parse(readFileSync(VALID_FILE, 'utf8'));
const BUNDLED_ID = 'north-korea-military';
const BUNDLED_TITLE = 'North Korean military claims';

/** Every problem in broken.json, by JSON path (see tests/e2e/packs/README.md). */
const BROKEN_PATHS = [
  'colour',
  'version',
  'updated',
  'detection.threshold',
  'families[0].history[0].sources[0].url',
  'families[0].history[1].sources',
];

const INPUT = '[data-testid="pack-import"]';

/**
 * The options page's pack list and the import outcome as the reader sees them.
 * @param {any} options
 */
function packView(options) {
  return options.evaluate(() => ({
    packs: [...document.querySelectorAll('.pack-list li[data-pack-id]')].map((li) => ({
      id: li.getAttribute('data-pack-id') ?? '',
      title: li.querySelector('.pack-title')?.textContent ?? '',
      on: li.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true',
      buttons: [...li.querySelectorAll('button:not([role="switch"])')].map(
        (b) => b.getAttribute('aria-label') ?? b.textContent ?? '',
      ),
    })),
    outcome: document.querySelector('[data-testid="import-outcome"]')?.textContent ?? '',
    errors: [...document.querySelectorAll('[data-testid="import-errors"] li')].map(
      (li) => li.textContent ?? '',
    ),
  }));
}

/**
 * Everything Caveat keeps in `storage.local` (settings excepted), to prove an import stored
 * nothing.
 * @param {any} extPage
 */
function storedPacks(extPage) {
  return extPage.evaluate(async () => {
    const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    const all = await api.storage.local.get(null);
    delete all.settings;
    delete all.settingsArea;
    return all;
  });
}

describeEachBrowser('knowledge packs', (target) => {
  /** @type {Awaited<ReturnType<typeof startFixtureServer>>} */
  let server;
  /** @type {import('./helpers/browsers.mjs').ExtensionHandle} */
  let ext;
  /** @type {any} */
  let options;
  /** @type {any} a Veloria article opened before the import */
  let early;
  /** @type {any} */
  let veloria;
  let pristine = '';

  before(async () => {
    server = await startFixtureServer();
    ext = await target.launch();
    options = await ext.openOptions();
    await ext.waitForFunction(options, () => document.querySelector('.pack-list li') !== null);
    early = await ext.newPage();
    await early.goto(server.url('/e2e/veloria.html'), { waitUntil: 'load' });
    await sleep(800);
    pristine = await serializeDocument(early);
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lists only the bundled pack before any import; the Veloria page is untouched', async () => {
    const view = await packView(options);
    assert.deepEqual(
      view.packs.map((p) => p.id),
      [BUNDLED_ID],
    );
    assert.equal((await markedClaims(early)).length, 0, 'no pack knows Veloria yet');
  });

  it('imports the valid pack file: listed, on, removable', async () => {
    await options.bringToFront();
    await chooseFile(ext, options, INPUT, VALID_FILE);
    await ext.waitForFunction(
      options,
      (/** @type {string} */ id) =>
        document.querySelector(`.pack-list li[data-pack-id="${id}"]`) !== null,
      VALID.id,
    );
    const view = await packView(options);
    assert.deepEqual(
      view.packs.map((p) => p.id),
      [BUNDLED_ID, VALID.id],
    );
    const entry = view.packs[1];
    assert.equal(entry.title, VALID.title);
    assert.equal(entry.on, true, 'an imported pack starts on');
    assert.ok(entry.buttons.includes(`Remove ${VALID.title}`), `buttons: ${entry.buttons}`);
    assert.ok(view.outcome.includes(VALID.title), view.outcome);
    assert.deepEqual(view.errors, []);
  });

  it('a page already open when the pack is imported picks it up without a reload', async () => {
    await waitForMarks(ext, early, 3000);
  });

  it('marks an article on the imported topic', async () => {
    veloria = await ext.newPage();
    await veloria.goto(server.url('/e2e/veloria.html'), { waitUntil: 'load' });
    await waitForMarks(ext, veloria);
    const claims = await markedClaims(veloria);
    const fleet = claims.find((c) => c.text.includes('about 310 warships'));
    assert.ok(fleet, `the 310-warship claim is marked: ${JSON.stringify(claims)}`);
    assert.equal(fleet.kind, 'state-media');
    const estimate = claims.find((c) => c.text.includes('no more than 90'));
    assert.equal(estimate?.kind, 'official-estimate');
  });

  it('turning the pack off removes its marks and restores the page; on brings them back', async () => {
    const before = await markedClaims(veloria);
    await clickByName(options, '[role="switch"]', `Use the pack ${VALID.title}`);
    await waitForNoMarks(ext, veloria);
    assert.equal(await serializeDocument(veloria), pristine, 'the page is as it was');
    assert.equal((await packView(options)).packs[1].on, false);

    await clickByName(options, '[role="switch"]', `Use the pack ${VALID.title}`);
    await waitForMarks(ext, veloria);
    assert.deepEqual(await markedClaims(veloria), before);
  });

  it('exports a JSON file equal to the imported pack', async () => {
    await catchDownloads(options);
    await clickByName(options, 'button', `Export ${VALID.title}`);
    await ext.waitForFunction(
      options,
      () => /** @type {any} */ (window).__caveatDownloads?.length > 0,
    );
    const [file, ...more] = await takeDownloads(options);
    assert.equal(more.length, 0);
    assert.equal(file.name, `${VALID.id}.json`);
    assert.match(file.type, /^application\/json/);
    assert.deepEqual(JSON.parse(file.text), VALID);
  });

  it('a broken file shows every problem and stores nothing', async () => {
    const storedBefore = await storedPacks(options);
    const listBefore = (await packView(options)).packs;
    await chooseFile(ext, options, INPUT, BROKEN_FILE);
    await ext.waitForFunction(
      options,
      () => document.querySelectorAll('[data-testid="import-errors"] li').length > 0,
    );
    const view = await packView(options);
    for (const problem of BROKEN_PATHS) {
      assert.ok(
        view.errors.some((line) => line.startsWith(`${problem}:`)),
        `"${problem}" is listed; the page lists:\n${view.errors.join('\n')}`,
      );
    }
    assert.equal(view.errors.length, BROKEN_PATHS.length, view.errors.join('\n'));
    await sleep(300);
    assert.deepEqual((await packView(options)).packs, listBefore, 'the list is unchanged');
    assert.deepEqual(await storedPacks(options), storedBefore, 'storage is unchanged');
  });

  it('the bundled pack has no remove button and can be turned off and on', async () => {
    const bundled = (await packView(options)).packs.find((p) => p.id === BUNDLED_ID);
    assert.ok(bundled);
    assert.ok(!bundled.buttons.some((b) => b.startsWith('Remove')), `${bundled.buttons}`);
    assert.ok(bundled.buttons.includes(`Export ${BUNDLED_TITLE}`), `${bundled.buttons}`);

    const demo = await ext.newPage();
    await demo.goto(server.url('/article.html'), { waitUntil: 'load' });
    await waitForMarks(ext, demo);
    const before = await markedClaims(demo);

    await clickByName(options, '[role="switch"]', `Use the pack ${BUNDLED_TITLE}`);
    await waitForNoMarks(ext, demo);
    assert.equal((await packView(options)).packs[0].on, false);
    // The imported pack is not touched by the bundled one's switch.
    assert.ok((await markedClaims(veloria)).length > 0, 'Veloria marks stay');

    await clickByName(options, '[role="switch"]', `Use the pack ${BUNDLED_TITLE}`);
    await waitForMarks(ext, demo);
    assert.deepEqual(await markedClaims(demo), before);
    await demo.close();
  });

  it('logs no console errors and contacts nothing but the pages', async () => {
    await sleep(700);
    assert.deepEqual(ext.consoleErrors, []);
    assert.deepEqual(foreignRequests(ext.requests, [server.origin]), []);
  });
});
