import { type CalendarDate, FIRST_YEAR, LAST_YEAR, hasDateShape, isCalendarDate, isOutsideSupportedYears } from '../dates/calendar-date.js';
import { dayFirstAsIso } from '../dates/day-first-date.js';
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
 * parseDateOption('--born', '15/06/2004'); // '2004-06-15' (UK day/month/year)
 * parseDateOption('--on', '2025-02-30'); // throws: --on 2025-02-30 is not a real date…
 * ```
 */
export function parseDateOption(option: string, value: string): CalendarDate {
  if (isCalendarDate(value)) return value;
  const iso = dayFirstAsIso(value);
  if (iso !== null) {
    if (isCalendarDate(iso)) return iso;
    if (isOutsideSupportedYears(iso)) throw outsideYears(option, value);
    throw new UsageError(`${option} ${value} is not a real date; check the day and month (DD/MM/YYYY, for example 28/02/2025)`);
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{2}$/.test(value)) {
    throw new UsageError(`${option} ${value} has a two-digit year; write the year in full (DD/MM/YYYY, for example 15/06/2004)`);
  }
  if (isOutsideSupportedYears(value)) throw outsideYears(option, value);
  throw new UsageError(
    hasDateShape(value)
      ? `${option} ${value} is not a real date; check the day and month (for example 2025-02-28)`
      : `${option} ${JSON.stringify(value)} is not a date; write it as DD/MM/YYYY or YYYY-MM-DD (for example 15/06/2004)${TODAY_OPTIONS.includes(option.slice(2)) ? ', or today' : ''}`,
  );
}

function outsideYears(option: string, value: string): UsageError {
  return new UsageError(`${option} ${value} is outside the years this package answers for; give a date from ${FIRST_YEAR} to ${LAST_YEAR}`);
}

/** The options naming a date asked about, which may be written "today" (the date of birth may not). */
const TODAY_OPTIONS: readonly string[] = ['on', 'from', 'until'];

/**
 * The option values with "today" (in any case) given for `--on`, `--from` or `--until` written as
 * today's date, so that `timeline --from today --until 2030-01-01` reads as it says.
 *
 * @param values - the parsed option values
 * @param today - today's date
 * @returns the values, the same object when none says "today"
 * @example
 * ```ts
 * withTodayAsDate({ on: 'Today', born: '2004-06-15' }, '2026-11-23'); // { on: '2026-11-23', born: '2004-06-15' }
 * ```
 */
export function withTodayAsDate<T extends Readonly<Record<string, unknown>>>(values: T, today: CalendarDate): T {
  let out: Record<string, unknown> | null = null;
  for (const option of TODAY_OPTIONS) {
    const value = values[option];
    if (typeof value === 'string' && value.trim().toLowerCase() === 'today') (out ??= { ...values })[option] = today;
  }
  return (out ?? values) as T;
}
