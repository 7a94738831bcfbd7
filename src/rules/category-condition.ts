import type { CategoryCondition } from '../schema/condition.js';
import { careLeaverCategoriesOn } from './category-on.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';

/**
 * Checks the person's care-leaver category on the context's date, as the law moves it with age
 * (see {@link careLeaverCategoriesOn}): an eligible or relevant child entered at 17 is former
 * relevant from their 18th birthday; before 18 a former relevant child was eligible or relevant,
 * and where that matters the answer is unknown.
 *
 * @param condition - the categories that qualify
 * @param context - the person and the date
 * @returns met, not-met, or unknown when the categories possible on that date disagree
 * @example
 * ```ts
 * checkCategory({ type: 'category', in: ['former-relevant'] }, context).state; // 'met' for a former relevant child
 * ```
 */
export function checkCategory(condition: CategoryCondition, context: ConditionContext): ConditionCheck {
  const { person } = context;
  const possible = careLeaverCategoriesOn(person.category, person.dateOfBirth, context.on, context.leapDayBirthday);
  const covered = possible.filter((c) => condition.in.includes(c));
  if (covered.length === possible.length) return MET;
  const derived = possible.length === 1 && possible[0] !== person.category;
  if (covered.length === 0) {
    return conditionCheck('not-met', {
      code: 'category-not-covered',
      offerId: context.offerId,
      offerTitle: context.offerTitle,
      categories: condition.in,
      possible,
      derivedFrom: derived ? person.category : null,
    });
  }
  return conditionCheck('unknown', { code: 'category-not-known', offerId: context.offerId, offerTitle: context.offerTitle, categories: condition.in });
}
