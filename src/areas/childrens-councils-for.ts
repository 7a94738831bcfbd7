import type { CalendarDate } from '../dates/calendar-date.js';
import { childrensServicesAuthority } from './childrens-services-authority.js';
import { councilsWithin } from './councils-within.js';
import { getArea } from './get-area.js';

/**
 * Who looks after children for an area that does not itself: in Northern Ireland, Health and
 * Social Care Trusts, which the register does not hold; elsewhere the councils to give instead,
 * by short name (none when there is no short list to give, as for a nation).
 */
export type ChildrensCouncilsFor = { readonly by: 'health-and-social-care-trusts' } | { readonly by: 'councils'; readonly councils: readonly string[] };

/**
 * What to give instead of an area named as the council that looked after someone when it looks
 * after no children: a district's county, a combined authority's councils that look after
 * children, or, for a Northern Ireland council, the trusts (which this package does not hold).
 * The command line and the adviser page word it each in their own way.
 *
 * @param code - the GSS code of the area given
 * @param on - the date asked about
 * @returns the trusts, or the councils to give (short names, sorted; empty when none can be named)
 * @example
 * ```ts
 * childrensCouncilsFor('E07000082', '2026-11-23'); // { by: 'councils', councils: ['Gloucestershire'] }: Stroud's county
 * childrensCouncilsFor('E47000001', '2026-11-23').by; // 'councils': the ten Greater Manchester councils
 * childrensCouncilsFor('N09000003', '2026-11-23'); // { by: 'health-and-social-care-trusts' }: Belfast
 * ```
 */
export function childrensCouncilsFor(code: string, on: CalendarDate): ChildrensCouncilsFor {
  const area = getArea(code);
  if (area?.nation === 'Northern Ireland') return { by: 'health-and-social-care-trusts' };
  if (area === undefined || area.tier === 'nation') return { by: 'councils', councils: [] };
  const county = area.tier === 'lower' ? childrensServicesAuthority(area, on) : undefined;
  if (county !== undefined) return { by: 'councils', councils: [county.shortName] };
  const within = councilsWithin(code, on)
    .map((c) => getArea(c)!)
    .filter((a) => a.childrensServices)
    .map((a) => a.shortName)
    .sort((a, b) => a.localeCompare(b));
  return { by: 'councils', councils: within };
}
