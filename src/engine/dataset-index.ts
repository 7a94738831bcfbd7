import { Dataset } from '../schema/dataset.js';
import { type DatedBirthday, conditionBirthdays, conditionDatedBirthdays } from '../rules/condition-handlers.js';
import type { Condition } from '../schema/condition.js';
import type { Kind } from '../schema/kind.js';
import type { Layer, OfferDocument } from '../schema/offer-document.js';
import type { Offer, OfferVersion, Provider, Source } from '../schema/offer.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { InvalidInputError, fromZodIssues } from '../validation/input-issue.js';
import type { Geography } from '../areas/geography.js';
import { deepFreeze } from './deep-freeze.js';
import { ContainmentMemo, type PlaceGuard, placeGuard } from './place-guard.js';
import { findOf, someOf } from '../lists/frozen-lists.js';

/** An offer with what the engine needs at hand: its provider, layer and sorted versions. */
export interface IndexedOffer {
  readonly offer: Offer;
  readonly document: OfferDocument;
  readonly provider: Provider;
  readonly layer: Layer;
  /** Version dates in order, with their versions. */
  readonly versions: readonly (readonly [CalendarDate, OfferVersion])[];
  /** Every birthday its age conditions turn on, as marks (`AgeMark`: 21, or 21.25 for the end of that birthday's month). */
  readonly birthdays: readonly number[];
  /** The birthdays its conditions compare with fixed dates ("turned 18 after 1 April 2023"), with those dates. */
  readonly datedBirthdays: readonly DatedBirthday[];
  /** Every date on which it may change: version dates and `notBefore` dates, in order. */
  readonly changeDates: readonly CalendarDate[];
  /** The places it can concern (see {@link concernsPerson}). */
  readonly guard: PlaceGuard;
}

/** A dataset arranged for evaluation: offers by kind, and who covers which kinds. */
export interface DatasetIndex {
  readonly byKind: ReadonlyMap<Kind, readonly IndexedOffer[]>;
  /** For each provider area code, the kinds it is covered for by its own offers (see {@link coversItsProvider}). */
  readonly ownKinds: ReadonlyMap<string, ReadonlySet<Kind>>;
  /** For each provider area code, the kinds it has any offer of (leads, promises and partial offers too). */
  readonly anyKinds: ReadonlyMap<string, ReadonlySet<Kind>>;
  /** Coverage claims: these kinds are fully decided for these areas (from a date, when the claim gives one). */
  readonly claims: readonly IndexedClaim[];
  /** Every date on which a coverage claim starts to hold, in order, each once (the answers of its kinds may change then). */
  readonly claimDates: readonly CalendarDate[];
  /** For each kind that a dated claim names, the dates its claims start, in order, with their areas. */
  readonly claimStarts: ReadonlyMap<Kind, readonly ClaimStart[]>;
  /** Which areas contain which places, remembered per geography and date. */
  readonly containment: ContainmentMemo;
  /** For each kind, its offers arranged by the areas their place guards name (see {@link GuardLookup}). */
  readonly byGuard: ReadonlyMap<Kind, GuardLookup>;
  /** Each document provider by code, as its first document names it ("Bolton Council"), so a duty owed by a council is shown under the name its own offers use. */
  readonly providers: ReadonlyMap<string, Provider>;
}

/** A coverage claim as the index keeps it: its kinds as a set, with the document that makes it. */
export interface IndexedClaim {
  readonly kinds: ReadonlySet<Kind>;
  readonly areas: readonly string[];
  /** The first date it holds (every date when undefined). */
  readonly from: CalendarDate | undefined;
  /** The document that makes the claim. */
  readonly document: OfferDocument;
  /** Where the provider says it gives no more (empty when the claim gives none). */
  readonly sources: readonly Source[];
  /** The claim settles the kinds for people living in its areas only (`appliesTo: residents`), not as the responsible authority's. */
  readonly residentsOnly: boolean;
}

/**
 * The area of a claim (already known to name the kind asked about) that covers an area on a date:
 * the claim holds on the date (on or after its `from`) and names an area the area lies within then.
 *
 * @param claim - the claim's areas and start
 * @param area - a council's code
 * @param on - the date
 * @param geography - for containment
 * @returns the claimed area that covers it, or undefined
 * @example
 * ```ts
 * claimAreaCovering({ areas: ['S92000003'], from: '2011-04-01' }, 'S12000036', '2010-06-01', ukGeography); // undefined (before the claim holds)
 * ```
 */
export function claimAreaCovering(
  claim: { readonly areas: readonly string[]; readonly from?: CalendarDate | undefined },
  area: string,
  on: CalendarDate,
  geography: Geography,
): string | undefined {
  if (claim.from !== undefined && on < claim.from) return undefined;
  return findOf(claim.areas, (a) => geography.isWithin(area, a, on));
}

/** A date on which coverage claims of a kind start to hold, with the areas they name. */
export type ClaimStart = readonly [CalendarDate, readonly string[]];

const NO_CLAIM_STARTS: readonly ClaimStart[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The dates after `after` on which a coverage claim of a kind starts to hold, each with the areas
 * of the claims that start then, in date order: the kind's answers may change on them (an answer
 * left `unknown` for want of coverage can become `not-eligible`).
 *
 * @param index - the dataset's index
 * @param kind - the kind
 * @param after - dates strictly after this one
 * @returns the dates and areas
 * @example
 * ```ts
 * claimStartsAfter(indexDataset(embeddedDataset), 'free-prescriptions', '2010-01-01'); // [['2011-04-01', ['S92000003']]]
 * ```
 */
export function claimStartsAfter(index: DatasetIndex, kind: Kind, after: CalendarDate): readonly ClaimStart[] {
  const starts = index.claimStarts.get(kind);
  if (starts === undefined || starts[starts.length - 1]![0] <= after) return NO_CLAIM_STARTS;
  return starts[0]![0] > after ? starts : starts.filter(([date]) => date > after);
}

/** The dated claims' start dates by kind, each date once with the areas of the claims starting then. */
function claimStartsByKind(claims: readonly IndexedClaim[]): Map<Kind, ClaimStart[]> {
  const byKind = new Map<Kind, Map<CalendarDate, string[]>>();
  for (const claim of claims) {
    if (claim.from === undefined) continue;
    for (const kind of claim.kinds) {
      const byDate = byKind.get(kind) ?? new Map<CalendarDate, string[]>();
      byKind.set(kind, byDate);
      byDate.set(claim.from, [...(byDate.get(claim.from) ?? []), ...claim.areas]);
    }
  }
  return new Map([...byKind].map(([kind, byDate]) => [kind, [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))] as const));
}

/**
 * A kind's offers arranged by their place guards, so that the offers that can concern a person
 * are found from the areas containing their places instead of by testing every offer.
 */
export interface GuardLookup {
  /** Offers with no place guard at all (they concern everyone). */
  readonly unguarded: readonly IndexedOffer[];
  /** Offers by each area their residence guard names. */
  readonly byResidence: ReadonlyMap<string, readonly IndexedOffer[]>;
  /** Offers by each area their responsible-authority guard names. */
  readonly byResponsible: ReadonlyMap<string, readonly IndexedOffer[]>;
}

function guardLookup(offers: readonly IndexedOffer[]): GuardLookup {
  const unguarded: IndexedOffer[] = [];
  const byResidence = new Map<string, IndexedOffer[]>();
  const byResponsible = new Map<string, IndexedOffer[]>();
  const add = (map: Map<string, IndexedOffer[]>, area: string, offer: IndexedOffer) => {
    const list = map.get(area);
    if (list === undefined) map.set(area, [offer]);
    else if (list[list.length - 1] !== offer) list.push(offer);
  };
  for (const offer of offers) {
    const { residence, responsible } = offer.guard;
    if (residence === null && responsible === null) unguarded.push(offer);
    for (const area of residence ?? []) add(byResidence, area, offer);
    for (const area of responsible ?? []) add(byResponsible, area, offer);
  }
  return { unguarded, byResidence, byResponsible };
}

const cache = new WeakMap<Dataset, DatasetIndex>();
const trusted = new WeakSet<object>();

/**
 * Freezes a dataset that was validated when it was built (the embedded dataset: by its generator
 * and by the tests), so that indexing it can skip validating it again. Frozen, it cannot have
 * changed since.
 *
 * @param dataset - a dataset known to be valid
 * @returns the same dataset, deeply frozen
 * @example
 * ```ts
 * Object.isFrozen(trustBuiltDataset({ documents: [] })); // true
 * ```
 */
export function trustBuiltDataset<T extends Dataset>(dataset: T): T {
  deepFreeze(dataset);
  trusted.add(dataset);
  return dataset;
}

/** The birthdays (as marks) on which a condition's answer can change (see each condition's handler). */
function birthdaysIn(conditions: readonly Condition[]): number[] {
  return conditions.flatMap((c) => conditionBirthdays(c));
}

/**
 * Validates a dataset once and arranges it for evaluation; the result is cached per dataset
 * object, so evaluating many people against one dataset indexes it once. The index is built from
 * the validated copy, so a dataset changed in place after its first use is not read again: a
 * changed dataset is a new object.
 *
 * @param dataset - the dataset
 * @returns its index
 * @throws {@link InvalidInputError} when the dataset fails its schema
 * @example
 * ```ts
 * indexDataset(embeddedDataset).byKind.get('council-tax-exemption')?.length;
 * ```
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached !== undefined) return cached;
  const parsed = trusted.has(dataset) ? { success: true as const, data: dataset } : Dataset.safeParse(dataset, { reportInput: true });
  if (!parsed.success) throw new InvalidInputError('dataset', fromZodIssues(parsed.error.issues));
  const byKind = new Map<Kind, IndexedOffer[]>();
  const ownKinds = new Map<string, Set<Kind>>();
  const anyKinds = new Map<string, Set<Kind>>();
  const claims: IndexedClaim[] = [];
  const providers = new Map<string, Provider>();
  for (const document of parsed.data.documents) {
    if (!providers.has(document.provider.code)) providers.set(document.provider.code, document.provider);
    for (const claim of document.coverage ?? []) {
      claims.push({ kinds: new Set(claim.kinds), areas: claim.areas, from: claim.from, document, sources: claim.sources ?? [], residentsOnly: claim.appliesTo === 'residents' });
    }
    for (const offer of document.offers) {
      const versions = Object.entries(offer.versions).sort(([a], [b]) => (a < b ? -1 : 1));
      const provider = offer.provider ?? document.provider;
      const indexed: IndexedOffer = {
        offer,
        document,
        provider,
        layer: document.layer,
        versions,
        birthdays: [...new Set(versions.flatMap(([, v]) => birthdaysIn(v.eligibility)))],
        changeDates: [...new Set(versions.flatMap(([date, v]) => (v.notBefore === undefined ? [date] : [date, v.notBefore])))].sort(),
        datedBirthdays: versions.flatMap(([, v]) => v.eligibility.flatMap(conditionDatedBirthdays)),
        guard: placeGuard(versions.map(([, v]) => v), provider.code),
      };
      const list = byKind.get(offer.kind) ?? [];
      list.push(indexed);
      byKind.set(offer.kind, list);
      const any = anyKinds.get(document.provider.code) ?? new Set<Kind>();
      any.add(offer.kind);
      anyKinds.set(document.provider.code, any);
      if (!coversItsProvider(offer)) continue;
      const kinds = ownKinds.get(document.provider.code) ?? new Set<Kind>();
      kinds.add(offer.kind);
      ownKinds.set(document.provider.code, kinds);
    }
  }
  const byGuard = new Map([...byKind].map(([kind, offers]) => [kind, guardLookup(offers)] as const));
  const claimDates = [...new Set(claims.flatMap((claim) => (claim.from === undefined ? [] : [claim.from])))].sort();
  const claimStarts = claimStartsByKind(claims);
  const index: DatasetIndex = { byKind, ownKinds, anyKinds, claims, claimDates, claimStarts, containment: new ContainmentMemo(), byGuard, providers };
  cache.set(dataset, index);
  return index;
}

/**
 * Whether an offer makes its document's provider covered for its kind: it must state a rule the
 * provider has applied (some version `in-force` or `withdrawn`) or a source's word that it does not
 * give the kind (`not-offered`). An offer known only as a lead
 * (every version `unknown`, such as a council named on a list with no terms) or only as a promise
 * (`agreed`, `planned`, `ambition`: a pilot whose start is not known, a proposal) says nothing of
 * what the provider gives now, so it covers nothing and the answer stays `unknown` rather than
 * `not-eligible`. Nor does an offer marked `partial` (a one-off payment, a pilot, help for a
 * narrow group): it is not the provider's whole rule for its kind.
 *
 * @param offer - the offer
 * @returns whether it counts towards its provider's coverage
 * @example
 * ```ts
 * const lead = embeddedDataset.documents.flatMap((d) => d.offers).find((o) => o.id === 'salford-council-tax-care-leavers')!;
 * coversItsProvider(lead); // false
 * ```
 */
export function coversItsProvider(offer: Offer): boolean {
  if (offer.partial === true) return false;
  return Object.values(offer.versions).some(
    (version) => version.status === 'in-force' || version.status === 'withdrawn' || version.status === 'not-offered',
  );
}

/**
 * Whether the dataset fully covers a kind for a council on a date: the council has encoded an
 * offer of that kind itself, or a document claims coverage of the kind, on the date, for an area
 * the council lies within. Only then can `not-eligible` be trusted for that council.
 *
 * @param index - the dataset's index
 * @param kind - the kind
 * @param area - a council's code
 * @param on - the date
 * @param geography - for containment
 * @param servesResidence - whether the council serves where the person lives (false for a
 *   responsible authority elsewhere, which claims for residents only do not settle)
 * @returns true when covered
 * @example
 * ```ts
 * isKindCovered(indexDataset(embeddedDataset), 'council-tax-exemption', 'E08000004', '2025-01-01', ukGeography); // true (Oldham)
 * isKindCovered(indexDataset(embeddedDataset), 'council-tax-exemption', 'W06000015', '2026-11-23', ukGeography, false); // false (Cardiff, for its care leavers living in England)
 * ```
 */
export function isKindCovered(
  index: DatasetIndex,
  kind: Kind,
  area: string,
  on: CalendarDate,
  geography: Geography,
  servesResidence = true,
): boolean {
  if (index.ownKinds.get(area)?.has(kind)) return true;
  return index.claims.some(
    (claim) => claim.kinds.has(kind) && (servesResidence || !claim.residentsOnly) && claimAreaCovering(claim, area, on, geography) !== undefined,
  );
}

/**
 * The coverage claims that alone make a kind's "no" trustworthy for some councils on a date: each
 * names the kind, holds on the date for an area one of the councils lies within, and comes from a
 * document with no offer of the kind (whose offers would otherwise speak for it). A `not-eligible`
 * answer cites them.
 *
 * @param index - the dataset's index
 * @param kind - the kind
 * @param councils - the councils concerned
 * @param on - the date
 * @param geography - for containment
 * @returns the claims, in dataset order
 * @example
 * ```ts
 * claimsStandingAlone(indexDataset(embeddedDataset), 'free-travel', ['E07000041'], '2027-01-01', ukGeography)[0]?.document.provider.name; // 'Devon County Council'
 * ```
 */
export function claimsStandingAlone(
  index: DatasetIndex,
  kind: Kind,
  councils: readonly string[],
  on: CalendarDate,
  geography: Geography,
): readonly IndexedClaim[] {
  return index.claims.filter(
    (claim) =>
      claim.kinds.has(kind) &&
      !someOf(claim.document.offers, (offer) => offer.kind === kind) &&
      councils.some((council) => claimAreaCovering(claim, council, on, geography) !== undefined),
  );
}
