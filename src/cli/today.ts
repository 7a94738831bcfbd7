import type { CalendarDate } from '../dates/calendar-date.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Today's calendar date on this machine's clock and time zone (the command line reads the clock;
 * the engine never does). It imports nothing at run time, so `--help` stays quick.
 *
 * @param now - the instant to read (the current time by default)
 * @returns the local calendar date, `YYYY-MM-DD`
 * @example
 * ```ts
 * localToday(new Date(2026, 10, 23, 9, 30)); // '2026-11-23'
 * ```
 */
export function localToday(now: Date = new Date()): CalendarDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
