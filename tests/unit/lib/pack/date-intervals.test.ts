import { describe, expect, it } from 'vitest';
import {
  daysApart,
  formatMonthYear,
  isIsoDate,
  parseIsoDate,
  relateDates,
} from '@/lib/pack/date-intervals';

describe('parseIsoDate', () => {
  it('accepts the three ISO precisions and real calendar days only', () => {
    expect(isIsoDate('2024')).toBe(true);
    expect(isIsoDate('2024-02')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true); // leap year
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-13')).toBe(false);
    expect(isIsoDate('2024-00')).toBe(false);
    expect(isIsoDate('24-02-01')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
    expect(isIsoDate('2024-02-01T00:00')).toBe(false);
  });

  it('turns a month into the interval of its days', () => {
    const march = parseIsoDate('2023-03');
    const day = parseIsoDate('2023-03-20');
    expect(march && day).toBeTruthy();
    if (!march || !day) return;
    expect(march.end - march.start).toBe(30);
    expect(relateDates(day, march)).toBe('overlap');
    expect(relateDates(parseIsoDate('2023-02-28')!, march)).toBe('before');
    expect(relateDates(parseIsoDate('2023-04-01')!, march)).toBe('after');
  });

  it('measures days between intervals, zero when they overlap', () => {
    expect(daysApart(parseIsoDate('2024-10-16')!, parseIsoDate('2024-10-30')!)).toBe(14);
    expect(daysApart(parseIsoDate('2024-10')!, parseIsoDate('2024-10-30')!)).toBe(0);
    expect(daysApart(parseIsoDate('2024-11-05')!, parseIsoDate('2024-10')!)).toBe(5);
  });
});

describe('formatMonthYear', () => {
  it('names the month, or only the year for a year date', () => {
    expect(formatMonthYear('2017-09-28')).toBe('September 2017');
    expect(formatMonthYear('2023-03')).toBe('March 2023');
    expect(formatMonthYear('2015')).toBe('2015');
    expect(formatMonthYear('not a date')).toBe('not a date');
  });
});
