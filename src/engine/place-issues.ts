import type { AreaRoles, Geography } from '../areas/geography.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Person } from '../schema/person.js';
import type { InputIssue } from '../validation/input-issue.js';

/** The dates a call asks about, both included: `on` alone, or a timeline's `from` and `until`. */
export interface DateWindow {
  readonly first: CalendarDate;
  readonly last: CalendarDate;
}

const PLACES_TO_LIVE = 'a district, unitary, metropolitan or London borough, or a Welsh, Scottish or Northern Ireland council';
const RESPONSIBLE_COUNCILS = 'a county, unitary, metropolitan or London borough, or a Welsh or Scottish council';

function named(code: string, geography: Geography): string {
  const name = geography.nameOf(code);
  return name === undefined ? code : `${code} (${name})`;
}

/** "the council that replaced it, X", "one of the councils that replaced it, X or Y" (or, for a responsible authority, "took over its care leavers"). */
function successorsOf(roles: AreaRoles, geography: Geography, did = 'replaced it'): string {
  const successors = (roles.replacedBy ?? []).map((code) => named(code, geography));
  if (successors.length === 0) return 'the council of that date';
  return successors.length === 1 ? `the council that ${did}, ${successors[0]}` : `one of the councils that ${did}, ${successors.join(' or ')}`;
}

/**
 * Why an area cannot be where the person lives from `start` (included) to `end` (excluded, or
 * open), as far as the window asks: it is not a place to live, or it did not exist for part of it.
 */
function residenceIssue(
  code: string,
  start: CalendarDate | undefined,
  end: CalendarDate | undefined,
  window: DateWindow,
  geography: Geography,
  given: 'residence' | 'history' | 'destination',
): Omit<InputIssue, 'path'> | undefined {
  const roles = geography.rolesOf?.(code);
  if (roles === undefined) return undefined;
  const who = given === 'destination' ? 'the council area they move to' : 'the council area they live in';
  if (!roles.livedIn) {
    return { code: 'wrong-kind-of-area', message: `${named(code, geography)} is ${roles.description}, not a place to live; give ${who} (${PLACES_TO_LIVE})` };
  }
  // The part of the window in which they live there: from `first` up to `last` (both included).
  const first = start === undefined || start < window.first ? window.first : start;
  const lastIncluded = end === undefined || window.last < end;
  if (window.last < first || (end !== undefined && end <= first)) return undefined;
  if (roles.from !== undefined && first < roles.from) {
    if (roles.replaces !== undefined && roles.replaces.length === 0) {
      // Northern Ireland's councils before 2015 have no code a person's places can take.
      return { code: 'area-not-on-date', message: `${named(code, geography)} began on ${roles.from}, after ${first}, and the councils before it have no code this package takes; ask about dates from ${roles.from}` };
    }
    const places = (roles.replaces ?? []).filter((c) => geography.rolesOf?.(c)?.livedIn === true);
    const before = places.length === 0 ? '' : ` (it replaced ${places.map((c) => named(c, geography)).join(', ')})`;
    const fix = given === 'residence' ? `the council they lived in on ${first}${before}, or a residence history` : `the council of ${first}${before}`;
    return { code: 'area-not-on-date', message: `${named(code, geography)} began on ${roles.from}, after ${first}; give ${fix}` };
  }
  if (roles.until !== undefined && (lastIncluded ? roles.until <= window.last : roles.until < end!)) {
    const when = lastIncluded ? `so did not exist on ${window.last}` : 'before the end of the period';
    const successor = successorsOf(roles, geography);
    const fix =
      given === 'history'
        ? `a period from ${roles.until} in ${successor}`
        : `${successor}${given === 'residence' && window.first < roles.until ? `, or a residence history with a period from ${roles.until}` : ''}`;
    return { code: 'area-not-on-date', message: `${named(code, geography)} ended on ${roles.until}, ${when}; give ${fix}` };
  }
  return undefined;
}

/**
 * What is wrong with the person's places for the dates asked about, as the geography describes
 * them: where they live must be a place to live (not a county made of districts, a combined
 * authority or a nation) that exists on the dates they live there, and the responsible authority a
 * council that looks after children and exists on every date asked about (a person has one
 * responsible authority, so a timeline cannot cross its replacement). A geography without
 * `rolesOf` (a fictional one) accepts every known area.
 *
 * @param person - the person, already validated
 * @param window - the first and last dates asked about
 * @param geography - the geography the call uses
 * @returns the issues, each with its path under `person`
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E10000008' } as const;
 * placeIssues(person, { first: '2026-11-23', last: '2026-11-23' }, ukGeography)[0]?.path; // ['person', 'residence']
 * ```
 */
export function placeIssues(person: Person, window: DateWindow, geography: Geography): InputIssue[] {
  if (geography.rolesOf === undefined) return [];
  const issues: InputIssue[] = [];
  const responsible = person.responsibleAuthority;
  const roles = geography.rolesOf(responsible);
  if (roles !== undefined) {
    if (!roles.looksAfterChildren) {
      const county = roles.livedIn ? geography.councilsServing(responsible, window.first).find((code) => code !== responsible) : undefined;
      issues.push({
        code: 'wrong-kind-of-area',
        path: ['person', 'responsibleAuthority'],
        message: `${named(responsible, geography)} is ${roles.description}, which does not look after children; give the council that looked after them (${RESPONSIBLE_COUNCILS})${county === undefined ? '' : `: for this district, ${named(county, geography)}`}`,
      });
    } else if (roles.from !== undefined && window.first < roles.from) {
      issues.push({
        code: 'area-not-on-date',
        path: ['person', 'responsibleAuthority'],
        message: `${named(responsible, geography)} began on ${roles.from}, after ${window.first}; give the council responsible for them on ${window.first}, or ask about dates from ${roles.from}`,
      });
    } else if (roles.until !== undefined && roles.until <= window.last) {
      // A timeline cannot change the responsible authority: one that ends within it is refused.
      const gone = roles.until <= window.first;
      issues.push({
        code: 'area-not-on-date',
        path: ['person', 'responsibleAuthority'],
        message: gone
          ? `${named(responsible, geography)} ended on ${roles.until}, so did not exist on ${window.first}; give ${successorsOf(roles, geography, 'took over its care leavers')}`
          : `${named(responsible, geography)} ended on ${roles.until}, so did not exist on ${window.last}; ask about dates before ${roles.until}, or from then with ${successorsOf(roles, geography, 'took over its care leavers')}`,
      });
    }
  }
  const residence = person.residence;
  if (typeof residence === 'string') {
    const issue = residenceIssue(residence, undefined, undefined, window, geography, 'residence');
    if (issue !== undefined) issues.push({ ...issue, path: ['person', 'residence'] });
  } else {
    residence.forEach((period, i) => {
      const issue = residenceIssue(period.area, period.from, residence[i + 1]?.from, window, geography, 'history');
      if (issue !== undefined) issues.push({ ...issue, path: ['person', 'residence', i, 'area'] });
    });
  }
  return issues;
}

/**
 * What is wrong with an area someone moves to on a date: it must be a place to live that exists then.
 *
 * @param to - the area's code (known to the geography)
 * @param on - the date of the move
 * @param geography - the geography the call uses
 * @returns the issue (with an empty path), or `undefined` when the area can be moved to
 * @example
 * ```ts
 * destinationIssue('E47000001', '2026-11-23', ukGeography)?.code; // 'wrong-kind-of-area' (Greater Manchester is a combined authority)
 * destinationIssue('E08000003', '2026-11-23', ukGeography); // undefined
 * ```
 */
export function destinationIssue(to: string, on: CalendarDate, geography: Geography): InputIssue | undefined {
  const issue = residenceIssue(to, undefined, undefined, { first: on, last: on }, geography, 'destination');
  return issue === undefined ? undefined : { ...issue, path: [] };
}

/** The first day after a date on which one of the person's councils no longer exists (see {@link placesEndAfter}). */
export interface PlaceEnd {
  readonly date: CalendarDate;
  readonly area: string;
  readonly role: 'responsible-authority' | 'residence';
}

/**
 * The first day after `on` on which the council that looked after the person, or the council they
 * live in then, no longer exists (abolished, or a later period of a residence history starting
 * before its council began): answers cannot be carried past it, as the question names a council
 * that is gone. `undefined` when every place lasts, or the geography cannot say (no `rolesOf`).
 *
 * @param person - the person, already validated
 * @param on - the date asked about
 * @param geography - the geography the call uses
 * @returns the date, the area and its role, or `undefined`
 * @example
 * ```ts
 * const cumbria = { dateOfBirth: '2001-01-10', category: 'former-relevant', responsibleAuthority: 'E10000006', residence: 'E07000026' } as const;
 * placesEndAfter(cumbria, '2022-06-01', ukGeography)?.date; // '2023-04-01' (Cumbria and Allerdale were replaced)
 * ```
 */
export function placesEndAfter(person: Person, on: CalendarDate, geography: Geography): PlaceEnd | undefined {
  const rolesOf = geography.rolesOf?.bind(geography);
  if (rolesOf === undefined) return undefined;
  let first: PlaceEnd | undefined;
  const consider = (date: CalendarDate | undefined, area: string, role: PlaceEnd['role']): void => {
    if (date !== undefined && date > on && (first === undefined || date < first.date)) first = { date, area, role };
  };
  consider(rolesOf(person.responsibleAuthority)?.until, person.responsibleAuthority, 'responsible-authority');
  const residence = person.residence;
  if (typeof residence === 'string') {
    consider(rolesOf(residence)?.until, residence, 'residence');
    return first;
  }
  residence.forEach((period, i) => {
    const next = residence[i + 1]?.from;
    if (next !== undefined && next <= on) return; // over before the date asked
    const roles = rolesOf(period.area);
    if (roles === undefined) return;
    if (roles.until !== undefined && (next === undefined || roles.until < next)) consider(roles.until, period.area, 'residence');
    if (roles.from !== undefined && period.from < roles.from) consider(period.from, period.area, 'residence');
  });
  return first;
}
