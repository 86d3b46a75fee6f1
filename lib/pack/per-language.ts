/**
 * Values derived from a pack's data for one language (term lists, cue lists in matching order):
 * computed on first use and kept while the pack lives, so the phrase matcher, which compiles
 * lists by identity, compiles each one once.
 */
import type { Pack } from './types';

/** `derive`, remembered per pack and language. */
export function perPackLanguage<T>(
  derive: (pack: Pack, lang: string) => T,
): (pack: Pack, lang: string) => T {
  const cache = new WeakMap<Pack, Map<string, T>>();
  return (pack, lang) => {
    let byLang = cache.get(pack);
    if (!byLang) {
      byLang = new Map();
      cache.set(pack, byLang);
    }
    let value = byLang.get(lang);
    if (value === undefined) {
      value = derive(pack, lang);
      byLang.set(lang, value);
    }
    return value;
  };
}
