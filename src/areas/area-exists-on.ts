import { type CalendarDate, requireDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { existsOn } from './area-exists-within.js';
import { registryIndex } from './registry-index.js';
import { wrongArgument } from '../validation/require-object.js';

/**
 * Whether an area existed on a date, or, with no date, whether it still exists (has no end date).
 * An area whose start date the data does not know is taken to have existed from the beginning.
 *
 * @param area - the area, or its GSS code
 * @param on - the date (`YYYY-MM-DD`); omit it to ask whether the area is current
 * @returns true when the area existed on `on` (start inclusive, end exclusive)
 * @throws {@link InvalidInputError} when the area is not an area or a known code, or the date is not a date
 * @example
 * ```ts
 * const allerdale = getArea('E07000026')!;
 * areaExistsOn(allerdale, '2023-03-31'); // true
 * areaExistsOn(allerdale, '2023-04-01'); // false
 * areaExistsOn(allerdale); // false
 * areaExistsOn('E07000150', '2026-01-01'); // false (Corby, abolished in 2021)
 * ```
 */
export function areaExistsOn(area: Area | string, on?: CalendarDate): boolean {
  const found = typeof area === 'string' ? registryIndex().byCode.get(area.trim().toUpperCase()) : area;
  if (typeof found !== 'object' || found === null || typeof found.code !== 'string') {
    throw wrongArgument('area', 'area', area, "an area's GSS code (such as 'E08000001') or an area from getArea");
  }
  return existsOn(found, on === undefined ? undefined : requireDate(on, 'on', 'area'));
}
