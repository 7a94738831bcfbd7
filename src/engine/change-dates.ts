import { birthday, type LeapDayBirthdayRule } from '../dates/birthday.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Person } from '../schema/person.js';
import type { IndexedOffer } from './dataset-index.js';
import type { Geography } from './geography.js';

/**
 * The dates after `after` (up to and including `until`, if given) on which an outcome could
 * change: the birthdays the offers' age conditions name, the offers' version dates, the moves
 * in the person's residence history, and the dates where their places lie changes (a council
 * joining a combined authority), when the geography says so.
 *
 * @param offers - the offers to look at
 * @param person - the person
 * @param after - dates strictly after this one
 * @param options - `until` (inclusive upper bound), the leap-day rule and the geography
 * @returns the dates in order, each once
 * @example
 * ```ts
 * changeDates(offers, person, '2025-01-01', { leapDayBirthday: 'march-1' }); // ['2025-06-15', …]
 * ```
 */
export function changeDates(
  offers: readonly IndexedOffer[],
  person: Person,
  after: CalendarDate,
  options: { readonly until?: CalendarDate; readonly leapDayBirthday: LeapDayBirthdayRule; readonly geography?: Geography },
): CalendarDate[] {
  const dates = new Set<CalendarDate>();
  const consider = (date: CalendarDate) => {
    if (date > after && (options.until === undefined || date <= options.until)) dates.add(date);
  };
  for (const offer of offers) {
    for (const age of offer.birthdays) consider(birthday(person.dateOfBirth, age, options.leapDayBirthday));
    for (const date of offer.changeDates) consider(date);
  }
  if (typeof person.residence !== 'string') for (const period of person.residence) consider(period.from);
  // Where the person's places lie can change too (a council joins a combined authority).
  const places = [person.responsibleAuthority, ...(typeof person.residence === 'string' ? [person.residence] : person.residence.map((p) => p.area))];
  for (const place of places) for (const date of options.geography?.changeDates?.(place) ?? []) consider(date);
  return [...dates].sort();
}
