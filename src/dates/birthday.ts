import { type CalendarDate, FIRST_YEAR, LAST_YEAR, dateParts, formatDateParts, isLeapYear, compareDates, requireDate } from './calendar-date.js';
import { InvalidInputError, describeGiven } from '../validation/input-issue.js';
import { requireWholeNumber } from '../validation/require-object.js';

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
 * @throws {@link InvalidInputError} when the date of birth is not a real date, the age not a whole number from 0 to 300, or the rule not a rule
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
    // Checked once per person (the engine asks about one person many times): a date that is not
    // a date, or a rule that is not a rule, is refused, never given a wrong birthday.
    requireDate(dateOfBirth, 'dateOfBirth', 'birthday');
    if (rule !== 'march-1' && rule !== 'february-28') {
      throw new InvalidInputError('birthday', [{ code: 'invalid-value', path: ['rule'], message: `${describeGiven(rule)} is not a leap-day rule; use "march-1" (the default) or "february-28"` }]);
    }
    remembered.dateOfBirth = dateOfBirth;
    remembered.rule = rule;
    remembered.byAge = [];
    remembered.year = Number(dateOfBirth.slice(0, 4));
    remembered.monthAndDay = dateOfBirth.slice(4);
  }
  if (age >= 0 && age < REMEMBERED_AGES && Number.isInteger(age)) return (remembered.byAge[age] ??= nthBirthday(remembered.year, remembered.monthAndDay, age, rule));
  return nthBirthday(remembered.year, remembered.monthAndDay, requireWholeNumber(age, 'age', 'birthday', 0, MAX_AGE), rule);
}

const REMEMBERED_AGES = 130;
/** The oldest age a birthday is worked out for (a date of birth in 1900 and a condition's age 120 need far less). */
const MAX_AGE = 300;
const remembered: { dateOfBirth: string; rule: LeapDayBirthdayRule; byAge: CalendarDate[]; year: number; monthAndDay: string } = {
  dateOfBirth: '',
  rule: DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
  byAge: [],
  year: 0,
  monthAndDay: '',
};

/** Each year a remembered birthday can fall in, written out once (a birthday is its year and the month and day of birth). */
const YEAR_TEXTS: readonly string[] = /* @__PURE__ */ (() => Array.from({ length: LAST_YEAR + REMEMBERED_AGES - FIRST_YEAR }, (_, i) => String(FIRST_YEAR + i)))();

/**
 * The birthday in the year `year + age` of someone born on `monthAndDay` (`-MM-DD`) of `year`: the
 * year written before the month and day, or 1 March or 28 February for 29 February in a common year.
 */
function nthBirthday(year: number, monthAndDay: string, age: number, rule: LeapDayBirthdayRule): CalendarDate {
  const target = year + age;
  if (monthAndDay === '-02-29' && !isLeapYear(target)) return rule === 'march-1' ? formatDateParts(target, 3, 1) : formatDateParts(target, 2, 28);
  // Dates run from 1900 (FIRST_YEAR), so the year always has four digits.
  return `${YEAR_TEXTS[target - FIRST_YEAR] ?? String(target)}${monthAndDay}`;
}

/**
 * Someone's age in whole years on a date.
 *
 * @param dateOfBirth - the date of birth
 * @param on - the date to measure on
 * @param rule - where a 29 February birthday falls in a common year
 * @returns the age in completed years (negative before birth)
 * @throws {@link InvalidInputError} when either date is not a real date
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
  requireDate(on, 'on', 'age');
  const years = dateParts(on).year - dateParts(requireDate(dateOfBirth, 'dateOfBirth', 'age')).year;
  return compareDates(on, birthday(dateOfBirth, years, rule)) >= 0 ? years : years - 1;
}
