/**
 * The imported packs' content script (`imported-packs.ts`): registered while packs are imported,
 * removed when the last one is. It tells each page's first look that packs exist, which the look
 * cannot read itself without binding the `storage` API on every page (about 0.4 ms of main
 * thread; README, "What Caveat costs a page"). Packs imported while pages are open reach those
 * pages' waiting looks through `callFirstLook`.
 */
import { browser } from 'wxt/browser';
import { IMPORTED_PACKS_FILE, WEB_PAGES } from '../shared/chunk-api';
import { callFirstLook } from '../shared/call-first-look';
import { readIndex } from '../shared/pack-index';

/** The registration's id. */
export const IMPORTED_PACKS_SCRIPT_ID = 'caveat-imported-packs';

/** What the sync needs of the browser (tests pass fakes). */
export interface PacksScriptDeps {
  /** Whether any pack is imported. */
  packsExist(): Promise<boolean>;
  /** Whether the script is registered now. */
  registered(): Promise<boolean>;
  register(): Promise<void>;
  unregister(): Promise<void>;
  /** The ids of open tabs. */
  tabIds(): Promise<number[]>;
  /** Tells a tab's waiting first look that packs exist. */
  tellTab(tabId: number): Promise<unknown>;
}

/**
 * Registers or removes the script so that it runs exactly while packs are imported; with
 * `announce`, tells every open tab's waiting look when packs exist. Registering first, then
 * announcing, leaves no page between the two unheard.
 */
export async function syncPacksScript(deps: PacksScriptDeps, announce: boolean): Promise<void> {
  const [exist, registered] = await Promise.all([deps.packsExist(), deps.registered()]);
  if (exist && !registered) await deps.register();
  if (!exist && registered) await deps.unregister();
  if (exist && announce) {
    const ids = await deps.tabIds();
    await Promise.all(ids.map((id) => deps.tellTab(id)));
  }
}

/** The browser's own calls. */
export const browserPacksScriptDeps: PacksScriptDeps = {
  packsExist: async () => (await readIndex()).length > 0,
  registered: async () =>
    (await browser.scripting.getRegisteredContentScripts({ ids: [IMPORTED_PACKS_SCRIPT_ID] }))
      .length > 0,
  register: () =>
    browser.scripting.registerContentScripts([
      {
        id: IMPORTED_PACKS_SCRIPT_ID,
        matches: WEB_PAGES,
        js: [IMPORTED_PACKS_FILE.replace(/^\//, '')],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]),
  unregister: () => browser.scripting.unregisterContentScripts({ ids: [IMPORTED_PACKS_SCRIPT_ID] }),
  tabIds: async () =>
    (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  tellTab: (tabId) => callFirstLook(tabId, 'packs'),
};

/**
 * One sync at a time, in order (a registration is not atomic: two at once would both register).
 * A failed sync is retried by the next.
 */
export function packsScriptSyncer(deps: PacksScriptDeps = browserPacksScriptDeps) {
  let queue: Promise<void> = Promise.resolve();
  return (announce: boolean): Promise<void> =>
    (queue = queue.then(() => syncPacksScript(deps, announce)).catch(() => undefined));
}
