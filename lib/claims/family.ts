/**
 * Family linking: a claim belongs to the pack family whose cue phrases occur in its sentence.
 * The cues are the pack's data (owned with the families); this file only scores them.
 */
import type { Pack } from '../pack/types';
import { cuesFor } from './languages';
import { findPhrases } from './phrases';

/**
 * The id of the family with the most distinct cue phrases in `sentence` (ties: pack order), or
 * undefined. A family without cues for `lang` is scored with its English cues.
 */
export function linkFamily(sentence: string, pack: Pack, lang: string): string | undefined {
  const boundaries = cuesFor(lang).wordBoundaries;
  let best: string | undefined;
  let bestScore = 0;
  for (const family of pack.families) {
    const cues = family.cues[lang]?.length ? family.cues[lang] : family.cues.en;
    if (!cues?.length) continue;
    const matched = new Set(
      findPhrases(cues, sentence, boundaries).map((m) => m.text.toLowerCase()),
    );
    if (matched.size > bestScore) {
      bestScore = matched.size;
      best = family.id;
    }
  }
  return best;
}
