/**
 * Publication dates as pages write them, normalised to ISO: `YYYY-MM-DD`, or `YYYY-MM` when the
 * page gives no day. The calendar date is kept as written (no time-zone conversion): a story
 * stamped 2024-11-05T01:00+09:00 was published on the 5th where it was published.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day?: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * `value` as an ISO date (`YYYY-MM-DD` or `YYYY-MM`), or undefined when it is not a date.
 * Accepts ISO 8601 timestamps, `YYYY/MM/DD`, `YYYYMMDD`, and English month-name dates
 * ("Nov 5, 2024", "5 November 2024").
 */
export function normalizeDate(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = value.trim();
  if (s === '') return undefined;
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:$|[T\s])/.exec(s);
  if (m !== null) return iso(+m[1]!, +m[2]!, m[3] === undefined ? undefined : +m[3]);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m !== null) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m !== null) return iso(+m[1]!, +m[2]!, +m[3]!);
  // "November 5, 2024", "Nov. 5 2024"
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m !== null && MONTHS[m[1]!.toLowerCase()] !== undefined) {
    return iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  }
  // "5 November 2024"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(s);
  if (m !== null && MONTHS[m[2]!.toLowerCase()] !== undefined) {
    return iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  }
  return undefined;
}
