/**
 * `wxt/browser` in the bootstrap's bundle (scripts/content-without-polyfill.ts): the browser's own
 * extension API, `browser` where it is the real one, else `chrome`, looked up when first used.
 *
 * `@wxt-dev/browser` decides the same by reading `browser.runtime.id` as it loads, which binds the
 * `runtime` API on every page: in a fresh page each API namespace costs about 0.5 ms of main
 * thread to bind (the off-topic traces of `npm run bench`), and a page off the topic needs only
 * `storage`. Chromium has `browser` in content scripts too.
 */
import type { browser as Browser } from 'wxt/browser';

type Api = typeof Browser;

let own: Api | undefined;

function lookUp(): Api {
  const global = globalThis as { browser?: Api; chrome?: Api };
  // An element with id="browser" is a global of the page's too: it has no `storage`.
  own ??= global.browser?.storage ? global.browser : (global.chrome as Api);
  return own;
}

/** Every property read goes to the API found at first use. */
export const browser: Api = new Proxy({} as Api, {
  get: (_target, key) => Reflect.get(lookUp(), key) as unknown,
});
