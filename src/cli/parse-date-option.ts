import { type CalendarDate, FIRST_YEAR, LAST_YEAR, hasDateShape, isCalendarDate, isOutsideSupportedYears } from '../dates/calendar-date.js';
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
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (uk !== null) {
    const iso = `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
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
      : `${option} ${JSON.stringify(value)} is not a date; write it as DD/MM/YYYY or YYYY-MM-DD (for example 15/06/2004)`,
  );
}

function outsideYears(option: string, value: string): UsageError {
  return new UsageError(`${option} ${value} is outside the years this package answers for; give a date from ${FIRST_YEAR} to ${LAST_YEAR}`);
}
