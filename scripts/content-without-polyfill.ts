/**
 * A Vite plugin for the extension build (wxt.config.ts): in the content script's bundle only,
 * `wxt/browser` is the browser's own API, looked up when first used
 * (`entrypoints/shared/own-browser.ts`: the browser's `browser` where it has one, else `chrome`)
 * instead of webextension-polyfill, which stays the binding everywhere else. WXT's own
 * `@wxt-dev/browser` would do, but it reads `browser.runtime.id` as it loads, which binds the
 * `runtime` API (about 0.5 ms) on every page, where only `storage` is needed.
 *
 * The content script runs on every page, and in Chromium the polyfill builds its wrappers of the
 * whole API as it loads: about 1.5 ms of main thread per page, measured with the off-topic
 * traces of `npm run bench` (an empty content script 0.24 ms, one storage read through
 * `chrome` 0.87 ms, the same read through the polyfill 2.4 ms). What the content script calls
 * (storage reads that return promises in MV3, listeners, `runtime.getURL`) behaves the same
 * without it; its one difference, answering a message with a returned promise, is not used
 * there (see entrypoints/content/index.ts). The reader, a file of its own, keeps the polyfill.
 */
import type { Plugin } from 'vite';

/** What `wxt/browser` becomes once the polyfill module's alias has run. */
const POLYFILL_BROWSER = '@wxt-dev/webextension-polyfill/browser';

/** What the content script's bundle gets instead (resolved from the project root). */
export const OWN_BROWSER = '@/entrypoints/shared/own-browser';

/**
 * @param entries the content script's source files (the first look, and the page gate it loads),
 *   as they appear in the build's input (WXT builds each unlisted script in a build of its own,
 *   with its file in a virtual entry's id)
 */
export function contentWithoutPolyfill(entries: readonly string[]): Plugin {
  let content = false;
  return {
    name: 'caveat:content-without-polyfill',
    enforce: 'pre',
    options(input) {
      const built = JSON.stringify(input.input ?? null);
      content = entries.some((entry) => built.includes(entry));
      return null;
    },
    resolveId(source, importer) {
      if (!content || (source !== POLYFILL_BROWSER && source !== 'wxt/browser')) return null;
      return this.resolve(OWN_BROWSER, importer, { skipSelf: true });
    },
  };
}
