import type { ResidenceCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';
import { someOf } from '../lists/frozen-lists.js';

/**
 * Checks that the person lives within one of the condition's areas on the date.
 *
 * @param condition - the areas
 * @param context - where the person lives, and the geography
 * @returns met, not-met, or unknown when the residence on the date is not known
 * @example
 * ```ts
 * checkResidence({ type: 'residence', within: ['E47000001'] }, context).state; // 'met' for someone in Bolton
 * ```
 */
export function checkResidence(condition: ResidenceCondition, context: ConditionContext): ConditionCheck {
  const { residence, geography, on, offerId, offerTitle } = context;
  if (residence === null) {
    return conditionCheck('unknown', { code: 'residence-unknown', offerId, offerTitle });
  }
  const within = context.residenceWithin ?? ((area: string) => geography.isWithin(residence, area, on));
  if (someOf(condition.within, within)) return MET;
  return conditionCheck('not-met', { code: 'residence-outside', offerId, offerTitle, areas: condition.within });
}
