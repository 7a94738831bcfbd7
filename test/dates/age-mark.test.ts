import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, birthday, dayAfterPeriodEnd } from '../../src/index.js';
import { ageMark, markDate, markParts } from '../../src/dates/age-mark.js';

describe('dayAfterPeriodEnd', () => {
  it('is the first of the next month, on the first, the middle and the last day of a month', () => {
    expect(dayAfterPeriodEnd('2025-06-01', 'month')).toBe('2025-07-01');
    expect(dayAfterPeriodEnd('2025-06-15', 'month')).toBe('2025-07-01');
    expect(dayAfterPeriodEnd('2025-06-30', 'month')).toBe('2025-07-01');
  });
  it('runs into January after a December date, and to 1 March after a leap day', () => {
    expect(dayAfterPeriodEnd('2025-12-31', 'month')).toBe('2026-01-01');
    expect(dayAfterPeriodEnd('2028-02-29', 'month')).toBe('2028-03-01');
  });
  it('is the next 1 April for a financial year: 31 March ends one year, 1 April starts the next', () => {
    expect(dayAfterPeriodEnd('2029-03-31', 'financial-year')).toBe('2029-04-01');
    expect(dayAfterPeriodEnd('2029-04-01', 'financial-year')).toBe('2030-04-01');
    expect(dayAfterPeriodEnd('2029-01-01', 'financial-year')).toBe('2029-04-01');
    expect(dayAfterPeriodEnd('2029-12-31', 'financial-year')).toBe('2030-04-01');
  });
  it('is always after the date, at most a month (or a year) and a day later, and the first of a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.constantFrom('month' as const, 'financial-year' as const), (days, period) => {
        const date = addDays('1950-01-01', days);
        const end = dayAfterPeriodEnd(date, period);
        expect(end > date).toBe(true);
        expect(end.endsWith('-01')).toBe(true);
        if (period === 'financial-year') expect(end.slice(5)).toBe('04-01');
        // The day before the end is still in the period: the same month, or on or before 31 March.
        const last = addDays(end, -1);
        if (period === 'month') expect(last.slice(0, 7)).toBe(date.slice(0, 7));
        else expect(end <= addDays(date, 366)).toBe(true);
      }),
    );
  });
});

describe('age marks', () => {
  it('date a birthday, and the day after its month or financial year', () => {
    expect(markDate('2004-06-15', ageMark(21))).toBe('2025-06-15');
    expect(markDate('2004-06-15', ageMark(21, 'month'))).toBe('2025-07-01');
    expect(markDate('2004-06-15', ageMark(25, 'financial-year'))).toBe('2030-04-01');
    expect(markParts(ageMark(25, 'financial-year'))).toEqual({ age: 25, endOf: 'financial-year' });
    expect(markParts(ageMark(18))).toEqual({ age: 18, endOf: undefined });
  });
  it('follow the leap-day rule: a 29 February birthday on 1 March ends its month on 1 April, on 28 February on 1 March', () => {
    expect(markDate('2004-02-29', ageMark(21, 'month'))).toBe('2025-04-01');
    expect(markDate('2004-02-29', ageMark(21, 'month'), 'february-28')).toBe('2025-03-01');
  });
  it('have their dates in date order when the marks are in number order, for anyone (the change scan merges them so)', () => {
    const marks = [18, 21, 21.25, 21.5, 22, 25, 25.25, 25.5];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom('march-1' as const, 'february-28' as const), (days, rule) => {
        const born = addDays('1960-01-01', days);
        const dates = marks.map((mark) => markDate(born, mark, rule));
        for (let i = 1; i < dates.length; i++) expect(dates[i]! >= dates[i - 1]!).toBe(true);
        // A birthday's period ends after it and no later than the next birthday.
        expect(dates[2]! > birthday(born, 21, rule)).toBe(true);
        expect(dates[3]! <= birthday(born, 22, rule)).toBe(true);
      }),
    );
  });
  it('fall on one day only where the periods meet: the financial year and the next birthday for someone born on 1 April, the month and the financial year for a March birthday', () => {
    expect(markDate('2004-04-01', 21.5)).toBe(markDate('2004-04-01', 22));
    expect(markDate('2004-03-20', 21.25)).toBe(markDate('2004-03-20', 21.5));
    expect(markDate('2004-05-20', 21.5) < markDate('2004-05-20', 22)).toBe(true);
  });
});
