import type { CalendarDate } from '../dates/calendar-date.js';
import { existsOn as areaExistsOn } from './area-exists-within.js';
import { within as isWithin } from './area-exists-within.js';
import { registryIndex } from './registry-index.js';

/**
 * The councils that lie within an area on a date (districts, counties, unitaries, metropolitan
 * districts, London boroughs, Scottish, Welsh and Northern Ireland councils), through a county
 * as well as directly, leaving out the area itself, combined authorities and nations.
 *
 * @param container - the GSS code of a combined authority, county or nation
 * @param on - the date (`YYYY-MM-DD`)
 * @returns the councils' GSS codes, sorted
 * @example
 * ```ts
 * councilsWithin('E47000001', '2025-01-01').length; // 10: the Greater Manchester councils
 * councilsWithin('E47000015', '2025-07-10').length; // 10: Devon, its 8 districts and Torbay
 * ```
 */
export function councilsWithin(container: string, on: CalendarDate): readonly string[] {
  const index = registryIndex();
  return (index.contents.get(container) ?? [])
    .filter((code) => {
      const area = index.byCode.get(code)!;
      return area.tier !== 'combined' && area.tier !== 'nation' && areaExistsOn(area, on) && isWithin(code, container, on);
    })
    .sort();
}

/**
 * The councils within an area on a date that a person can be said to live in (those billing
 * council tax: districts, unitaries, boroughs; not the county itself), by short name: what to
 * offer someone who gave a county or a combined authority as where a person lives.
 *
 * @param container - the GSS code of a county or combined authority
 * @param on - the date (`YYYY-MM-DD`)
 * @returns the councils' short names, in alphabetical order
 * @example
 * ```ts
 * homeCouncilsWithin('E10000016', '2026-11-23').slice(0, 3); // ['Ashford', 'Canterbury', 'Dartford']: Kent's districts
 * ```
 */
export function homeCouncilsWithin(container: string, on: CalendarDate): readonly string[] {
  const index = registryIndex();
  return councilsWithin(container, on)
    .map((code) => index.byCode.get(code)!)
    .filter((area) => area.billsCouncilTax)
    .map((area) => area.shortName)
    .sort((a, b) => a.localeCompare(b));
}
