import type { CalendarDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';

/**
 * Whether an area existed on a date, or, with no date, whether it still exists (has no end date).
 * An area whose start date the data does not know is taken to have existed from the beginning.
 *
 * @param area - the area
 * @param on - the date (`YYYY-MM-DD`); omit it to ask whether the area is current
 * @returns true when the area existed on `on` (start inclusive, end exclusive)
 * @example
 * ```ts
 * const allerdale = getArea('E07000026')!;
 * areaExistsOn(allerdale, '2023-03-31'); // true
 * areaExistsOn(allerdale, '2023-04-01'); // false
 * areaExistsOn(allerdale); // false
 * ```
 */
export function areaExistsOn(area: Area, on?: CalendarDate): boolean {
  if (on === undefined) return area.endDate === undefined;
  return (area.startDate === undefined || area.startDate <= on) && (area.endDate === undefined || on < area.endDate);
}
