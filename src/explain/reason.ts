import type { CalendarDate } from '../dates/calendar-date.js';
import type { FactName } from '../schema/person-facts.js';

/**
 * The stable codes of the reasons behind an outcome. The code is the contract; the English
 * message beside it may change.
 */
export type ReasonCode =
  | 'offer-applies'
  | 'age-not-reached'
  | 'age-limit-passed'
  | 'ends-on-birthday'
  | 'changes-on'
  | 'category-not-covered'
  | 'category-not-known'
  | 'residence-outside'
  | 'residence-unknown'
  | 'responsible-authority-outside'
  | 'fact-missing'
  | 'gp-area-elsewhere'
  | 'fact-not-met'
  | 'none-of-alternatives'
  | 'not-yet-in-force'
  | 'status-not-in-force'
  | 'status-unknown'
  | 'version-start-unknown'
  | 'value-depends-on-household'
  | 'household-not-covered'
  | 'no-offer-applies'
  | 'no-offer-encoded';

/**
 * Why an outcome is what it is: a stable code, an English sentence, and the details the sentence
 * was built from.
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
  /** The offer the reason is about. */
  readonly offerId?: string;
  /** The person fact the reason is about (`fact-missing`, `fact-not-met`). */
  readonly fact?: FactName;
  /** A date the reason names (a birthday, an effective date). */
  readonly date?: CalendarDate;
  /** Areas the reason names (councils with no encoded offer, areas lived outside). */
  readonly areas?: readonly string[];
}
