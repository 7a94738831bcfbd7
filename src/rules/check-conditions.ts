import type { Condition } from '../schema/condition.js';
import { checkAge } from './age-condition.js';
import { checkCategory } from './category-condition.js';
import type { ReasonData } from '../schema/reason.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';
import { checkFact } from './fact-condition.js';
import { checkResidence } from './residence-condition.js';
import { checkResponsibleAuthority } from './responsible-authority-condition.js';

/**
 * Checks one condition of any kind (an `any-of` holds when one of its conditions holds).
 *
 * @param condition - the condition
 * @param context - the person, the date and the geography
 * @returns met, not-met or unknown, with reasons
 * @example
 * ```ts
 * checkCondition({ type: 'age', until: 21 }, context).state;
 * ```
 */
export function checkCondition(condition: Condition, context: ConditionContext): ConditionCheck {
  switch (condition.type) {
    case 'age':
      return checkAge(condition, context);
    case 'category':
      return checkCategory(condition, context);
    case 'residence':
      return checkResidence(condition, context);
    case 'responsible-authority':
      return checkResponsibleAuthority(condition, context);
    case 'fact':
      return checkFact(condition, context);
    case 'any-of': {
      const checks = condition.conditions.map((c) => checkCondition(c, context));
      if (checks.some((c) => c.state === 'met')) return MET;
      const unknown = checks.filter((c) => c.state === 'unknown');
      if (unknown.length > 0) return { state: 'unknown', reasons: unknown.flatMap((c) => c.reasons) };
      return conditionCheck('not-met', {
        code: 'none-of-alternatives',
        offerId: context.offerId,
        offerTitle: context.offerTitle,
        alternatives: checks.flatMap((c) => c.reasons),
      });
    }
  }
}

/**
 * Checks a list of conditions that must all hold: not-met as soon as one fails (with every
 * failing reason), otherwise unknown when any is unknown (naming each missing fact).
 *
 * @param conditions - the conditions
 * @param context - the person, the date and the geography
 * @returns the combined check
 * @example
 * ```ts
 * checkConditions([{ type: 'age', from: 18 }, { type: 'category', in: ['former-relevant'] }], context).state;
 * ```
 */
export function checkConditions(conditions: readonly Condition[], context: ConditionContext): ConditionCheck {
  // Plain loops: this runs for every offer of every kind, and flatMap is slow in V8.
  let failed: ReasonData[] | null = null;
  let unknown: ReasonData[] | null = null;
  for (const condition of conditions) {
    const check = checkCondition(condition, context);
    if (check.state === 'not-met') (failed ??= []).push(...check.reasons);
    else if (check.state === 'unknown') (unknown ??= []).push(...check.reasons);
  }
  if (failed !== null) return { state: 'not-met', reasons: failed };
  if (unknown !== null) return { state: 'unknown', reasons: unknown };
  return MET;
}
