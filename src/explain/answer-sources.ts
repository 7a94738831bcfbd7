import type { Entitlement } from '../engine/entitlement.js';
import type { Source } from '../schema/offer.js';

/**
 * The sources worth citing beside an answer: the deciding offer's when eligible; otherwise those
 * of the offers whose answer is unknown, and of an offer whose source says the provider does not
 * give this to the person (status `not-offered`): not every offer of the kind in the country.
 *
 * @param entitlement - an entitlement from `evaluate`
 * @returns the sources, in the order of the offers
 * @example
 * ```ts
 * const person = { dateOfBirth: '2006-07-01', category: 'former-relevant', responsibleAuthority: 'E06000034', residence: 'E06000034' } as const;
 * const [guarantor] = evaluate(person, '2026-12-02', embeddedDataset, { kinds: ['rent-guarantor'] }).entitlements;
 * guarantor!.outcome; // 'not-eligible'
 * citedSources(guarantor!).map((s) => s.publisher); // ['Care Leaver Offer']
 * ```
 */
export function citedSources(entitlement: Entitlement): readonly Source[] {
  if (entitlement.outcome === 'eligible') return entitlement.sources;
  return entitlement.offers
    .filter((o) => o.state === 'unknown' || (o.status === 'not-offered' && o.conditionsHold === true))
    .flatMap((o) => o.sources);
}

/**
 * Whether an entitlement is unknown only because nothing is encoded for the councils concerned
 * (every offer of the kind that was assessed is for somewhere or someone else, none is a promise
 * or a lead that concerns the person, and no council concerned has a one-off or narrow offer of it
 * that left the answer open). The command line and the adviser page summarise such kinds in one
 * line.
 *
 * @param entitlement - an entitlement from `evaluate`
 * @returns true when no encoded offer bears on the answer
 * @example
 * ```ts
 * const person = { dateOfBirth: '2006-07-01', category: 'former-relevant', responsibleAuthority: 'E06000034', residence: 'E06000034' } as const;
 * const [internet] = evaluate(person, '2026-12-02', embeddedDataset, { kinds: ['benefits-check'] }).entitlements;
 * isUnencoded(internet!); // true
 * ```
 */
export function isUnencoded(entitlement: Entitlement): boolean {
  return (
    entitlement.outcome === 'unknown' &&
    entitlement.offers.every((o) => o.state === 'not-eligible' || o.state === 'not-applicable') &&
    entitlement.pending.length === 0 &&
    !entitlement.reasons.some((r) => r.code === 'whole-rule-not-encoded')
  );
}
