import type { CalendarDate } from '../dates/calendar-date.js';

/**
 * The kind of an area, as mySociety's register and ONS name them.
 *
 * - `NMD` non-metropolitan district (the lower tier under a county), `CTY` county council
 * - `UA` unitary authority, `MD` metropolitan district, `LBO` London borough, `CC` City of London
 * - `COMB` combined (or combined county) authority, `SRA` strategic regional authority (the GLA)
 * - `SCO` Scottish council, `WPA` Welsh principal area, `NID` Northern Ireland district
 * - `CTRY` one of the four nations
 */
export type AreaType =
  | 'NMD'
  | 'UA'
  | 'MD'
  | 'LBO'
  | 'CC'
  | 'CTY'
  | 'COMB'
  | 'SRA'
  | 'SCO'
  | 'WPA'
  | 'NID'
  | 'CTRY';

/** The four nations of the United Kingdom. */
export type Nation = 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';

/**
 * Where an area sits in local government.
 *
 * - `lower`: a district under a county (bills council tax; the county runs children's services)
 * - `upper`: a county council (runs children's services for its districts; bills nothing)
 * - `unitary`: does both (unitaries, metropolitan districts, London boroughs, City of London,
 *   Scottish and Welsh councils)
 * - `ni-district`: a Northern Ireland district (domestic rates are billed by Land & Property
 *   Services and children's services are run by Health and Social Care Trusts)
 * - `combined`: a combined authority or the Greater London Authority (a layer above councils)
 * - `nation`: England, Wales, Scotland or Northern Ireland
 */
export type AreaTier = 'lower' | 'upper' | 'unitary' | 'ni-district' | 'combined' | 'nation';

/** A council's membership of a combined authority, `from` inclusive and `until` exclusive. */
export interface AreaMembership {
  /** The combined authority's GSS code. */
  readonly code: string;
  /** The first day of membership, when known. */
  readonly from?: CalendarDate;
  /** The first day on which it is no longer a member, if it has ended. */
  readonly until?: CalendarDate;
}

/**
 * One UK area: a council, a county, a combined authority or a nation. Built from mySociety's
 * register of local authorities (CC BY 4.0) with the corrections in `scripts/area-corrections.ts`.
 */
export interface Area {
  /**
   * The GSS code, such as `E08000001`. The 25 Northern Ireland councils abolished in 2015 never had
   * one in the register and are keyed by their register code (`NIR-A` to `NIR-Y`).
   */
  readonly code: string;
  /** mySociety's three-letter register code (`BOL`); absent for the nations and added areas. */
  readonly registerCode?: string;
  /** The official name (`Bolton Metropolitan Borough Council`). */
  readonly name: string;
  /** The name people use (`Bolton`). */
  readonly shortName: string;
  /** Other spellings that resolve to this area. */
  readonly otherNames: readonly string[];
  /** The GOV.UK slug (`bolton`), when it has one. */
  readonly slug?: string;
  readonly type: AreaType;
  readonly tier: AreaTier;
  /** Whether it is the council tax billing authority for the people living in it. */
  readonly billsCouncilTax: boolean;
  /** Whether it is the children's services authority (the local authority for care leavers). */
  readonly childrensServices: boolean;
  readonly nation: Nation;
  /** The English region or the nation's name. */
  readonly region?: string;
  /** For a two-tier district: its county's GSS code. */
  readonly county?: string;
  /** The combined authorities (and the GLA) it is a constituent member of, with dates. */
  readonly combinedAuthorities: readonly AreaMembership[];
  /** The first day it existed, when the data knows it. */
  readonly startDate?: CalendarDate;
  /** The first day on which it no longer existed (exclusive), if it has been abolished. */
  readonly endDate?: CalendarDate;
  /** The GSS codes of the areas that replaced it. */
  readonly replacedBy: readonly string[];
  /** GSS codes it was known by before. */
  readonly formerCodes: readonly string[];
  /** Corrections made to the source data for this area, each naming its source. */
  readonly corrections?: readonly string[];
}
