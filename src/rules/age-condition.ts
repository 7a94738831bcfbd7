import { birthday } from '../dates/birthday.js';
import type { AgeCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';

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
  const { person, on, offerId, offerTitle, leapDayBirthday } = context;
  const { from, until } = condition;
  if (from !== undefined) {
    const start = birthday(person.dateOfBirth, from, leapDayBirthday);
    if (on < start) {
      return conditionCheck('not-met', { code: 'age-not-reached', offerId, offerTitle, age: from, date: start });
    }
  }
  if (until !== undefined) {
    const end = birthday(person.dateOfBirth, until, leapDayBirthday);
    if (on >= end) {
      return conditionCheck('not-met', { code: 'age-limit-passed', offerId, offerTitle, age: until, date: end });
    }
  }
  return MET;
}
