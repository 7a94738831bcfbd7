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
  const { until } = options;
  const points = new Map<CalendarDate, ChangeCause[]>();
  const add = (date: CalendarDate, cause: ChangeCause) => {
    if (date <= after || (until !== undefined && date > until)) return;
    const causes = points.get(date);
    if (causes === undefined) points.set(date, [cause]);
    else causes.push(cause);
  };
  const summary = summaryOf(offers);
  for (const age of summary.ages) add(birthday(person.dateOfBirth, age, options.leapDayBirthday), { cause: 'birthday', age });
  for (const [date, offerId] of summary.versions) add(date, { cause: 'version', offerId });
  if (typeof person.residence !== 'string') {
    const moves = new Set<string>();
    for (const period of person.residence) {
      const key = `${period.from} ${period.area}`;
      if (moves.has(key)) continue;
      moves.add(key);
      add(period.from, { cause: 'move', to: period.area });
    }
  }
  const places = [...new Set([person.responsibleAuthority, ...(typeof person.residence === 'string' ? [person.residence] : person.residence.map((p) => p.area))])];
  if (options.geography?.changeDates !== undefined) {
    for (const place of places) for (const date of options.geography.changeDates(place)) add(date, { cause: 'geography', area: place });
  }
  if (points.size === 0) return [];
  return [...points.keys()].sort().map((date) => ({ date, causes: points.get(date)! }));
}

/** What a list of offers can change on, whoever the person: the ages its conditions name, and each offer's version dates. */
interface ChangeSummary {
  readonly ages: readonly number[];
  readonly versions: readonly (readonly [CalendarDate, string])[];
}

const summaries = new WeakMap<readonly IndexedOffer[], ChangeSummary>();

/** The change summary of a list of offers, remembered for the list (place views and the index keep their lists). */
function summaryOf(offers: readonly IndexedOffer[]): ChangeSummary {
  let summary = summaries.get(offers);
  if (summary === undefined) {
    const ages: number[] = [];
    const versions: (readonly [CalendarDate, string])[] = [];
    for (const offer of offers) {
      for (const age of offer.birthdays) if (!ages.includes(age)) ages.push(age);
      // An offer's change dates are unique (the index makes them so), and offers are distinct.
      for (const date of offer.changeDates) versions.push([date, offer.offer.id]);
    }
    summary = { ages, versions };
    summaries.set(offers, summary);
  }
  return summary;
}
