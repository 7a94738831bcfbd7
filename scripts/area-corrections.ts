/**
 * Corrections to mySociety's register (commit 67ef8b1, 2025-07-10), applied by
 * `scripts/generate-areas.ts` when it writes `registry.generated.ts`. The library never loads this
 * file at run time: the generated module already holds the corrected data.
 *
 * Each correction names its source. To change one, edit it here and run `npm run generate:areas`.
 */
import type { CalendarDate } from '../src/dates/calendar-date.js';
import type { Area, AreaMembership } from '../src/areas/area.js';

/** An area the register lacks, with its source. */
export interface AddedArea {
  readonly area: Area;
  readonly source: string;
}

/** A change to fields of an area in the register, with its source. */
export interface AreaChange {
  readonly code: string;
  readonly change: Partial<Pick<Area, 'county' | 'endDate' | 'replacedBy' | 'startDate' | 'shortName'>>;
  readonly source: string;
}

/** A council's membership of a combined authority, set (or replaced) with its source. */
export interface MembershipCorrection {
  readonly member: string;
  readonly combinedAuthority: string;
  readonly from?: CalendarDate;
  readonly until?: CalendarDate;
  readonly source: string;
}

/** Extra spellings for areas, with the reason. */
export interface ExtraName {
  readonly code: string;
  readonly name: string;
  readonly source: string;
}

const NE_ORDER_2024 =
  'The North East Mayoral Combined Authority (Establishment and Functions) Order 2024, SI 2024/402, ' +
  'articles 3 and 5, in force 7 May 2024 (https://www.legislation.gov.uk/uksi/2024/402)';
const NTCA_ORDER_2018 =
  'The Newcastle Upon Tyne, North Tyneside and Northumberland Combined Authority (Establishment and Functions) ' +
  'Order 2018, SI 2018/1133, Schedule 5, in force 2 November 2018 (https://www.legislation.gov.uk/uksi/2018/1133)';
const DEVON_TORBAY_2025 =
  'The Devon and Torbay Combined County Authority Regulations 2025, SI 2025/115, regulations 1(2), 2 and 3: ' +
  'made 4 February 2025, in force 5 February 2025, constituent councils Devon and Torbay ' +
  '(https://www.legislation.gov.uk/uksi/2025/115)';

const GMCA_ORDER_2011 =
  'The Greater Manchester Combined Authority Order 2011, SI 2011/908, articles 1 to 3: in force 1 April 2011, ' +
  'constituent councils Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford and Wigan ' +
  '(https://www.legislation.gov.uk/uksi/2011/908/body/made)';

const GMCA = 'E47000001';
/** Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford and Wigan. */
const GM_COUNCILS = ['E08000001', 'E08000002', 'E08000003', 'E08000004', 'E08000005', 'E08000006', 'E08000007', 'E08000008', 'E08000009', 'E08000010'];
const DURHAM = 'E06000047';
const GATESHEAD = 'E08000037';
const NEWCASTLE = 'E08000021';
const NORTH_TYNESIDE = 'E08000022';
const NORTHUMBERLAND = 'E06000057';
const SOUTH_TYNESIDE = 'E08000023';
const SUNDERLAND = 'E08000024';
const NECA = 'E47000010';
const NORTH_OF_TYNE = 'E47000011';
const NORTH_EAST = 'E47000014';
const DEVON_TORBAY = 'E47000015';

/** Areas the register lacks. */
export const ADDED_AREAS: readonly AddedArea[] = [
  {
    source: NE_ORDER_2024,
    area: {
      code: NORTH_EAST,
      name: 'North East Combined Authority',
      shortName: 'North East',
      otherNames: ['North East Mayoral Combined Authority', 'North East CA'],
      type: 'COMB',
      tier: 'combined',
      billsCouncilTax: false,
      childrensServices: false,
      nation: 'England',
      region: 'North East',
      combinedAuthorities: [],
      startDate: '2024-05-07',
      replacedBy: [],
      formerCodes: [],
    },
  },
  {
    source: DEVON_TORBAY_2025,
    area: {
      code: DEVON_TORBAY,
      name: 'Devon and Torbay Combined County Authority',
      shortName: 'Devon and Torbay',
      otherNames: ['Devon & Torbay CCA', 'Devon and Torbay CCA'],
      type: 'COMB',
      tier: 'combined',
      billsCouncilTax: false,
      childrensServices: false,
      nation: 'England',
      region: 'South West',
      combinedAuthorities: [],
      startDate: '2025-02-05',
      replacedBy: [],
      formerCodes: [],
    },
  },
];

/** Changes to areas in the register. */
export const AREA_CHANGES: readonly AreaChange[] = [
  // Dorset County's area went to two councils on 1 April 2019: the register names only Dorset Council
  // as its successor, but its own entry for Christchurch (a district of Dorset County) gives
  // Bournemouth, Christchurch and Poole as Christchurch's successor on the same day.
  {
    code: 'E10000009',
    change: { replacedBy: ['E06000058', 'E06000059'] },
    source:
      "mySociety's register itself: Christchurch Borough Council (E07000048), with county E10000009, ended on 2019-04-01 replaced by Bournemouth, Christchurch and Poole Council (E06000058)",
  },
  // The register's short name for the Hull and East Yorkshire authority is that of the whole region
  // (Leeds, Sheffield and Bradford are not in it); tables and searches showed it under that name.
  {
    code: 'E47000016',
    change: { shortName: 'Hull and East Yorkshire' },
    source:
      "mySociety's register itself: its official-name column gives Hull and East Yorkshire Mayoral Combined Authority, whose members are Hull (E06000010) and the East Riding of Yorkshire (E06000011); 'Yorkshire and The Humber' is the name of the whole region",
  },
  // The register dates the Greater Manchester Combined Authority from 2014; it was established in 2011.
  { code: GMCA, change: { startDate: '2011-04-01' }, source: GMCA_ORDER_2011 },
  // The two north-east combined authorities were abolished when the new one was established.
  { code: NECA, change: { endDate: '2024-05-07', replacedBy: [NORTH_EAST] }, source: NE_ORDER_2024 },
  { code: NORTH_OF_TYNE, change: { endDate: '2024-05-07', replacedBy: [NORTH_EAST] }, source: NE_ORDER_2024 },
  // The register gives Surrey as Forest Heath's county; Forest Heath was a Suffolk district until it
  // merged with St Edmundsbury into West Suffolk (whose county the register gives as Suffolk).
  {
    code: 'E07000201',
    change: { county: 'E10000029' },
    source:
      'The West Suffolk (Local Government Changes) Order 2018 and ONS Local Authority District to County lookup (April 2018): Forest Heath lay in Suffolk',
  },
];

const ne = (member: string): MembershipCorrection[] => [
  { member, combinedAuthority: NORTH_EAST, from: '2024-05-07', source: NE_ORDER_2024 },
];

/**
 * Memberships of combined authorities the register lacks or dates wrongly. A district within a
 * member county needs no entry: containment is transitive (district in county in combined
 * authority), so Devon's districts lie within Devon and Torbay through Devon.
 */
export const MEMBERSHIP_CORRECTIONS: readonly MembershipCorrection[] = [
  // The ten Greater Manchester councils: constituent councils from the authority's first day.
  ...GM_COUNCILS.map((member): MembershipCorrection => ({ member, combinedAuthority: GMCA, from: '2011-04-01', source: GMCA_ORDER_2011 })),
  // Durham, Gateshead, South Tyneside and Sunderland: NECA until the new authority began.
  ...[DURHAM, GATESHEAD, SOUTH_TYNESIDE, SUNDERLAND].map(
    (member): MembershipCorrection => ({
      member,
      combinedAuthority: NECA,
      from: '2014-04-15',
      until: '2024-05-07',
      source: NE_ORDER_2024,
    }),
  ),
  // Newcastle, North Tyneside and Northumberland: NECA from 2014, North of Tyne from 2 November 2018.
  ...[NEWCASTLE, NORTH_TYNESIDE, NORTHUMBERLAND].flatMap((member): MembershipCorrection[] => [
    { member, combinedAuthority: NECA, from: '2014-04-15', until: '2018-11-02', source: NTCA_ORDER_2018 },
    { member, combinedAuthority: NORTH_OF_TYNE, from: '2018-11-02', until: '2024-05-07', source: NE_ORDER_2024 },
  ]),
  // All seven are constituent members of the North East Combined Authority from 7 May 2024.
  ...[DURHAM, GATESHEAD, NEWCASTLE, NORTH_TYNESIDE, NORTHUMBERLAND, SOUTH_TYNESIDE, SUNDERLAND].flatMap(ne),
  // Devon and Torbay Combined County Authority: Devon County Council and Torbay Council.
  { member: 'E10000008', combinedAuthority: DEVON_TORBAY, from: '2025-02-05', source: DEVON_TORBAY_2025 },
  { member: 'E06000027', combinedAuthority: DEVON_TORBAY, from: '2025-02-05', source: DEVON_TORBAY_2025 },
];

/** Spellings the register lacks. */
export const EXTRA_NAMES: readonly ExtraName[] = [
  // "London" is the City of London once "City of" is ignored, but people usually mean Greater
  // London: both carry the spelling so that resolving "London" reports the ambiguity.
  { code: 'E09000001', name: 'London', source: 'ambiguity: City of London or Greater London' },
  { code: 'E61000001', name: 'London', source: 'ambiguity: City of London or Greater London' },
  // SI 2018/1133 Schedule 5 renamed the remaining NECA after its four constituent councils.
  {
    code: NECA,
    name: 'Durham, Gateshead, South Tyneside and Sunderland Combined Authority',
    source: NTCA_ORDER_2018,
  },
  // The register's Welsh name for Anglesey is garbled ("Sir Ynys M\ufffdn", "ynys mn").
  { code: 'W06000001', name: 'Sir Ynys Môn', source: 'the council\'s Welsh name; the register\'s copy lost its circumflex' },
  { code: 'W06000001', name: 'Ynys Môn', source: 'the island\'s Welsh name; the register\'s copy lost its circumflex' },
];

/**
 * Applies the corrections to the areas read from the register.
 *
 * @param areas - the areas as read from the CSV (and the nations)
 * @returns the corrected areas, each changed one listing the sources of its corrections
 * @throws {Error} when a correction names a code that is not in the register
 * @example
 * ```ts
 * applyAreaCorrections(areasFromCsv).find((a) => a.code === 'E47000014')?.startDate; // '2024-05-07'
 * ```
 */
export function applyAreaCorrections(areas: readonly Area[]): Area[] {
  type Mutable = { -readonly [K in keyof Area]: Area[K] };
  const byCode = new Map<string, Mutable>(areas.map((area) => [area.code, { ...area }]));
  const note = (area: Mutable, source: string): void => {
    if (!(area.corrections ?? []).includes(source)) area.corrections = [...(area.corrections ?? []), source];
  };
  const get = (code: string): Mutable => {
    const area = byCode.get(code);
    if (area === undefined) throw new Error(`correction names ${code}, which is not in the register`);
    return area;
  };
  for (const { area, source } of ADDED_AREAS) {
    if (byCode.has(area.code)) throw new Error(`${area.code} is already in the register; remove its correction`);
    byCode.set(area.code, { ...area, corrections: [source] });
  }
  for (const { code, change, source } of AREA_CHANGES) {
    const area = get(code);
    Object.assign(area, change);
    note(area, source);
  }
  // A corrected membership replaces whatever the register says about the same pair.
  const correctedPairs = new Set(MEMBERSHIP_CORRECTIONS.map((c) => `${c.member}>${c.combinedAuthority}`));
  for (const area of byCode.values()) {
    area.combinedAuthorities = area.combinedAuthorities.filter((m) => !correctedPairs.has(`${area.code}>${m.code}`));
  }
  for (const correction of MEMBERSHIP_CORRECTIONS) {
    const area = get(correction.member);
    get(correction.combinedAuthority);
    const membership: AreaMembership = {
      code: correction.combinedAuthority,
      ...(correction.from === undefined ? {} : { from: correction.from }),
      ...(correction.until === undefined ? {} : { until: correction.until }),
    };
    area.combinedAuthorities = [...area.combinedAuthorities, membership];
    note(area, correction.source);
  }
  for (const { code, name, source } of EXTRA_NAMES) {
    const area = get(code);
    if (!area.otherNames.includes(name)) area.otherNames = [...area.otherNames, name];
    note(area, source);
  }
  return [...byCode.values()];
}

