import { weakestSupport } from '../engine/compare-move.js';
import type { Geography } from '../areas/geography.js';
import { ukGeography } from '../areas/uk-geography.js';
import type { Entitlement } from '../engine/entitlement.js';
import type { TimelineEvent } from '../engine/timeline.js';
import type { Kind } from '../schema/kind.js';
import type { Source } from '../schema/offer.js';
import { ELSEWHERE_REASON_CODES, type Reason } from '../schema/reason.js';
import { nameAreas } from './name-areas.js';

/**
 * The sources worth citing beside an answer: the answer's own when it is known (the deciding
 * offer's when eligible; for a "no", those of the offers and claims it rests on, which an adviser
 * most needs to check); when unknown, those of the offers whose answer is unknown, and of an offer
 * whose source says the provider does not give this to the person (status `not-offered`): not
 * every offer of the kind in the country.
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
  if (entitlement.outcome !== 'unknown') return entitlement.sources;
  return entitlement.offers
    .filter((o) => o.state === 'unknown' || (o.status === 'not-offered' && o.conditionsHold === true))
    .flatMap((o) => o.sources);
}

/**
 * Whether an entitlement is unknown only because nothing is encoded for the councils concerned
 * (every offer of the kind that was assessed is for somewhere else or other councils' care
 * leavers, or not yet begun; none is a promise or a lead that concerns the person, none is an
 * offer of theirs that does not apply to them, such as one that ended at 21; and no council
 * concerned has a one-off or narrow offer of it that left the answer open). The command line and
 * the adviser page summarise such kinds in one line.
 *
 * @param entitlement - an entitlement from `evaluate`
 * @returns true when no encoded offer bears on the answer
 * @example
 * ```ts
 * const person = { dateOfBirth: '2006-07-01', category: 'former-relevant', responsibleAuthority: 'E06000034', residence: 'E06000034' } as const;
 * const [internet] = evaluate(person, '2026-12-02', embeddedDataset, { kinds: ['benefits-check'] }).entitlements;
 * isUnencoded(internet!); // true
 * // Bolton's birthday gifts end at 21: someone of 22 living in Leeds sees that row, not only "nothing encoded".
 * const older = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000035' } as const;
 * const [gifts] = evaluate(older, '2026-11-23', embeddedDataset, { kinds: ['birthday-allowance'] }).entitlements;
 * isUnencoded(gifts!); // false
 * ```
 */
export function isUnencoded(entitlement: Entitlement): boolean {
  return (
    entitlement.outcome === 'unknown' &&
    entitlement.offers.every(
      (o) => o.state === 'not-applicable' || (o.state === 'not-eligible' && o.reasons.some((r) => ELSEWHERE_REASON_CODES.has(r.code))),
    ) &&
    entitlement.pending.length === 0 &&
    !entitlement.reasons.some((r) => r.code === 'whole-rule-not-encoded')
  );
}

/** Kinds left unknown only because nothing is encoded for the same councils (see {@link unencodedGroups}). */
export interface UnencodedGroup {
  /** The councils the kinds' `no-offer-encoded` reasons name, as codes (none when they name none). */
  readonly areas: readonly string[];
  /** The councils named for a sentence ("Bolton or Leeds"), or "the councils concerned" when the reasons name none. */
  readonly where: string;
  /** The kinds, in the order given. */
  readonly kinds: readonly Kind[];
}

/**
 * Groups the kinds summed up as unknown only because nothing is encoded (see {@link isUnencoded})
 * by the councils their `no-offer-encoded` reasons name, so that a summary names a council only
 * for the kinds it has nothing of ("Unknown, as nothing is encoded for Bolton or Leeds: Rent
 * guarantor."). The command line and the adviser page write one line for each group.
 *
 * @param kinds - each kind summed up, with the reasons of its answers (both sides of a move)
 * @param geography - where the councils' names come from (the UK registry by default)
 * @returns the groups, in the order of their first kind
 * @example
 * ```ts
 * const reason = { code: 'no-offer-encoded', message: '…', areas: ['E08000001', 'E08000035'] } as const;
 * const [group] = unencodedGroups([{ kind: 'rent-guarantor', reasons: [reason] }, { kind: 'mentor', reasons: [reason] }]);
 * group?.where; // 'Bolton or Leeds'
 * group?.kinds; // ['rent-guarantor', 'mentor']
 * ```
 */
export function unencodedGroups(
  kinds: readonly { readonly kind: Kind; readonly reasons: readonly Pick<Reason, 'code' | 'areas'>[] }[],
  geography: Geography = ukGeography,
): UnencodedGroup[] {
  const groups = new Map<string, { areas: string[]; kinds: Kind[] }>();
  for (const { kind, reasons } of kinds) {
    const areas = [...new Set(reasons.filter((r) => r.code === 'no-offer-encoded').flatMap((r) => r.areas ?? []))];
    const key = [...areas].sort().join(' ');
    const group = groups.get(key) ?? { areas, kinds: [] };
    group.kinds.push(kind);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    areas: g.areas,
    where: g.areas.length === 0 ? 'the councils concerned' : nameAreas(g.areas, geography, 'or'),
    kinds: g.kinds,
  }));
}

/**
 * Whether a known answer is only probable: it rests on an offer whose confidence is `reported`
 * (the press or a third party) or `uncertain` (sources vague or in disagreement), as a move's
 * "probably kept" does. The command line and the page then say "probably eligible".
 *
 * @param entitlement - an entitlement from `evaluate`
 * @returns true for an eligible or not-eligible answer that rests on a weaker source
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const [rx, tax] = evaluate(person, '2026-11-23', embeddedDataset, { kinds: ['free-prescriptions', 'council-tax-exemption'] }).entitlements;
 * isProbable(rx!); // true (reports of the December 2025 change disagree on when it began)
 * isProbable(tax!); // false (the GM guarantee, confirmed by GMCA)
 * ```
 */
export function isProbable(entitlement: Entitlement): boolean {
  return entitlement.outcome !== 'unknown' && weakestSupport(entitlement, entitlement) !== null;
}

/**
 * Whether each side of a change in a timeline is only probable, as {@link isProbable} says of an
 * answer: a known outcome resting on an offer that is only `reported` or `uncertain`. The command
 * line and the page then write "probably eligible", and show a change of sureness alone (at 18, an
 * under-18 rule giving way to a reported care leavers' one) as "eligible → probably eligible".
 *
 * @param event - a change from `timeline` or `decideTimeline`
 * @returns whether the answer before and the answer after are only probable
 * @example
 * ```ts
 * // Looked after by Manchester, living in Salford, 18 on 1 March 2026.
 * const person = { dateOfBirth: '2008-03-01', category: 'relevant', responsibleAuthority: 'E08000003', residence: 'E08000006' } as const;
 * const { events } = timeline(person, { from: '2026-02-01', until: '2026-04-01' }, embeddedDataset, { kinds: ['free-dental-treatment'] });
 * probableSides(events[0]!); // { before: false, after: true }
 * ```
 */
export function probableSides(event: Pick<TimelineEvent<never>, 'before' | 'after' | 'confidence' | 'confidenceBefore'>): { before: boolean; after: boolean } {
  return {
    before: event.before !== 'unknown' && event.confidenceBefore !== 'confirmed',
    after: event.after !== 'unknown' && event.confidence !== 'confirmed',
  };
}
