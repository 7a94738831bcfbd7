import { type AgeMark, type AgePeriodEnd, ageMark, markDate, markParts } from '../dates/age-mark.js';
import type { LeapDayBirthdayRule } from '../dates/birthday.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Person } from '../schema/person.js';
import type { ClaimStart, IndexedOffer } from './dataset-index.js';
import type { Geography } from '../areas/geography.js';

/** Why an answer may change on a date. */
export type ChangeCause =
  /**
   * A birthday an offer's age condition names (or the 18th, when categories change); with
   * `endOf`, the day after the month or financial year of that birthday, where an age band runs
   * on to it.
   */
  | { readonly cause: 'birthday'; readonly age: number; readonly endOf?: AgePeriodEnd }
  /** A dated version of an offer. */
  | { readonly cause: 'version'; readonly offerId: string }
  /** A move in the person's residence history. */
  | { readonly cause: 'move'; readonly to: string }
  /** Where a place lies changes (a council joins a combined authority). */
  | { readonly cause: 'geography'; readonly area: string }
  /** A document's claim to be the whole rule for the kind in these areas starts to hold. */
  | { readonly cause: 'coverage'; readonly areas: readonly string[] };

/** A date on which an answer may change, with everything that happens on it. */
export interface ChangePoint {
  readonly date: CalendarDate;
  readonly causes: readonly ChangeCause[];
}

/**
 * The dates after `after` (up to and including `until`, if given) on which an outcome could
 * change, each with its causes: the birthdays the offers' age conditions name, the offers' version
 * dates, the moves in the person's residence history, the dates where their places lie
 * changes, when the geography says so, and the dates coverage claims of the kind start, when
 * given. `endsOn` and `timeline` both scan these.
 *
 * @param offers - the offers to look at
 * @param person - the person
 * @param after - dates strictly after this one
 * @param options - `until` (inclusive upper bound), the leap-day rule and the geography
 * @returns the change points in date order, each date once
 * @example
 * ```ts
 * changePoints(offers, person, '2025-01-01', { leapDayBirthday: 'march-1' })[0];
 * // { date: '2025-06-15', causes: [{ cause: 'birthday', age: 21 }] }
 * ```
 */
export function changePoints(
  offers: readonly IndexedOffer[],
  person: Person,
  after: CalendarDate,
  options: {
    readonly until?: CalendarDate | undefined;
    readonly leapDayBirthday: LeapDayBirthdayRule;
    readonly geography?: Geography | undefined;
    /** The dates after `after` on which coverage claims of the kind start, with their areas (see `claimStartsAfter`). */
    readonly claimStarts?: readonly ClaimStart[] | undefined;
  },
): ChangePoint[] {
  const { until, leapDayBirthday } = options;
  const marks = marksOf(offers);
  const versions = versionsAfter(offers, after);
  // Birthdays (marks in order, so their dates are in order) and version dates (in date order),
  // merged: each date once, its birthdays before its versions.
  const points: ChangePoint[] = [];
  const dateOf = (a: number): CalendarDate | null => (a < marks.length ? markDate(person.dateOfBirth, marks[a]!, leapDayBirthday) : null);
  let a = 0;
  let nextBirthday = dateOf(a);
  while (nextBirthday !== null && nextBirthday <= after) nextBirthday = dateOf(++a);
  let v = 0;
  for (;;) {
    const nextVersion = v < versions.length ? versions[v]![0] : null;
    const date = nextBirthday === null ? nextVersion : nextVersion === null || nextBirthday < nextVersion ? nextBirthday : nextVersion;
    if (date === null || (until !== undefined && date > until)) break;
    const causes: ChangeCause[] = [];
    // Two marks may fall on one day (the 1 April that ends a financial year and is a birthday).
    while (nextBirthday === date) {
      causes.push(birthdayCause(marks[a]!));
      nextBirthday = dateOf(++a);
    }
    while (v < versions.length && versions[v]![0] === date) causes.push({ cause: 'version', offerId: versions[v++]![1] });
    points.push({ date, causes });
  }
  // Moves, changes of geography and claims starting, rarer, join the dates they fall on (after what is there).
  let later: Map<CalendarDate, ChangeCause[]> | null = null;
  const claimStarts = options.claimStarts;
  const changes =
    claimStarts === undefined || claimStarts.length === 0
      ? placeChanges(person, options.geography)
      : [...placeChanges(person, options.geography), ...claimStarts.map(([date, areas]): PlaceChange => [date, { cause: 'coverage', areas }])];
  for (const [date, cause] of changes) {
    if (date <= after || (until !== undefined && date > until)) continue;
    later ??= new Map();
    const causes = later.get(date);
    if (causes === undefined) later.set(date, [cause]);
    else causes.push(cause);
  }
  if (later === null) return points;
  for (const point of points) {
    const causes = later.get(point.date);
    later.set(point.date, causes === undefined ? (point.causes as ChangeCause[]) : [...point.causes, ...causes]);
  }
  return [...later.keys()].sort().map((date) => ({ date, causes: later.get(date)! }));
}

type PlaceChange = readonly [CalendarDate, ChangeCause];

/**
 * The last person object (the engine's parsed copy, new on every call) and geography asked about,
 * with their place changes: one call asks for them once per kind. One entry, not a WeakMap keyed
 * by person: a WeakMap took an entry per call, and adding to it and collecting it cost the peers'
 * two-kind workload about a fifth of its time.
 */
let lastAsked: { readonly person: Person; readonly geography: Geography | undefined; readonly changes: readonly PlaceChange[] } | null = null;

/**
 * The person's moves and the changes of geography around their places, whatever the offers: the
 * same for every kind, so worked out once per person object (the engine's parsed copy) and geography.
 */
function placeChanges(person: Person, geography: Geography | undefined): readonly PlaceChange[] {
  if (lastAsked !== null && lastAsked.person === person && lastAsked.geography === geography) return lastAsked.changes;
  const changes: PlaceChange[] = [];
  if (typeof person.residence !== 'string') {
    const moves = new Set<string>();
    for (const period of person.residence) {
      const key = `${period.from} ${period.area}`;
      if (moves.has(key)) continue;
      moves.add(key);
      changes.push([period.from, { cause: 'move', to: period.area }]);
    }
  }
  const changeDates = geography?.changeDates;
  if (changeDates !== undefined) {
    const places = typeof person.residence === 'string' ? [person.responsibleAuthority, person.residence] : [person.responsibleAuthority, ...person.residence.map((p) => p.area)];
    const seen = new Set<string>();
    for (const place of places) {
      if (seen.has(place)) continue;
      seen.add(place);
      for (const date of changeDates.call(geography, place)) changes.push([date, { cause: 'geography', area: place }]);
    }
  }
  lastAsked = { person, geography, changes };
  return changes;
}

/** The cause of a change on a mark's date: a birthday, or the end of its month or financial year. */
function birthdayCause(mark: AgeMark): ChangeCause {
  if (Number.isInteger(mark)) return { cause: 'birthday', age: mark };
  const { age, endOf } = markParts(mark);
  return { cause: 'birthday', age, endOf: endOf! };
}

/**
 * The mark of a birthday cause (see `AgeMark`), to find the offers it touches.
 *
 * @param cause - a birthday cause
 * @returns its mark
 * @example
 * ```ts
 * causeMark({ cause: 'birthday', age: 21, endOf: 'month' }); // 21.25
 * ```
 */
export function causeMark(cause: { readonly age: number; readonly endOf?: AgePeriodEnd }): AgeMark {
  return cause.endOf === undefined ? cause.age : ageMark(cause.age, cause.endOf);
}

/**
 * The marks (birthdays, and ends of their periods) the offers' conditions name, each once, in
 * order. The lists are a few numbers long, so each is put in its place as it comes
 * (Array.prototype.sort with a comparator costs more than that).
 */
function marksOf(offers: readonly IndexedOffer[]): number[] {
  const ages: number[] = [];
  for (let o = 0; o < offers.length; o++) {
    const birthdays = offers[o]!.birthdays;
    for (let b = 0; b < birthdays.length; b++) {
      const age = birthdays[b]!;
      if (ages.includes(age)) continue;
      let i = ages.length;
      ages.push(age);
      for (; i > 0 && ages[i - 1]! > age; i--) ages[i] = ages[i - 1]!;
      ages[i] = age;
    }
  }
  return ages;
}

/**
 * The offers' version dates after `after`, with the offer of each, in date order (offers in list
 * order on a date, as the points list their causes). Worked out on each call from each offer's
 * dates (in order in the index): remembering it per list of offers cost a place view about 40%
 * of its memory.
 */
function versionsAfter(offers: readonly IndexedOffer[], after: CalendarDate): (readonly [CalendarDate, string])[] {
  const versions: (readonly [CalendarDate, string])[] = [];
  for (let o = 0; o < offers.length; o++) {
    const offer = offers[o]!;
    const dates = offer.changeDates;
    for (let d = firstAfter(dates, after); d < dates.length; d++) {
      // Put in its place as it comes, after any of the same date: on one date, the offers stay in list order.
      const version = [dates[d]!, offer.offer.id] as const;
      let i = versions.length;
      versions.push(version);
      for (; i > 0 && versions[i - 1]![0] > version[0]; i--) versions[i] = versions[i - 1]!;
      versions[i] = version;
    }
  }
  return versions;
}

/** The index of the first date after `after` (dates in order). */
function firstAfter(dates: readonly CalendarDate[], after: CalendarDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle]! <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}
