/**
 * What the popup asks the browser about the active tab: its host, the content script's report
 * and the shortcut. Kept apart from the view so the view stays props-only.
 */
import { browser } from 'wxt/browser';
import type { PageState } from '@/components/PopupPage';
import type { ContentRequest, PageReport } from '@/lib/protocol';
import { siteKey } from '@/lib/settings';
import { REPORT_ASK_KEY } from '@/entrypoints/shared/chunk-api';
import { callFirstLook } from '@/entrypoints/shared/call-first-look';
import { TOGGLE_COMMAND } from '../background/commands';

export interface ActiveTab {
  id?: number;
  /**
   * Whether the tab shows an http(s) page: true or false when the browser lets the popup see the
   * URL, undefined when it does not (Chrome hides `tab.url` without the "tabs" permission, which
   * Caveat does not ask for). Then the content script's report is what tells.
   */
  web?: boolean;
  /** The page's host when the URL is visible and it is a web page. */
  host?: string;
}

export async function getActiveTab(): Promise<ActiveTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return {};
  if (!tab.url) return { id: tab.id };
  try {
    const url = new URL(tab.url);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return { id: tab.id, web, host: web ? siteKey(url.hostname) : undefined };
  } catch {
    return { id: tab.id, web: false };
  }
}

function isReport(value: unknown): value is PageReport {
  const v = value as Partial<PageReport> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.status === 'string' && Array.isArray(v.claims)
  );
}

/**
 * How often, and how far apart, the popup asks again after telling the tab's bootstrap to listen
 * (see `REPORT_ASK_KEY` and `callFirstLook`): it registers its listener within a few milliseconds
 * (the first look loads the page gate first); a page without Caveat's content script never
 * answers.
 */
const ASK_AGAIN = { times: 8, everyMs: 60 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The tab's answer, or undefined when nothing there answered. */
async function ask(tabId: number): Promise<PageReport | undefined> {
  const message: ContentRequest = { type: 'caveat:get-report' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, message);
    return isReport(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks the tab's content script what it found. On a page off the topic the bootstrap keeps no
 * message listener (it costs every page about 0.5 ms): when nothing answers, the popup tells it
 * to listen and asks again. A first look still waiting binds no API: the popup calls its handle
 * (`callFirstLook`); a page gate that read the page and did not pass listens to local storage
 * (`REPORT_ASK_KEY`). No receiver then is a state, not an error:
 * a page Caveat may not run on, or a web page loaded before the extension (it needs a reload).
 */
export async function requestReport(tab: ActiveTab): Promise<PageState> {
  if (tab.id === undefined || tab.web === false) {
    return { state: 'unavailable', reason: 'cannot-run' };
  }
  let report = await ask(tab.id);
  if (!report) {
    await Promise.all([
      browser.storage.local
        .set({ [REPORT_ASK_KEY]: `${Date.now()}:${Math.random()}` })
        .catch(() => undefined),
      callFirstLook(tab.id, 'asked'),
    ]);
    for (let i = 0; i < ASK_AGAIN.times && !report; i++) {
      await sleep(ASK_AGAIN.everyMs);
      report = await ask(tab.id);
    }
  }
  if (report) return { state: 'report', report };
  return { state: 'unavailable', reason: tab.web ? 'not-loaded' : 'no-receiver' };
}

/** The host the site switch acts on: the report's (always known), else the visible URL's. */
export function pageHost(tab: ActiveTab, page: PageState): string | undefined {
  return page.state === 'report' ? (siteKey(page.report.host) ?? tab.host) : tab.host;
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
