import { describe, expect, it, vi } from 'vitest';
import { OWN_BROWSER, contentWithoutPolyfill } from '@/scripts/content-without-polyfill';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** The plugin's hooks run as Vite would, with `this.resolve` recorded. */
function run(input: unknown, source: string) {
  const plugin = contentWithoutPolyfill(['entrypoints/bootstrap.ts', 'entrypoints/page-gate.ts']);
  const resolve = vi.fn(async (id: string) => ({ id: `/resolved/${id}` }));
  (plugin.options as Hook).call({}, { input });
  const resolved = (plugin.resolveId as Hook).call({ resolve }, source, '/some/importer.mjs', {});
  return { resolved, resolve };
}

describe('contentWithoutPolyfill', () => {
  it("gives the content script's build the browser's own API for wxt/browser", async () => {
    const input = 'virtual:wxt-unlisted-script-entrypoint?/work/entrypoints/bootstrap.ts';
    for (const source of ['wxt/browser', '@wxt-dev/webextension-polyfill/browser']) {
      const { resolved, resolve } = run(input, source);
      await expect(resolved).resolves.toEqual({ id: `/resolved/${OWN_BROWSER}` });
      expect(resolve).toHaveBeenCalledWith(OWN_BROWSER, '/some/importer.mjs', {
        skipSelf: true,
      });
    }
  });

  it('leaves every other build, and every other import, alone', () => {
    const pageUi = 'virtual:wxt-unlisted-script-entrypoint?/work/entrypoints/page-ui.ts';
    expect(run(pageUi, 'wxt/browser').resolved).toBeNull();
    expect(run(['/work/entrypoints/popup/index.html'], 'wxt/browser').resolved).toBeNull();
    const bootstrap = { bootstrap: '/work/entrypoints/bootstrap.ts' };
    expect(run(bootstrap, 'preact').resolved).toBeNull();
  });
});
