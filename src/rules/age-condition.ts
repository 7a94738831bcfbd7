import { ageMark, markDate } from '../dates/age-mark.js';
import { birthday } from '../dates/birthday.js';
import type { AgeCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';

/**
 * Checks an age band written as birthdays: from the `from`th birthday (inclusive) until the
 * `until`th birthday (exclusive), or with `untilEndOf` until the first day after the month or
 * financial year of that birthday. A 29 February birthday falls by the context's leap-day rule.
 *
 * @param condition - the age band
 * @param context - the person and the date
 * @returns met, or not-met with the birthday that decides
 * @example
 * ```ts
 * checkAge({ type: 'age', from: 18, until: 25 }, context).state; // 'met' for a 20-year-old
 * checkAge({ type: 'age', until: 21, untilEndOf: 'month' }, context).state; // 'met' in the rest of the month they turn 21
 * ```
 */
export function checkAge(condition: AgeCondition, context: ConditionContext): ConditionCheck {
  const { person, on, offerId, offerTitle, leapDayBirthday } = context;
  const { from, until, untilEndOf } = condition;
  if (from !== undefined) {
    const start = birthday(person.dateOfBirth, from, leapDayBirthday);
    if (on < start) {
      return conditionCheck('not-met', { code: 'age-not-reached', offerId, offerTitle, age: from, date: start });
    }
  }
  if (until !== undefined) {
    const end = markDate(person.dateOfBirth, ageMark(until, untilEndOf), leapDayBirthday);
    if (on >= end) {
      return conditionCheck(
        'not-met',
        untilEndOf === undefined
          ? { code: 'age-limit-passed', offerId, offerTitle, age: until, date: end }
          : { code: 'age-limit-passed', offerId, offerTitle, age: until, date: end, endOf: untilEndOf },
      );
    }
  }
  return MET;
}
