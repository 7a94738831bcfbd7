import type { FactCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';
import { someOf } from '../lists/frozen-lists.js';

/**
 * Checks one optional person fact. A fact the person lacks makes the check `unknown`, naming it.
 *
 * @param condition - the fact and the test
 * @param context - the person's facts
 * @returns met, not-met or unknown
 * @example
 * ```ts
 * checkFact({ type: 'fact', fact: 'household', in: ['alone'] }, context).state; // 'unknown' when household is not given
 * ```
 */
export function checkFact(condition: FactCondition, context: ConditionContext): ConditionCheck {
  const value = context.person.facts?.[condition.fact];
  const { offerId, offerTitle } = context;
  if (value === undefined) {
    const residence = context.residence;
    if (condition.within !== undefined && residence !== null && !someOf(condition.within, (area) => context.geography.isWithin(residence, area, context.on))) {
      // The GP's area is not known, but the person lives outside every area named: the offer is
      // very likely for people of another place. Still unknown (a GP can be across a border).
      return conditionCheck('unknown', { code: 'gp-area-elsewhere', offerId, offerTitle, fact: condition.fact, areas: condition.within });
    }
    return conditionCheck('unknown', { code: 'fact-missing', offerId, offerTitle, fact: condition.fact, test: condition });
  }
  const within = condition.within;
  const holds =
    within !== undefined
      ? typeof value === 'string' && someOf(within, (area) => context.geography.isWithin(value, area, context.on))
      : condition.in !== undefined
        ? condition.in.includes(String(value))
        : value === condition.equals;
  if (holds) return MET;
  if (within !== undefined && typeof value === 'string' && someOf(within, (area) => context.geography.isWithin(area, value, context.on))) {
    // A wider area given (Greater Manchester for an Oldham scheme, England for Lincolnshire's):
    // the place itself may or may not lie in the offer's areas.
    return conditionCheck('unknown', { code: 'area-fact-too-wide', offerId, offerTitle, fact: condition.fact, given: value, areas: within });
  }
  return conditionCheck('not-met', { code: 'fact-not-met', offerId, offerTitle, fact: condition.fact, test: condition, given: value });
}
