import type { CalendarDate } from '../dates/calendar-date.js';
import type { Person } from '../schema/person.js';

/**
 * Where a person lives on a date: their one area, or the period of their residence history
 * that covers the date.
 *
 * @param person - the person
 * @param on - the date
 * @returns the area code, or null when the date is before their residence history begins
 * @example
 * ```ts
 * residenceOn({ ...person, residence: [{ from: '2024-01-01', area: 'E08000001' }] }, '2023-12-31'); // null
 * ```
 */
export function residenceOn(person: Pick<Person, 'residence'>, on: CalendarDate): string | null {
  if (typeof person.residence === 'string') return person.residence;
  let area: string | null = null;
  for (const period of person.residence) {
    if (period.from > on) break;
    area = period.area;
  }
  return area;
}
