import { type LeapDayBirthdayRule, birthday } from '../dates/birthday.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { CareLeaverCategory } from '../schema/care-leaver-category.js';

/**
 * The birthday at which an eligible or relevant child becomes a former relevant child (Children
 * Act 1989 s23C).
 *
 * @example
 * ```ts
 * ADULT_AGE; // 18
 * ```
 */
export const ADULT_AGE = 18;

/**
 * The age from which a young person can be a care leaver: eligible and relevant children are 16
 * or 17 (Children Act 1989 Sch 2 para 19B, s23A).
 *
 * @example
 * ```ts
 * CARE_LEAVER_AGE; // 16
 * ```
 */
export const CARE_LEAVER_AGE = 16;

/**
 * The care-leaver categories a person can be in on a date, from the category given and their age:
 * the law moves an eligible or relevant child to former relevant at 18, so a category given for
 * one date is not the category on every date. Given `eligible` or `relevant`: that category before
 * the 18th birthday, `former-relevant` from it. Given `former-relevant`: before the 18th birthday
 * they were eligible or relevant, and which is not known, so both are returned. `qualifying` does
 * not change with age.
 *
 * @param given - the category the person was entered with
 * @param dateOfBirth - their date of birth
 * @param on - the date
 * @param leapDayBirthday - where a 29 February birthday falls in a common year
 * @returns the possible categories on that date (one, or two when it cannot be told)
 * @example
 * ```ts
 * careLeaverCategoriesOn('relevant', '2008-11-23', '2026-11-22'); // ['relevant']
 * careLeaverCategoriesOn('relevant', '2008-11-23', '2026-11-23'); // ['former-relevant']
 * careLeaverCategoriesOn('former-relevant', '2008-11-23', '2026-01-01'); // ['eligible', 'relevant']
 * ```
 */
export function careLeaverCategoriesOn(
  given: CareLeaverCategory,
  dateOfBirth: CalendarDate,
  on: CalendarDate,
  leapDayBirthday?: LeapDayBirthdayRule,
): readonly CareLeaverCategory[] {
  if (given === 'qualifying') return [given];
  const adult = on >= birthday(dateOfBirth, ADULT_AGE, leapDayBirthday);
  if (given === 'former-relevant') return adult ? [given] : ['eligible', 'relevant'];
  return adult ? ['former-relevant'] : [given];
}
