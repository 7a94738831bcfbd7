import type { Geography } from '../areas/geography.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { ALL_KINDS, type Kind } from '../schema/kind.js';
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
const views = new WeakMap<DatasetIndex, WeakMap<Geography, RememberedViews>>();

/**
 * Views by residence, then responsible authority, then stretch of time (see `stretchKey`): keyed
 * by the caller's own strings, whose hashes the engine keeps, rather than by a string joined anew
 * on every call (a fifth of the look-up's time on the peers' workload).
 */
interface RememberedViews {
  count: number;
  readonly byResidence: Map<string | null, Map<string, Map<number | string, PlaceView>>>;
}
const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Each kind's place in a view's lists of what it has worked out (offers, uncovered councils,
 * claims): a list indexed by kind takes about a fifth of the memory of a `Map` keyed by it, and
 * a view is kept for every pair of places asked about (tens of thousands in a cohort).
 */
const KIND_SLOT: ReadonlyMap<Kind, number> = /* @__PURE__ */ (() => new Map(ALL_KINDS.map((kind, slot) => [kind, slot])))();

/** A kind's slot in a view's lists; a string that is no kind (a caller's mistake) has none. */
function slotOf(kind: Kind): number {
  return KIND_SLOT.get(kind) ?? -1;
}

/** Lists of a kind's offers that views keep, by the offers' places in the kind's list (one character each). */
const sharedLists = new WeakMap<DatasetIndex, Map<string, readonly IndexedOffer[]>>();
const MAX_SHARED_LISTS = 20_000;

/**
 * The one list of these offers of a kind that every view keeping them shares (views are kept by
 * the ten thousand, and most keep one of a few lists for each kind).
 */
function sharedList(index: DatasetIndex, kind: Kind, key: string, list: readonly IndexedOffer[]): readonly IndexedOffer[] {
  let lists = sharedLists.get(index);
  if (lists === undefined) sharedLists.set(index, (lists = new Map()));
  const fullKey = `${kind}:${key}`;
  const known = lists.get(fullKey);
  if (known !== undefined) return known;
  if (lists.size >= MAX_SHARED_LISTS) lists.clear();
  lists.set(fullKey, list);
  return list;
}

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

/**
 * The stretch of time a view covers, from how many change dates have passed for the residence, for
 * the responsible authority, and for coverage claims (coverage claims that start on a date split
 * the views too: which kinds are covered changes then): a number, or a string past 4,096 of any.
 */
function stretchKey(residence: number, responsible: number, claims: number): number | string {
  return residence < 4096 && responsible < 4096 && claims < 4096 ? (residence * 4096 + responsible) * 4096 + claims : `${residence}|${responsible}|${claims}`;
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
    memo = { count: 0, byResidence: new Map() };
    byGeography.set(geography, memo);
  }
  let byResponsible = memo.byResidence.get(residence);
  if (byResponsible === undefined) memo.byResidence.set(residence, (byResponsible = new Map()));
  let byStretch = byResponsible.get(responsible);
  if (byStretch === undefined) byResponsible.set(responsible, (byStretch = new Map()));
  const key = stretchKey(period(geography, residence, on), period(geography, responsible, on), passed(index.claimDates, on));
  let view = byStretch.get(key);
  if (view === undefined) {
    if (memo.count >= MAX_VIEWS) {
      // Full: every view is forgotten, and this one made afresh.
      memo.byResidence.clear();
      memo.count = 0;
      return placeView(index, geography, residence, responsible, on);
    }
    view = buildView(index, geography, residence, responsible, on);
    byStretch.set(key, view);
    memo.count += 1;
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
  const offers: (readonly IndexedOffer[] | undefined)[] = new Array(ALL_KINDS.length);
  // The offers a guard may let through: those whose guards name one of the places' containers
  // (null: every offer of the kind is a candidate).
  const candidates = (kind: Kind): ReadonlySet<IndexedOffer> | null => {
    const lookup = index.byGuard.get(kind);
    if (lookup === undefined || residenceContainers === null || responsibleContainers === null) return null;
    const found = new Set<IndexedOffer>(lookup.unguarded);
    for (const area of residenceContainers) for (const offer of lookup.byResidence.get(area) ?? []) found.add(offer);
    for (const area of responsibleContainers) for (const offer of lookup.byResponsible.get(area) ?? []) found.add(offer);
    return found;
  };
  // The offers of a kind that concern the person, in the dataset's order (which decides ties and
  // the order of reasons): one list shared by every view that keeps the same offers.
  const concerning = (kind: Kind): readonly IndexedOffer[] => {
    const all = index.byKind.get(kind) ?? NONE;
    const found = candidates(kind);
    const kept: IndexedOffer[] = [];
    let key = '';
    for (let i = 0; i < all.length; i++) {
      const offer = all[i]!;
      if ((found === null || found.has(offer)) && concernsPerson(offer.guard, inResidence, inResponsible)) {
        kept.push(offer);
        key += String.fromCharCode(i);
      }
    }
    if (kept.length === 0) return NONE;
    if (kept.length === all.length) return all;
    // One character names each offer's place: past 65,536 offers of a kind two could share one.
    return all.length <= 0xffff ? sharedList(index, kind, key, kept) : kept;
  };
  const uncovered: (readonly string[] | undefined)[] = new Array(ALL_KINDS.length);
  const partly: (readonly string[] | undefined)[] = new Array(ALL_KINDS.length);
  const claims: (readonly IndexedClaim[] | undefined)[] = new Array(ALL_KINDS.length);
  const uncoveredFor = (kind: Kind): readonly string[] => {
    const slot = slotOf(kind);
    let list = uncovered[slot];
    if (list === undefined) {
      list = shareable(councils, councils.filter((council) => !isKindCovered(index, kind, council, on, geography, council !== responsible || serving.includes(council))));
      if (slot >= 0) uncovered[slot] = list;
    }
    return list;
  };
  return {
    councils,
    residenceWithin: inResidence,
    responsibleWithin: inResponsible,
    offersOf(kind) {
      const slot = slotOf(kind);
      let list = offers[slot];
      if (list === undefined) {
        list = concerning(kind);
        if (slot >= 0) offers[slot] = list;
      }
      return list;
    },
    uncoveredFor,
    partlyEncodedFor(kind) {
      const slot = slotOf(kind);
      let list = partly[slot];
      if (list === undefined) {
        const uncoveredCouncils = uncoveredFor(kind);
        list = shareable(uncoveredCouncils, uncoveredCouncils.filter((council) => index.anyKinds.get(council)?.has(kind) === true));
        if (slot >= 0) partly[slot] = list;
      }
      return list;
    },
    claimsFor(kind) {
      const slot = slotOf(kind);
      let list = claims[slot];
      if (list === undefined) {
        list = shareable(index.claims, claimsStandingAlone(index, kind, councils, on, geography));
        if (slot >= 0) claims[slot] = list;
      }
      return list;
    },
  };
}
