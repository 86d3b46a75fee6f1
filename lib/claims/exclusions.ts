/**
 * What is not a claim, whatever its attribution (the labelling guide's "not claims"): caveats
 * (kept for the card), hypotheses, reference figures, refusals and non-denials, opinions and
 * legal or moral characterisations, depictions of what state TV showed, rhetoric and threats.
 * Each exclusion has a name, which is the reason the reader gives.
 */
import type { Sentence } from '../types';
import { wordCount, type DetectState } from './detect-state';
import type { LanguageCues } from './languages/registry';
import { findPhrases, type PhraseMatch } from './phrases';
import { anyIn, inSpan } from './span-index';

/** Exclusions that follow the speaker into the next sentence ("he said"): who speaks, not what. */
export const SPEAKER_EXCLUSIONS = new Set(['analyst']);

/** How much of a sentence's start a conditional opening is looked for in. */
const OPENING_CHARS = 24;

/** "If ...", "Sollte ...", "Si ...", "만약 ...": a hypothesis, with nothing that happened. */
function opensWithConditional(cues: LanguageCues, sentence: string): boolean {
  const opening = sentence
    .slice(0, OPENING_CHARS)
    .replace(/^[\s"“„«»‘'(]+/u, '')
    .toLowerCase();
  return (cues.conditionals ?? []).some(
    (c) => opening.startsWith(c) && !/[\p{L}\p{N}]/u.test(opening.charAt(c.length)),
  );
}

/** Why a sentence is not a claim, whatever its attribution. */
export function excludedBecause(
  st: DetectState,
  s: Sentence,
  hasPeopleFigure: boolean,
  named: boolean,
  denial: boolean,
  claimAt: number | undefined,
): string | undefined {
  const { text, cues, all } = st;
  const caveatsHere = inSpan(all.caveats, s);
  // "X said ..., but Moscow has not confirmed it": a caveat in a later clause with its own
  // subject qualifies the claim and leaves it one. Without a subject of its own ("KCNA
  // reported ... but omitted mention of ...") the clause is the claimant's, and the sentence
  // is a verification note.
  const laterClause = (c: PhraseMatch): boolean => {
    if (claimAt === undefined || c.start <= claimAt) return false;
    const contrast = findPhrases(cues.contrasts, text, cues.wordBoundaries, claimAt, c.start).pop();
    return contrast !== undefined && wordCount(text.slice(contrast.end, c.start)) >= 1;
  };
  if (caveatsHere.length && !caveatsHere.every(laterClause)) return 'caveat';
  if (opensWithConditional(cues, s.text)) return 'hypothetical';
  if (anyIn(all.references, s)) return 'reference figure';
  if (!named && anyIn(all.estimates, s)) return 'reference figure';
  if (anyIn(all.refusals, s)) return 'refusal';
  if (!denial && anyIn(all.opinions, s)) return 'opinion';
  if (!named && anyIn(all.depictions, s)) return 'depiction';
  if (!hasPeopleFigure && anyIn(all.threats, s)) return 'rhetoric';
  return undefined;
}
