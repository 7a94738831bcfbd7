import type { CalendarDate } from '../dates/calendar-date.js';
import type { Reason, ReasonData } from '../schema/reason.js';
import type { Kind } from '../schema/kind.js';
import type { Layer } from '../schema/offer-document.js';
import type { OfferStatus, Provider, Source } from '../schema/offer.js';
import type { Person } from '../schema/person.js';
import type { EntitlementValue } from '../schema/value.js';

/** The answer for one kind: `eligible`, `not-eligible`, or `unknown` (with the reason). */
export type Outcome = 'eligible' | 'not-eligible' | 'unknown';

/** How one offer came out for the person on the date. */
export type OfferState = 'eligible' | 'not-eligible' | 'unknown' | 'not-applicable';

/**
 * One offer's assessment: the provenance behind an entitlement. Its reasons are data from the
 * engine (`ReasonData`) or sentences once explained (`Reason`, the default).
 */
export interface OfferAssessment<R extends Reason | ReasonData = Reason> {
  readonly offerId: string;
  readonly title: string;
  readonly provider: Provider;
  readonly layer: Layer;
  /** The status of the version in force on the date (null before the offer began). */
  readonly status: OfferStatus | null;
  /** The date of the version used (its key), or null. */
  readonly versionDate: CalendarDate | null;
  readonly state: OfferState;
  /** Whether the conditions hold ignoring status: true, false or null (unknown). */
  readonly conditionsHold: boolean | null;
  readonly value: EntitlementValue | null;
  readonly reasons: readonly R[];
  readonly sources: readonly Source[];
  readonly lastChecked: CalendarDate;
  readonly confidence: 'confirmed' | 'reported' | 'uncertain';
  readonly assumptions: readonly string[];
  /** Whether the offer is partial: one scheme (places limited, a pilot, a narrow group), not its provider's whole rule for the kind. */
  readonly partial: boolean;
  /** Present (true) for what national guidance recommends rather than requires: it answers only where no other offer applies. */
  readonly recommendation?: true;
}

/** What every entitlement has, whatever its outcome (see {@link Entitlement}). */
export interface EntitlementBase<R extends Reason | ReasonData = Reason> {
  readonly kind: Kind;
  readonly outcome: Outcome;
  /** The best applicable value (null unless eligible). */
  readonly value: EntitlementValue | null;
  /** Who gives it: the deciding offer's provider (null unless eligible). */
  readonly provider: Provider | null;
  /** The id of the deciding offer (null unless eligible). */
  readonly decidingOfferId: string | null;
  /** The date the outcome or value next changes (an end, a birthday, a new version), if any. */
  readonly endsOn: CalendarDate | null;
  /** Why: codes with their details, and the sentences once explained. */
  readonly reasons: readonly R[];
  /** Every offer of this kind assessed, deciding or not. */
  readonly offers: readonly OfferAssessment<R>[];
  /** Offers whose conditions hold but which are not in force (agreed, planned, ambition, withdrawn, unknown; not a provider's `not-offered`). */
  readonly pending: readonly OfferAssessment<R>[];
  /** The sources of the deciding offer, or of every assessed offer when none decided. */
  readonly sources: readonly Source[];
}

/** An eligible answer: it always has a value, a provider and a deciding offer. */
export interface EligibleEntitlement<R extends Reason | ReasonData = Reason> extends EntitlementBase<R> {
  readonly outcome: 'eligible';
  readonly value: EntitlementValue;
  readonly provider: Provider;
  readonly decidingOfferId: string;
}

/** A `not-eligible` or `unknown` answer: no offer decides it, so it has no value and no provider. */
export interface UndecidedEntitlement<R extends Reason | ReasonData = Reason> extends EntitlementBase<R> {
  readonly outcome: 'not-eligible' | 'unknown';
  readonly value: null;
  readonly provider: null;
  readonly decidingOfferId: null;
}

/**
 * The answer for one kind of entitlement on one date (reasons as data, or explained: the default),
 * discriminated by `outcome`: once `outcome === 'eligible'` is checked, `value`, `provider` and
 * `decidingOfferId` are known not to be null.
 *
 * @example
 * ```ts
 * for (const e of evaluate(person, '2026-11-23', embeddedDataset).entitlements) {
 *   if (e.outcome === 'eligible') console.log(e.provider.name, describeValue(e.value)); // no null check needed
 * }
 * ```
 */
export type Entitlement<R extends Reason | ReasonData = Reason> = EligibleEntitlement<R> | UndecidedEntitlement<R>;

/** What `evaluate` returns: every kind's entitlement on one date (explained by default). */
export interface Evaluation<R extends Reason | ReasonData = Reason> {
  readonly on: CalendarDate;
  readonly person: Person;
  /** The area the person lives in on the date (null when a residence history has not begun). */
  readonly residence: string | null;
  readonly entitlements: readonly Entitlement<R>[];
}
