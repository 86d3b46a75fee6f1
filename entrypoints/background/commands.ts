/** Keyboard commands declared in the manifest (`wxt.config.ts`). */
import { browser } from 'wxt/browser';
import type { ContentRequest } from '@/lib/protocol';

/** The manifest name of the shortcut that toggles highlights on the page. */
export const TOGGLE_COMMAND = 'toggle-highlights';

/**
 * `commands.onCommand` handler: tells the active tab's content script to toggle. Pages where it
 * cannot run (browser pages, the web store) have no receiver; that is not an error.
 */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const message: ContentRequest = { type: 'caveat:toggle-page' };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
