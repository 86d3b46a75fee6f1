#!/usr/bin/env node
/**
 * `npm start`: build the extension, serve the demo article on 127.0.0.1 and open it in a browser
 * with Caveat loaded, so `npm ci && npm start` is the whole set-up.
 *
 * Chromium (default) gets a fresh temporary profile plus `--load-extension`. Firefox
 * (`--firefox`) goes through `web-ext run`, which installs a temporary add-on. When no browser or
 * no display is available (Linux without DISPLAY/WAYLAND_DISPLAY, or CI), it prints how to load
 * the build by hand and exits 0 instead of serving for nobody.
 *
 * Usage: node scripts/start.mjs [--firefox] [--no-build] [--serve-only] [--port=8787]
 *   --serve-only  just serve the demo until Ctrl+C (e.g. on a headless box with port forwarding)
 * Env:   CAVEAT_BROWSER=/path/to/browser  (a Chromium-family or Firefox binary)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/helpers/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROME_DIR = path.join(ROOT, '.output/chrome-mv3');
const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv3');
const DEMO_DIR = path.join(ROOT, 'assets/demo');
const DEFAULT_PORT = 8787;
const IS_WINDOWS = process.platform === 'win32';

const args = process.argv.slice(2);
const wantFirefox = args.includes('--firefox');
const skipBuild = args.includes('--no-build');
const serveOnly = args.includes('--serve-only');
const portArg = args.find((arg) => arg.startsWith('--port='));
const port = portArg ? Number(portArg.slice('--port='.length)) : DEFAULT_PORT;

/** Looks a command up on PATH. @returns {string | null} */
function which(command) {
  const finder = IS_WINDOWS ? 'where' : 'which';
  const result = spawnSync(finder, [command], { encoding: 'utf8' });
  const first = result.status === 0 ? result.stdout.split(/\r?\n/)[0]?.trim() : '';
  return first || null;
}

/** Chromium-family browsers, best first: unbranded Chromium honours --load-extension. */
function findChromium() {
  const fromPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
    .map(which)
    .find(Boolean);
  if (fromPath) return fromPath;
  const programFiles = [
    process.env.LOCALAPPDATA,
    process.env.PROGRAMFILES,
    process.env['PROGRAMFILES(X86)'],
  ].filter(Boolean);
  const fixed = [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ...programFiles.map((dir) => path.join(dir, 'Chromium/Application/chrome.exe')),
    ...programFiles.map((dir) => path.join(dir, 'Google/Chrome/Application/chrome.exe')),
  ];
  return fixed.find((file) => existsSync(file)) ?? null;
}

function findFirefox() {
  const fromPath = ['firefox-esr', 'firefox'].map(which).find(Boolean);
  if (fromPath) return fromPath;
  const fixed = [
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    ...[process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']]
      .filter(Boolean)
      .map((dir) => path.join(dir, 'Mozilla Firefox/firefox.exe')),
  ];
  return fixed.find((file) => existsSync(file)) ?? null;
}

/**
 * Google-branded Chrome 137+ ignores --load-extension, so it needs "Load unpacked" by hand.
 * Debian/Ubuntu's /usr/bin/chromium and Chromium.app are unbranded.
 */
function isBrandedChrome(file) {
  const resolved = (() => {
    try {
      return path.resolve(file);
    } catch {
      return file;
    }
  })();
  return /google[-\s]?chrome/i.test(resolved) || /Google[\\/]Chrome[\\/]/i.test(resolved);
}

/** Why no window can be shown here, or null when one can. */
function noDisplayReason() {
  if (process.env.CI) return 'CI is set';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  }
  return null;
}

function printManualSteps(demoUrl) {
  console.log(`
Load Caveat by hand:
  Chrome / Chromium / Edge: open chrome://extensions, turn on "Developer mode",
    click "Load unpacked" and pick ${CHROME_DIR}
  Firefox: open about:debugging -> "This Firefox" -> "Load Temporary Add-on..."
    and pick ${path.join(FIREFOX_DIR, 'manifest.json')}
Then open the demo article. It is served only while a browser started by npm start runs;
to keep serving it without one: npm start -- --serve-only  (${demoUrl})`);
}

function build() {
  console.log('Building the extension (npm run build)...');
  const result = spawnSync(IS_WINDOWS ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: IS_WINDOWS,
  });
  if (result.status !== 0) {
    console.error('Build failed; fix the errors above and run npm start again.');
    process.exit(result.status ?? 1);
  }
}

/** Serves the demo on the fixed port when it is free, else on any free port. */
async function serveDemo() {
  try {
    return await startServer({ dirs: { '/': DEMO_DIR }, port });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is busy; using a random free port.`);
    return startServer({ dirs: { '/': DEMO_DIR } });
  }
}

/** Starts the browser and resolves once it exits. */
function launch(command, commandArgs, cleanup) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: ROOT });
    const stop = () => child.kill('SIGINT');
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(undefined);
    });
    child.on('exit', () => {
      cleanup?.();
      resolve(undefined);
    });
  });
}

async function main() {
  if (!skipBuild) build();
  const server = await serveDemo();
  const demoUrl = server.url('/article.html');
  console.log(`Demo article: ${demoUrl}`);

  if (serveOnly) {
    console.log('Serving the demo until Ctrl+C.');
    printManualSteps(demoUrl);
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return;
  }

  const custom = process.env.CAVEAT_BROWSER;
  const customIsFirefox = custom ? /firefox/i.test(path.basename(custom)) : false;
  const useFirefox = wantFirefox || customIsFirefox;
  const browser = custom
    ? existsSync(custom)
      ? custom
      : null
    : useFirefox
      ? findFirefox()
      : findChromium();

  const blocked = noDisplayReason();
  if (!browser || blocked) {
    const what = useFirefox ? 'Firefox' : 'a Chromium-family browser';
    console.log(
      !browser
        ? `No browser launched: ${custom ? `CAVEAT_BROWSER=${custom} does not exist` : `${what} was not found (set CAVEAT_BROWSER=/path/to/browser)`}.`
        : `No browser launched: ${blocked}.`,
    );
    printManualSteps(demoUrl);
    await server.close();
    return;
  }

  if (useFirefox) {
    console.log(`Starting ${browser} through web-ext run (Ctrl+C to stop)...`);
    const webExt = path.join(ROOT, 'node_modules/.bin', IS_WINDOWS ? 'web-ext.cmd' : 'web-ext');
    await launch(webExt, [
      'run',
      '--no-config-discovery',
      '--source-dir',
      FIREFOX_DIR,
      '--firefox',
      browser,
      '--start-url',
      demoUrl,
    ]);
  } else {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'caveat-start-'));
    const branded = isBrandedChrome(browser);
    if (branded) {
      console.log(`
${browser} is Google Chrome, which ignores --load-extension since version 137.
In the window that opens: chrome://extensions -> "Developer mode" -> "Load unpacked" ->
pick ${CHROME_DIR}, then reload the demo tab.`);
    }
    console.log(`Starting ${browser} with a fresh profile (close it or press Ctrl+C to stop)...`);
    await launch(
      browser,
      [
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--no-default-browser-check',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        `--disable-extensions-except=${CHROME_DIR}`,
        `--load-extension=${CHROME_DIR}`,
        ...(branded ? ['chrome://extensions'] : []),
        demoUrl,
      ],
      () => rmSync(profile, { recursive: true, force: true }),
    );
  }
  await server.close();
}

await main();
