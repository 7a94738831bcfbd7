import type { CalendarDate } from '../dates/calendar-date.js';
import type { LeapDayBirthdayRule } from '../dates/birthday.js';
import type { Reason } from '../explain/reason.js';
import type { Geography } from '../engine/geography.js';
import type { Person } from '../schema/person.js';

/** Three-valued: the condition holds, fails, or cannot be decided. */
export type ConditionState = 'met' | 'not-met' | 'unknown';

/** The result of one condition, with a reason when it fails or is unknown. */
export interface ConditionCheck {
  readonly state: ConditionState;
  readonly reasons: readonly Reason[];
}

/** What every condition evaluator receives. */
export interface ConditionContext {
  readonly person: Person;
  readonly on: CalendarDate;
  /** Where the person lives on `on` (null when unknown). */
  readonly residence: string | null;
  /** The offer's provider code (for "own care leavers"). */
  readonly providerCode: string;
  readonly offerId: string;
  readonly geography: Geography;
  readonly leapDayBirthday: LeapDayBirthdayRule;
  /**
   * Whether to build reasons. The engine turns it off when it only needs the answer (to find the
   * date an answer next changes), which saves writing sentences nobody reads.
   */
  readonly explain: boolean;
}

/** A met condition with no reason. */
export const MET: ConditionCheck = { state: 'met', reasons: [] };
const SILENT_NOT_MET: ConditionCheck = { state: 'not-met', reasons: [] };
const SILENT_UNKNOWN: ConditionCheck = { state: 'unknown', reasons: [] };

/**
 * Builds a failed or unknown check with one reason, written only when the context explains.
 *
 * @param state - `not-met` or `unknown`
 * @param context - whether to explain
 * @param reason - builds the reason
 * @returns the check
 * @example
 * ```ts
 * conditionCheck('not-met', context, () => ({ code: 'category-not-covered', message: '…' })).state; // 'not-met'
 * ```
 */
export function conditionCheck(state: ConditionState, context: Pick<ConditionContext, 'explain'>, reason: () => Reason): ConditionCheck {
  if (!context.explain) return state === 'not-met' ? SILENT_NOT_MET : SILENT_UNKNOWN;
  return { state, reasons: [reason()] };
}
