import { type CalendarDate, dateParts, formatDateParts, isLeapYear, compareDates } from './calendar-date.js';

/**
 * How a birthday on 29 February falls in a common year.
 *
 * - `march-1` (the default): 1 March, as date-fns `differenceInYears` counts ages.
 * - `february-28`: 28 February.
 *
 * The law is not settled, so the choice is explicit and can be changed per call.
 */
export type LeapDayBirthdayRule = 'march-1' | 'february-28';

/**
 * The rule used when none is given.
 *
 * @example
 * ```ts
 * DEFAULT_LEAP_DAY_BIRTHDAY_RULE; // 'march-1'
 * ```
 */
export const DEFAULT_LEAP_DAY_BIRTHDAY_RULE: LeapDayBirthdayRule = 'march-1';

/**
 * The date of someone's Nth birthday.
 *
 * @param dateOfBirth - the date of birth
 * @param age - which birthday (18 for the 18th)
 * @param rule - where a 29 February birthday falls in a common year
 * @returns the date on which the person turns `age`
 * @example
 * ```ts
 * birthday('2004-06-15', 25); // '2029-06-15'
 * birthday('2004-02-29', 21); // '2025-03-01'
 * birthday('2004-02-29', 21, 'february-28'); // '2025-02-28'
 * ```
 */
export function birthday(
  dateOfBirth: CalendarDate,
  age: number,
  rule: LeapDayBirthdayRule = DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
): CalendarDate {
  // One call of the engine asks for the same person's birthdays many times (each age condition,
  // each change scan): the last person's are remembered, by age.
  if (dateOfBirth !== remembered.dateOfBirth || rule !== remembered.rule) {
    remembered.dateOfBirth = dateOfBirth;
    remembered.rule = rule;
    remembered.byAge = [];
  }
  if (age >= 0 && age < REMEMBERED_AGES && Number.isInteger(age)) return (remembered.byAge[age] ??= nthBirthday(dateOfBirth, age, rule));
  return nthBirthday(dateOfBirth, age, rule);
}

const REMEMBERED_AGES = 130;
const remembered: { dateOfBirth: string; rule: LeapDayBirthdayRule; byAge: CalendarDate[] } = { dateOfBirth: '', rule: DEFAULT_LEAP_DAY_BIRTHDAY_RULE, byAge: [] };

function nthBirthday(dateOfBirth: CalendarDate, age: number, rule: LeapDayBirthdayRule): CalendarDate {
  const target = Number(dateOfBirth.slice(0, 4)) + age;
  if (dateOfBirth.endsWith('-02-29') && !isLeapYear(target)) {
    return rule === 'march-1' ? formatDateParts(target, 3, 1) : formatDateParts(target, 2, 28);
  }
  return `${target < 1000 ? String(target).padStart(4, '0') : target}${dateOfBirth.slice(4)}`;
}

/**
 * Someone's age in whole years on a date.
 *
 * @param dateOfBirth - the date of birth
 * @param on - the date to measure on
 * @param rule - where a 29 February birthday falls in a common year
 * @returns the age in completed years (negative before birth)
 * @example
 * ```ts
 * ageOn('2004-06-15', '2029-06-14'); // 24
 * ageOn('2004-06-15', '2029-06-15'); // 25
 * ```
 */
export function ageOn(
  dateOfBirth: CalendarDate,
  on: CalendarDate,
  rule: LeapDayBirthdayRule = DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
): number {
  const years = dateParts(on).year - dateParts(dateOfBirth).year;
  return compareDates(on, birthday(dateOfBirth, years, rule)) >= 0 ? years : years - 1;
}
