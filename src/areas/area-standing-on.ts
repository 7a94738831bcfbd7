import type { CalendarDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { getArea } from './get-area.js';
import { InvalidInputError, describeGiven } from '../validation/input-issue.js';

/**
 * The area that stands for an area on a date: the area itself while it exists; after it was
 * abolished, the one council that replaced it, or what replaced that in turn (`replaced` names
 * the old one); or, where no single
 * council did (split between councils, or replaced by councils the register does not name, as
 * Northern Ireland's of 2015), nothing, with the councils that did.
 *
 * @param given - an area, as resolved from a name, or its code
 * @param on - the date
 * @returns the area standing for it, or the successors to choose from
 * @example
 * ```ts
 * const corby = getArea('E07000150')!;
 * const now = areaStandingOn(corby, '2026-11-23');
 * now.ok ? now.area.shortName : ''; // 'North Northamptonshire'
 * areaStandingOn(corby, '2020-01-01').ok; // true (Corby itself, which still existed)
 * const byCode = areaStandingOn('E07000150', '2026-11-23');
 * byCode.ok ? byCode.area.code : ''; // 'E06000061'
 * ```
 */
export function areaStandingOn(
  given: Area | string,
  on: CalendarDate,
): { readonly ok: true; readonly area: Area; readonly replaced?: Area } | { readonly ok: false; readonly successors: readonly Area[] } {
  const area = typeof given === 'string' ? getArea(given) : given;
  if (typeof area !== 'object' || area === null) {
    throw new InvalidInputError('area', [
      { code: 'unknown-area', path: ['area'], message: `${describeGiven(given)} is not an area or a known area code; resolveArea() finds the area for a name` },
    ]);
  }
  if (area.endDate === undefined || area.endDate > on) return { ok: true, area };
  // A successor may itself have been replaced since: follow each to what stands on the date.
  const successors = [
    ...new Set(
      area.replacedBy.flatMap((code) => {
        const successor = getArea(code);
        if (successor === undefined) return [];
        const standing = areaStandingOn(successor, on);
        return standing.ok ? [standing.area] : standing.successors;
      }),
    ),
  ];
  return successors.length === 1 ? { ok: true, area: successors[0]!, replaced: area } : { ok: false, successors };
}
