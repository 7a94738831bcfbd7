import type { FactCondition } from '../schema/condition.js';
import { nameAreas } from '../explain/name-areas.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';

function describeTest(condition: FactCondition, context: ConditionContext): string {
  if (condition.within !== undefined) return `within ${nameAreas(condition.within, context.geography, 'or')}`;
  if (condition.in !== undefined) return `one of ${condition.in.join(', ')}`;
  return JSON.stringify(condition.equals);
}

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
  const { offerId } = context;
  if (value === undefined) {
    const residence = context.residence;
    if (condition.within !== undefined && residence !== null && !condition.within.some((area) => context.geography.isWithin(residence, area, context.on))) {
      // The GP's area is not known, but the person lives outside every area named: the offer is
      // very likely for people of another place. Still unknown (a GP can be across a border).
      return conditionCheck('unknown', context, () => ({
        code: 'gp-area-elsewhere',
        message: `is for people with a GP in ${describeTest(condition, context).replace(/^within /, '')}, and they live elsewhere; give the GP's area if it is there`,
        offerId,
        fact: condition.fact,
        areas: condition.within,
      }));
    }
    return conditionCheck('unknown', context, () => ({
      code: 'fact-missing',
      message: `needs to know ${condition.fact} (${describeTest(condition, context)}), which was not given`,
      offerId,
      fact: condition.fact,
    }));
  }
  const holds =
    condition.within !== undefined
      ? typeof value === 'string' && condition.within.some((area) => context.geography.isWithin(value, area, context.on))
      : condition.in !== undefined
        ? condition.in.includes(String(value))
        : value === condition.equals;
  if (holds) return MET;
  return conditionCheck('not-met', context, () => ({
    code: 'fact-not-met',
    message: `needs ${condition.fact} to be ${describeTest(condition, context)}, but it is ${JSON.stringify(value)}`,
    offerId,
    fact: condition.fact,
  }));
}
