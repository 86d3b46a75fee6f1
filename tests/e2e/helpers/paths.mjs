/**
 * Fixed locations and identities the E2E helpers share. Kept here, not imported from
 * wxt.config.ts, because importing the config would pull WXT into plain Node tests.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Unpacked Chromium build written by `npm run build`. `CAVEAT_CHROME_EXT_DIR` points the tests at
 * another copy (e.g. a snapshot that a parallel rebuild cannot change mid-run).
 */
export const CHROME_EXT_DIR = process.env.CAVEAT_CHROME_EXT_DIR
  ? path.resolve(process.env.CAVEAT_CHROME_EXT_DIR)
  : path.join(ROOT, '.output/chrome-mv3');

/** Unpacked Firefox MV3 build written by `npm run build`; `CAVEAT_FIREFOX_EXT_DIR` overrides. */
export const FIREFOX_EXT_DIR = process.env.CAVEAT_FIREFOX_EXT_DIR
  ? path.resolve(process.env.CAVEAT_FIREFOX_EXT_DIR)
  : path.join(ROOT, '.output/firefox-mv3');

/** The demo article and anything else `npm start` serves. */
export const DEMO_DIR = path.join(ROOT, 'assets/demo');

/** Must equal GECKO_ID in wxt.config.ts (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'caveat@caveat-extension.org';

/**
 * The moz-extension:// host pinned for GECKO_ID through the `extensions.webextensions.uuids`
 * pref; Firefox would otherwise pick a random one per profile.
 */
export const FIREFOX_EXT_UUID = '6f1c2b7e-3d4a-4e5f-9a8b-c0d1e2f3a4b5';
