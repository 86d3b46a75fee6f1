import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsModule, polyfillModule } from '@/scripts/polyfill-as-es-module';

const require = createRequire(import.meta.url);
const polyfillFile = require.resolve('webextension-polyfill');
const source = readFileSync(polyfillFile, 'utf8');
const globals = globalThis as Record<string, unknown>;
const dirs: string[] = [];

/** Evaluates the transformed polyfill as an ES module; returns its default export. */
async function evaluate(): Promise<unknown> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caveat-polyfill-'));
  dirs.push(dir);
  const file = path.join(dir, 'browser-polyfill.mjs');
  writeFileSync(file, polyfillModule(source));
  const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: unknown };
  return mod.default;
}

afterEach(() => {
  delete globals.chrome;
  delete globals.browser;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('polyfillAsEsModule', () => {
  it('transforms the polyfill file only', () => {
    const plugin = polyfillAsEsModule();
    const transform = plugin.transform as (code: string, id: string) => unknown;
    expect(transform.call({}, 'x', polyfillFile)).toEqual({
      code: polyfillModule('x'),
      map: null,
    });
    expect(
      transform.call({}, 'x', 'C:\\p\\webextension-polyfill\\dist\\browser-polyfill.js'),
    ).not.toBeNull();
    expect(transform.call({}, 'x', '/p/node_modules/preact/dist/preact.module.js')).toBeNull();
  });

  it("exports the browser's own `browser` object where there is one", async () => {
    const browser = { runtime: { id: 'caveat' } };
    globals.chrome = { runtime: { id: 'caveat' } };
    globals.browser = browser;
    expect(await evaluate()).toBe(browser);
  });

  it('wraps `chrome` in promise-returning APIs where there is no `browser`', async () => {
    const get = (keys: unknown, callback: (items: unknown) => void) => callback({ keys });
    globals.chrome = {
      runtime: { id: 'caveat', lastError: undefined },
      storage: { local: { get } },
    };
    const api = (await evaluate()) as { storage: { local: { get(k: string): Promise<unknown> } } };
    await expect(api.storage.local.get('settings')).resolves.toEqual({ keys: 'settings' });
  });

  it('refuses to run outside an extension, as the polyfill does', async () => {
    await expect(evaluate()).rejects.toThrow(/browser extension/);
  });
});
