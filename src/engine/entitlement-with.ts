import type { Reason, ReasonData } from '../schema/reason.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Entitlement, EntitlementBase, OfferAssessment } from './entitlement.js';

/**
 * An entitlement with another end date, reasons, offers or pending offers (re-dated, scanned for
 * its next change, or put into words), written out field by field in the engine's order, as
 * `assessmentWithReasons` writes an offer's. Every entitlement the engine copies is made here: one
 * shape of object, so the code that reads them sees one shape, where `Object.assign({}, …)` gave a
 * second with its fields stored apart (added to an empty object one by one).
 *
 * @param entitlement - the entitlement
 * @param changes - the fields to change; the others are copied (every list, when the reasons change type: put into words)
 * @returns a new entitlement, the same outcome, value, provider and deciding offer
 * @example
 * ```ts
 * entitlementWith(decided, { endsOn: '2029-06-15' }).endsOn; // '2029-06-15'
 * ```
 */
export function entitlementWith<R extends Reason | ReasonData>(entitlement: Entitlement<R>, changes: EntitlementChanges<R>): Entitlement<R>;
export function entitlementWith<R extends Reason | ReasonData, S extends Reason | ReasonData>(entitlement: Entitlement<R>, changes: Required<Omit<EntitlementChanges<S>, 'endsOn'>>): Entitlement<S>;
export function entitlementWith(entitlement: Entitlement<Reason | ReasonData>, changes: EntitlementChanges<Reason | ReasonData>): Entitlement<Reason | ReasonData> {
  // Typed as the base: a field added to entitlements later is a compile error here until copied.
  const copy: EntitlementBase<Reason | ReasonData> = {
    kind: entitlement.kind,
    outcome: entitlement.outcome,
    value: entitlement.value,
    provider: entitlement.provider,
    decidingOfferId: entitlement.decidingOfferId,
    endsOn: changes.endsOn === undefined ? entitlement.endsOn : changes.endsOn,
    reasons: changes.reasons ?? entitlement.reasons,
    offers: changes.offers ?? entitlement.offers,
    pending: changes.pending ?? entitlement.pending,
    sources: entitlement.sources,
  };
  // The same outcome, value, provider and deciding offer: still the same member of the union.
  return copy as Entitlement<Reason | ReasonData>;
}

/** The fields {@link entitlementWith} can change. */
interface EntitlementChanges<R extends Reason | ReasonData> {
  readonly endsOn?: CalendarDate | null;
  readonly reasons?: readonly R[];
  readonly offers?: readonly OfferAssessment<R>[];
  readonly pending?: readonly OfferAssessment<R>[];
}
