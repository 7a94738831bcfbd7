import { type Entitlement, type Kind, type Person, type PersonFacts, evaluate, embeddedDataset } from '../../src/index.js';

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
  sunderland: 'E08000024',
  middlesbrough: 'E06000002',
  lincoln: 'E07000138',
  westNorthants: 'E06000062',
  southampton: 'E06000045',
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
