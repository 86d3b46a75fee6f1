import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { enabledGateTerms, gatePattern } from './lib/gate';
import { BUNDLED_SUBJECTS } from './lib/bundled-packs/bundled-subjects';
import type { CompactPattern } from './entrypoints/content/first-look';
import { compactGatePattern } from './scripts/compact-gate-pattern';
import { contentWithoutPolyfill } from './scripts/content-without-polyfill';
import { polyfillAsEsModule } from './scripts/polyfill-as-es-module';
import { WEB_PAGES } from './entrypoints/shared/chunk-api';

// Gecko id pins the moz-extension UUID in E2E tests and is required for MV3 in Firefox.
export const GECKO_ID = 'caveat@caveat-extension.org';

/** Toolbar icons by size; the files live in assets/public/icon/. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/**
 * V8's explicit compile hint: with this comment on its first line, Chrome compiles every function
 * of the file while the file streams in, on a background thread, instead of on the page's main
 * thread at each function's first call. The page UI runs most of its code as soon as it loads, so
 * this takes about a quarter off its main-thread time in a fresh page (npm run bench, issue 5).
 * The content script's first look, which every page runs, calls nearly every function of its file
 * too: with the hint, its off-topic traces took 2.34 ms against 2.61 ms (`npm run bench:ab`, 14
 * corpus pages, one run; issue 24). Content scripts are not streamed, but the hint still spares
 * each function's second parse. Firefox ignores the comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The content script, an unlisted script declared here (see entrypoints/bootstrap.ts). */
const CONTENT_SCRIPT = 'bootstrap.js';

/**
 * The bundled packs' gate terms and pattern, for the content script (`__CAVEAT_BUNDLED_GATE__`):
 * built here once instead of in every page it runs in.
 */
function bundledGate() {
  const terms = enabledGateTerms(BUNDLED_SUBJECTS, []);
  if (terms === 'all') throw new Error('a bundled pack has no gate terms');
  return { packs: BUNDLED_SUBJECTS, terms, pattern: gatePattern(terms) };
}

/** The bundled packs' gate pattern alone, compacted, for the content script's first look. */
function bundledPattern(): CompactPattern {
  const { pattern } = bundledGate();
  if (!pattern) throw new Error('the bundled packs have no gate pattern');
  return compactGatePattern(pattern);
}

/** Puts the compile hint on the first line of the page UI and the detector (Chromium only). */
async function addCompileHint(outDir: string): Promise<void> {
  for (const name of ['bootstrap.js', 'page-ui.js', 'detector.js']) {
    const file = path.join(outDir, name);
    const code = await readFile(file, 'utf8');
    if (!code.startsWith(COMPILE_HINT)) await writeFile(file, COMPILE_HINT + code);
  }
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // The fixed top level has no public/: static files (locales, icons) live under assets/.
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    // WXT lists icon/<size>.png under `icons` by itself, but not as the toolbar button's icon.
    // The PNGs are drawn by scripts/draw-icons.mjs.
    action: { default_icon: ICONS },
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and imported packs; activeTab is not needed because the content script
    // already runs on pages, and the popup talks to it by message. scripting, with host access
    // to the pages the content script runs on anyway (no new warning: the content script's
    // matches already ask for it): the background registers the imported packs' content script
    // only while packs are imported, and the popup and the background reach a waiting first look
    // with a one-line script, so that the content script every page runs binds no extension API
    // (about 0.4 ms of main thread on every page; README, "What Caveat costs a page").
    permissions: ['storage', 'scripting'],
    host_permissions: WEB_PAGES,
    // The page gate (settings, the exact gate) is a separate file that the content script
    // imports only on pages that may be about a pack's subject, the page UI (highlights, packs,
    // card) one that the page gate imports only on pages that pass, and the detector (topic and
    // claims) one that the page UI imports only when the background cannot read for it, so all
    // must be reachable from web pages' origins. Chrome's use_dynamic_url changes their URLs
    // every session, so pages cannot probe for Caveat with them.
    web_accessible_resources: [
      {
        resources: ['page-gate.js', 'page-ui.js', 'detector.js'],
        matches: WEB_PAGES,
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // Top frame only, once the page has loaded (see entrypoints/bootstrap.ts).
    content_scripts: [
      { matches: WEB_PAGES, js: [CONTENT_SCRIPT], run_at: 'document_idle', all_frames: false },
    ],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // data_collection_permissions needs Firefox 140 (the current ESR line).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // The sources zip (for AMO review) is what `npm ci && npm run build` needs: no tests, docs,
    // CI, or the test/start scripts that import the E2E helpers.
    excludeSources: [
      'tests/**',
      'docs/**',
      '.ci/**',
      'coverage/**',
      '.output/**',
      '.test-results/**',
      '.bench/**',
      'vitest.config.ts',
      'scripts/test.mjs',
      'scripts/start.mjs',
    ],
  },
  vite: () => ({
    define: {
      __CAVEAT_BUNDLED_GATE__: JSON.stringify(bundledGate()),
      __CAVEAT_BUNDLED_PATTERN__: JSON.stringify(bundledPattern()),
    },
    plugins: [
      preact(),
      polyfillAsEsModule(),
      contentWithoutPolyfill([
        path.join('entrypoints', 'bootstrap.ts'),
        path.join('entrypoints', 'page-gate.ts'),
        path.join('entrypoints', 'imported-packs.ts'),
      ]),
    ],
  }),
  hooks: {
    'build:done': async (wxt) => {
      if (wxt.config.browser !== 'firefox') await addCompileHint(wxt.config.outDir);
    },
  },
});
