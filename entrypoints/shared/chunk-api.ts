/**
 * The handshakes between the content script's files, each loaded only when needed: the
 * content script's first look loads the page gate (pages that may be Caveat's business), the
 * page gate loads the page UI (pages that pass the gate), the page UI loads the detector (only
 * when the background cannot read for it).
 */
import type { HandOverReason } from '@/entrypoints/content/first-look';
import type { readArticleSliced } from '@/lib/read-article-in-steps';
import type { Settings } from '@/lib/settings';

/**
 * Where web pages' URLs start: where the content scripts run (the manifest's and the imported
 * packs' one) and the page's files can be loaded.
 */
export const WEB_PAGES = ['http://*/*', 'https://*/*'];

/**
 * The page gate's file (the rest of the bootstrap, `content/gate-and-load.ts`), relative to the
 * extension root (web-accessible, see wxt.config.ts).
 */
export const PAGE_GATE_FILE = '/page-gate.js';
/** Where the page gate leaves its API on the content script's (isolated) global. */
export const PAGE_GATE_GLOBAL = '__caveatPageGate';

export interface PageGateApi {
  /** Starts the rest of the bootstrap, told why the first look handed over. */
  start(reason: HandOverReason): Promise<unknown>;
}

/**
 * Where the first look leaves its handle on the content script's (isolated) global while it
 * waits: `(reason: 'asked' | 'packs') => void`. The popup (its question found no receiver) and
 * the background (packs were imported) call it with a one-line script run in that world
 * (`callFirstLook`), so that the look itself binds no extension API.
 */
export const LOOK_GLOBAL = '__caveatLook';

/**
 * The flag the imported packs' content script (`imported-packs.ts`, registered by the background
 * only while packs are imported) leaves on the content script's global: the first look then
 * hands over at once, since it does not know those packs' terms.
 */
export const PACKS_FLAG_GLOBAL = '__caveatPacks';

/** The imported packs' content script, relative to the extension root. */
export const IMPORTED_PACKS_FILE = '/imported-packs.js';

/** The page UI's file, relative to the extension root (web-accessible, see wxt.config.ts). */
export const PAGE_UI_FILE = '/page-ui.js';
/**
 * The local-storage key the popup writes when its question found no receiver in the tab: the
 * bootstrap, which keeps a storage listener but no message listener on pages off the topic
 * (see content/gate-and-load.ts), then registers one, and the popup asks again.
 */
export const REPORT_ASK_KEY = 'reportAsk';

/** Where the page UI leaves its API on the content script's (isolated) global. */
export const PAGE_UI_GLOBAL = '__caveatPageUi';

export interface PageUiApi {
  /**
   * Starts the page UI. `settings` gives the bootstrap's settings as they are now (its own
   * watcher keeps them current): the page UI's first read of them, which would otherwise probe
   * the storage areas again, two round trips before the page can be read.
   */
  start(settings?: () => Settings): Promise<unknown>;
}

/**
 * The detector's file: the topic and claim detection, for the page to read by itself when the
 * background does not answer. Web-accessible like the page UI.
 */
export const DETECTOR_FILE = '/detector.js';
/** Where the detector leaves its API on the content script's (isolated) global. */
export const DETECTOR_GLOBAL = '__caveatDetector';

export interface DetectorApi {
  read: typeof readArticleSliced;
}

/**
 * Runs the extension's script at `url` in this (isolated) world and returns what it left on the
 * global under `name`.
 */
export async function importScript<T>(url: string, name: string): Promise<T> {
  await import(/* @vite-ignore */ url);
  const api = (globalThis as Record<string, unknown>)[name] as T | undefined;
  if (!api) throw new Error(`Caveat: ${url} did not load`);
  return api;
}
