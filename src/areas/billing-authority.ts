import type { CalendarDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { areaOn } from './area-on.js';

/**
 * The council tax billing authority for someone living in an area on a date: the district in a
 * two-tier area, otherwise the unitary council (metropolitan district, London borough, City of
 * London, Scottish or Welsh council). A council abolished by `on` is followed to its successor.
 *
 * @param area - the GSS code (or the area) of the council where the person lives
 * @param on - the date (`YYYY-MM-DD`)
 * @returns the billing authority, or `undefined` for a county, combined authority, nation or
 *   unknown code, and for Northern Ireland (where Land & Property Services bill domestic rates)
 * @example
 * ```ts
 * billingAuthority('E07000112', '2025-01-01')?.shortName; // 'Folkestone and Hythe'
 * billingAuthority('E08000001', '2025-01-01')?.shortName; // 'Bolton'
 * billingAuthority('E07000026', '2025-01-01')?.shortName; // 'Cumberland' (Allerdale was abolished)
 * ```
 */
export function billingAuthority(area: string | Area, on: CalendarDate): Area | undefined {
  const place = areaOn(area, on);
  return place?.billsCouncilTax === true ? place : undefined;
}
