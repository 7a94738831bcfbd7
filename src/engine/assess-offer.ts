import type { Provider } from '../schema/offer.js';
import type { ReasonData } from '../schema/reason.js';
import { checkConditions } from '../rules/check-conditions.js';
import type { ConditionContext } from '../rules/condition-check.js';
import type { OfferVersion } from '../schema/offer.js';
import type { Household } from '../schema/person-facts.js';
import type { EntitlementValue, OfferValue, Value } from '../schema/value.js';
import { compareValues, sameValue } from './compare-values.js';
import type { DatasetIndex, IndexedOffer } from './dataset-index.js';
import type { OfferAssessment, OfferState } from './entitlement.js';
import { type DatedVersion, versionOn } from './version-on.js';

const ALL_HOUSEHOLDS: readonly Household[] = ['alone', 'only-care-leavers', 'with-others'];

interface VersionResult {
  readonly state: OfferState;
  readonly conditionsHold: boolean | null;
  readonly value: EntitlementValue | null;
  readonly reasons: readonly ReasonData[];
}

function resolveValue(
  value: OfferValue,
  household: Household | undefined,
  context: ConditionContext,
): { value: EntitlementValue | null; state: OfferState; reasons: ReasonData[] } {
  const { offerId, offerTitle } = context;
  if (value.type !== 'depends-on-household') return { value, state: 'eligible', reasons: [] };
  if (household !== undefined) {
    const match = value.cases.find((c) => c.households.includes(household));
    if (match !== undefined) return { value: match.value, state: 'eligible', reasons: [] };
    return {
      value: null,
      state: 'not-eligible',
      reasons: [{ code: 'household-not-covered', offerId, offerTitle, fact: 'household', household }],
    };
  }
  const values: Value[] = value.cases.map((c) => c.value).sort(compareValues);
  const everyHousehold = ALL_HOUSEHOLDS.every((h) => value.cases.some((c) => c.households.includes(h)));
  const low = everyHousehold ? values[0]! : null;
  const high = values[values.length - 1]!;
  if (low !== null && sameValue(low, high)) return { value: high, state: 'eligible', reasons: [] };
  return {
    value: { type: 'range', low, high, dependsOn: 'household' },
    state: everyHousehold ? 'eligible' : 'unknown',
    reasons: [
      { code: 'value-depends-on-household', offerId, offerTitle, fact: 'household' },
    ],
  };
}

function assessVersion(version: OfferVersion, context: ConditionContext): VersionResult {
  const check = checkConditions(version.eligibility, context);
  const conditionsHold = check.state === 'met' ? true : check.state === 'not-met' ? false : null;
  if (check.state === 'not-met') return { state: 'not-eligible', conditionsHold, value: null, reasons: check.reasons };
  if (version.status === 'in-force') {
    if (check.state === 'unknown') return { state: 'unknown', conditionsHold, value: null, reasons: check.reasons };
    const resolved = resolveValue(version.value, context.person.facts?.household, context);
    return { state: resolved.state, conditionsHold, value: resolved.value, reasons: resolved.reasons };
  }
  if (version.status === 'unknown') {
    return {
      state: 'unknown',
      conditionsHold,
      value: null,
      reasons: [
        ...check.reasons,
        { code: 'status-unknown', offerId: context.offerId, offerTitle: context.offerTitle },
      ],
    };
  }
  return {
    state: 'not-eligible',
    conditionsHold,
    value: null,
    reasons: [
      ...check.reasons,
      refusal(version, context),
    ],
  };
}

/** The reason a version not in force gives nothing; a provider's "not offered" carries its value's detail, which says what is refused or why. */
function refusal(version: OfferVersion, context: ConditionContext): ReasonData {
  const reason = { code: 'status-not-in-force', offerId: context.offerId, offerTitle: context.offerTitle, status: version.status } as const;
  const detail = version.status === 'not-offered' && 'detail' in version.value ? version.value.detail : undefined;
  return detail === undefined ? reason : { ...reason, detail };
}

function assessUncertain(previous: DatedVersion | null, next: DatedVersion, context: ConditionContext): VersionResult {
  const before: VersionResult = previous === null
    ? { state: 'not-eligible', conditionsHold: false, value: null, reasons: [] }
    : assessVersion(previous[1], context);
  const after = assessVersion(next[1], context);
  // A "no" (not offered, withdrawn) known only as confirmed by its date, with nothing encoded
  // before it, says nothing of the time before: the provider may have given it then.
  if (previous === null && after.conditionsHold === true && (next[1].status === 'not-offered' || next[1].status === 'withdrawn')) {
    return {
      state: 'unknown',
      conditionsHold: null,
      value: null,
      reasons: [{ code: 'earlier-not-known', offerId: context.offerId, offerTitle: context.offerTitle, date: next[0] }],
    };
  }
  if (before.state === after.state && sameValue(before.value, after.value)) return previous === null ? after : before;
  // Eligible under either version, with different values: eligible, with the lesser value.
  if (before.state === 'eligible' && after.state === 'eligible' && before.value !== null && after.value !== null) {
    const afterIsLess = compareValues(after.value, before.value) < 0;
    const [lesser, other] = afterIsLess ? [after, before] : [before, after];
    return {
      state: 'eligible',
      conditionsHold: true,
      value: lesser.value,
      reasons: [
        ...lesser.reasons,
        { code: 'lesser-of-two-versions', offerId: context.offerId, offerTitle: context.offerTitle, date: next[0], other: other.value! },
      ],
    };
  }
  return {
    state: 'unknown',
    conditionsHold: null,
    value: null,
    reasons: [
      { code: 'version-start-unknown', offerId: context.offerId, offerTitle: context.offerTitle, date: next[0] },
      // What the later version would say about this person (a condition that is for another place, a missing fact).
      ...after.reasons,
    ],
  };
}

/**
 * Assesses one offer for a person on a date: which version applies, whether its conditions hold,
 * whether it is in force, and what it gives.
 *
 * @param indexed - the offer from the dataset index
 * @param context - the person, date, residence and geography (its `providerCode` and `offerId` are set here)
 * @returns the assessment, with reasons
 * @example
 * ```ts
 * assessOffer(indexed, context).state; // 'eligible' | 'not-eligible' | 'unknown' | 'not-applicable'
 * ```
 */
export function assessOffer(
  indexed: IndexedOffer,
  context: Omit<ConditionContext, 'providerCode' | 'offerId' | 'offerTitle'> & { readonly index: DatasetIndex },
): OfferAssessment<ReasonData> {
  const { offer, provider } = indexed;
  const offerContext: ConditionContext = {
    person: context.person,
    on: context.on,
    residence: context.residence,
    geography: context.geography,
    leapDayBirthday: context.leapDayBirthday,
    residenceWithin: context.residenceWithin,
    responsibleWithin: context.responsibleWithin,
    providerCode: provider.code,
    offerId: offer.id,
    offerTitle: offer.title,
  };
  const chosen = versionOn(indexed.versions, context.on);
  if (chosen.type === 'none') {
    const [first, version] = indexed.versions[0]!;
    // A first version known only as "in force by" its date began on or after its notBefore.
    const earliest = version.dateIs === 'confirmed-by' ? version.notBefore : undefined;
    return assessment(indexed, null, null, providerFor(indexed, context), {
      state: 'not-applicable',
      conditionsHold: null,
      value: null,
      reasons: [
        earliest === undefined
          ? { code: 'not-yet-in-force', offerId: offer.id, offerTitle: offer.title, date: first }
          : { code: 'not-yet-in-force', offerId: offer.id, offerTitle: offer.title, date: first, earliest },
      ],
    });
  }
  const dated = chosen.type === 'one' ? chosen.version : (chosen.previous ?? chosen.next);
  const result = chosen.type === 'one' ? assessVersion(dated[1], offerContext) : assessUncertain(chosen.previous, chosen.next, offerContext);
  return assessment(indexed, dated[1].status, dated[0], providerFor(indexed, context), {
    state: result.state,
    conditionsHold: result.conditionsHold,
    value: result.value,
    reasons: result.reasons,
  });
}

/**
 * Who provides the offer to this person: the council that looked after them for a duty it owes,
 * named as its own documents name it ("Bolton Council"), else as the geography does.
 */
function providerFor(indexed: IndexedOffer, context: Pick<ConditionContext, 'person' | 'geography'> & { readonly index: DatasetIndex }): Provider {
  if (indexed.offer.dutyOf !== 'responsible-authority') return indexed.provider;
  const code = context.person.responsibleAuthority;
  return context.index.providers.get(code) ?? { code, name: context.geography.nameOf(code) ?? code };
}

function assessment(
  indexed: IndexedOffer,
  status: OfferAssessment['status'],
  versionDate: OfferAssessment['versionDate'],
  provider: Provider,
  result: VersionResult,
): OfferAssessment<ReasonData> {
  const { offer } = indexed;
  const made: OfferAssessment<ReasonData> = {
    offerId: offer.id,
    title: offer.title,
    provider,
    layer: indexed.layer,
    status,
    versionDate,
    state: result.state,
    conditionsHold: result.conditionsHold,
    value: result.value,
    reasons: result.reasons,
    sources: offer.sources,
    lastChecked: offer.lastChecked,
    confidence: offer.confidence,
    assumptions: offer.assumptions ?? [],
    partial: offer.partial === true,
  };
  return offer.recommendation === true ? { ...made, recommendation: true } : made;
}
