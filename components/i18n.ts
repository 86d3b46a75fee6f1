/**
 * The translation function the popup and options components take as a prop. Keys are those of
 * the English `messages.json`, so a typo is a type error; `subs` fill `$1`, `$2` ... in order,
 * as `browser.i18n.getMessage` does in Chrome and Firefox.
 */
import type enMessages from '@/assets/public/_locales/en/messages.json';
import { CARD_MESSAGES, substitute, type CardMessageKey } from './ui-strings';

/**
 * Keys of the locale files, plus the card's (the card may add a key before the locale files
 * carry it; its English default then fills in).
 */
export type MessageKey = keyof typeof enMessages | CardMessageKey;

/** Looks up a UI string by key and fills its `$1`.. substitutions. */
export type T = (key: MessageKey, subs?: string[]) => string;

/** The shape of one `messages.json` file. */
export type MessagesFile = Record<string, { message: string; placeholders?: PlaceholderMap }>;
type PlaceholderMap = Record<string, { content: string; example?: string }>;

/**
 * Fills a message the way the browsers do: named `$NAME$` placeholders first (from the
 * entry's `placeholders`), then `$1`..`$9` from `subs`, and `$$` as a literal dollar sign.
 */
export function formatMessage(
  entry: { message: string; placeholders?: PlaceholderMap },
  subs: string[] = [],
): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(
      ([key]) => key.toLowerCase() === name.toLowerCase(),
    );
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (whole, n: string) =>
    n === '$' ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

/** A `T` over one parsed `messages.json` (tests, and the fallback when the browser has none). */
export function createT(messages: MessagesFile): T {
  return (key, subs) => {
    const entry = messages[key];
    if (entry) return formatMessage(entry, subs);
    return key in CARD_MESSAGES ? substitute(CARD_MESSAGES[key as CardMessageKey], subs) : key;
  };
}
