/**
 * The part of an on-topic article that claims can be in: the lines (blocks) near a topical
 * anchor. A claim needs an anchor (a subject name or a topic word: "KCNA", "troops") in its own
 * sentence or in the claim just before it, so lines far from every anchor hold none: a news
 * roundup's other stories, a wiki page's unrelated sections, the rest of a long page whose lede
 * is on the topic. The detector reads only these lines, joined as they stand, which keeps long
 * mixed pages cheap; on an ordinary on-topic story every line is near an anchor and the text is
 * read whole.
 */
import { perObjectAndName } from '../memo';
import type { Pack } from '../pack/schema';
import type { ArticleCaveat, Claim, SentenceDecision } from '../types';
import { cuesFor } from './languages/registry';
import { findPhrases } from './phrases';
import { shiftClaim, shiftSpan } from './shift';

/**
 * Lines kept before an anchored line (a pronoun's or an apposition's speaker is often named in
 * the paragraph before) and after it (claims carry their anchor to the ones right after them,
 * and an unattributed sentence can continue the claim before it).
 */
export const LINES_BEFORE = 1;
export const LINES_AFTER = 3;

/** The pack's topical anchors and subject terms for `lang`, and English's. */
export const anchorsFor = perObjectAndName((pack: Pack, lang): string[] => {
  const d = pack.detection;
  const terms = (l: string): string[] => [
    ...(d.anchors[l] ?? []),
    ...(d.subject[l] ?? []).map((t) => t.term),
  ];
  return lang === 'en' ? terms('en') : [...terms(lang), ...terms('en')];
});

/** The lines a reading keeps, and the way back from its offsets to the article's. */
export interface Focus {
  /** The kept lines joined by "\n" (the article text itself when every line is kept). */
  text: string;
  /** Each kept run of lines: where it starts in `text` and in the article. */
  runs: ReadonlyArray<{ at: number; from: number }>;
}

/** The non-blank lines of `text`: where each starts and ends (before its "\n"). */
function linesOf(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to > from) {
      starts.push(from);
      ends.push(to);
    }
    from = to + 1;
  }
  return { starts, ends };
}

/** Index of the last of `sorted` (ascending) at or before `pos`: the line or run holding it. */
function lastAtOrBefore(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The lines of `text` within reach of an anchor of `pack` in `lang`, counted in non-blank lines
 * (paragraphs may be separated by blank ones).
 */
export function focusOnAnchors(text: string, pack: Pack, lang: string): Focus {
  const cues = cuesFor(lang);
  const anchors = findPhrases(anchorsFor(pack, cues.lang), text, cues.wordBoundaries);
  const { starts, ends } = linesOf(text);
  const lines = starts.length;
  // Per line: whether it is kept.
  const kept = new Uint8Array(lines);
  let keptCount = 0;
  let reachedTo = -1;
  for (const anchor of anchors) {
    const line = lastAtOrBefore(starts, anchor.start);
    const to = Math.min(lines - 1, line + LINES_AFTER);
    for (let l = Math.max(line - LINES_BEFORE, reachedTo + 1); l <= to; l++) {
      kept[l] = 1;
      keptCount++;
    }
    reachedTo = Math.max(reachedTo, to);
  }
  if (keptCount === lines) return { text, runs: [{ at: 0, from: 0 }] };
  const parts: string[] = [];
  const runs: Array<{ at: number; from: number }> = [];
  let at = 0;
  for (let l = 0; l < lines; l++) {
    if (!kept[l] || (l > 0 && kept[l - 1])) continue;
    let last = l;
    while (last + 1 < lines && kept[last + 1]) last++;
    const from = starts[l] as number;
    const to = ends[last] as number;
    runs.push({ at, from });
    parts.push(text.slice(from, to));
    at += to - from + 1;
  }
  return { text: parts.join('\n'), runs };
}

/**
 * Claims and caveats found in `focus.text`, placed back in the article. Each lies within one
 * line, so within one run.
 */
export function inArticle<
  T extends { claims: Claim[]; caveats: ArticleCaveat[]; decisions?: SentenceDecision[] },
>(focus: Focus, found: T): T {
  const runs = focus.runs;
  if (runs.length === 1 && runs[0]?.from === 0) return found;
  const ats = runs.map((r) => r.at);
  // How far the run holding focus offset `pos` lies from where it stands in the article.
  const offsetAt = (pos: number): number => {
    const run = runs[lastAtOrBefore(ats, pos)];
    return run ? run.from - run.at : 0;
  };
  const { decisions } = found;
  return {
    ...found,
    claims: found.claims.map((claim) => shiftClaim(claim, offsetAt(claim.start))),
    caveats: found.caveats.map((caveat) => shiftSpan(caveat, offsetAt(caveat.start))),
    ...(decisions && { decisions: decisions.map((d) => shiftSpan(d, offsetAt(d.start))) }),
  };
}
