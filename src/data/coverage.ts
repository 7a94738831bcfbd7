import { CalendarDate, isCalendarDate, requireDate } from '../dates/calendar-date.js';
import { InvalidInputError, type InputIssue, describeGiven, fromZodIssues } from '../validation/input-issue.js';
import { wrongArgument } from '../validation/require-object.js';
import type { Geography } from '../areas/geography.js';
import { AREA_CODE_PATTERN } from '../schema/area-code.js';
import type { Dataset } from '../schema/dataset.js';
import { ALL_KINDS, KIND_INFO, type Kind } from '../schema/kind.js';
import type { Layer } from '../schema/offer-document.js';
import type { Provider } from '../schema/offer.js';
import { defaultGeography } from './default-geography.js';
import { claimAreaCovering, coversItsProvider, indexDataset, isKindCovered } from '../engine/dataset-index.js';

/**
 * Why a document covers a kind for an area: it is the area's own document and has an offer of the
 * kind that states a rule (`own-offer`; see `coversItsProvider`), or it claims the kind for an area that the area lies within (`claim`).
 */
export interface CoveringDocument {
  /** The document's provider (an offer-level provider override does not count). */
  readonly provider: Provider;
  readonly layer: Layer;
  readonly how: 'own-offer' | 'claim';
  /** For a claim: the claimed area that the area lies within. */
  readonly claimArea?: string;
}

function areaCoveredBy(
  dataset: Dataset,
  kind: Kind,
  area: string,
  on: CalendarDate,
  geography: Geography,
): CoveringDocument[] {
  const found: CoveringDocument[] = [];
  for (const document of dataset.documents) {
    const { provider, layer } = document;
    if (provider.code === area && document.offers.some((offer) => offer.kind === kind && coversItsProvider(offer))) {
      found.push({ provider, layer, how: 'own-offer' });
    }
    for (const claim of document.coverage ?? []) {
      if (!claim.kinds.includes(kind)) continue;
      const claimArea = claimAreaCovering(claim, area, on, geography);
      if (claimArea !== undefined) found.push({ provider, layer, how: 'claim', claimArea });
    }
  }
  return found;
}

/**
 * The documents that cover a kind for an area on a date, so that a `not-eligible` for someone
 * served by that area can be trusted: (a) the area's own document (its provider code is the area)
 * has an offer of the kind, or (b) a document's coverage claim lists the kind and an area that
 * the area lies within on the date, and holds on the date (from its `from`, when it gives one).
 * Offer-level provider overrides do not make their provider covered. The engine answers
 * `unknown` instead of `not-eligible` when any council serving the person is not covered.
 *
 * @param dataset - the dataset
 * @param kind - the kind of entitlement
 * @param area - a council's (or any area's) GSS code
 * @param on - the date, for containment (councils join and leave combined authorities)
 * @param geography - where places are (defaults to the UK registry)
 * @returns the covering documents, empty when the area is not covered
 * @example
 * ```ts
 * coveringDocuments(embeddedDataset, 'staying-put', 'E08000004', '2026-11-23')[0]?.claimArea; // 'E92000001'
 * coveringDocuments(embeddedDataset, 'council-tax-exemption', 'E08000004', '2026-11-23')[0]?.how; // 'own-offer'
 * ```
 */
export function coveringDocuments(
  dataset: Dataset,
  kind: Kind,
  area: string,
  on: CalendarDate,
  geography: Geography = defaultGeography,
): CoveringDocument[] {
  return areaCoveredBy(dataset, kind, area, on, geography);
}

/**
 * Whether a kind is covered for an area on a date (see {@link coveringDocuments}).
 *
 * @param dataset - the dataset
 * @param kind - the kind of entitlement
 * @param area - a council's GSS code
 * @param on - the date
 * @param geography - where places are (defaults to the UK registry)
 * @returns true when a `not-eligible` involving this area can be trusted
 * @throws {@link InvalidInputError} when the kind is not a kind, or the date not a real date
 * @example
 * ```ts
 * isAreaCovered(embeddedDataset, 'rent-guarantor', 'E08000007', '2026-11-23'); // false (Stockport)
 * ```
 */
export function isAreaCovered(
  dataset: Dataset,
  kind: Kind,
  area: string,
  on: CalendarDate,
  geography: Geography = defaultGeography,
): boolean {
  if (typeof kind !== 'string' || !Object.hasOwn(KIND_INFO, kind)) {
    throw new InvalidInputError('coverage', [{ code: 'invalid-value', path: ['kind'], message: `${describeGiven(kind)} is not a kind; the kinds are listed in ALL_KINDS` }]);
  }
  if (typeof area !== 'string') throw wrongArgument('coverage', 'area', area, "a council's GSS code, such as 'E08000007'");
  requireDate(on, 'on', 'coverage');
  // The engine's own rule, on its cached index of the dataset: one definition of "covered".
  return isKindCovered(indexDataset(dataset), kind, area, on, geography);
}

/** Options for {@link coverage}. */
export interface CoverageOptions {
  /** Only this area (a GSS code); by default every area the dataset names. */
  readonly area?: string | undefined;
  /** The date for containment; by default the latest `lastChecked` date in the dataset. */
  readonly on?: CalendarDate | undefined;
  /** Where places are; defaults to the UK registry. */
  readonly geography?: Geography | undefined;
}

/** Whether one kind is covered for one area. */
export interface CoverageEntry {
  readonly area: string;
  /** The area's name, when the geography knows it. */
  readonly areaName?: string;
  readonly kind: Kind;
  readonly covered: boolean;
  /** Who covers it (empty when not covered). */
  readonly coveredBy: readonly CoveringDocument[];
  /**
   * When not covered: the area's own providers that have offers of the kind all the same, none
   * stating their whole rule (one-off or narrow offers, leads, promises). Empty otherwise.
   */
  readonly partlyBy: readonly Provider[];
}

/** What a dataset covers: for each area and kind, whether an offer is encoded and by whom. */
export interface CoverageReport {
  readonly on: CalendarDate;
  readonly areas: readonly string[];
  readonly entries: readonly CoverageEntry[];
}

function areasNamed(dataset: Dataset): string[] {
  const codes = new Set<string>();
  for (const document of dataset.documents) {
    if (AREA_CODE_PATTERN.test(document.provider.code)) codes.add(document.provider.code);
    for (const claim of document.coverage ?? []) claim.areas.forEach((a) => codes.add(a));
  }
  return [...codes].sort();
}

function latestLastChecked(dataset: Dataset): CalendarDate {
  let latest = '0001-01-01';
  for (const document of dataset.documents) {
    for (const offer of document.offers) if (offer.lastChecked > latest) latest = offer.lastChecked;
  }
  return latest;
}

/** Refuses what {@link coverage} cannot report on: an invalid dataset, a date that is not a calendar date, an unknown area. */
function checkCoverageInput(dataset: Dataset, options: CoverageOptions): void {
  indexDataset(dataset); // validates it (once per object), naming each bad field
  if (typeof options !== 'object' || options === null) {
    throw new InvalidInputError('coverage options', [{ code: 'invalid-type', path: ['options'], message: "options must be an object (or left out); for example { area: 'E08000001' }" }]);
  }
  const issues: InputIssue[] = [];
  if (options.on !== undefined && !(typeof options.on === 'string' && isCalendarDate(options.on))) {
    const result = CalendarDate.safeParse(options.on);
    if (!result.success) issues.push({ code: 'invalid-date', path: ['options', 'on'], message: fromZodIssues(result.error.issues)[0]!.message });
  }
  if (options.area !== undefined && !(typeof options.area === 'string' && (options.geography ?? defaultGeography).has(options.area))) {
    issues.push({ code: 'unknown-area', path: ['options', 'area'], message: `${JSON.stringify(options.area)} is not a known area code; resolveArea() finds the code for a name` });
  }
  if (issues.length > 0) throw new InvalidInputError('coverage options', issues);
}

/**
 * Lists, per area and kind, whether the dataset encodes an offer (and whose, in which layer) or
 * not, so users can see what the data does not know. An uncovered kind means the engine answers
 * `unknown` rather than `not-eligible` for people that area serves.
 *
 * @param dataset - the dataset
 * @param options - one area, the date, the geography
 * @returns the report, areas in code order and kinds in vocabulary order
 * @throws {@link InvalidInputError} when the dataset is invalid, the date is not a calendar date or the area is unknown
 * @example
 * ```ts
 * const report = coverage(embeddedDataset, { area: 'E08000007', on: '2026-11-23' }); // Stockport
 * report.entries.find((e) => e.kind === 'rent-guarantor')?.covered; // false
 * report.entries.find((e) => e.kind === 'personal-adviser')?.covered; // true (England)
 * ```
 */
export function coverage(dataset: Dataset, options: CoverageOptions = {}): CoverageReport {
  checkCoverageInput(dataset, options);
  const geography = options.geography ?? defaultGeography;
  const on = options.on ?? latestLastChecked(dataset);
  const areas = options.area !== undefined ? [options.area] : areasNamed(dataset);
  const entries = areas.flatMap((area) => {
    const areaName = geography.nameOf(area);
    return ALL_KINDS.map((kind): CoverageEntry => {
      const coveredBy = areaCoveredBy(dataset, kind, area, on, geography);
      const partlyBy =
        coveredBy.length > 0
          ? []
          : dataset.documents.filter((d) => d.provider.code === area && d.offers.some((offer) => offer.kind === kind)).map((d) => d.provider);
      return { area, ...(areaName !== undefined ? { areaName } : {}), kind, covered: coveredBy.length > 0, coveredBy, partlyBy };
    });
  });
  return { on, areas, entries };
}
