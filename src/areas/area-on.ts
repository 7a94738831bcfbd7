import type { CalendarDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { registryIndex } from './registry-index.js';

/**
 * The area that covered a place on a date: the area itself, or, once it has been abolished, the one
 * area that replaced it (followed through later reorganisations). Internal helper.
 *
 * @param area - a GSS code or an area
 * @param on - the date
 * @returns the area covering it on `on`, or `undefined` when unknown or split between successors
 * @example
 * ```ts
 * areaOn('E07000026', '2025-01-01')?.shortName; // 'Cumberland' (Allerdale's successor)
 * ```
 */
export function areaOn(area: string | Area, on: CalendarDate): Area | undefined {
  const index = registryIndex();
  let current = typeof area === 'string' ? index.byCode.get(area) : area;
  for (let step = 0; current !== undefined && step < 8; step++) {
    if (current.endDate === undefined || on < current.endDate) return current;
    const [successor, ...others] = current.replacedBy;
    if (successor === undefined || others.length > 0) return undefined;
    current = index.byCode.get(successor);
  }
  return undefined;
}
