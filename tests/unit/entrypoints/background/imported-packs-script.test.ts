import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  IMPORTED_PACKS_SCRIPT_ID,
  browserPacksScriptDeps,
  packsScriptSyncer,
  syncPacksScript,
  type PacksScriptDeps,
} from '@/entrypoints/background/imported-packs-script';
import { WEB_PAGES } from '@/entrypoints/shared/chunk-api';
import { PACK_INDEX_KEY } from '@/entrypoints/shared/pack-index';
import { installFakeFirstLook } from '../shared/fake-first-look';

/** A browser whose registration is a flag, and which records what it was told. */
function fakeDeps(exist: boolean, registered: boolean) {
  const state = { exist, registered, told: [] as number[], calls: [] as string[] };
  const deps: PacksScriptDeps = {
    packsExist: async () => state.exist,
    registered: async () => state.registered,
    register: async () => {
      state.calls.push('register');
      if (state.registered) throw new Error('Duplicate script ID');
      state.registered = true;
    },
    unregister: async () => {
      state.calls.push('unregister');
      state.registered = false;
    },
    tabIds: async () => [1, 2],
    tellTab: async (id) => {
      state.calls.push(`tell ${id}`);
      state.told.push(id);
    },
  };
  return { state, deps };
}

describe('syncPacksScript', () => {
  it('registers the script while packs are imported, then tells open tabs', async () => {
    const { state, deps } = fakeDeps(true, false);
    await syncPacksScript(deps, true);
    expect(state.calls).toEqual(['register', 'tell 1', 'tell 2']);
  });

  it('removes it when no pack is left, and tells nobody', async () => {
    const { state, deps } = fakeDeps(false, true);
    await syncPacksScript(deps, true);
    expect(state.calls).toEqual(['unregister']);
  });

  it('leaves a registration that is right alone; at start it tells no tab', async () => {
    const { state, deps } = fakeDeps(true, true);
    await syncPacksScript(deps, false);
    expect(state.calls).toEqual([]);
  });

  it('runs one sync at a time, so two changes at once register once', async () => {
    const { state, deps } = fakeDeps(true, false);
    const sync = packsScriptSyncer(deps);
    await Promise.all([sync(false), sync(false), sync(true)]);
    expect(state.calls).toEqual(['register', 'tell 1', 'tell 2']);
  });

  it('goes on after a failed sync', async () => {
    const { state, deps } = fakeDeps(true, false);
    const sync = packsScriptSyncer({
      ...deps,
      registered: vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(false),
    });
    await sync(false);
    expect(state.calls).toEqual([]);
    await sync(false);
    expect(state.calls).toEqual(['register']);
  });
});

describe('the browser calls', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers imported-packs.js on web pages, top frame, at idle, across sessions', async () => {
    const registerContentScripts = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser.scripting, { registerContentScripts });
    await browserPacksScriptDeps.register();
    expect(registerContentScripts).toHaveBeenCalledWith([
      {
        id: IMPORTED_PACKS_SCRIPT_ID,
        matches: WEB_PAGES,
        js: ['imported-packs.js'],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('knows packs exist from the pack index', async () => {
    expect(await browserPacksScriptDeps.packsExist()).toBe(false);
    await fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: [{ id: 'veloria', title: 'V' }] });
    expect(await browserPacksScriptDeps.packsExist()).toBe(true);
  });

  it("tells a tab by calling its first look's handle with 'packs'", async () => {
    const { look, executeScript, remove } = installFakeFirstLook();
    try {
      await browserPacksScriptDeps.tellTab(4);
    } finally {
      remove();
    }
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 4 } }));
    expect(look).toHaveBeenCalledWith('packs');
  });
});
