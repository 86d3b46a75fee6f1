/**
 * Reaching a page's first look (`content/first-look.ts`), which binds no extension API and so
 * hears neither messages nor storage: a one-line script run in the content script's world calls
 * the handle the look left there (`LOOK_GLOBAL`). Where the look has already handed over, or
 * never ran, the script does nothing.
 */
import { browser } from 'wxt/browser';
import type { HandOverReason } from '@/entrypoints/content/first-look';
import { LOOK_GLOBAL } from './chunk-api';

/** Why an extension page calls the look: the popup's question, or packs imported. */
export type LookCall = Extract<HandOverReason, 'asked' | 'packs'>;

/**
 * Calls the first look's handle in the top frame of tab `tabId`; false when no script could run
 * there (a browser page, a closed tab).
 */
export async function callFirstLook(tabId: number, reason: LookCall): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the page's content-script world, serialised: it may use nothing from here.
      func: (name: string, why: string) => {
        const look = (globalThis as unknown as Record<string, unknown>)[name];
        if (typeof look === 'function') (look as (reason: string) => void)(why);
      },
      args: [LOOK_GLOBAL, reason],
    });
    return true;
  } catch {
    return false;
  }
}
