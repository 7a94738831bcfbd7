import { type CalendarDate, requireDate } from '../dates/calendar-date.js';
import { within } from './area-exists-within.js';
import { wrongArgument } from '../validation/require-object.js';

/**
 * Whether an area is another area or lies within it on a date: a district in its county, a
 * council in a combined authority it is a member of on that date (directly or through its
 * county), any area in its nation. Containment is transitive. Precomputed: a few map look-ups.
 *
 * @param area - the GSS code of the inner area
 * @param container - the GSS code of the outer area
 * @param on - the date (`YYYY-MM-DD`); combined authority memberships are dated
 * @returns true when `area` is `container` or lies within it on `on`
 * @example
 * ```ts
 * isWithin('E08000001', 'E47000001', '2025-01-01'); // true: Bolton is in Greater Manchester
 * isWithin('E07000112', 'E10000016', '2025-01-01'); // true: Folkestone and Hythe is in Kent
 * isWithin('E07000032', 'E47000013', '2025-01-01'); // true: Amber Valley, through Derbyshire
 * isWithin('E08000021', 'E47000014', '2024-05-06'); // false: the North East CA began on 7 May 2024
 * ```
 */
export function isWithin(area: string, container: string, on: CalendarDate): boolean {
  if (typeof area !== 'string') throw wrongArgument('area', 'area', area, "a GSS code as text, such as 'E08000001'");
  if (typeof container !== 'string') throw wrongArgument('area', 'container', container, "a GSS code as text, such as 'E47000001'");
  return within(area, container, requireDate(on, 'on', 'area'));
}
