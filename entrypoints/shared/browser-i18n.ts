/**
 * `t` for extension pages and the background: the browser's `i18n.getMessage` (the reader's UI
 * language), with the bundled English file as the fallback when a key is missing or the API
 * throws (an invalidated context, or the test fake).
 */
import { browser } from 'wxt/browser';
import enMessages from '@/assets/public/_locales/en/messages.json';
import { createT, type T } from '@/components/i18n';

const english = createT(enMessages);

export const t: T = (key, subs) => {
  try {
    // Cast: a card key may exist before the locale files (and WXT's generated key type) have it.
    const found = browser.i18n.getMessage(key as 'extName', subs);
    if (found) return found;
  } catch {
    // Fall through to English.
  }
  return english(key, subs);
};

/** The UI language for number and date formatting ("en", "de", "ko"). */
export function uiLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}
