import type { CalendarDate } from '../dates/calendar-date.js';
import type { LeapDayBirthdayRule } from '../dates/birthday.js';
import type { ReasonData } from '../schema/reason.js';
import type { Geography } from '../areas/geography.js';
import type { Person } from '../schema/person.js';

/** Three-valued: the condition holds, fails, or cannot be decided. */
export type ConditionState = 'met' | 'not-met' | 'unknown';

/** The result of one condition, with a reason when it fails or is unknown. */
export interface ConditionCheck {
  readonly state: ConditionState;
  readonly reasons: readonly ReasonData[];
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
  /** The offer's title (reasons carry it, so they can be worded without the dataset). */
  readonly offerTitle: string;
  readonly geography: Geography;
  readonly leapDayBirthday: LeapDayBirthdayRule;
  /** Whether the residence lies within an area on `on`, remembered (null when the residence is not known). */
  readonly residenceWithin: ((area: string) => boolean) | null;
  /** Whether the council that looked after the person lies within an area on `on`, remembered (null: ask the geography). */
  readonly responsibleWithin: ((area: string) => boolean) | null;
}

/** A met condition with no reason. */
export const MET: ConditionCheck = { state: 'met', reasons: [] };

/**
 * A failed or unknown check with the one reason that says why.
 *
 * @param state - `not-met` or `unknown`
 * @param reason - the reason, as data
 * @returns the check
 * @example
 * ```ts
 * conditionCheck('unknown', { code: 'residence-unknown', offerId: 'x', offerTitle: 'X' }).state; // 'unknown'
 * ```
 */
export function conditionCheck(state: Exclude<ConditionState, 'met'>, reason: ReasonData): ConditionCheck {
  return { state, reasons: [reason] };
}
