import type { Condition } from '../schema/condition.js';
import type { ReasonData } from '../schema/reason.js';
import { type ConditionCheck, type ConditionContext, MET } from './condition-check.js';
import { checkCondition } from './condition-handlers.js';

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
