import type { CalendarDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { registryIndex } from './registry-index.js';

/**
 * Internal, unchecked: {@link areaExistsOn} for an area object and a date already checked (the
 * registry's own functions and the engine call it for every area).
 *
 * @param area - the area
 * @param on - the date, or undefined to ask whether it is current
 * @returns true when it existed on `on`
 * @example
 * ```ts
 * existsOn(getArea('E07000026')!, '2023-04-01'); // false (Allerdale)
 * ```
 */
export function existsOn(area: Area, on?: CalendarDate): boolean {
  if (on === undefined) return area.endDate === undefined;
  return (area.startDate === undefined || area.startDate <= on) && (area.endDate === undefined || on < area.endDate);
}

/**
 * Internal, unchecked: {@link isWithin} for codes and a date already checked (the UK geography's
 * `isWithin`, asked many times by every engine call).
 *
 * @param area - a GSS code
 * @param container - a GSS code
 * @param on - the date
 * @returns true when `area` is `container` or lies within it on `on`
 * @example
 * ```ts
 * within('E08000001', 'E47000001', '2025-01-01'); // true
 * ```
 */
export function within(area: string, container: string, on: CalendarDate): boolean {
  if (area === container) return true;
  const spans = registryIndex().containers.get(area)?.get(container);
  if (spans === undefined) return false;
  for (const span of spans) if (span.from <= on && on < span.until) return true;
  return false;
}
