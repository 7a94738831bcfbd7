import type { Geography } from '../areas/geography.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Kind } from '../schema/kind.js';
import { type DatasetIndex, type IndexedClaim, type IndexedOffer, claimsStandingAlone, isKindCovered } from './dataset-index.js';
import { concernsPerson } from './place-guard.js';

/**
 * What a dataset holds for one pair of places (where a person lives, the council that looked
 * after them) in one stretch of time in which the geography around them does not change: the
 * offers of each kind that concern them, the councils concerned and which kinds those councils
 * cover. It is worked out once and shared by every person, date and kind that falls in it (a
 * stretch also ends where a coverage claim starts to hold).
 */
export interface PlaceView {
  /** The offers of a kind that concern the person (see `concernsPerson`), in dataset order. */
  offersOf(kind: Kind): readonly IndexedOffer[];
  /** The councils concerned: the council that looked after the person and those serving where they live. */
  readonly councils: readonly string[];
  /** The councils concerned that have not encoded (nor are covered for) a kind. */
  uncoveredFor(kind: Kind): readonly string[];
  /** Those of them that have some offer of the kind all the same (one-off, narrow, a lead or a promise). */
  partlyEncodedFor(kind: Kind): readonly string[];
  /** The coverage claims that alone settle a kind for a council concerned (see `claimsStandingAlone`). */
  claimsFor(kind: Kind): readonly IndexedClaim[];
  /** Whether the residence lies within an area (remembered), or null when the residence is not known. */
  readonly residenceWithin: ((area: string) => boolean) | null;
  /** Whether the council that looked after the person lies within an area (remembered). */
  readonly responsibleWithin: (area: string) => boolean;
}

/**
 * Views remembered before all are forgotten: every pair of an English billing area and a
 * children's services authority (296 × 153, about 45,000) fits, at about 10 kB a view (under
 * 500 MB at the most; 20,000 views of 30 kB each could take 600 MB before views shrank).
 */
const MAX_VIEWS = 50_000;
const views = new WeakMap<DatasetIndex, WeakMap<Geography, Map<string, PlaceView>>>();
const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * A filtered list as a view keeps it: the list it was filtered from when nothing was left out,
 * one shared empty list when everything was (a view keeps about a hundred lists, most of them one
 * of these).
 */
function shareable<T>(whole: readonly T[], kept: readonly T[]): readonly T[] {
  if (kept.length === 0) return NONE;
  return kept.length === whole.length ? whole : kept;
}

/** How many of the dates fall on or before a date: two dates with equal counts lie in one stretch. */
function passed(dates: Iterable<CalendarDate>, on: CalendarDate): number {
  let n = 0;
  for (const date of dates) if (date <= on) n += 1;
  return n;
}

/** Which stretch of an area's geography a date lies in (how many of its change dates have passed). */
function period(geography: Geography, area: string | null, on: CalendarDate): number {
  return area === null || geography.changeDates === undefined ? 0 : passed(geography.changeDates(area), on);
}

/**
 * The place view for a residence and a responsible authority on a date (remembered per dataset
 * index and geography; a view is the same on every date of the stretch it covers).
 *
 * @param index - the dataset's index
 * @param geography - where places are
 * @param residence - where the person lives on the date (null when not known)
 * @param responsible - the council that looked after them
 * @param on - the date
 * @returns the view
 * @example
 * ```ts
 * placeView(indexDataset(embeddedDataset), ukGeography, 'E08000003', 'E08000001', '2026-11-23').offersOf('council-tax-exemption').length > 0; // true
 * ```
 */
export function placeView(index: DatasetIndex, geography: Geography, residence: string | null, responsible: string, on: CalendarDate): PlaceView {
  let byGeography = views.get(index);
  if (byGeography === undefined) {
    byGeography = new WeakMap();
    views.set(index, byGeography);
  }
  let memo = byGeography.get(geography);
  if (memo === undefined) {
    memo = new Map();
    byGeography.set(geography, memo);
  }
  // Coverage claims that start on a date split the views too: which kinds are covered changes then.
  const key = `${residence}|${responsible}|${period(geography, residence, on)}|${period(geography, responsible, on)}|${passed(index.claimDates, on)}`;
  let view = memo.get(key);
  if (view === undefined) {
    if (memo.size >= MAX_VIEWS) memo.clear();
    view = buildView(index, geography, residence, responsible, on);
    memo.set(key, view);
  }
  return view;
}

/** Whether an area is one of a place's containers (`Geography.containersOf`: the place itself and every area containing it). */
function withinAny(containers: readonly string[]): (area: string) => boolean {
  const set = new Set(containers);
  return (area) => set.has(area);
}

function buildView(index: DatasetIndex, geography: Geography, residence: string | null, responsible: string, on: CalendarDate): PlaceView {
  // An offer can concern the person only if it has no place guard, or a guard names an area
  // containing where they live or the council that looked after them (see concernsPerson).
  // With the containers known, those offers are looked up; without, every offer is a candidate.
  const residenceContainers = residence === null ? null : (geography.containersOf?.(residence, on) ?? null);
  const responsibleContainers = geography.containersOf?.(responsible, on) ?? null;
  // Containment is then a look-up among the containers; without them, the geography is asked (remembered).
  const inResidence = residence === null ? null : residenceContainers !== null ? withinAny(residenceContainers) : index.containment.within(geography, residence, on);
  const inResponsible = responsibleContainers !== null ? withinAny(responsibleContainers) : index.containment.within(geography, responsible, on);
  const serving = residence === null ? [] : geography.councilsServing(residence, on);
  // The councils whose offers decide a kind: the responsible authority and those serving the residence.
  const councils = [...new Set([responsible, ...serving])];
  const offers = new Map<Kind, readonly IndexedOffer[]>();
  const candidates = (kind: Kind): readonly IndexedOffer[] => {
    const all = index.byKind.get(kind) ?? [];
    const lookup = index.byGuard.get(kind);
    if (lookup === undefined || residenceContainers === null || responsibleContainers === null) return all;
    const found = new Set<IndexedOffer>(lookup.unguarded);
    for (const area of residenceContainers) for (const offer of lookup.byResidence.get(area) ?? []) found.add(offer);
    for (const area of responsibleContainers) for (const offer of lookup.byResponsible.get(area) ?? []) found.add(offer);
    // Keep the dataset's order: the order of offers decides ties and the order of reasons.
    return found.size === all.length ? all : all.filter((offer) => found.has(offer));
  };
  const uncovered = new Map<Kind, readonly string[]>();
  const partly = new Map<Kind, readonly string[]>();
  const claims = new Map<Kind, readonly IndexedClaim[]>();
  const uncoveredFor = (kind: Kind): readonly string[] => {
    let list = uncovered.get(kind);
    if (list === undefined) {
      list = shareable(councils, councils.filter((council) => !isKindCovered(index, kind, council, on, geography, council !== responsible || serving.includes(council))));
      uncovered.set(kind, list);
    }
    return list;
  };
  return {
    councils,
    residenceWithin: inResidence,
    responsibleWithin: inResponsible,
    offersOf(kind) {
      let list = offers.get(kind);
      if (list === undefined) {
        const candidateOffers = candidates(kind);
        list = shareable(candidateOffers, candidateOffers.filter((offer) => concernsPerson(offer.guard, inResidence, inResponsible)));
        offers.set(kind, list);
      }
      return list;
    },
    uncoveredFor,
    partlyEncodedFor(kind) {
      let list = partly.get(kind);
      if (list === undefined) {
        const uncoveredCouncils = uncoveredFor(kind);
        list = shareable(uncoveredCouncils, uncoveredCouncils.filter((council) => index.anyKinds.get(council)?.has(kind) === true));
        partly.set(kind, list);
      }
      return list;
    },
    claimsFor(kind) {
      let list = claims.get(kind);
      if (list === undefined) {
        list = shareable(index.claims, claimsStandingAlone(index, kind, councils, on, geography));
        claims.set(kind, list);
      }
      return list;
    },
  };
}
