/**
 * Formatting shared by the card, the chart and the popup: numbers through `Intl.NumberFormat`,
 * partial ISO dates, and the message keys for kinds, statuses and hedges.
 */
import type { ClaimKind, Hedge, Status } from '@/lib/types';
import type { CardMessageKey, Translate } from './ui-strings';

/** The parts of a figure the card shows (both `ParsedFigure` and `PackFigure` fit). */
export interface FigureLike {
  value: number;
  max?: number;
  unit?: string;
  hedge: Hedge;
}

const KIND_KEYS: Record<ClaimKind, CardMessageKey> = {
  'state-media': 'kindStateMedia',
  'official-estimate': 'kindOfficialEstimate',
  'unnamed-source': 'kindUnnamedSource',
  accusation: 'kindAccusation',
  denial: 'kindDenial',
};

const STATUS_KEYS: Record<Status, CardMessageKey> = {
  unverifiable: 'statusUnverifiable',
  estimate: 'statusEstimate',
  corroborated: 'statusCorroborated',
  contradicted: 'statusContradicted',
};

const HEDGE_KEYS: Partial<Record<Hedge, CardMessageKey>> = {
  about: 'hedgeAbout',
  nearly: 'hedgeNearly',
  'more-than': 'hedgeMoreThan',
  'at-least': 'hedgeAtLeast',
  'up-to': 'hedgeUpTo',
};

/** The reader-facing label of a claim kind ("State media"). */
export function kindLabel(kind: ClaimKind, t: Translate): string {
  return t(KIND_KEYS[kind]);
}

/** The reader-facing label of a verification status ("unverifiable"). */
export function statusLabel(status: Status, t: Translate): string {
  return t(STATUS_KEYS[status]);
}

/** "1,400,000" in English, "1.400.000" in German. */
export function formatNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Short axis labels: "1M", "3.5M", "800K". */
export function formatCompact(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A figure with its hedge and unit: "about 1,400,000 youths", "1,000 to 2,000 troops". */
export function formatFigure(figure: FigureLike, t: Translate, locale?: string): string {
  const low = formatNumber(figure.value, locale);
  let text: string;
  if (figure.max !== undefined && figure.max !== figure.value) {
    text = t('hedgeRange', [low, formatNumber(figure.max, locale)]);
  } else {
    const key = HEDGE_KEYS[figure.hedge];
    text = key ? t(key, [low]) : low;
  }
  return figure.unit ? `${text} ${figure.unit}` : text;
}

/** Formats a partial ISO date at its own precision: "2024", "March 2024", "12 March 2024". */
export function formatDate(iso: string, locale?: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (!m) return y ?? iso;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A partial ISO date as a fractional year (mid-period for partial dates), for chart axes. */
export function yearOf(iso: string): number | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (!match[2]) return year + 0.5;
  const month = Number(match[2]) - 1;
  const day = match[3] ? Number(match[3]) - 1 : 15;
  return year + (month + day / 31) / 12;
}

/** Links are shown only for https URLs, re-checked at render whatever the pack says. */
export function safeHttpsUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Amounts at a glance: millions in words ("1.28 million", "1,28 Millionen", "128만"), smaller
 * amounts in full ("800,000", "4,700"), which read faster than "800 thousand".
 */
export function formatAmount(value: number, locale?: string): string {
  if (Math.abs(value) < 1_000_000) return formatNumber(value, locale);
  return new Intl.NumberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 3,
  }).format(value);
}

/** A figure with its hedge and unit, its amounts at a glance: "about 1.4 million youths". */
export function formatFigureShort(figure: FigureLike, t: Translate, locale?: string): string {
  const low = formatAmount(figure.value, locale);
  let text: string;
  if (figure.max !== undefined && figure.max !== figure.value) {
    text = t('hedgeRange', [low, formatAmount(figure.max, locale)]);
  } else {
    const key = HEDGE_KEYS[figure.hedge];
    text = key ? t(key, [low]) : low;
  }
  return figure.unit ? `${text} ${figure.unit}` : text;
}

/** A ratio for reading: "1.09", "0.3", "12"; two decimals at most, whole above ten. */
export function formatRatio(ratio: number, locale?: string): string {
  const options: Intl.NumberFormatOptions =
    ratio >= 10
      ? { maximumFractionDigits: 0 }
      : ratio >= 1
        ? { maximumFractionDigits: 2 }
        : { maximumSignificantDigits: 2 };
  return new Intl.NumberFormat(locale, options).format(ratio);
}

/**
 * A pack label inside a sentence: "Active armed forces" -> "active armed forces", while names
 * ("Worker-Peasant Red Guard militia", "IISS estimate") keep their capitals.
 */
export function labelInSentence(label: string): string {
  const first = label.split(/\s/)[0] ?? '';
  if (/\p{Lu}/u.test(first.slice(1))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
