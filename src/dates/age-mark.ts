import { birthday, type LeapDayBirthdayRule } from './birthday.js';
import { type CalendarDate, formatDateParts } from './calendar-date.js';

/**
 * How far an age band runs on past its last birthday: to the end of the month in which that
 * birthday falls, or to the end of its financial year (31 March). Kent pays a care leaver's
 * council tax for the whole month of the 21st birthday; Cornwall for the whole financial year of
 * the 25th.
 */
export type AgePeriodEnd = (typeof AGE_PERIOD_ENDS)[number];

/**
 * The periods an age band may run on to (the words an age condition's `untilEndOf` takes).
 *
 * @example
 * ```ts
 * AGE_PERIOD_ENDS; // ['month', 'financial-year']
 * ```
 */
export const AGE_PERIOD_ENDS = ['month', 'financial-year'] as const;

/**
 * The first day after the month, or the financial year (1 April to 31 March), that holds `date`.
 *
 * @param date - a calendar date (a birthday)
 * @param period - the month or the financial year
 * @returns the first day of the next month, or the next 1 April
 * @example
 * ```ts
 * dayAfterPeriodEnd('2025-06-15', 'month'); // '2025-07-01'
 * dayAfterPeriodEnd('2025-12-31', 'month'); // '2026-01-01'
 * dayAfterPeriodEnd('2029-03-31', 'financial-year'); // '2029-04-01'
 * dayAfterPeriodEnd('2029-04-01', 'financial-year'); // '2030-04-01'
 * ```
 */
export function dayAfterPeriodEnd(date: CalendarDate, period: AgePeriodEnd): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (period === 'month') return month === 12 ? formatDateParts(year + 1, 1, 1) : formatDateParts(year, month + 1, 1);
  return formatDateParts(month >= 4 ? year + 1 : year, 4, 1);
}

/**
 * A date an offer's age conditions turn on, as one number: a birthday is its age (21), and the
 * day after the month or financial year of a birthday is the age plus a quarter or a half (21.25,
 * 21.5). For one person, marks in number order have their dates in date order, so the change scan
 * can merge them as it merged birthdays.
 */
export type AgeMark = number;

/**
 * The mark of a birthday, or of the end of the period that holds it.
 *
 * @param age - which birthday
 * @param endOf - the period it runs on to, if any
 * @returns the mark
 * @example
 * ```ts
 * ageMark(21); // 21
 * ageMark(21, 'month'); // 21.25
 * ageMark(25, 'financial-year'); // 25.5
 * ```
 */
export function ageMark(age: number, endOf?: AgePeriodEnd): AgeMark {
  return endOf === undefined ? age : endOf === 'month' ? age + 0.25 : age + 0.5;
}

/**
 * The birthday a mark is about, and the period it runs on to (undefined for the birthday itself).
 *
 * @param mark - a mark
 * @returns the age and the period
 * @example
 * ```ts
 * markParts(21.25); // { age: 21, endOf: 'month' }
 * markParts(18); // { age: 18, endOf: undefined }
 * ```
 */
export function markParts(mark: AgeMark): { readonly age: number; readonly endOf: AgePeriodEnd | undefined } {
  const age = Math.floor(mark);
  const part = mark - age;
  return { age, endOf: part === 0 ? undefined : part === 0.25 ? 'month' : 'financial-year' };
}

/**
 * The date of a mark for someone: their birthday, or the first day after the period that holds it.
 *
 * @param dateOfBirth - the date of birth
 * @param mark - the mark
 * @param rule - where a 29 February birthday falls in a common year
 * @returns the date
 * @example
 * ```ts
 * markDate('2004-06-15', 21); // '2025-06-15'
 * markDate('2004-06-15', 21.25); // '2025-07-01'
 * markDate('2004-06-15', 25.5); // '2030-04-01'
 * ```
 */
export function markDate(dateOfBirth: CalendarDate, mark: AgeMark, rule?: LeapDayBirthdayRule): CalendarDate {
  if (Number.isInteger(mark)) return birthday(dateOfBirth, mark, rule);
  const { age, endOf } = markParts(mark);
  return dayAfterPeriodEnd(birthday(dateOfBirth, age, rule), endOf!);
}
