/**
 * What the popup asks the browser about the active tab: its host, the content script's report
 * and the shortcut. Kept apart from the view so the view stays props-only.
 */
import { browser } from 'wxt/browser';
import type { PageState } from '@/components/PopupPage';
import type { ContentRequest, PageReport } from '@/lib/messages';
import { siteKey } from '@/lib/settings';
import { TOGGLE_COMMAND } from '../background/commands';

export interface ActiveTab {
  id?: number;
  /** Set only for http(s) pages: the only pages the content script runs on. */
  host?: string;
}

export async function getActiveTab(): Promise<ActiveTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return {};
  let host: string | undefined;
  try {
    const url = new URL(tab.url ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') host = siteKey(url.hostname);
  } catch {
    // No URL (no permission to see it, or a blank tab): not a page Caveat runs on.
  }
  return { id: tab.id, host };
}

function isReport(value: unknown): value is PageReport {
  const v = value as Partial<PageReport> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.status === 'string' && Array.isArray(v.claims)
  );
}

/**
 * Asks the tab's content script what it found. No receiver (the page loaded before the
 * extension, or the browser forbids content scripts there) is a state, not an error.
 */
export async function requestReport(tab: ActiveTab): Promise<PageState> {
  if (tab.id === undefined || tab.host === undefined) {
    return { state: 'unavailable', reason: 'cannot-run' };
  }
  const message: ContentRequest = { type: 'caveat:get-report' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, message);
    return isReport(answer)
      ? { state: 'report', report: answer }
      : { state: 'unavailable', reason: 'not-loaded' };
  } catch {
    return { state: 'unavailable', reason: 'not-loaded' };
  }
}

/**
 * Tells the page to scroll to a claim, focus it and open its card. Waits briefly for the page to
 * take the message, since the popup closes right after.
 */
export async function focusClaim(tabId: number, id: string): Promise<void> {
  const message: ContentRequest = { type: 'caveat:focus-claim', id };
  await Promise.race([
    browser.tabs.sendMessage(tabId, message).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, 400)),
  ]);
}

/** The toggle shortcut as the browser shows it; "" when the reader removed it. */
export async function readShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    const toggle = commands.find((c) => c.name === TOGGLE_COMMAND);
    return toggle ? (toggle.shortcut ?? '') : undefined;
  } catch {
    return undefined;
  }
}
