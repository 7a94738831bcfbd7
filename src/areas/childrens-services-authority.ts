import type { CalendarDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { areaOn } from './area-on.js';

/**
 * The children's services authority (the council responsible for care leavers) for someone living
 * in an area on a date: the county for a two-tier district, otherwise the unitary council. A
 * council abolished by `on` is followed to its successor.
 *
 * @param area - the GSS code (or the area) of the council where the person lives
 * @param on - the date (`YYYY-MM-DD`)
 * @returns the children's services authority, or `undefined` for a combined authority, nation or
 *   unknown code, and for Northern Ireland (where Health and Social Care Trusts run children's services)
 * @example
 * ```ts
 * childrensServicesAuthority('E07000112', '2025-01-01')?.shortName; // 'Kent'
 * childrensServicesAuthority('E08000001', '2025-01-01')?.shortName; // 'Bolton'
 * childrensServicesAuthority('E07000026', '2023-03-31')?.shortName; // 'Cumbria'
 * ```
 */
export function childrensServicesAuthority(area: string | Area, on: CalendarDate): Area | undefined {
  const place = areaOn(area, on);
  if (place === undefined) return undefined;
  if (place.childrensServices) return place;
  if (place.tier === 'lower' && place.county !== undefined) {
    const county = areaOn(place.county, on);
    return county?.childrensServices === true ? county : undefined;
  }
  return undefined;
}
