import type { LeapDayBirthdayRule } from '../dates/birthday.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { ReasonData } from '../schema/reason.js';
import type { Kind } from '../schema/kind.js';
import type { Source } from '../schema/offer.js';
import type { Person } from '../schema/person.js';
import { assessOffer } from './assess-offer.js';
import { compareValues } from './compare-values.js';
import type { DatasetIndex } from './dataset-index.js';
import type { PlaceView } from './place-view.js';
import type { Entitlement, OfferAssessment } from './entitlement.js';
import type { Geography } from '../areas/geography.js';

/** Everything one evaluation of one date needs. */
export interface KindContext {
  readonly person: Person;
  readonly on: CalendarDate;
  readonly residence: string | null;
  readonly geography: Geography;
  readonly leapDayBirthday: LeapDayBirthdayRule;
  readonly index: DatasetIndex;
  /** What the dataset holds for the person's places on this date (offers concerning them, councils, coverage). */
  readonly places: PlaceView;
  /** Whether the residence lies within an area on the date (from `places`). */
  readonly residenceWithin: ((area: string) => boolean) | null;
  /** Whether the council that looked after them lies within an area on the date (from `places`). */
  readonly responsibleWithin: ((area: string) => boolean) | null;
}

const LAYER_RANK = { local: 0, other: 1, regional: 2, national: 3 } as const;

/** The sources of some lists (each assessment's, each claim's), each once, in order. */
function uniqueSources(lists: readonly { readonly sources: readonly Source[] }[]): Source[] {
  const unique: Source[] = [];
  for (const list of lists) {
    for (const source of list.sources) {
      if (!unique.some((s) => s.title === source.title && s.url === source.url && s.file === source.file)) unique.push(source);
    }
  }
  return unique;
}

function reasonsOf(assessments: readonly OfferAssessment<ReasonData>[]): ReasonData[] {
  const reasons: ReasonData[] = [];
  for (const assessment of assessments) reasons.push(...assessment.reasons);
  return reasons;
}

/**
 * The deciding offer among those that apply (national guidance's recommendations only when nothing
 * else applies, see `followed`): the best value; on a tie an offer for everyone it
 * names before a partial one (limited places, a pilot), then the nearer layer (local first), then
 * an offer of a council concerned (the person's own council, or one serving where they live)
 * before a council elsewhere, then the offer whose version has been in force longest (so an answer
 * does not change only because an equal offer joins it), then the offer id.
 */
function best(all: readonly OfferAssessment<ReasonData>[], councils: readonly string[]): OfferAssessment<ReasonData> {
  if (all.length === 1) return all[0]!;
  const eligible = followed(all);
  const elsewhere = (a: OfferAssessment<ReasonData>) => (councils.includes(a.provider.code) ? 0 : 1);
  return [...eligible].sort(
    (a, b) =>
      compareValues(b.value!, a.value!) ||
      Number(a.partial) - Number(b.partial) ||
      LAYER_RANK[a.layer] - LAYER_RANK[b.layer] ||
      elsewhere(a) - elsewhere(b) ||
      earlier(a.versionDate, b.versionDate) ||
      (a.offerId < b.offerId ? -1 : 1),
  )[0]!;
}

/**
 * The offers that apply without national guidance's recommendations when any other offer applies:
 * a council's own rule, even for less, is what the person gets (a recommendation is not a duty).
 */
function followed(eligible: readonly OfferAssessment<ReasonData>[]): readonly OfferAssessment<ReasonData>[] {
  if (!eligible.some((a) => a.recommendation === true)) return eligible;
  const others = eligible.filter((a) => a.recommendation !== true);
  return others.length === 0 ? eligible : others;
}

/**
 * The rules of the kind other than guidance whose answer is unknown, each said once: where
 * guidance's recommendation decides, any of them would decide instead if it applied.
 */
function unsettledOwnRules(offers: readonly OfferAssessment<ReasonData>[]): ReasonData[] {
  return offers
    .filter((o) => o.state === 'unknown' && o.recommendation !== true)
    .map((o) => ({ code: 'own-rule-unsettled', offerId: o.offerId, offerTitle: o.title, providerName: o.provider.name }) as const);
}

/** A provider's "no" for the person, with the not-offered version's detail when it has one (its refusal reason carries it). */
function offerNotGiven(refused: OfferAssessment<ReasonData>): ReasonData {
  const reason = { code: 'offer-not-given', offerId: refused.offerId, offerTitle: refused.title, providerName: refused.provider.name } as const;
  const refusal = refused.reasons.find((r) => r.code === 'status-not-in-force');
  return refusal?.detail === undefined ? reason : { ...reason, detail: refusal.detail };
}

/** Orders two version dates, the earlier first (an eligible offer always has one). */
function earlier(a: string | null, b: string | null): number {
  if (a === b || a === null || b === null) return 0;
  return a < b ? -1 : 1;
}

/** Why the councils not covered for a kind leave it open: nothing encoded, or only part of their rule. */
function notEncoded(kind: Kind, uncovered: readonly string[], partly: readonly string[]): ReasonData[] {
  const none = partly.length === 0 ? uncovered : uncovered.filter((council) => !partly.includes(council));
  return [
    ...(none.length === 0 ? [] : [{ code: 'no-offer-encoded', kind, areas: none } as const]),
    ...(partly.length === 0 ? [] : [{ code: 'whole-rule-not-encoded', kind, areas: partly } as const]),
  ];
}

/**
 * Evaluates one kind on one date (without working out when it next changes): assesses every
 * offer of the kind that concerns the person (offers certainly for other places and saying
 * nothing about the person's own are left out) and combines them (see {@link combineAssessments}).
 *
 * @param kind - the kind
 * @param context - the person, date, residence, geography and dataset index
 * @returns the entitlement, with `endsOn` null
 * @example
 * ```ts
 * evaluateKindOn('council-tax-exemption', context).outcome;
 * ```
 */
export function evaluateKindOn(kind: Kind, context: KindContext): Entitlement<ReasonData> {
  const offers: OfferAssessment<ReasonData>[] = [];
  for (const offer of context.places.offersOf(kind)) offers.push(assessOffer(offer, context));
  return combineAssessments(kind, offers, context.places);
}

/** A kind's answer before it is explained: the outcome and, when eligible, the deciding offer's assessment. */
export type CombinedOutcome =
  | { readonly outcome: 'eligible'; readonly deciding: OfferAssessment<ReasonData> }
  | { readonly outcome: 'unknown' | 'not-eligible'; readonly deciding: null };

/**
 * The decision {@link combineAssessments} explains: eligible when an offer applies (the best
 * value decides, see `best`); otherwise unknown when an offer is unknown or a council concerned
 * has not encoded the kind; otherwise not eligible. The change scan compares these, and builds
 * reasons only for the answer it returns.
 *
 * @param kind - the kind
 * @param offers - the assessments of the offers that concern the person, in dataset order
 * @param places - the councils concerned and those that encode nothing of the kind
 * @returns the outcome and the deciding assessment
 * @example
 * ```ts
 * combinedOutcome('mentor', [], context.places).outcome; // 'unknown' when a council concerned encodes no mentor offer
 * ```
 */
export function combinedOutcome(
  kind: Kind,
  offers: readonly OfferAssessment<ReasonData>[],
  places: Pick<PlaceView, 'councils' | 'uncoveredFor'>,
): CombinedOutcome {
  let eligible: OfferAssessment<ReasonData>[] | null = null;
  let unknown = false;
  for (const offer of offers) {
    if (offer.state === 'eligible') (eligible ??= []).push(offer);
    else if (offer.state === 'unknown') unknown = true;
  }
  if (eligible !== null) return { outcome: 'eligible', deciding: best(eligible, places.councils) };
  if (unknown || places.uncoveredFor(kind).length > 0) return { outcome: 'unknown', deciding: null };
  return { outcome: 'not-eligible', deciding: null };
}

/**
 * Combines the assessments of a kind's offers into its answer. The best in-force value wins
 * across layers; otherwise an unknown offer makes the kind unknown; otherwise the kind is
 * `not-eligible` only if every council concerned has encoded (or is covered for) the kind, and
 * `unknown` if not.
 *
 * @param kind - the kind
 * @param offers - the assessments of the offers that concern the person, in dataset order
 * @param places - the place view: the councils concerned (which win a tie), and those that encode nothing of the kind
 * @returns the entitlement, with `endsOn` null
 * @example
 * ```ts
 * combineAssessments('mentor', [], context.places).outcome; // 'unknown' when a council concerned encodes no mentor offer
 * ```
 */
export function combineAssessments(
  kind: Kind,
  offers: readonly OfferAssessment<ReasonData>[],
  places: Pick<PlaceView, 'councils' | 'uncoveredFor' | 'partlyEncodedFor' | 'claimsFor'>,
): Entitlement<ReasonData> {
  const decision = combinedOutcome(kind, offers, places);
  const pending = offers.filter(
    (o) => o.conditionsHold !== false && o.status !== 'in-force' && o.status !== 'not-offered' && o.status !== null,
  );
  // Written once for every outcome: an eligible decision always has its deciding offer's value and
  // provider (see combinedOutcome), the others have none, which the union type of Entitlement says.
  const entitlement = (fields: {
    readonly outcome: Entitlement['outcome'];
    readonly value: Entitlement['value'];
    readonly provider: Entitlement['provider'];
    readonly decidingOfferId: Entitlement['decidingOfferId'];
    readonly reasons: readonly ReasonData[];
    readonly sources: Entitlement['sources'];
  }): Entitlement<ReasonData> => ({
    kind,
    outcome: fields.outcome,
    value: fields.value,
    provider: fields.provider,
    decidingOfferId: fields.decidingOfferId,
    endsOn: null,
    reasons: fields.reasons,
    offers,
    pending,
    sources: fields.sources,
  }) as Entitlement<ReasonData>;
  if (decision.outcome === 'eligible') {
    const deciding = decision.deciding;
    const eligible = followed(offers.filter((o) => o.state === 'eligible'));
    // A recommendation of more than the council's own rule gives, set aside, is said (an adviser may cite it).
    const setAside = offers.filter((o) => o.state === 'eligible' && o.recommendation === true && !eligible.includes(o) && compareValues(o.value!, deciding.value!) > 0);
    return entitlement({
      outcome: 'eligible',
      value: deciding.value,
      provider: deciding.provider,
      decidingOfferId: deciding.offerId,
      reasons: [
        {
          code: 'offer-applies',
          offerId: deciding.offerId,
          offerTitle: deciding.title,
          providerName: deciding.provider.name,
          value: deciding.value,
          applying: eligible.length,
        },
        // A partial offer (a scheme with limited places, a pilot, a narrow group) is said to be one.
        ...(deciding.partial
          ? [{ code: 'offer-is-partial', offerId: deciding.offerId, offerTitle: deciding.title, providerName: deciding.provider.name } as const]
          : []),
        ...setAside.map((o) => ({ code: 'recommendation-not-followed', offerId: o.offerId, offerTitle: o.title, value: o.value!, providerName: deciding.provider.name }) as const),
        // Guidance that decides only because a council's own rule is unknown on the date may yield to it.
        ...(deciding.recommendation === true ? unsettledOwnRules(offers) : []),
        ...deciding.reasons,
      ],
      sources: deciding.sources,
    });
  }
  const unknown = offers.filter((o) => o.state === 'unknown');
  const uncovered = places.uncoveredFor(kind);
  const noData = uncovered.length === 0 ? [] : notEncoded(kind, uncovered, places.partlyEncodedFor(kind));
  const refusals = reasonsOf(offers);
  if (decision.outcome === 'unknown') {
    return entitlement({
      outcome: 'unknown',
      value: null,
      provider: null,
      decidingOfferId: null,
      reasons: [...reasonsOf(unknown), ...noData, ...(unknown.length > 0 ? [] : refusals)],
      sources: uniqueSources(offers),
    });
  }
  // A provider's own word that it does not give this to the person (status not-offered) is the
  // answer, said first; the other refusals follow.
  const refused = offers.find((o) => o.status === 'not-offered' && o.conditionsHold === true);
  // A "no" that rests on a provider's claim to be the whole rule, with no offer of its own to speak,
  // names the claim and cites it.
  const claims = places.claimsFor(kind);
  const claimed: ReasonData[] = claims.map((claim) => ({ code: 'whole-rule-claimed', kind, providerName: claim.document.provider.name, areas: claim.areas }));
  const sources = uniqueSources([...offers, ...claims]);
  return entitlement({
    outcome: 'not-eligible',
    value: null,
    provider: null,
    decidingOfferId: null,
    reasons:
      refused === undefined
        ? [{ code: 'no-offer-applies', kind, assessed: offers.length }, ...claimed, ...refusals]
        : [
            offerNotGiven(refused),
            ...claimed,
            ...refusals.filter((r) => !(r.code === 'status-not-in-force' && r.offerId === refused.offerId)),
          ],
    sources,
  });
}
