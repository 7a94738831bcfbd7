import { CalendarDate, formatLongDate } from '../dates/calendar-date.js';
import { describeValue } from '../explain/describe-value.js';
import { ordinalBirthday } from '../rules/age-condition.js';
import type { CareLeaverCategory } from '../schema/care-leaver-category.js';
import type { Condition } from '../schema/condition.js';
import type { Dataset } from '../schema/dataset.js';
import { KIND_INFO, type Kind } from '../schema/kind.js';
import type { Offer, OfferVersion, Provider } from '../schema/offer.js';
import type { OfferValue } from '../schema/value.js';
import { InvalidInputError, fromZodIssues } from '../validation/input-issue.js';
import { compareValues } from './compare-values.js';
import { indexDataset } from './dataset-index.js';
import type { EntitlementValue } from './entitlement.js';
import type { Geography } from './geography.js';
import { versionOn } from './version-on.js';
import { ukGeography } from '../areas/uk-geography.js';
import { councilsWithin } from '../areas/councils-within.js';

/** How a member council's own offer compares with one item of its region's guarantee. */
export type GuaranteeResult = 'exceeds' | 'meets' | 'falls-short' | 'unknown';

/** The stable codes of the reasons behind a {@link GuaranteeResult}. */
export type GuaranteeReasonCode =
  | 'better-value'
  | 'same-value'
  | 'worse-value'
  | 'wider-age'
  | 'narrower-age'
  | 'wider-categories'
  | 'narrower-categories'
  | 'wider-responsibility'
  | 'narrower-responsibility'
  | 'not-in-force'
  | 'not-settled'
  | 'nothing-encoded';

/** Why a member's result is what it is: a stable code and an English sentence. */
export interface GuaranteeReason {
  readonly code: GuaranteeReasonCode;
  readonly message: string;
}

/** One member council against one guarantee item. */
export interface MemberAssessment {
  readonly member: { readonly code: string; readonly name: string };
  readonly result: GuaranteeResult;
  /** The member's own offer compared (its best in force on the date), or null. */
  readonly offerId: string | null;
  /** That offer's value on the date, or null. */
  readonly value: OfferValue | null;
  readonly reasons: readonly GuaranteeReason[];
}

/** One in-force offer of the region's guarantee, with every member against it. */
export interface GuaranteeItem {
  readonly offerId: string;
  readonly kind: Kind;
  readonly title: string;
  /** Who delivers it: the offer's own provider (a transport body, say) or the region. */
  readonly provider: Provider;
  /** The date of the version in force. */
  readonly versionDate: CalendarDate;
  readonly value: OfferValue;
  readonly members: readonly MemberAssessment[];
}

/** What {@link guaranteeReport} returns. */
export interface GuaranteeReport {
  readonly on: CalendarDate;
  readonly region: { readonly code: string; readonly name: string };
  /** The member councils, in code order. */
  readonly members: readonly { readonly code: string; readonly name: string }[];
  /** One entry per in-force guarantee offer, in document order. */
  readonly items: readonly GuaranteeItem[];
}

/** Where and when the report is for. */
export interface GuaranteeReportPeriod {
  /** The date: only offers in force on it count. */
  readonly on: CalendarDate;
}

/** Options for {@link guaranteeReport}. */
export interface GuaranteeReportOptions {
  /** Where places are (names and containment); defaults to the UK registry. */
  readonly geography?: Geography;
  /** The member councils to report on; by default every council within the region on the date. */
  readonly members?: readonly string[];
}

interface Eligibility {
  readonly from: number;
  readonly until: number;
  readonly categories: ReadonlySet<CareLeaverCategory>;
  /** 2: any council's care leavers, 1: those of councils within some areas, 0: only its own. */
  readonly responsibility: number;
  /** For 1: the areas. */
  readonly responsibilityAreas: readonly string[];
}

const ALL_CATEGORIES: readonly CareLeaverCategory[] = ['eligible', 'relevant', 'former-relevant', 'qualifying'];
const RESPONSIBILITY_RANK = { any: 2, within: 1, own: 0 } as const;

function responsibilityWords(e: Eligibility, geography: Geography): string {
  if (e.responsibility === 2) return "any council's care leavers";
  if (e.responsibility === 0) return 'only its own care leavers';
  return `care leavers of any council in ${e.responsibilityAreas.map((a) => geography.nameOf(a) ?? a).join(' or ')}`;
}

/**
 * Reads an offer's eligibility for comparison. `region` is given for a guarantee item: there a
 * responsible-authority scope of `own` means the care leavers of every council in the region.
 */
function eligibilityOf(conditions: readonly Condition[], region?: string): Eligibility {
  let from = 0;
  let until = Number.POSITIVE_INFINITY;
  let categories: ReadonlySet<CareLeaverCategory> = new Set(ALL_CATEGORIES);
  let responsibility = 2;
  let responsibilityAreas: readonly string[] = [];
  for (const c of conditions) {
    if (c.type === 'age') {
      from = Math.max(from, c.from ?? 0);
      until = Math.min(until, c.until ?? Number.POSITIVE_INFINITY);
    } else if (c.type === 'category') {
      categories = new Set(c.in.filter((x) => categories.has(x)));
    } else if (c.type === 'responsible-authority') {
      const regionWide = c.scope === 'own' && region !== undefined;
      const rank = regionWide ? RESPONSIBILITY_RANK.within : RESPONSIBILITY_RANK[c.scope];
      if (rank < responsibility) {
        responsibility = rank;
        responsibilityAreas = regionWide ? [region] : (c.areas ?? []);
      }
    }
  }
  return { from, until, categories, responsibility, responsibilityAreas };
}

function asEntitlementValue(value: OfferValue): EntitlementValue {
  if (value.type !== 'depends-on-household') return value;
  const values = value.cases.map((c) => c.value).sort(compareValues);
  const households = new Set(value.cases.flatMap((c) => c.households));
  return { type: 'range', low: households.size === 3 ? values[0]! : null, high: values[values.length - 1]!, dependsOn: 'household' };
}

function describeOfferValue(value: OfferValue): string {
  return describeValue(asEntitlementValue(value));
}

function ageWords(e: Eligibility): string {
  const until = e.until === Number.POSITIVE_INFINITY ? 'with no upper age' : `until the ${ordinalBirthday(e.until)} birthday`;
  return e.from === 0 ? until : `from the ${ordinalBirthday(e.from)} birthday ${until}`;
}

function versionWithStatus(offer: Offer, on: CalendarDate, status: OfferVersion['status']): readonly [CalendarDate, OfferVersion] | null {
  const versions = Object.entries(offer.versions).sort(([a], [b]) => (a < b ? -1 : 1));
  const found = versionOn(versions, on);
  return found.type === 'one' && found.version[1].status === status ? found.version : null;
}

/**
 * Compares a member's offer (value and eligibility) with a guarantee item: any worse aspect makes
 * it fall short, otherwise any better aspect makes it exceed, otherwise it meets the item.
 * Residence conditions are not compared (a council's offer applies where it serves) and nor are
 * other facts.
 */
function compareWithItem(
  member: { value: OfferValue; eligibility: Eligibility },
  item: { value: OfferValue; eligibility: Eligibility },
  geography: Geography,
  on: CalendarDate,
): { result: GuaranteeResult; reasons: GuaranteeReason[] } {
  const better: GuaranteeReason[] = [];
  const worse: GuaranteeReason[] = [];
  const same: GuaranteeReason[] = [];
  const mine = describeOfferValue(member.value);
  const theirs = describeOfferValue(item.value);
  const byValue = compareValues(asEntitlementValue(member.value), asEntitlementValue(item.value));
  if (byValue > 0) better.push({ code: 'better-value', message: `gives ${mine}, more than the guarantee's ${theirs}` });
  else if (byValue < 0) worse.push({ code: 'worse-value', message: `gives ${mine}, less than the guarantee's ${theirs}` });
  else same.push({ code: 'same-value', message: `gives ${mine}, as the guarantee does` });

  const m = member.eligibility;
  const g = item.eligibility;
  if (m.until > g.until || m.from < g.from) {
    if (m.until < g.until || m.from > g.from) {
      worse.push({ code: 'narrower-age', message: `runs ${ageWords(m)}; the guarantee runs ${ageWords(g)}` });
    } else {
      better.push({ code: 'wider-age', message: `runs ${ageWords(m)}, longer than the guarantee (${ageWords(g)})` });
    }
  } else if (m.until < g.until || m.from > g.from) {
    worse.push({ code: 'narrower-age', message: `runs ${ageWords(m)}, shorter than the guarantee (${ageWords(g)})` });
  }
  const missing = [...g.categories].filter((c) => !m.categories.has(c));
  const extra = [...m.categories].filter((c) => !g.categories.has(c));
  if (missing.length > 0) {
    worse.push({ code: 'narrower-categories', message: `leaves out ${missing.join(', ')} care leavers, whom the guarantee covers` });
  } else if (extra.length > 0) {
    better.push({ code: 'wider-categories', message: `also covers ${extra.join(', ')} care leavers` });
  }
  if (m.responsibility < g.responsibility) {
    worse.push({
      code: 'narrower-responsibility',
      message: `covers ${responsibilityWords(m, geography)}; the guarantee covers ${responsibilityWords(g, geography)}`,
    });
  } else if (m.responsibility > g.responsibility) {
    better.push({
      code: 'wider-responsibility',
      message: `covers ${responsibilityWords(m, geography)}, wider than the guarantee (${responsibilityWords(g, geography)})`,
    });
  } else if (m.responsibility === RESPONSIBILITY_RANK.within) {
    // Both name areas: compare them by containment (England contains Greater Manchester).
    const covers = (outer: readonly string[], inner: readonly string[]) =>
      inner.every((a) => outer.some((b) => geography.isWithin(a, b, on)));
    const memberCovers = covers(m.responsibilityAreas, g.responsibilityAreas);
    const itemCovers = covers(g.responsibilityAreas, m.responsibilityAreas);
    if (memberCovers && !itemCovers) {
      better.push({
        code: 'wider-responsibility',
        message: `covers ${responsibilityWords(m, geography)}, wider than the guarantee (${responsibilityWords(g, geography)})`,
      });
    } else if (!memberCovers) {
      worse.push({
        code: 'narrower-responsibility',
        message: `covers ${responsibilityWords(m, geography)}; the guarantee covers ${responsibilityWords(g, geography)}`,
      });
    }
  }
  if (worse.length > 0) return { result: 'falls-short', reasons: [...worse, ...better, ...same] };
  if (better.length > 0) return { result: 'exceeds', reasons: [...better, ...same] };
  return { result: 'meets', reasons: same };
}

function assessMember(
  member: { code: string; name: string },
  item: { kind: Kind; value: OfferValue; eligibility: Eligibility },
  dataset: Dataset,
  on: CalendarDate,
  geography: Geography,
): MemberAssessment {
  const offers = dataset.documents
    .filter((d) => d.provider.code === member.code)
    .flatMap((d) => d.offers.filter((o) => o.kind === item.kind));
  const label = KIND_INFO[item.kind].label.toLowerCase();
  if (offers.length === 0) {
    return {
      member,
      result: 'unknown',
      offerId: null,
      value: null,
      reasons: [{ code: 'nothing-encoded', message: `no ${label} offer of ${member.name}'s own is encoded` }],
    };
  }
  const withStatus = (status: OfferVersion['status']) =>
    offers.flatMap((offer) => {
      const version = versionWithStatus(offer, on, status);
      return version === null ? [] : [{ offer, value: version[1].value, eligibility: eligibilityOf(version[1].eligibility) }];
    });
  const inForce = withStatus('in-force');
  if (inForce.length === 0) {
    return {
      member,
      result: 'unknown',
      offerId: null,
      value: null,
      reasons: [
        { code: 'not-in-force', message: `${member.name}'s own ${label} offer is not known to be in force on ${formatLongDate(on)}` },
      ],
    };
  }
  const compared = inForce.map((candidate) => ({ candidate, ...compareWithItem(candidate, item, geography, on) }));
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
    const unsettled = withStatus('unknown').find((candidate) => compareWithItem(candidate, item, geography, on).result !== 'falls-short');
    if (unsettled !== undefined) {
      return {
        member,
        result: 'unknown',
        offerId: unsettled.offer.id,
        value: null,
        reasons: [
          { code: 'not-settled', message: `whether ${member.name}'s own offer reaches the guarantee is not settled: ${unsettled.offer.title}` },
          ...best.reasons,
        ],
      };
    }
  }
  return { member, result: best.result, offerId: best.candidate.offer.id, value: best.candidate.value, reasons: best.reasons };
}

/**
 * The guarantee report for a region: for each offer of the region's guarantee in force on the
 * date (documents of layer `regional` whose provider is the region), each member council's own
 * offers of the same kind, compared with it. A member `exceeds` the item when its best in-force
 * offer gives a better value or covers more people (a later age limit, more categories, other
 * councils' care leavers) and nothing worse; `meets` it when equal; `falls-short` when its offer
 * is worse in value or narrower in any of those ways; and is `unknown` when it has no offer of
 * that kind encoded, or none in force, or when its in-force offers fall short but an offer of
 * unknown status (a rule its sources leave open) would reach the item. Each answer carries its
 * reasons.
 *
 * @param region - the region's GSS code (a combined authority such as E47000001)
 * @param period - `on`, the date
 * @param dataset - the offers (for example `embeddedDataset`)
 * @param options - geography and members
 * @returns the report
 * @throws {@link InvalidInputError} when the date or the region is invalid, or the dataset fails its schema
 * @example
 * ```ts
 * const report = guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset);
 * report.items.map((item) => item.kind); // ['council-tax-exemption', 'free-travel', …]
 * report.items[0]?.members.find((m) => m.member.code === 'E08000003')?.result; // 'exceeds'
 * ```
 */
export function guaranteeReport(
  region: string,
  period: GuaranteeReportPeriod,
  dataset: Dataset,
  options: GuaranteeReportOptions = {},
): GuaranteeReport {
  const geography = options.geography ?? ukGeography;
  const date = CalendarDate.safeParse(period.on);
  if (!date.success) {
    throw new InvalidInputError('guarantee report', fromZodIssues(date.error.issues).map((i) => ({ ...i, code: 'invalid-date' as const, path: ['on'] })));
  }
  if (!geography.has(region)) {
    throw new InvalidInputError('guarantee report', [
      { code: 'unknown-area', path: ['region'], message: `${region} is not a known area code; resolveArea() finds the code for a name` },
    ]);
  }
  indexDataset(dataset); // validates the dataset (cached)
  const on = date.data;
  const documents = dataset.documents.filter((d) => d.layer === 'regional' && d.provider.code === region);
  const regionName = geography.nameOf(region) ?? documents[0]?.provider.name ?? region;
  const memberCodes = [...(options.members ?? councilsWithin(region, on))]
    .filter((code) => code !== region)
    .sort();
  const members = memberCodes.map((code) => ({ code, name: geography.nameOf(code) ?? code }));
  const items = documents.flatMap((document) =>
    document.offers.flatMap((offer): GuaranteeItem[] => {
      const version = versionWithStatus(offer, on, 'in-force');
      if (version === null) return [];
      const item = { kind: offer.kind, value: version[1].value, eligibility: eligibilityOf(version[1].eligibility, region) };
      return [
        {
          offerId: offer.id,
          kind: offer.kind,
          title: offer.title,
          provider: offer.provider ?? document.provider,
          versionDate: version[0],
          value: version[1].value,
          members: members.map((member) => assessMember(member, item, dataset, on, geography)),
        },
      ];
    }),
  );
  return { on, region: { code: region, name: regionName }, members, items };
}
