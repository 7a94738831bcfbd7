import type { CategoryCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';

/**
 * Checks the person's care-leaver category.
 *
 * @param condition - the categories that qualify
 * @param context - the person
 * @returns met or not-met
 * @example
 * ```ts
 * checkCategory({ type: 'category', in: ['former-relevant'] }, context).state; // 'met' for a former relevant child
 * ```
 */
export function checkCategory(condition: CategoryCondition, context: ConditionContext): ConditionCheck {
  if (condition.in.includes(context.person.category)) return MET;
  return conditionCheck('not-met', context, () => ({
    code: 'category-not-covered',
    message: `is for ${condition.in.join(', ')} care leavers, not ${context.person.category}`,
    offerId: context.offerId,
  }));
}
