/**
 * What the card's first screen answers, picked from a claim's context: the two or three nearest
 * earlier claims, the best independent reference with its ratio, and the strongest caveat an
 * agency or fact-checker published. Pure; the card decides how to word and lay them out.
 */
import { daysApart, parseIsoDate } from './date-intervals';
import type { AgencyCaveat, ClaimContext, HistoryEntry, ReferenceFigure } from './schema';

/** Earlier claims shown at a glance: enough to see a pattern, few enough for one screen. */
export const NEAREST_EARLIER = 3;

export interface ReferenceAtAGlance {
  reference: ReferenceFigure;
  /** Claimed figure / reference figure, when the claim has a figure to compare. */
  ratio?: number;
}

export interface Essentials {
  /** The nearest earlier claims, newest first; those with a figure before those without. */
  earlier: HistoryEntry[];
  reference?: ReferenceAtAGlance;
  caveat?: AgencyCaveat;
}

/**
 * The nearest earlier claims: the last `limit` that carry a figure (the chart's points), topped
 * up with figure-less ones when fewer carry a figure, newest first.
 */
function nearestEarlier(earlier: readonly HistoryEntry[], limit: number): HistoryEntry[] {
  const newestFirst = [...earlier].reverse();
  const withFigure = newestFirst.filter((e) => e.figure !== undefined);
  const without = newestFirst.filter((e) => e.figure === undefined);
  return [...withFigure, ...without].slice(0, limit);
}

/**
 * The reference the pack compares claims with first (`compareWith` order, as the comparisons
 * are built), with its ratio; else the first reference in force, without one.
 */
function bestReference(context: ClaimContext): ReferenceAtAGlance | undefined {
  for (const comparison of context.comparisons) {
    const reference = context.references.find((r) => r.id === comparison.against);
    if (reference) return { reference, ratio: comparison.ratio };
  }
  const first = context.references[0];
  return first ? { reference: first } : undefined;
}

/**
 * The caveat a careful reader most needs: a quotation (someone said it, in their words) over a
 * paraphrase, then the one dated nearest the claim (the restated entry's date, else the
 * article's), then pack order, which is the pack author's ranking.
 */
function strongestCaveat(context: ClaimContext): AgencyCaveat | undefined {
  const anchor = context.current?.date ?? context.articleDate;
  const at = anchor === undefined ? undefined : parseIsoDate(anchor);
  const distance = (c: AgencyCaveat): number => {
    const when = c.date === undefined ? undefined : parseIsoDate(c.date);
    return at && when ? daysApart(when, at) : Number.POSITIVE_INFINITY;
  };
  const ranked = context.agencyCaveats
    .map((caveat, order) => ({ caveat, order, quote: caveat.quote ? 0 : 1, gap: distance(caveat) }))
    .sort((a, b) => a.quote - b.quote || a.gap - b.gap || a.order - b.order);
  return ranked[0]?.caveat;
}

/** The first screen's facts for one claim's context. */
export function pickEssentials(context: ClaimContext, limit = NEAREST_EARLIER): Essentials {
  return {
    earlier: nearestEarlier(context.earlier, limit),
    reference: bestReference(context),
    caveat: strongestCaveat(context),
  };
}
