import { birthday, type LeapDayBirthdayRule } from '../dates/birthday.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Person } from '../schema/person.js';
import type { IndexedOffer } from './dataset-index.js';
import type { Geography } from '../areas/geography.js';

/** Why an answer may change on a date. */
export type ChangeCause =
  /** A birthday an offer's age condition names (or the 18th, when categories change). */
  | { readonly cause: 'birthday'; readonly age: number }
  /** A dated version of an offer. */
  | { readonly cause: 'version'; readonly offerId: string }
  /** A move in the person's residence history. */
  | { readonly cause: 'move'; readonly to: string }
  /** Where a place lies changes (a council joins a combined authority). */
  | { readonly cause: 'geography'; readonly area: string };

/** A date on which an answer may change, with everything that happens on it. */
export interface ChangePoint {
  readonly date: CalendarDate;
  readonly causes: readonly ChangeCause[];
}

/**
 * The dates after `after` (up to and including `until`, if given) on which an outcome could
 * change, each with its causes: the birthdays the offers' age conditions name, the offers' version
 * dates, the moves in the person's residence history, and the dates where their places lie
 * changes, when the geography says so. `endsOn` and `timeline` both scan these.
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
  options: { readonly until?: CalendarDate | undefined; readonly leapDayBirthday: LeapDayBirthdayRule; readonly geography?: Geography | undefined },
): ChangePoint[] {
  const points = new Map<CalendarDate, ChangeCause[]>();
  const seen = new Set<string>();
  const consider = (date: CalendarDate, cause: ChangeCause, key: string) => {
    if (date <= after || (options.until !== undefined && date > options.until)) return;
    if (seen.has(`${date} ${key}`)) return;
    seen.add(`${date} ${key}`);
    const causes = points.get(date);
    if (causes === undefined) points.set(date, [cause]);
    else causes.push(cause);
  };
  for (const offer of offers) {
    for (const age of offer.birthdays) consider(birthday(person.dateOfBirth, age, options.leapDayBirthday), { cause: 'birthday', age }, `b${age}`);
    for (const date of offer.changeDates) consider(date, { cause: 'version', offerId: offer.offer.id }, `v${offer.offer.id}`);
  }
  if (typeof person.residence !== 'string') {
    for (const period of person.residence) consider(period.from, { cause: 'move', to: period.area }, `m${period.area}`);
  }
  const places = [person.responsibleAuthority, ...(typeof person.residence === 'string' ? [person.residence] : person.residence.map((p) => p.area))];
  for (const place of places) {
    for (const date of options.geography?.changeDates?.(place) ?? []) consider(date, { cause: 'geography', area: place }, `g${place}`);
  }
  return [...points.keys()].sort().map((date) => ({ date, causes: points.get(date)! }));
}
