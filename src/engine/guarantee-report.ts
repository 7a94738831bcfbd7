import { markParts } from '../dates/age-mark.js';
import { CalendarDate } from '../dates/calendar-date.js';
import type { AgeBand, GuaranteeReason, GuaranteeReasonData, ResponsibilityScope } from '../schema/reason.js';
import { type EligibilitySummary, residenceAreas, responsibleAreas, summariseEligibility } from '../rules/condition-handlers.js';
import type { Condition, OtherCondition } from '../schema/condition.js';
import type { Dataset } from '../schema/dataset.js';
import type { Kind } from '../schema/kind.js';
import type { Offer, OfferVersion, Provider } from '../schema/offer.js';
import type { OfferValue } from '../schema/value.js';
import { type InputIssue, InvalidInputError, describeGiven, fromZodIssues } from '../validation/input-issue.js';
import { unknownOptionKeys } from './unknown-option-keys.js';
import { requireObject } from '../validation/require-object.js';
import { compareValues } from './compare-values.js';
import { indexDataset } from './dataset-index.js';
import type { EntitlementValue } from '../schema/value.js';
import type { AreaRoles, Geography } from '../areas/geography.js';
import { type DatedVersion, versionOn } from './version-on.js';
import { ukGeography } from '../areas/uk-geography.js';
import { ADULT_AGE } from '../rules/category-on.js';

/**
 * How a member council's own offer compares with one item of its region's guarantee; `delivered`
 * when the item's provider gives it to the member's care leavers itself (a transport authority's
 * bus pass, `deliveredBy: provider`), so the member needs no offer of its own and none exceeds it.
 */
export type GuaranteeResult = 'exceeds' | 'meets' | 'falls-short' | 'unknown' | 'delivered';

/** One member council against one guarantee item. */
export interface MemberAssessment<R extends GuaranteeReason | GuaranteeReasonData = GuaranteeReason> {
  readonly member: { readonly code: string; readonly name: string };
  readonly result: GuaranteeResult;
  /** The member's own offer compared (its best in force on the date), or null. */
  readonly offerId: string | null;
  /** That offer's value on the date, or null. */
  readonly value: OfferValue | null;
  readonly reasons: readonly R[];
}

/** One in-force offer of the region's guarantee, with every member against it. */
export interface GuaranteeItem<R extends GuaranteeReason | GuaranteeReasonData = GuaranteeReason> {
  readonly offerId: string;
  readonly kind: Kind;
  readonly title: string;
  /** Who delivers it: the offer's own provider (a transport body, say) or the region. */
  readonly provider: Provider;
  /**
   * `provider` when that provider gives the item to care leavers itself, so members need no offer
   * of their own (`delivered` for each member it reaches); `members` when each member council
   * gives it through its own offer (the offer's `deliveredBy`, `members` by default).
   */
  readonly deliveredBy: 'provider' | 'members';
  /** The date of the version in force. */
  readonly versionDate: CalendarDate;
  readonly value: OfferValue;
  /**
   * Before a later version of the item known only as confirmed in force by its date: that version
   * (either may apply on the date, so each member is compared with both); null otherwise.
   */
  readonly laterVersion: { readonly versionDate: CalendarDate; readonly value: OfferValue } | null;
  /**
   * When the item is known only as confirmed in force by its version's date, whose start is not
   * known (what came before it was agreed or planned, or nothing is encoded): it may not yet apply
   * on the report's date, and each member is compared with it as if it did. `notBefore` is the
   * earliest day it can have started, where a source bounds it. Null when it is in force on the date.
   */
  readonly startNotKnown: { readonly inForceBy: CalendarDate; readonly notBefore: CalendarDate | null } | null;
  readonly members: readonly MemberAssessment<R>[];
}

/** What `guaranteeReport` returns. */
export interface GuaranteeReport<R extends GuaranteeReason | GuaranteeReasonData = GuaranteeReason> {
  readonly on: CalendarDate;
  readonly region: { readonly code: string; readonly name: string };
  /** The member councils, in code order. */
  readonly members: readonly { readonly code: string; readonly name: string }[];
  /** One entry per in-force guarantee offer, in document order. */
  readonly items: readonly GuaranteeItem<R>[];
}

/** Where and when the report is for. */
export interface GuaranteeReportPeriod {
  /** The date: only offers in force on it count. */
  readonly on: CalendarDate;
}

/** Options for `guaranteeReport` and {@link decideGuaranteeReport}. */
export interface GuaranteeReportOptions {
  /** Where places are (names and containment); defaults to the UK registry. */
  readonly geography?: Geography | undefined;
  /**
   * The member councils to report on; by default every council within the region on the date, and
   * any council outside it that an item names by its code as one whose care leavers it is for (a
   * council taking part without being a member, such as North Somerset in the WESTpass).
   */
  readonly members?: readonly string[] | undefined;
}

type Eligibility = EligibilitySummary;
const RESPONSIBILITY_RANK = { any: 2, within: 1, own: 0 } as const;

function scopeOf(e: Eligibility): ResponsibilityScope {
  const scope = e.responsibility === 2 ? 'any' : e.responsibility === 0 ? 'own' : 'within';
  return e.responsibilityExcept.length === 0 ? { scope, areas: e.responsibilityAreas } : { scope, areas: e.responsibilityAreas, except: e.responsibilityExcept };
}

function bandOf(e: Eligibility): AgeBand {
  if (e.until === Number.POSITIVE_INFINITY) return { from: e.from, until: null };
  const { age, endOf } = markParts(e.until);
  return endOf === undefined ? { from: e.from, until: age } : { from: e.from, until: age, untilEndOf: endOf };
}

function eligibilityOf(conditions: readonly Condition[], region?: string): Eligibility {
  return summariseEligibility(conditions, region);
}

function asEntitlementValue(value: OfferValue): EntitlementValue {
  if (value.type !== 'depends-on-household') return value;
  const values = value.cases.map((c) => c.value).sort(compareValues);
  const households = new Set(value.cases.flatMap((c) => c.households));
  return { type: 'range', low: households.size === 3 ? values[0]! : null, high: values[values.length - 1]!, dependsOn: 'household' };
}

/** An offer's versions with their dates, in date order. */
function datedVersions(offer: Offer): DatedVersion[] {
  return Object.entries(offer.versions).sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * The version of an offer with a status on a date; in a window before a later version known only
 * as confirmed in force by its date, the earlier one with the later as its `alternative`, when
 * both have the status (a comparison from them holds only where the two agree).
 */
function versionsWithStatus(
  offer: Offer,
  on: CalendarDate,
  status: OfferVersion['status'],
): { readonly version: DatedVersion; readonly alternative: DatedVersion | null } | null {
  const found = versionOn(datedVersions(offer), on);
  if (found.type === 'one') return found.version[1].status === status ? { version: found.version, alternative: null } : null;
  if (found.type === 'uncertain' && found.previous !== null && found.previous[1].status === status && found.next[1].status === status) {
    return { version: found.previous, alternative: found.next };
  }
  return null;
}

/**
 * The version of an offer that may have a status on a date: the one in force with it, or, before a
 * later version known only as confirmed by its date, that later version when it has the status
 * (whatever came before: it may already apply).
 */
function versionMayHaveStatus(offer: Offer, on: CalendarDate, status: OfferVersion['status']): DatedVersion | null {
  const found = versionOn(datedVersions(offer), on);
  if (found.type === 'one') return found.version[1].status === status ? found.version : null;
  if (found.type === 'uncertain' && found.next[1].status === status) return found.next;
  return null;
}

/**
 * Which of two comparisons made with the two versions of an offer (in a window where either may
 * apply) holds: `first` or `second` where both give one result (the caller picks between them),
 * the one that meets (or is delivered) where the other exceeds (the item is met at least), and
 * `neither` otherwise.
 */
function eitherVersion(first: GuaranteeResult, second: GuaranteeResult): 'same' | 'first' | 'second' | 'neither' {
  if (first === second) return 'same';
  const reaches = (result: GuaranteeResult) => result === 'meets' || result === 'exceeds' || result === 'delivered';
  if (reaches(first) && reaches(second)) return first === 'exceeds' ? 'second' : 'first';
  return 'neither';
}

/** How a member's own offer compares with an item (`delivered` speaks of the item's provider, not of an offer of the member's). */
type OwnOfferResult = Exclude<GuaranteeResult, 'delivered'>;

/**
 * Whether everyone who meets `given` meets `needed` too: the same test, or a test of the same fact
 * that lets through at least as much (a list that holds the other's values, areas containing the
 * other's). Alternatives (any-of) are compared as written.
 */
function meetsToo(given: OtherCondition, needed: OtherCondition, geography: Geography, on: CalendarDate): boolean {
  if (given.type === 'any-of' || needed.type === 'any-of') return JSON.stringify(given) === JSON.stringify(needed);
  if (given.type === 'birthday' || needed.type === 'birthday') {
    // The same birthday, falling within a span no wider than the one needed.
    if (given.type !== 'birthday' || needed.type !== 'birthday' || given.age !== needed.age) return false;
    const startsLate = needed.from === undefined || (given.from !== undefined && given.from >= needed.from);
    const endsEarly = needed.before === undefined || (given.before !== undefined && given.before <= needed.before);
    return startsLate && endsEarly;
  }
  if (given.fact !== needed.fact) return false;
  const givenValues: readonly unknown[] | undefined = given.equals !== undefined ? [given.equals] : given.in;
  if (needed.equals !== undefined) return givenValues !== undefined && givenValues.every((v) => v === needed.equals);
  if (needed.in !== undefined) return givenValues !== undefined && givenValues.every((v) => (needed.in as readonly unknown[]).includes(v));
  const neededAreas = needed.within ?? [];
  return given.within !== undefined && given.within.every((area) => neededAreas.some((outer) => geography.isWithin(area, outer, on)));
}

/**
 * Facts a kind's offers test only to say whether it can apply at all (there is no council tax to
 * exempt someone from who is not liable for it): they leave no one out whom the guarantee reaches.
 */
const PRECONDITIONS: Partial<Record<Kind, readonly string[]>> = { 'council-tax-exemption': ['liableForCouncilTax'] };

/** The conditions that can leave people out, without a kind's preconditions. */
function narrowing(kind: Kind, conditions: readonly OtherCondition[]): readonly OtherCondition[] {
  const preconditions = PRECONDITIONS[kind];
  return preconditions === undefined ? conditions : conditions.filter((c) => c.type !== 'fact' || !preconditions.includes(c.fact));
}

/** The conditions of `needing` that someone meeting every condition of `given` may fail. */
function notImplied(needing: readonly OtherCondition[], given: readonly OtherCondition[], geography: Geography, on: CalendarDate): OtherCondition[] {
  return needing.filter((needed) => !given.some((g) => meetsToo(g, needed, geography, on)));
}

/**
 * Compares a member's offer (value, eligibility, and whether it is partial) with a guarantee item:
 * any worse aspect makes it fall short, otherwise any better aspect makes it exceed, otherwise it
 * meets the item. A condition on another fact (tenancy, education, …) that the guarantee does not
 * set leaves people out, as does a partial offer (limited places, referral) against a guarantee
 * for everyone it names. Residence conditions are not compared (a council's offer applies where
 * it serves).
 */
function compareWithItem(
  member: { value: OfferValue; eligibility: Eligibility; partial: boolean },
  item: { kind: Kind; value: OfferValue; eligibility: Eligibility; partial: boolean },
  geography: Geography,
  on: CalendarDate,
): { result: OwnOfferResult; reasons: GuaranteeReasonData[] } {
  const better: GuaranteeReasonData[] = [];
  const worse: GuaranteeReasonData[] = [];
  const same: GuaranteeReasonData[] = [];
  if (member.partial && !item.partial) worse.push({ code: 'member-partial' });
  else if (item.partial && !member.partial) better.push({ code: 'item-partial' });
  const mineConditions = narrowing(item.kind, member.eligibility.otherConditions);
  const theirConditions = narrowing(item.kind, item.eligibility.otherConditions);
  const memberOnly = notImplied(mineConditions, theirConditions, geography, on);
  const itemOnly = notImplied(theirConditions, mineConditions, geography, on);
  if (memberOnly.length > 0) worse.push({ code: 'narrower-conditions', conditions: memberOnly });
  else if (itemOnly.length > 0) better.push({ code: 'wider-conditions', conditions: itemOnly });
  const mine = asEntitlementValue(member.value);
  const theirs = asEntitlementValue(item.value);
  const byValue = compareValues(mine, theirs);
  if (byValue > 0) better.push({ code: 'better-value', mine, theirs });
  else if (byValue < 0) worse.push({ code: 'worse-value', mine, theirs });
  else same.push({ code: 'same-value', mine, theirs });

  const m = member.eligibility;
  const g = item.eligibility;
  if (m.until > g.until || m.from < g.from) {
    if (m.until < g.until || m.from > g.from) {
      worse.push({ code: 'narrower-age', mine: bandOf(m), theirs: bandOf(g), shape: 'shifted' });
    } else {
      better.push({ code: 'wider-age', mine: bandOf(m), theirs: bandOf(g), shape: 'longer' });
    }
  } else if (m.until < g.until || m.from > g.from) {
    worse.push({ code: 'narrower-age', mine: bandOf(m), theirs: bandOf(g), shape: 'shorter' });
  }
  // Only the categories each can reach at its ages count: eligible and relevant children are 16
  // or 17, former relevant ones 18 or over (an offer from 18 covers no eligible child).
  const reachable = (e: Eligibility) => [...e.categories].filter((c) => (c === 'former-relevant' ? e.until > ADULT_AGE : c === 'qualifying' || e.from < ADULT_AGE));
  const mineReached = new Set(reachable(m));
  const theirsReached = new Set(reachable(g));
  const missing = [...theirsReached].filter((c) => !mineReached.has(c));
  const extra = [...mineReached].filter((c) => !theirsReached.has(c));
  if (missing.length > 0) {
    worse.push({ code: 'narrower-categories', categories: missing });
  } else if (extra.length > 0) {
    better.push({ code: 'wider-categories', categories: extra });
  }
  if (m.responsibility < g.responsibility) {
    worse.push({ code: 'narrower-responsibility', mine: scopeOf(m), theirs: scopeOf(g) });
  } else if (m.responsibility > g.responsibility) {
    better.push({ code: 'wider-responsibility', mine: scopeOf(m), theirs: scopeOf(g) });
  } else if (m.responsibility === RESPONSIBILITY_RANK.within) {
    // Both name areas: compare them by containment (England contains Greater Manchester), less
    // the councils each leaves out (England except Salford does not contain Greater Manchester).
    const overlaps = (a: string, b: string) => geography.isWithin(a, b, on) || geography.isWithin(b, a, on);
    const covers = (outer: Eligibility, inner: Eligibility) =>
      inner.responsibilityAreas.every((a) => outer.responsibilityAreas.some((b) => geography.isWithin(a, b, on))) &&
      outer.responsibilityExcept.every((left) => !inner.responsibilityAreas.some((a) => overlaps(left, a)) || inner.responsibilityExcept.some((x) => geography.isWithin(left, x, on)));
    const memberCovers = covers(m, g);
    const itemCovers = covers(g, m);
    if (memberCovers && !itemCovers) {
      better.push({ code: 'wider-responsibility', mine: scopeOf(m), theirs: scopeOf(g) });
    } else if (!memberCovers) {
      worse.push({ code: 'narrower-responsibility', mine: scopeOf(m), theirs: scopeOf(g) });
    }
  }
  if (worse.length > 0) return { result: 'falls-short', reasons: [...worse, ...better, ...same] };
  if (better.length > 0) return { result: 'exceeds', reasons: [...better, ...same] };
  return { result: 'meets', reasons: same };
}

function assessMember(
  member: { code: string; name: string },
  item: { kind: Kind; value: OfferValue; eligibility: Eligibility; partial: boolean },
  dataset: Dataset,
  on: CalendarDate,
  geography: Geography,
): MemberAssessment<GuaranteeReasonData> {
  const offers = dataset.documents
    .filter((d) => d.provider.code === member.code)
    .flatMap((d) => d.offers.filter((o) => o.kind === item.kind));
  if (offers.length === 0) {
    return {
      member,
      result: 'unknown',
      offerId: null,
      value: null,
      reasons: [{ code: 'nothing-encoded', memberName: member.name, kind: item.kind }],
    };
  }
  // An offer for other councils' care leavers leaves the member's own out (`except`) because an
  // offer of the member's own answers for them: where one is (or, in a window of doubt about a
  // version's date, may be) in force on the date, the two together reach what the first would
  // without the except, so it is compared so. A withdrawn or not-offered own offer gives them
  // nothing, and the except stands.
  const ownAnswered = offers.some((offer) => {
    const found = versionOn(datedVersions(offer), on);
    const candidates = found.type === 'one' ? [found.version] : found.type === 'uncertain' ? [found.previous, found.next] : [];
    return candidates.some((v) => v !== null && v[1].status === 'in-force' && (responsibleAreas(v[1].eligibility, member.code) ?? []).includes(member.code));
  });
  const memberEligibility = (conditions: readonly Condition[]): Eligibility => {
    const e = summariseEligibility(conditions);
    if (!ownAnswered || e.responsibilityExcept.length === 0) return e;
    const except = e.responsibilityExcept.filter((left) => left !== member.code && !geography.isWithin(member.code, left, on));
    return except.length === e.responsibilityExcept.length ? e : { ...e, responsibilityExcept: except };
  };
  const withStatus = (status: OfferVersion['status']) =>
    offers.flatMap((offer) => {
      const found = versionsWithStatus(offer, on, status);
      if (found === null) return [];
      const { version, alternative } = found;
      return [
        {
          offer,
          value: version[1].value,
          eligibility: memberEligibility(version[1].eligibility),
          partial: offer.partial === true,
          alternative:
            alternative === null
              ? null
              : { date: alternative[0], value: alternative[1].value, eligibility: memberEligibility(alternative[1].eligibility), partial: offer.partial === true },
        },
      ];
    });
  const inForce = withStatus('in-force');
  // A stated no (not offered, or withdrawn) counts only where its ages meet the item's (a no for
  // 16 and 17 year olds says nothing of an item for 18 to 25 year olds).
  const overlapsItem = (e: Eligibility) => e.from < item.eligibility.until && item.eligibility.from < e.until;
  const refused = inForce.length === 0 ? [...withStatus('not-offered'), ...withStatus('withdrawn')].filter((candidate) => overlapsItem(candidate.eligibility)) : [];
  if (refused.length > 0) {
    return {
      member,
      result: 'falls-short',
      offerId: refused[0]!.offer.id,
      value: null,
      reasons: [{ code: 'member-does-not-offer', memberName: member.name, kind: item.kind, on }],
    };
  }
  if (inForce.length === 0) {
    return {
      member,
      result: 'unknown',
      offerId: null,
      value: null,
      reasons: [
        { code: 'not-in-force', memberName: member.name, kind: item.kind, on },
      ],
    };
  }
  const compared = inForce.map((candidate) => {
    const first = compareWithItem(candidate, item, geography, on);
    const { alternative } = candidate;
    if (alternative === null) return { candidate, ...first };
    // Before a later version known only as confirmed by its date: a result holds only where both agree
    // (or where one meets the item and the other exceeds it: it is met at least).
    const second = compareWithItem(alternative, item, geography, on);
    const later = { candidate: { ...candidate, value: alternative.value, eligibility: alternative.eligibility }, ...second };
    const holds = eitherVersion(first.result, second.result);
    if (holds === 'same') {
      return compareValues(asEntitlementValue(alternative.value), asEntitlementValue(candidate.value)) < 0 ? later : { candidate, ...first };
    }
    if (holds === 'first') return { candidate, ...first };
    if (holds === 'second') return later;
    const reason: GuaranteeReasonData = {
      code: 'member-version-start-unknown',
      memberName: member.name,
      offerId: candidate.offer.id,
      offerTitle: candidate.offer.title,
      date: alternative.date,
    };
    return { candidate, result: 'unknown' as const, reasons: [reason] };
  });
  const rank = { exceeds: 3, meets: 2, 'falls-short': 1, unknown: 0 } as const;
  compared.sort(
    (a, b) =>
      rank[b.result] - rank[a.result] ||
      compareValues(asEntitlementValue(b.candidate.value), asEntitlementValue(a.candidate.value)) ||
      (a.candidate.offer.id < b.candidate.offer.id ? -1 : 1),
  );
  const best = compared[0]!;
  if (best.result === 'falls-short') {
    // An offer whose status is unknown (for example "whether other councils' care leavers qualify
    // is not stated") that would meet the item leaves the answer open, never a firm shortfall.
    // A "not known" record dated later, known only as confirmed by its date, may already hold.
    const unknownOffers = offers.flatMap((offer) => {
      const version = versionMayHaveStatus(offer, on, 'unknown');
      return version === null ? [] : [{ offer, value: version[1].value, eligibility: memberEligibility(version[1].eligibility), partial: offer.partial === true }];
    });
    const unsettled = unknownOffers.find((candidate) => compareWithItem(candidate, item, geography, on).result !== 'falls-short');
    if (unsettled !== undefined) {
      return {
        member,
        result: 'unknown',
        offerId: unsettled.offer.id,
        value: null,
        reasons: [
          { code: 'not-settled', memberName: member.name, offerId: unsettled.offer.id, offerTitle: unsettled.offer.title },
          ...best.reasons,
        ],
      };
    }
  }
  return { member, result: best.result, offerId: best.candidate.offer.id, value: best.candidate.value, reasons: best.reasons };
}

/** Whether a condition limits where the person lives or whose care leaver they are, inside alternatives. */
function placeInsideAlternatives(condition: Condition): boolean {
  return condition.type === 'any-of' && condition.conditions.some((c) => c.type === 'residence' || c.type === 'responsible-authority' || placeInsideAlternatives(c));
}

/**
 * Whether an item its provider gives itself reaches a member: the member's own care leavers living
 * in the member's area meet the item's conditions on places (whose care leavers, where they live).
 * Not when a place condition sits inside alternatives (which alternative holds is not known here).
 */
function reachesMember(version: OfferVersion, providerCode: string, member: string, on: CalendarDate, geography: Geography): boolean {
  const { eligibility } = version;
  if (eligibility.some(placeInsideAlternatives)) return false;
  const within = (areas: readonly string[] | null) => areas === null || areas.some((area) => area === member || geography.isWithin(member, area, on));
  return within(residenceAreas(eligibility)) && within(responsibleAreas(eligibility, providerCode));
}

/**
 * A member against an item its provider gives itself, where the item reaches the member's care
 * leavers: `delivered`, unless the member's own offer exceeds it.
 */
function deliveredOrExceeded(own: MemberAssessment<GuaranteeReasonData>, provider: Provider): MemberAssessment<GuaranteeReasonData> {
  if (own.result === 'exceeds') return own;
  return {
    member: own.member,
    result: 'delivered',
    offerId: null,
    value: null,
    reasons: [{ code: 'delivered-by-provider', memberName: own.member.name, providerName: provider.name }],
  };
}

/** When an area did not exist on a date: "began on …" or "ended on …"; null when it existed (or the geography does not say). */
function notExistingOn(roles: AreaRoles | undefined, on: CalendarDate): string | null {
  if (roles?.from !== undefined && on < roles.from) return `began on ${roles.from}`;
  if (roles?.until !== undefined && roles.until <= on) return `ended on ${roles.until}`;
  return null;
}

/**
 * Whether an area is a council on a date: a children's services authority existing then, where
 * the geography says what its areas are; otherwise an area with no council within it (not a
 * combined authority or a nation).
 */
function isCouncilOn(code: string, on: CalendarDate, geography: Geography): boolean {
  const roles = geography.rolesOf?.(code);
  if (roles === undefined) return geography.has(code) && (geography.councilsWithin?.(code, on) ?? []).every((council) => council === code);
  return roles.looksAfterChildren && notExistingOn(roles, on) === null;
}

/**
 * Councils outside the region that the guarantee's items name by their own codes, as councils
 * whose care leavers they are for: councils that take part without being members (North
 * Somerset in the West of England's WESTpass). The report lists them among the members.
 */
function councilsTakingPart(versions: readonly OfferVersion[], region: string, on: CalendarDate, geography: Geography): string[] {
  const named = new Set<string>();
  for (const version of versions) {
    for (const condition of version.eligibility) {
      if (condition.type !== 'responsible-authority' || condition.areas === undefined) continue;
      for (const code of condition.areas) {
        if (code !== region && !geography.isWithin(code, region, on) && isCouncilOn(code, on, geography)) named.add(code);
      }
    }
  }
  return [...named];
}

/**
 * Members given by the caller must be a list of known area codes, each once (a council outside the
 * region may be given, to see how it would compare with the guarantee).
 */
function checkMembers(members: unknown, region: string, on: CalendarDate, geography: Geography): void {
  if (!Array.isArray(members)) {
    throw new InvalidInputError('guarantee report', [
      { code: 'invalid-type', path: ['members'], message: "members must be a list of council codes, such as ['E08000001', 'E08000002'] (leave it out for every council in the region)" },
    ]);
  }
  const seen = new Set<unknown>();
  const issues: InputIssue[] = [];
  members.forEach((code: unknown, i) => {
    const path = ['members', i];
    if (typeof code !== 'string' || !geography.has(code)) {
      issues.push({ code: 'unknown-area', path, message: `${describeGiven(code)} is not a known area code; resolveArea() finds the code for a name` });
    } else if (seen.has(code)) {
      issues.push({ code: 'invalid-value', path, message: `${code} is given twice; give each member once` });
    } else if (code === region) {
      issues.push({ code: 'invalid-value', path, message: `${code} is the region itself; give the councils to compare with its guarantee` });
    } else {
      const roles = geography.rolesOf?.(code);
      const name = `${code} (${geography.nameOf(code) ?? code})`;
      const when = notExistingOn(roles, on);
      if (roles !== undefined && !roles.livedIn && !roles.looksAfterChildren) {
        issues.push({ code: 'wrong-kind-of-area', path, message: `${name} is ${roles.description}, not a council; give councils` });
      } else if (when !== null) {
        issues.push({ code: 'area-not-on-date', path, message: `${name} ${when}, so did not exist on ${on}; give the councils of that date` });
      }
    }
    seen.add(code);
  });
  if (issues.length > 0) throw new InvalidInputError('guarantee report', issues);
}

/**
 * The decisions behind `guaranteeReport` (reasons as data): for each offer of the region's guarantee in force on the
 * date (documents of layer `regional` whose provider is the region), each member council's own
 * offers of the same kind, compared with it. A member `exceeds` the item when its best in-force
 * offer gives a better value or covers more people (a later age limit, more categories, other
 * councils' care leavers) and nothing worse; `meets` it when equal; `falls-short` when its offer
 * is worse in value or narrower in any of those ways; and is `unknown` when it has no offer of
 * that kind encoded, or none in force, or when its in-force offers fall short but an offer of
 * unknown status (a rule its sources leave open) would reach the item. An item whose provider
 * gives it itself (`deliveredBy: provider`, a transport authority's bus pass) is `delivered` to
 * each member whose care leavers, living in the member's area, it reaches, unless the member's own
 * offer exceeds it. Each answer carries its reasons. A member's condition on another fact (household, tenancy, education, …) that the
 * item does not set, or a partial member offer (limited places, referral) against an item for
 * everyone it names, makes it fall short; the other way round, it exceeds. Conditions on where
 * the person lives are not compared (a council's offer applies where it serves). A member whose
 * offer is withdrawn or not offered on the date falls short.
 *
 * @param region - the region's GSS code (a combined authority such as E47000001)
 * @param period - `on`, the date
 * @param dataset - the offers (for example `embeddedDataset`)
 * @param options - geography and members
 * @returns the report
 * @throws {@link InvalidInputError} when the date or the region is invalid (unknown, not existing on the date, or with no
 *   regional document in the dataset), a member is not a council of that date, the options are not an object, or the dataset fails its schema
 * @example
 * ```ts
 * const report = decideGuaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset);
 * report.items.map((item) => item.kind); // ['council-tax-exemption', 'free-travel', …]
 * report.items[0]?.members.find((m) => m.member.code === 'E08000003')?.result; // 'falls-short' (Manchester leaves out those with no recourse to public funds)
 * ```
 */
export function decideGuaranteeReport(
  region: string,
  period: GuaranteeReportPeriod,
  dataset: Dataset,
  options: GuaranteeReportOptions = {},
): GuaranteeReport<GuaranteeReasonData> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidInputError('guarantee report', [
      { code: 'invalid-type', path: ['options'], message: "options must be an object (or left out); for example { members: ['E08000001'] }" },
    ]);
  }
  // The explained report passes its message table on with these options.
  const unknownKeys = unknownOptionKeys(options, ['geography', 'members', 'messages']);
  if (unknownKeys.length > 0) throw new InvalidInputError('guarantee report', unknownKeys);
  const geography = options.geography ?? ukGeography;
  const date = CalendarDate.safeParse(requireObject(period, 'period', "{ on: '2026-11-23' }", 'guarantee report').on);
  if (!date.success) {
    throw new InvalidInputError('guarantee report', fromZodIssues(date.error.issues).map((i) => ({ ...i, code: 'invalid-date' as const, path: ['on'] })));
  }
  if (!geography.has(region)) {
    throw new InvalidInputError('guarantee report', [
      { code: 'unknown-area', path: ['region'], message: `${describeGiven(region)} is not a known area code; resolveArea() finds the code for a name` },
    ]);
  }
  const on = date.data;
  // A region that did not exist on the date has no guarantee then: refused, as evaluate refuses a
  // council of another date, rather than an empty report that reads as "nothing in force".
  const roles = geography.rolesOf?.(region);
  const when = notExistingOn(roles, on);
  if (when !== null) {
    throw new InvalidInputError('guarantee report', [
      { code: 'area-not-on-date', path: ['region'], message: `${region} (${geography.nameOf(region) ?? region}) ${when}, so did not exist on ${on}; ask about a date on which it existed` },
    ]);
  }
  indexDataset(dataset); // validates the dataset (cached)
  const documents = dataset.documents.filter((d) => d.layer === 'regional' && d.provider.code === region);
  if (documents.length === 0) {
    const regional = new Map(dataset.documents.filter((d) => d.layer === 'regional').map((d) => [d.provider.code, d.provider.name]));
    const name = `${region} (${geography.nameOf(region) ?? region})`;
    // A council given for its region: name the region whose guarantee it comes under.
    const container = [...regional.keys()].find((code) => code !== region && geography.isWithin(region, code, on));
    const message =
      container !== undefined
        ? `${name} lies within ${container} (${geography.nameOf(container) ?? regional.get(container)}), whose guarantee is in the dataset: give ${container} as the region (and ${region} as its only member to compare that council alone)`
        : `${name} has no guarantee in the dataset (no document of layer regional from it); ${
            regional.size === 0 ? 'the dataset has none' : `the regions with one: ${[...regional].sort(([, a], [, b]) => a.localeCompare(b, 'en')).map(([code, provider]) => `${code} (${provider})`).join(', ')}`
          }. A region can encode its own as a document of layer regional (see "Encoding a local offer or a regional guarantee" in the guides)`;
    throw new InvalidInputError('guarantee report', [{ code: 'invalid-value', path: ['region'], message }]);
  }
  const regionName = geography.nameOf(region) ?? documents[0]?.provider.name ?? region;
  const within = options.members ?? geography.councilsWithin?.(region, on);
  if (within === undefined) {
    throw new InvalidInputError('guarantee report', [
      { code: 'invalid-value', path: ['members'], message: 'the geography cannot list the councils within a region; give options.members' },
    ]);
  }
  if (options.members !== undefined) checkMembers(options.members, region, on, geography);
  // The guarantee's items: each offer with its version in force on the date, or one known only as
  // in force by a later date (what came before was agreed, or nothing), which may already apply.
  const inForceItems = documents.flatMap((document) =>
    document.offers.flatMap((offer) => {
      const inForce = versionsWithStatus(offer, on, 'in-force');
      const mayApply = inForce === null ? versionMayHaveStatus(offer, on, 'in-force') : null;
      const found = inForce ?? (mayApply === null ? null : { version: mayApply, alternative: null });
      return found === null ? [] : [{ document, offer, found, mayApply }];
    }),
  );
  const taking = options.members === undefined ? councilsTakingPart(inForceItems.map((i) => i.found.version[1]), region, on, geography) : [];
  const memberCodes = [...new Set([...within, ...taking])]
    .filter((code) => code !== region)
    .sort();
  const members = memberCodes.map((code) => ({ code, name: geography.nameOf(code) ?? code }));
  const items = inForceItems.map(({ document, offer, found, mayApply }): GuaranteeItem<GuaranteeReasonData> => {
    const [versionDate, version] = found.version;
    const provider = offer.provider ?? document.provider;
    const deliveredBy = offer.deliveredBy ?? 'members';
    const asItem = (v: OfferVersion) => ({ kind: offer.kind, value: v.value, eligibility: eligibilityOf(v.eligibility, region), partial: offer.partial === true });
    const earlier = asItem(version);
    const later = found.alternative === null ? null : { date: found.alternative[0], item: asItem(found.alternative[1]), version: found.alternative[1] };
    const assessed = (member: { code: string; name: string }, item: typeof earlier, itemVersion: OfferVersion) => {
      const own = assessMember(member, item, dataset, on, geography);
      return deliveredBy === 'provider' && reachesMember(itemVersion, provider.code, member.code, on, geography) ? deliveredOrExceeded(own, provider) : own;
    };
    return {
      offerId: offer.id,
      kind: offer.kind,
      title: offer.title,
      provider,
      deliveredBy,
      versionDate,
      value: version.value,
      laterVersion: later === null ? null : { versionDate: later.date, value: later.item.value },
      startNotKnown: mayApply === null ? null : { inForceBy: mayApply[0], notBefore: mayApply[1].notBefore ?? null },
      members: members.map((member) => {
        const first = assessed(member, earlier, version);
        if (later === null) return first;
        // Before the item's later version, known only as confirmed by its date: compared with both.
        const second = assessed(member, later.item, later.version);
        const holds = eitherVersion(first.result, second.result);
        if (holds === 'same' || holds === 'first') return first;
        if (holds === 'second') return second;
        return {
          member,
          result: 'unknown' as const,
          offerId: first.offerId,
          value: first.value,
          reasons: [{ code: 'item-version-start-unknown' as const, memberName: member.name, itemTitle: offer.title, date: later.date }],
        };
      }),
    };
  });
  return { on, region: { code: region, name: regionName }, members, items };
}
