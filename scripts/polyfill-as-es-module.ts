/**
 * A Vite plugin for the extension build (wxt.config.ts): serves webextension-polyfill, a
 * CommonJS (UMD) file, to the bundler as an ES module.
 *
 * As CommonJS it is wrapped in the bundler's interop helper, which copies every property of
 * what it exports onto a namespace object. In Chrome and Firefox it exports the browser's own
 * `browser` object, so that copy reads the descriptor of every extension API namespace and the
 * browser builds each namespace's bindings: main-thread time on every page the content script
 * runs in, on the topic or not (the off-topic trace of `npm run bench`). Given a local `module`,
 * the UMD wrapper takes its CommonJS branch, so the polyfill's own code runs unchanged.
 */
import type { Plugin } from 'vite';

/** The polyfill's file, as the bundler resolves `webextension-polyfill`. */
const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

/** A source map comment: the polyfill's own map no longer fits once lines are added. */
const SOURCE_MAP_COMMENT = /^\/\/# sourceMappingURL=.*$/m;

/** `code` (the polyfill's UMD source) as an ES module whose default export is its export. */
export function polyfillModule(code: string): string {
  const body = code.replace(SOURCE_MAP_COMMENT, '');
  return `const module = { exports: {} };\nconst exports = module.exports;\n${body}\nexport default module.exports;\n`;
}

export function polyfillAsEsModule(): Plugin {
  return {
    name: 'caveat:polyfill-as-es-module',
    enforce: 'pre',
    transform(code, id) {
      return POLYFILL.test(id) ? { code: polyfillModule(code), map: null } : null;
    },
  };
}
