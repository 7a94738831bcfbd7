import { birthday } from '../dates/birthday.js';
import type { BirthdayCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';

/**
 * Checks when the person turned (or will turn) an age: their `age`th birthday falls on or after
 * `from` and before `before`. The date asked about does not matter; a 29 February birthday falls
 * by the context's leap-day rule.
 *
 * @param condition - the birthday and the span of dates
 * @param context - the person
 * @returns met, or not-met with the person's birthday and the span it misses
 * @example
 * ```ts
 * checkBirthday({ type: 'birthday', age: 18, from: '2023-04-02' }, context).state; // 'met' for someone born on 2005-06-15
 * ```
 */
export function checkBirthday(condition: BirthdayCondition, context: ConditionContext): ConditionCheck {
  const { person, offerId, offerTitle, leapDayBirthday } = context;
  const { age, from, before } = condition;
  const date = birthday(person.dateOfBirth, age, leapDayBirthday);
  if ((from === undefined || date >= from) && (before === undefined || date < before)) return MET;
  return conditionCheck('not-met', { code: 'birthday-outside', offerId, offerTitle, age, date, ...(from === undefined ? {} : { from }), ...(before === undefined ? {} : { before }) });
}
