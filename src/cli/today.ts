import { type CalendarDate, formatDateParts } from '../dates/calendar-date.js';

/**
 * Today's calendar date on this machine's clock and time zone (the command line reads the clock;
 * the engine never does).
 *
 * @param now - the instant to read (the current time by default)
 * @returns the local calendar date, `YYYY-MM-DD`
 * @example
 * ```ts
 * localToday(new Date(2026, 10, 23, 9, 30)); // '2026-11-23'
 * ```
 */
export function localToday(now: Date = new Date()): CalendarDate {
  return formatDateParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
