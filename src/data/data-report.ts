import { listAreas } from '../areas/list-areas.js';
import { childrensServicesAuthority } from '../areas/childrens-services-authority.js';
import { type CalendarDate, dateParts, formatDateParts } from '../dates/calendar-date.js';
import { coversItsProvider } from '../engine/dataset-index.js';
import { decide } from '../engine/evaluate.js';
import type { Dataset } from '../schema/dataset.js';
import { ALL_KINDS, type Kind } from '../schema/kind.js';
import type { Person } from '../schema/person.js';
import type { PersonFacts } from '../schema/person-facts.js';
import { defaultGeography } from './default-geography.js';

/** Options for {@link dataReport}. */
export interface DataReportOptions {
  /** The date to answer for (defaults to the latest `lastChecked` date in the dataset). */
  readonly on?: CalendarDate | undefined;
  /** Only these kinds (all kinds by default). */
  readonly kinds?: readonly Kind[] | undefined;
}

/** How often one kind gets a known answer (eligible or not-eligible) across England's billing areas. */
export interface KindKnownShare {
  readonly kind: Kind;
  /** Billing areas where the care leaver of the area's own children's services authority gets a known answer. */
  readonly ownKnown: number;
  /** The share of billing areas for {@link KindKnownShare.ownKnown}, 0 to 1. */
  readonly ownShare: number;
  /** Pairs (billing area, another children's services authority) with a known answer. */
  readonly otherKnown: number;
  /** The share of such pairs, 0 to 1. */
  readonly otherShare: number;
}

/** What the data answers: see {@link dataReport}. */
export interface DataReport {
  readonly on: CalendarDate;
  /** The person asked about: a former relevant care leaver aged 20 on `on`, with every fact given. */
  readonly person: {
    readonly dateOfBirth: CalendarDate;
    readonly category: 'former-relevant';
    /** Every fact but the GP's area, which is the billing area they live in. */
    readonly facts: PersonFacts;
  };
  /** England's council tax billing areas on `on` (unitaries, metropolitan and non-metropolitan districts, London boroughs, the City). */
  readonly billingAreas: number;
  /** England's children's services authorities on `on`. */
  readonly childrensServicesAuthorities: number;
  /** Pairs of a billing area and another children's services authority. */
  readonly otherPairs: number;
  readonly kinds: readonly KindKnownShare[];
  /** Children's services authorities with a council tax offer of their own that states a rule. */
  readonly councilTaxPolicies: readonly string[];
  /**
   * Children's services authorities whose care leavers some council tax offer with a stated rule
   * names (their own, or a district's scheme for the county's care leavers).
   */
  readonly councilTaxPoliciesForTheirCareLeavers: readonly string[];
}

/** The facts the report gives: every fact a rule may ask, set to the common case. */
const COMMON_FACTS = {
  household: 'alone',
  tenancy: 'council',
  liableForCouncilTax: true,
  noRecourseToPublicFunds: false,
  workingWithLeavingCareService: true,
  inFullTimeEducation: false,
  inHigherEducation: false,
  livingWithFormerFosterCarer: false,
  enteredCareAfter16thBirthday: false,
  lookedAfterOnOrAfter16thBirthday: true,
  otherwiseExemptFromPrescriptionCharges: false,
  passedMeansAssessment: true,
  onApprenticeship: false,
  foundVulnerableFromCare: false,
} as const satisfies PersonFacts;

function factsFor(residence: string): PersonFacts {
  return { ...COMMON_FACTS, registeredGpArea: residence };
}

function latestLastChecked(dataset: Dataset): CalendarDate {
  let latest = '0000-01-01';
  for (const document of dataset.documents) for (const offer of document.offers) if (offer.lastChecked > latest) latest = offer.lastChecked;
  return latest;
}

/** Born on 1 January or 1 July so as to be 20 on `on` (never on 29 February). */
function bornToBe20(on: CalendarDate): CalendarDate {
  const { year, month } = dateParts(on);
  return month >= 7 ? formatDateParts(year - 20, 7, 1) : formatDateParts(year - 21, 7, 1);
}

/**
 * The data report: for each kind, how often a 20-year-old former relevant care leaver with every
 * fact given gets a known answer (eligible or not-eligible) in England's council tax billing
 * areas, (a) looked after by the area's own children's services authority and (b) looked after by
 * another one (every other authority, so every pair is counted); and which of England's
 * children's services authorities have a council tax policy encoded. It evaluates every pair, so
 * it takes a few seconds.
 *
 * @param dataset - the offers (for example `embeddedDataset`)
 * @param options - the date and kinds
 * @returns the report
 * @example
 * ```ts
 * const report = dataReport(embeddedDataset, { on: '2026-11-23', kinds: ['personal-adviser'] });
 * report.billingAreas; // 296
 * report.kinds[0]?.ownShare; // 1 (England's personal adviser duty answers everywhere)
 * ```
 */
export function dataReport(dataset: Dataset, options: DataReportOptions = {}): DataReport {
  const on = options.on ?? latestLastChecked(dataset);
  const kinds = options.kinds ?? ALL_KINDS;
  const england = listAreas({ on, nation: 'England' });
  const billing = england.filter((a) => a.billsCouncilTax).map((a) => a.code);
  const authorities = england.filter((a) => a.childrensServices).map((a) => a.code);
  const dateOfBirth = bornToBe20(on);
  const known = new Map<Kind, { own: number; other: number }>(kinds.map((k) => [k, { own: 0, other: 0 }]));
  let otherPairs = 0;
  for (const residence of billing) {
    const own = childrensServicesAuthority(residence, on)?.code;
    const facts = factsFor(residence);
    for (const responsibleAuthority of authorities) {
      const person: Person = { dateOfBirth, category: 'former-relevant', responsibleAuthority, residence, facts };
      const isOwn = responsibleAuthority === own;
      if (!isOwn) otherPairs++;
      for (const e of decide(person, on, dataset, { geography: defaultGeography, kinds }).entitlements) {
        if (e.outcome === 'unknown') continue;
        const count = known.get(e.kind)!;
        if (isOwn) count.own++;
        else count.other++;
      }
    }
  }
  const policies = new Set<string>();
  const forTheirCareLeavers = new Set<string>();
  const authoritySet = new Set(authorities);
  for (const document of dataset.documents) {
    for (const offer of document.offers) {
      if (offer.kind !== 'council-tax-exemption' || !coversItsProvider(offer)) continue;
      if (authoritySet.has(document.provider.code)) {
        policies.add(document.provider.code);
        forTheirCareLeavers.add(document.provider.code);
      }
      for (const version of Object.values(offer.versions)) {
        if (version.status === 'unknown') continue;
        for (const condition of version.eligibility) {
          if (condition.type !== 'responsible-authority' || condition.scope !== 'within') continue;
          for (const area of condition.areas ?? []) if (authoritySet.has(area)) forTheirCareLeavers.add(area);
        }
      }
    }
  }
  return {
    on,
    person: { dateOfBirth, category: 'former-relevant', facts: COMMON_FACTS },
    billingAreas: billing.length,
    childrensServicesAuthorities: authorities.length,
    otherPairs,
    kinds: kinds.map((kind) => {
      const { own, other } = known.get(kind)!;
      return {
        kind,
        ownKnown: own,
        ownShare: billing.length === 0 ? 0 : own / billing.length,
        otherKnown: other,
        otherShare: otherPairs === 0 ? 0 : other / otherPairs,
      };
    }),
    councilTaxPolicies: [...policies].sort(),
    councilTaxPoliciesForTheirCareLeavers: [...forTheirCareLeavers].sort(),
  };
}
