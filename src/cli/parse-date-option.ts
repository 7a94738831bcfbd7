import { type CalendarDate, isCalendarDate } from '../dates/calendar-date.js';
import { UsageError } from './usage-error.js';

/**
 * Checks a date given on the command line.
 *
 * @param option - the option's name, such as `--born`
 * @param value - what was typed
 * @returns the date
 * @throws {@link UsageError} when it is not a real date written YYYY-MM-DD
 * @example
 * ```ts
 * parseDateOption('--on', '2026-11-23'); // '2026-11-23'
 * parseDateOption('--on', '2025-02-30'); // throws: --on 2025-02-30 is not a real date…
 * ```
 */
export function parseDateOption(option: string, value: string): CalendarDate {
  if (isCalendarDate(value)) return value;
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
  throw new UsageError(
    shaped
      ? `${option} ${value} is not a real date; check the day and month (for example 2025-02-28)`
      : `${option} ${JSON.stringify(value)} is not a date; write it as YYYY-MM-DD (for example 2004-06-15)`,
  );
}
