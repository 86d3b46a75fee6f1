/**
 * Language cue registry. Adding a language means writing one data file of `LanguageCues` and
 * listing it here; unknown languages fall back to English.
 */
import { primaryLanguage } from '../../text/language-tag';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { ko } from './ko';
import type { LanguageCues } from './cue-shape';

export type { LanguageCues } from './cue-shape';

/** Every language with cue data, keyed by BCP 47 primary language. */
export const LANGUAGES: Readonly<Record<string, LanguageCues>> = { en, de, fr, ko };

/** The cues for `lang` ("de-AT" -> de), or English when the language has no data. */
export function cuesFor(lang: string | undefined): LanguageCues {
  return LANGUAGES[primaryLanguage(lang) ?? 'en'] ?? en;
}

/** Whether `sentence` opens on an anaphor of the language ("These …", "Diese …", "Ces …"): it goes
 * on about what the sentence before spoke of. */
export function opensWithAnaphor(cues: LanguageCues, sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return cues.anaphors.some((p) => lower.startsWith(`${p} `));
}
