/**
 * Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as day intervals. Packs and article metadata
 * give dates at different precisions ("2023-03" vs "2023-03-20"); treating each as the interval
 * of days it covers lets us say "clearly before", "clearly after" or "overlapping" honestly
 * instead of pretending a month is its first day.
 */

/** A date as the inclusive range of UTC day numbers it covers. */
export interface DayInterval {
  /** First day (days since 1970-01-01, UTC). */
  start: number;
  /** Last day, inclusive. */
  end: number;
  precision: 'year' | 'month' | 'day';
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

function dayNumber(year: number, monthIndex: number, day: number): number {
  return Math.floor(Date.UTC(year, monthIndex, day) / DAY_MS);
}

/**
 * Parses a partial ISO date into the interval of days it covers; undefined when the string is
 * not YYYY, YYYY-MM or YYYY-MM-DD, or names a day that does not exist (2024-02-30).
 */
export function parseIsoDate(value: string): DayInterval | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { start: dayNumber(year, 0, 1), end: dayNumber(year, 11, 31), precision: 'year' };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (match[3] === undefined) {
    return {
      start: dayNumber(year, month - 1, 1),
      end: dayNumber(year, month - 1, lastDay),
      precision: 'month',
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return undefined;
  const n = dayNumber(year, month - 1, day);
  return { start: n, end: n, precision: 'day' };
}

/** True for a real calendar date in one of the three ISO forms. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/**
 * Sort order for partial dates: by first day, then the coarser date first ("2023-03" before
 * "2023-03-01"). This is plain string order for valid ISO dates, kept explicit for clarity.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How `a` relates to `b`: wholly before, wholly after, or sharing at least one day. */
export function relateDates(a: DayInterval, b: DayInterval): 'before' | 'after' | 'overlap' {
  if (a.end < b.start) return 'before';
  if (a.start > b.end) return 'after';
  return 'overlap';
}

/** Days between two intervals (0 when they overlap). */
export function daysApart(a: DayInterval, b: DayInterval): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 2023" for day or month dates, "2015" for a year; the input unchanged when invalid. */
export function formatMonthYear(value: string): string {
  const match = ISO_DATE.exec(value);
  if (!match || !isIsoDate(value)) return value;
  if (match[2] === undefined) return match[1] ?? value;
  return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** The year part of an ISO date. */
export function yearOf(value: string): string {
  return value.slice(0, 4);
}
