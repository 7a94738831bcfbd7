import { type CalendarDate, formatLongDate } from '../dates/calendar-date.js';

/**
 * Writes a date for a table cell: "15 June 2028", or a dash when there is none.
 *
 * @param date - a calendar date or null
 * @returns the date as people in the UK read it, or `—`
 * @example
 * ```ts
 * formatCellDate('2028-06-15'); // '15 June 2028'
 * formatCellDate(null); // '—'
 * ```
 */
export function formatCellDate(date: CalendarDate | null | undefined): string {
  return date === null || date === undefined ? '—' : formatLongDate(date);
}
