import type { AreaRef } from '../areas/area-resolution.js';
import type { Area } from '../areas/area.js';
import { areaStandingOn } from '../areas/area-standing-on.js';
import { getArea } from '../areas/get-area.js';
import { resolveArea } from '../areas/resolve-area.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { UsageError } from './usage-error.js';

/** An area the user named, resolved. */
export interface NamedArea {
  readonly code: string;
  /** The name people use ("Bolton"). */
  readonly name: string;
  /** Where it sits in local government (`unitary`, `lower`, `upper`, `combined`, `nation`…). */
  readonly tier: string;
  /** Whether it runs children's services (so can be a responsible authority). */
  readonly childrensServices: boolean;
  /** A note from the registry (an old name, a council that has since merged). */
  readonly note?: string;
}

/** An area as the command line names it, with a note when there is one. */
function namedArea(area: Area, note?: string): NamedArea {
  return { code: area.code, name: area.shortName, tier: area.tier, childrensServices: area.childrensServices, ...(note === undefined ? {} : { note }) };
}

/**
 * An area abolished by the date: the one council that replaced it stands for it, with a note;
 * otherwise (split between councils, or replaced by councils the register does not name, as
 * Northern Ireland's of 2015) a usage error says what to give instead.
 */
function successorOf(option: string, query: string, area: Area, on: CalendarDate): NamedArea {
  const standing = areaStandingOn(area, on);
  if (standing.ok) {
    const successor = standing.area;
    return namedArea(successor, `${area.shortName} (${area.code}) was abolished on ${area.endDate}; answered for ${successor.shortName} (${successor.code}), which replaced it`);
  }
  const { successors } = standing;
  // For the council that looked after them there is no place to go by: the council that took over their care decides.
  const which = option === '--responsible' ? 'the one that took over their care (their leaving care service will know)' : 'the one that covers the place';
  const now =
    successors.length > 1
      ? `its area is now split between ${successors.map(describeCandidate).join(' and ')}; give ${which}`
      : option === '--responsible'
        ? 'give the council that took over their care (their leaving care service will know)'
        : 'give the council that covers the place now';
  throw new UsageError(`${option} "${query}" is ${area.shortName}, a council abolished on ${area.endDate}; ${now} (search with "care-leaver-entitlements areas ${query}")`);
}

/** Among the areas a name could mean, the kind an option asks for (the guarantee's AREA: a region). */
export interface PreferredArea {
  /** Whether an area is of the kind. */
  readonly test: (area: Area) => boolean;
  /** The kind in words, for the note ("a region"). */
  readonly what: string;
}

function describeCandidate(area: AreaRef): string {
  return `${area.name} (${area.code})`;
}

/**
 * Resolves an area given on the command line (a name, a short name, a common spelling or a GSS
 * code) on a date.
 *
 * @param option - the option's name, such as `--lives-in`
 * @param query - what was typed
 * @param on - the date (areas change over time)
 * @param prefer - for a name that could mean several areas, the kind wanted: when exactly one of
 *   them is of it, that one is taken, with a note ("London" for a guarantee: the Greater London Authority)
 * @returns the area's code and name
 * @throws {@link UsageError} for an empty value, an unknown area (with the closest names), an ambiguous one (with
 *   candidates), or a council abolished by the date that no single council replaced (an abolished
 *   council that one council replaced stands for that council, with a note)
 * @example
 * ```ts
 * resolveAreaOption('--lives-in', 'Bolton', '2026-11-23'); // { code: 'E08000001', name: 'Bolton' }
 * ```
 */
export function resolveAreaOption(option: string, query: string, on: CalendarDate, prefer?: PreferredArea): NamedArea {
  if (query.trim() === '') {
    throw new UsageError(`${option} is empty; give ${option === 'AREA' ? "an area's" : "a council's"} name or GSS code (for example Bolton or E08000001)`);
  }
  const result = resolveArea(query, { on });
  if (result.ok) {
    const { area } = result;
    if (area.endDate !== undefined && area.endDate <= on) return successorOf(option, query, area, on);
    return namedArea(area, result.note);
  }
  const { issue } = result;
  if (issue.code === 'ambiguous-area') {
    const areas = issue.candidates.map((ref) => getArea(ref.code)).filter((area): area is Area => area !== undefined);
    const preferred = prefer === undefined ? [] : areas.filter(prefer.test);
    if (preferred.length === 1) {
      const area = preferred[0]!;
      const others = issue.candidates.filter((ref) => ref.code !== area.code).map(describeCandidate);
      return namedArea(area, `"${query}" also names ${others.join(' and ')}; chose ${describeCandidate(area)}, as ${option} is ${prefer!.what}`);
    }
    const candidates = issue.candidates.slice(0, 6).map(describeCandidate);
    throw new UsageError(
      `${option} "${query}" is ambiguous${candidates.length > 0 ? `: it could be ${candidates.join(', ')}` : ''}; give the full name or a GSS code`,
    );
  }
  const suggestions = issue.suggestions.slice(0, 5).map(describeCandidate);
  throw new UsageError(
    `${option} "${query}" is not a known area; ${suggestions.length > 0 ? `did you mean ${suggestions.join(', ')}? ` : ''}search with "care-leaver-entitlements areas ${query}"`,
  );
}
