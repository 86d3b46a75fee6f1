/**
 * English wording for computed comparisons ("1.09 times IISS's estimate of active armed forces
 * (1.28 million, as of 2024)"). Kept apart from the date and matching logic so the sentences can
 * be read and changed in one place.
 */
import type { Hedge } from '../types';
import { formatMonthYear } from './date-intervals';
import type { HistoryEntry, PackFigure, ReferenceFigure } from './schema';

const HEDGE_WORDS: Partial<Record<Hedge, string>> = {
  about: 'about',
  nearly: 'nearly',
  'more-than': 'more than',
  'at-least': 'at least',
  'up-to': 'up to',
};

/** "1.28 million", "800,000", "3.475 million", "12,000". */
export function formatAmount(value: number): string {
  if (Math.abs(value) >= 1_000_000) {
    const millions = Math.round((value / 1_000_000) * 1000) / 1000;
    return `${millions} million`;
  }
  return Math.round(value).toLocaleString('en-US');
}

/** A pack figure with its hedge: "about 1.4 million", "1,000–3,000". */
export function formatFigure(figure: PackFigure, withHedge = true): string {
  if (figure.hedge === 'range' && figure.max !== undefined) {
    return `${formatAmount(figure.value)}–${formatAmount(figure.max)}`;
  }
  const hedge = withHedge ? HEDGE_WORDS[figure.hedge] : undefined;
  return hedge ? `${hedge} ${formatAmount(figure.value)}` : formatAmount(figure.value);
}

/** A ratio for reading: "1.09", "0.3", "0.17", "12". */
export function formatRatio(ratio: number): string {
  if (ratio >= 10) return String(Math.round(ratio));
  if (ratio >= 1) return String(Math.round(ratio * 100) / 100);
  return String(Number(ratio.toPrecision(2)));
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** "1.09 times IISS's estimate of active armed forces (1.28 million, as of 2024)". */
export function describeReferenceComparison(ratio: number, ref: ReferenceFigure): string {
  // Lower-case "Active armed forces" mid-sentence, but leave names ("Worker-Peasant ...") alone.
  const firstWord = ref.label.split(/\s/)[0] ?? '';
  const what = /[A-Z]/.test(firstWord.slice(1))
    ? ref.label
    : ref.label.charAt(0).toLowerCase() + ref.label.slice(1);
  return `${formatRatio(ratio)} times ${possessive(ref.publisher)} estimate of ${what} (${formatFigure(ref.figure)}, as of ${formatMonthYear(ref.asOf)})`;
}

/** Ratios this close to 1 read as "the same as". */
const SAME_TOLERANCE = 0.02;

/** "the same as the March 2023 claim of 1.4 million" or "0.3 times the 4.7 million claimed in September 2017". */
export function describeHistoryComparison(
  ratio: number,
  entry: HistoryEntry & { figure: PackFigure },
): string {
  const when = formatMonthYear(entry.date);
  const amount = formatFigure(entry.figure, false);
  if (Math.abs(ratio - 1) <= SAME_TOLERANCE) return `the same as the ${when} claim of ${amount}`;
  return `${formatRatio(ratio)} times the ${amount} claimed in ${when}`;
}
