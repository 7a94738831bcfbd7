import type { Area, AreaMembership, AreaTier, AreaType, Nation } from './area.js';
import { slugOf } from '../lists/slug.js';

/**
 * One area as the generated registry writes it: its fields in a fixed order, without their names,
 * leaving out what the area's type and code already say (its tier, what it runs, its nation) and a
 * GOV.UK slug that is its short name written as a slug. Empty and absent fields at the end are left
 * off, and one in the middle is written `0`. The registry is about 160 kB as objects and under
 * half that as rows, which is what a browser app that imports the library downloads.
 *
 * In order: code, register code, name, short name, other names, slug (`1`: the short name's),
 * type, region (its place in {@link REGIONS}, from 1), county, combined authorities (each as
 * `[code, from, until]`), start date, end date, replaced by, former codes, corrections.
 */
export type AreaRow = readonly (string | number | readonly (string | readonly (string | 0)[])[])[];

/** The regions of the areas, in the order rows number them (from 1). */
export const REGIONS: readonly string[] = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Northern Ireland',
  'Scotland',
  'Wales',
];

/** What an area's type says of it: its tier, whether it bills council tax, whether it runs children's services. */
const TYPE_STANDING: Readonly<Record<AreaType, readonly [AreaTier, boolean, boolean]>> = {
  NMD: ['lower', true, false],
  UA: ['unitary', true, true],
  MD: ['unitary', true, true],
  LBO: ['unitary', true, true],
  CC: ['unitary', true, true],
  CTY: ['upper', false, true],
  COMB: ['combined', false, false],
  SRA: ['combined', false, false],
  SCO: ['unitary', true, true],
  WPA: ['unitary', true, true],
  NID: ['ni-district', false, false],
  CTRY: ['nation', false, false],
};

const NATION_BY_LETTER: Readonly<Record<string, Nation>> = { E: 'England', W: 'Wales', S: 'Scotland', N: 'Northern Ireland' };

/**
 * The nation an area's code belongs to, from its first letter (`NIR-A` for Northern Ireland's former councils).
 *
 * @param code - a GSS code or a register code
 * @returns the nation, or undefined for a code that starts with no nation's letter
 * @example
 * ```ts
 * nationOfCode('W06000015'); // 'Wales'
 * ```
 */
export function nationOfCode(code: string): Nation | undefined {
  return NATION_BY_LETTER[code.charAt(0)];
}

/**
 * What an area's type says of where it sits in local government.
 *
 * @param type - the area's type
 * @returns its tier, whether it bills council tax, whether it runs children's services
 * @example
 * ```ts
 * standingOfType('NMD'); // ['lower', true, false]
 * ```
 */
export function standingOfType(type: AreaType): readonly [AreaTier, boolean, boolean] {
  return TYPE_STANDING[type];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): readonly string[] => (Array.isArray(value) ? (value as string[]) : []);

/**
 * An area from its row in the generated registry, its fields in the order the generator writes them.
 *
 * @param row - the area's row
 * @returns the area
 * @example
 * ```ts
 * areaFromRow(['E08000001', 'BOL', 'Bolton Metropolitan Borough Council', 'Bolton', ['bolton district'], 1, 'MD', 2, 0, [['E47000001', '2011-04-01']]]).tier; // 'unitary'
 * ```
 */
export function areaFromRow(row: AreaRow): Area {
  const [code, registerCode, name, shortName, otherNames, slug, type, region, county, memberships, startDate, endDate, replacedBy, formerCodes, corrections] = row;
  const areaType = type as AreaType;
  const [tier, billsCouncilTax, childrensServices] = TYPE_STANDING[areaType];
  const combinedAuthorities = (Array.isArray(memberships) ? (memberships as readonly (readonly (string | 0)[])[]) : []).map(
    ([authority, from, until]): AreaMembership => ({
      code: authority as string,
      ...(typeof from === 'string' ? { from } : {}),
      ...(typeof until === 'string' ? { until } : {}),
    }),
  );
  const start = text(startDate);
  const end = text(endDate);
  const regionName = typeof region === 'number' && region > 0 ? REGIONS[region - 1] : undefined;
  return {
    code: code as string,
    ...(typeof registerCode === 'string' ? { registerCode } : {}),
    name: name as string,
    shortName: shortName as string,
    otherNames: texts(otherNames),
    ...(slug === 1 ? { slug: slugOf(shortName as string) } : typeof slug === 'string' ? { slug } : {}),
    type: areaType,
    tier,
    billsCouncilTax,
    childrensServices,
    nation: nationOfCode(code as string)!,
    ...(regionName === undefined ? {} : { region: regionName }),
    ...(typeof county === 'string' ? { county } : {}),
    combinedAuthorities,
    ...(start === undefined ? {} : { startDate: start }),
    ...(end === undefined ? {} : { endDate: end }),
    replacedBy: texts(replacedBy),
    formerCodes: texts(formerCodes),
    ...(Array.isArray(corrections) ? { corrections: corrections as string[] } : {}),
  };
}
