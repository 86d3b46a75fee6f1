/**
 * A first look waiting in a tab's content-script world, for tests of what reaches it through a
 * one-line script: the handle on this test's global (the world the script runs in here), and an
 * `executeScript` that runs the script's function at once.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOOK_GLOBAL } from '@/entrypoints/shared/chunk-api';

export function installFakeFirstLook() {
  const world = globalThis as unknown as Record<string, unknown>;
  const look = vi.fn();
  world[LOOK_GLOBAL] = look;
  const executeScript = vi.fn(
    async ({ func, args }: { func: (...a: string[]) => void; args: string[] }) => {
      func(...args);
      return [];
    },
  );
  Object.assign(fakeBrowser.scripting, { executeScript });
  return {
    look,
    executeScript,
    /** Takes the handle off the global again. */
    remove: () => {
      delete world[LOOK_GLOBAL];
    },
  };
}
