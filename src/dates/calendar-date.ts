import * as z from 'zod';

/**
 * A calendar date written `YYYY-MM-DD`, with no time and no time zone.
 *
 * The engine never uses local-time `Date` objects: a calendar date means the same day on every
 * machine, whatever its `TZ`. Strings in this form also sort in date order.
 *
 * @example
 * ```ts
 * CalendarDate.parse('2024-02-29'); // '2024-02-29'
 * CalendarDate.safeParse('2025-02-29').success; // false
 * ```
 */
export const CalendarDate = z.iso.date({
  error: (issue) =>
    `expected a real calendar date written YYYY-MM-DD (for example 2025-06-15), got ${JSON.stringify(issue.input)}`,
});
/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof CalendarDate>;

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
 * @returns true when it is a real date (so `2025-02-30` is not)
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
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const HYPHEN = 45;

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
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * addDays('2025-03-01', -1); // '2025-02-28'
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * 86_400_000);
  return formatDateParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

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
 * @example
 * ```ts
 * formatLongDate('2028-06-15'); // '15 June 2028'
 * ```
 */
export function formatLongDate(date: CalendarDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
