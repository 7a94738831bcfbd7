import { type Entitlement, type Kind, type Person, type PersonFacts, evaluate, embeddedDataset, getArea } from '../../src/index.js';

/** GSS codes used by the scenario tests (real areas). */
export const AREA = {
  england: 'E92000001',
  bolton: 'E08000001',
  bury: 'E08000002',
  manchester: 'E08000003',
  oldham: 'E08000004',
  rochdale: 'E08000005',
  salford: 'E08000006',
  stockport: 'E08000007',
  tameside: 'E08000008',
  trafford: 'E08000009',
  wigan: 'E08000010',
  kent: 'E10000016',
  maidstone: 'E07000110',
  stroud: 'E07000082',
  gloucestershire: 'E10000013',
  eastleigh: 'E07000086',
  durham: 'E06000047',
  northNorthants: 'E06000061',
  warrington: 'E06000007',
  haringey: 'E09000014',
  liverpool: 'E08000012',
  leeds: 'E08000035',
  powys: 'W06000023',
  stirling: 'S12000030',
  bristol: 'E06000023',
  northSomerset: 'E06000024',
  newcastle: 'E08000021',
  northTyneside: 'E08000022',
  southTyneside: 'E08000023',
  sunderland: 'E08000024',
  middlesbrough: 'E06000002',
  lincoln: 'E07000138',
  westNorthants: 'E06000062',
  southampton: 'E06000045',
  exeter: 'E07000041',
  luton: 'E06000032',
  cambridgeshire: 'E10000003',
  cambridge: 'E07000008',
  warwickshire: 'E10000031',
  warwick: 'E07000222',
  nottinghamshire: 'E10000024',
  ashfield: 'E07000170',
  herefordshire: 'E06000019',
  rushcliffe: 'E07000176',
  lincolnshire: 'E10000019',
  westLindsey: 'E07000142',
  surrey: 'E10000030',
  runnymede: 'E07000212',
  ealing: 'E09000009',
  dudley: 'E08000027',
  torbay: 'E06000027',
  gateshead: 'E08000037',
  guildford: 'E07000209',
  waverley: 'E07000216',
  thurrock: 'E06000034',
  staffordshire: 'E10000028',
  stafford: 'E07000197',
  miltonKeynes: 'E06000042',
  wolverhampton: 'E08000031',
  hertfordshire: 'E10000015',
  brighton: 'E06000043',
  walsall: 'E08000030',
  coventry: 'E08000026',
  birmingham: 'E08000025',
  stoke: 'E06000021',
  bcp: 'E06000058',
  devon: 'E10000008',
  southHams: 'E07000044',
  cumberland: 'E06000063',
  barnsley: 'E08000016',
  havering: 'E09000016',
  barnet: 'E09000003',
  camden: 'E09000007',
  westminster: 'E09000033',
} as const;

/** The ten GM councils. */
export const GM10 = [
  AREA.bolton, AREA.bury, AREA.manchester, AREA.oldham, AREA.rochdale,
  AREA.salford, AREA.stockport, AREA.tameside, AREA.trafford, AREA.wigan,
] as const;

/** A person born on 15 June 2004: 18 on 2022-06-15, 21 on 2025-06-15, 25 on 2029-06-15, 26 on 2030-06-15. */
export function careLeaver(
  responsibleAuthority: string,
  residence: string,
  facts: PersonFacts = {},
  more: Partial<Person> = {},
): Person {
  return { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority, residence, facts, ...more };
}

/** The entitlement of one kind for a person on a date, from the embedded dataset. */
export function entitlement(person: Person, on: string, kind: Kind): Entitlement {
  return evaluate(person, on, embeddedDataset, { kinds: [kind] }).entitlements[0]!;
}

/** The outcome of one kind. */
export function outcome(person: Person, on: string, kind: Kind): Entitlement['outcome'] {
  return entitlement(person, on, kind).outcome;
}

/**
 * The date, or the first day on which every one of the areas exists if later: the engine refuses
 * a council on a date before it began (Somerset's unitary council before April 2023).
 */
export function onceAllExist(on: string, codes: readonly string[]): string {
  return codes.reduce((latest, code) => {
    const start = getArea(code)?.startDate;
    return start !== undefined && start > latest ? start : latest;
  }, on);
}

/**
 * The scenario tests' areas (see {@link AREA}) that exist on every day from `since` on (none begun
 * later, none ended), as councils that look after children and as places that bill council tax:
 * the places a property over the embedded data draws people from.
 */
export function scenarioAreasFrom(since: string): { readonly responsible: readonly string[]; readonly residences: readonly string[] } {
  const codes = [...new Set(Object.values(AREA))].filter((code) => {
    const area = getArea(code);
    return area !== undefined && (area.startDate ?? '') <= since && area.endDate === undefined;
  });
  return {
    responsible: codes.filter((code) => getArea(code)?.childrensServices === true),
    residences: codes.filter((code) => getArea(code)?.billsCouncilTax === true),
  };
}
