import * as z from 'zod';
import { dayFirstAsIso, isoSpelling } from './day-first-date.js';
import { InvalidInputError, describeGiven } from '../validation/input-issue.js';
import { requireWholeNumber } from '../validation/require-object.js';

/**
 * The first year a calendar date may have: dates before it cannot concern a care leaver of today's law.
 *
 * @example
 * ```ts
 * FIRST_YEAR; // 1900
 * ```
 */
export const FIRST_YEAR = 1900;
/**
 * The last year a calendar date may have (a birthday computed from it may lie later).
 *
 * @example
 * ```ts
 * LAST_YEAR; // 2199
 * ```
 */
export const LAST_YEAR = 2199;
const FIRST_DATE = `${FIRST_YEAR}-01-01`;
const LAST_DATE = `${LAST_YEAR}-12-31`;

/**
 * A calendar date written `YYYY-MM-DD`, with no time and no time zone, in the years
 * {@link FIRST_YEAR} to {@link LAST_YEAR}.
 *
 * The engine never uses local-time `Date` objects: a calendar date means the same day on every
 * machine, whatever its `TZ`. Strings in this form also sort in date order.
 *
 * @example
 * ```ts
 * CalendarDate.parse('2024-02-29'); // '2024-02-29'
 * CalendarDate.safeParse('2025-02-29').success; // false
 * CalendarDate.safeParse('0050-01-01').success; // false (before 1900)
 * ```
 */
export const CalendarDate = /* @__PURE__ */ (() => z.iso
  .date({
    abort: true, // a text that is not a date gets only this message, not the range's as well
    error: (issue) =>
      issue.input === undefined
        ? 'required field is missing; add a calendar date written YYYY-MM-DD (for example 2025-06-15)'
        : issue.input instanceof Date
          ? 'got a Date object, which holds a time and a time zone; write the calendar date as text, YYYY-MM-DD (for example 2025-06-15)'
          : `expected a real calendar date written YYYY-MM-DD (for example 2025-06-15), got ${JSON.stringify(issue.input)}${meantAs(issue.input)}`,
  })
  .refine((date) => date >= FIRST_DATE && date <= LAST_DATE, {
    error: (issue) => `${JSON.stringify(issue.input)} is outside the years this package answers for; give a date from ${FIRST_YEAR} to ${LAST_YEAR}`,
  }))();
/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof CalendarDate>;

/** For a message: a day-first or unpadded date written `YYYY-MM-DD` ("; read day first, write 2026-11-01"), when it is a real date. */
function meantAs(input: unknown): string {
  if (typeof input !== 'string') return '';
  const dayFirst = dayFirstAsIso(input);
  const unpadded = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  const iso = dayFirst ?? (unpadded === null ? null : isoSpelling(unpadded[1]!, unpadded[2]!, unpadded[3]!));
  if (iso === null || iso === input || !isCalendarDate(iso)) return '';
  return dayFirst === null ? `; write ${iso}` : `; read day first, write ${iso}`;
}

/** The parts of a calendar date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Splits a `YYYY-MM-DD` date into its year, month and day.
 *
 * @param date - a valid calendar date
 * @returns its parts as numbers
 * @example
 * ```ts
 * dateParts('2028-06-15'); // { year: 2028, month: 6, day: 15 }
 * ```
 */
export function dateParts(date: CalendarDate): DateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Writes a year, month and day as `YYYY-MM-DD`.
 *
 * @param year - the year (0 to 9999)
 * @param month - the month, 1 to 12
 * @param day - the day of the month
 * @returns the date as a string
 * @example
 * ```ts
 * formatDateParts(2028, 6, 5); // '2028-06-05'
 * ```
 */
export function formatDateParts(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether a year is a leap year in the Gregorian calendar.
 *
 * @param year - the year
 * @returns true for leap years
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether a string is a real calendar date in `YYYY-MM-DD` form.
 *
 * @param value - any string
 * @returns true when it is a real date from {@link FIRST_YEAR} to {@link LAST_YEAR} (so `2025-02-30` is not)
 * @example
 * ```ts
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2025-02-30'); // false
 * ```
 */
export function isCalendarDate(value: string): value is CalendarDate {
  // The same test as the schema's (a property test checks they agree), without zod's machinery:
  // the engine asks it of every date it is given.
  if (value.length !== 10 || value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const year = digitsOf(value, 0, 4);
  const month = digitsOf(value, 5, 7);
  const day = digitsOf(value, 8, 10);
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const HYPHEN = 45;

/**
 * Whether a string is written `YYYY-MM-DD` (four digits, two, two), real date or not: what a
 * message about a date that is not real, or outside the years, can take it to be.
 *
 * @param value - any string
 * @returns true for the shape, whatever the numbers
 * @example
 * ```ts
 * hasDateShape('2025-02-30'); // true
 * hasDateShape('15/06/2004'); // false
 * ```
 */
export function hasDateShape(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * Whether a string written `YYYY-MM-DD` has a year outside the years the package answers for, so
 * that a message can say so rather than call it "not a real date".
 *
 * @param value - any string
 * @returns true for a year before {@link FIRST_YEAR} or after {@link LAST_YEAR}
 * @example
 * ```ts
 * isOutsideSupportedYears('2200-01-01'); // true
 * isOutsideSupportedYears('2026-02-30'); // false (within the years, though not a real date)
 * ```
 */
export function isOutsideSupportedYears(value: string): boolean {
  if (!hasDateShape(value)) return false;
  const year = Number(value.slice(0, 4));
  return year < FIRST_YEAR || year > LAST_YEAR;
}

/** The number written by the ASCII digits from `start` to `end`, or -1 when one is not a digit. */
function digitsOf(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Adds (or with a negative number subtracts) whole days to a calendar date.
 *
 * Uses UTC arithmetic on the day count only, so the answer never depends on the time zone.
 *
 * @param date - a calendar date
 * @param days - how many days to add
 * @returns the new date
 * @throws {@link InvalidInputError} when the date is not a real date, `days` not a whole number, or the result outside 1900 to 2199
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * addDays('2025-03-01', -1); // '2025-02-28'
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = dateParts(requireDate(date, 'date', 'date arithmetic'));
  requireWholeNumber(days, 'days', 'date arithmetic', -MAX_DAYS, MAX_DAYS);
  // setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
  const start = new Date(0);
  start.setUTCFullYear(year, month - 1, day);
  const shifted = new Date(start.getTime() + days * 86_400_000);
  const result = formatDateParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
  if (!isCalendarDate(result)) {
    throw new InvalidInputError('date arithmetic', [
      { code: 'invalid-value', path: ['days'], message: `${date} and ${days} day${Math.abs(days) === 1 ? '' : 's'} is ${result}, outside the years this package answers for (${FIRST_YEAR} to ${LAST_YEAR}); give fewer days` },
    ]);
  }
  return result;
}

/** The most days {@link addDays} moves a date: the whole supported range. */
const MAX_DAYS = 366 * (LAST_YEAR - FIRST_YEAR + 1);

/**
 * Compares two calendar dates.
 *
 * @param a - a calendar date
 * @param b - another calendar date
 * @returns a negative number when `a` is earlier, 0 when equal, positive when later
 * @example
 * ```ts
 * compareDates('2025-01-01', '2025-06-01') < 0; // true
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Writes a calendar date the way people in the UK read it.
 *
 * @param date - a calendar date
 * @returns the day, the month's name and the year
 * @throws {@link InvalidInputError} when the date is not a real date
 * @example
 * ```ts
 * formatLongDate('2028-06-15'); // '15 June 2028'
 * ```
 */
export function formatLongDate(date: CalendarDate): string {
  const { year, month, day } = dateParts(requireDate(date, 'date', 'date'));
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * The date itself when it is a calendar date the package answers for; otherwise an
 * {@link InvalidInputError} naming the argument. For the exported helpers, which plain JavaScript
 * may call with `'2025-02-30'` or `'banana'`; the engine checks its dates once and calls the
 * helpers' unchecked versions.
 *
 * @param value - the argument as given
 * @param path - its name or path, for the issue (`on`, `['options', 'on']`)
 * @param what - what was being done, for the error's message (`birthday`)
 * @returns the date
 * @throws {@link InvalidInputError} when it is not a real date from 1900 to 2199 written YYYY-MM-DD
 * @example
 * ```ts
 * requireDate('2025-06-15', 'on', 'age'); // '2025-06-15'
 * ```
 */
export function requireDate(value: unknown, path: string | readonly (string | number)[], what: string): CalendarDate {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new InvalidInputError(what, [
    {
      code: 'invalid-date',
      path: typeof path === 'string' ? [path] : path,
      message:
        value === undefined
          ? 'required date is missing; give a calendar date written YYYY-MM-DD (for example 2025-06-15)'
          : `expected a real calendar date from ${FIRST_YEAR} to ${LAST_YEAR} written YYYY-MM-DD (for example 2025-06-15), got ${describeGiven(value)}`,
    },
  ]);
}
