/**
 * The toolbar badge: how many unverified claims Caveat highlighted in each tab, with a spoken
 * title for screen readers. Tab-specific, and cleared when the tab navigates so a count never
 * outlives its page.
 */
import { browser } from 'wxt/browser';
import { t } from '../shared/browser-i18n';

/** Dark amber: reads as "look here", not as an error red; white text passes contrast. */
export const BADGE_COLOUR = '#8a3c00';

// The page each count belongs to (without the fragment): in-page anchor jumps keep the count.
const countedUrls = new Map<number, string>();

function withoutHash(url: string | undefined): string | undefined {
  return url?.replace(/#.*$/, '');
}

/** Shows `count` on the tab's badge ("" for none) and says it in the button's title. */
export async function showClaimCount(tabId: number, count: number, url?: string): Promise<void> {
  const n = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
  if (url) countedUrls.set(tabId, withoutHash(url)!);
  const title =
    n === 0 ? t('extName') : n === 1 ? t('badgeTitleOne') : t('badgeTitleMany', [String(n)]);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

/** Removes the tab's count (its page is going away). */
export async function clearClaimCount(tabId: number): Promise<void> {
  countedUrls.delete(tabId);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: t('extName') }),
  ]);
}

/**
 * `tabs.onUpdated` handler: a new page load or a URL change clears the count; the content script
 * of the new page reports again. A change of fragment only (an in-page link) keeps it.
 */
export async function onTabUpdated(
  tabId: number,
  change: { status?: string; url?: string },
  tab?: { url?: string },
): Promise<void> {
  if (change.status !== 'loading' && change.url === undefined) return;
  const next = withoutHash(change.url ?? tab?.url);
  const counted = countedUrls.get(tabId);
  if (next !== undefined && counted !== undefined && next === counted && change.url !== undefined)
    return;
  await clearClaimCount(tabId);
}

/** Forgets a closed tab. */
export function onTabRemoved(tabId: number): void {
  countedUrls.delete(tabId);
}
