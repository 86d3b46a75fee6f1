/**
 * Tells every tab that the imported packs changed, so that a page already open, which did not
 * name any pack's subject, tests the new packs' terms. The content script hears it through the
 * message listener it keeps anyway (the popup's report) instead of a storage listener of its
 * own: binding `storage.onChanged` cost every page about 0.4 ms of main thread, for an event
 * that comes when a reader imports or removes a pack.
 */
import { browser } from 'wxt/browser';
import { PACK_INDEX_KEY } from '@/entrypoints/shared/pack-index';
import { PACKS_CHANGED } from '@/entrypoints/shared/chunk-api';

/** A `storage.onChanged` listener: on a change of the pack index, tells every tab. */
export async function tellTabsOfPacks(
  changes: Record<string, unknown>,
  area: string,
): Promise<void> {
  if (area !== 'local' || !(PACK_INDEX_KEY in changes)) return;
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // Tabs without Caveat's content script (other schemes, pages opened before it was
          // installed) have no receiver: nothing to tell.
          browser.tabs.sendMessage(tab.id, { type: PACKS_CHANGED }).catch(() => undefined),
    ),
  );
}
