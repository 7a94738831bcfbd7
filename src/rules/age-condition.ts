import { birthday } from '../dates/birthday.js';
import { formatLongDate } from '../dates/calendar-date.js';
import type { AgeCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Checks an age band written as birthdays: from the `from`th birthday (inclusive) until the
 * `until`th birthday (exclusive). A 29 February birthday falls by the context's leap-day rule.
 *
 * @param condition - the age band
 * @param context - the person and the date
 * @returns met, or not-met with the birthday that decides
 * @example
 * ```ts
 * checkAge({ type: 'age', from: 18, until: 25 }, context).state; // 'met' for a 20-year-old
 * ```
 */
export function checkAge(condition: AgeCondition, context: ConditionContext): ConditionCheck {
  const { person, on, offerId, leapDayBirthday } = context;
  const { from, until } = condition;
  if (from !== undefined) {
    const start = birthday(person.dateOfBirth, from, leapDayBirthday);
    if (on < start) {
      return conditionCheck('not-met', context, () => ({
        code: 'age-not-reached',
        message: `starts on the ${ordinal(from)} birthday, ${formatLongDate(start)}`,
        offerId,
        date: start,
      }));
    }
  }
  if (until !== undefined) {
    const end = birthday(person.dateOfBirth, until, leapDayBirthday);
    if (on >= end) {
      return conditionCheck('not-met', context, () => ({
        code: 'age-limit-passed',
        message: `ended on the ${ordinal(until)} birthday, ${formatLongDate(end)}`,
        offerId,
        date: end,
      }));
    }
  }
  return MET;
}

/**
 * The English ordinal of a birthday number.
 *
 * @param n - a whole number
 * @returns "1st", "22nd", "25th"
 * @example
 * ```ts
 * ordinalBirthday(21); // '21st'
 * ```
 */
export const ordinalBirthday = ordinal;
