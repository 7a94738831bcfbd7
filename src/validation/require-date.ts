import { type CalendarDate, FIRST_YEAR, LAST_YEAR, isCalendarDate } from '../dates/calendar-date.js';
import { InvalidInputError, describeGiven } from './input-issue.js';

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

/**
 * Throws an {@link InvalidInputError} naming the argument unless it is a whole number in a range.
 *
 * @param value - the argument as given
 * @param path - its name, for the issue
 * @param what - what was being done
 * @param min - the least allowed
 * @param max - the most allowed
 * @returns the number
 * @example
 * ```ts
 * requireWholeNumber(18, 'age', 'birthday', 0, 300); // 18
 * ```
 */
export function requireWholeNumber(value: unknown, path: string, what: string, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new InvalidInputError(what, [
    { code: 'invalid-value', path: [path], message: `${describeGiven(value)} is not a whole number from ${min} to ${max}; give one (a number, not text)` },
  ]);
}
