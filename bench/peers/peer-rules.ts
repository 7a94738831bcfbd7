/**
 * The rules the peers share with the engine: the council tax exemption and free travel offers of
 * the Greater Manchester guarantee and the GM10 councils, plus four non-GM councils' council tax
 * offers, as encoded in src/data/documents/*.yaml, in force on {@link PEER_ON}.
 *
 * The engine reads them from the YAML documents (restricted with {@link peerDataset}); the
 * json-rules-engine and json-logic-js peers translate {@link PEER_OFFERS} into their own rule
 * formats; the hand-written peer encodes them directly in code. The peers' test checks that all
 * four give the same answer for every person of the peer cohort.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { type CalendarDate, type CareLeaverCategory, type Dataset, type Outcome, type Person, parseDataset } from '../../src/index.js';
import { generateCohort } from '../cohort.js';

/** The date every peer answers for (the date the documents were last checked). */
export const PEER_ON: CalendarDate = '2026-11-23';

/** The kinds the peers answer. */
export const PEER_KINDS = ['council-tax-exemption', 'free-travel'] as const;

/** One of {@link PEER_KINDS}. */
export type PeerKind = (typeof PEER_KINDS)[number];

/** What a peer answers for one person: the outcome of each of {@link PEER_KINDS}, in that order. */
export type PeerAnswer = readonly [councilTax: Outcome, freeTravel: Outcome];

/** Greater Manchester Combined Authority. */
export const GM = 'E47000001';

/** The ten Greater Manchester councils (GM10). */
export const GM10 = [
  'E08000001', // Bolton
  'E08000002', // Bury
  'E08000003', // Manchester
  'E08000004', // Oldham
  'E08000005', // Rochdale
  'E08000006', // Salford
  'E08000007', // Stockport
  'E08000008', // Tameside
  'E08000009', // Trafford
  'E08000010', // Wigan
] as const;

/** The non-GM councils of the peer cohort, each with a council tax document of its own. */
export const NON_GM = [
  'E06000007', // Warrington
  'E08000012', // Liverpool
  'E06000047', // County Durham
  'E09000014', // Haringey
] as const;

/** Every council of the peer cohort: each is both a children's services and a billing authority. */
export const PEER_COUNCILS: readonly string[] = [...GM10, ...NON_GM];

/** The providers whose documents make up the peers' rules. */
export const PEER_PROVIDERS: readonly string[] = [GM, ...GM10, ...NON_GM];

/**
 * The councils that have encoded a council tax offer themselves: for them a `not-eligible` can be
 * trusted. Salford, Stockport and Trafford have none, so a council tax answer that involves them
 * and is not eligible is `unknown`. No council of the cohort has a free travel offer of its own
 * (the GM travel pass is the combined authority's), so free travel is eligible or unknown.
 */
export const COVERED: Readonly<Record<PeerKind, readonly string[]>> = {
  'council-tax-exemption': [
    'E08000001',
    'E08000002',
    'E08000003',
    'E08000004',
    'E08000005',
    'E08000008',
    'E08000010',
    ...NON_GM,
  ],
  'free-travel': [],
};

/** One offer in force on {@link PEER_ON}, written as plain data for the peers to translate. */
export interface PeerOffer {
  readonly id: string;
  readonly kind: PeerKind;
  /** The offer's provider: the council for `responsible: 'own'`. */
  readonly provider: string;
  /** From this birthday (inclusive). */
  readonly from?: number;
  /** Until this birthday (exclusive). */
  readonly until?: number;
  /** Only these categories (any when absent). */
  readonly categories?: readonly CareLeaverCategory[];
  /** Whose care leavers: the provider's own, any council's, or those of councils within these areas. */
  readonly responsible: 'own' | 'any' | readonly string[];
  /** Living within one of these areas. */
  readonly livesIn: readonly string[];
  /** Boolean facts that must have these values (a missing fact makes the offer unknown). */
  readonly facts?: Readonly<Record<string, boolean>>;
}


/** The offers of the peers' rules, as the YAML documents encode them for {@link PEER_ON}. */
export const PEER_OFFERS: readonly PeerOffer[] = [
  // greater-manchester.yaml
  { id: 'gm-council-tax-exemption', kind: 'council-tax-exemption', provider: GM, from: 18, until: 25, responsible: [GM], livesIn: [GM] },
  {
    id: 'gm-travel-pass',
    kind: 'free-travel',
    provider: 'org:tfgm',
    from: 18,
    until: 25,
    categories: ['relevant', 'former-relevant', 'qualifying'],
    responsible: [GM],
    livesIn: [GM],
    facts: { workingWithLeavingCareService: true },
  },
  // The GM10 councils' own documents
  { id: 'bolton-council-tax-exemption', kind: 'council-tax-exemption', provider: 'E08000001', from: 18, until: 25, responsible: 'own', livesIn: ['E08000001'], facts: { livingWithFormerFosterCarer: false } },
  { id: 'bury-council-tax-exemption', kind: 'council-tax-exemption', provider: 'E08000002', from: 18, until: 25, responsible: 'any', livesIn: ['E08000002'], facts: { liableForCouncilTax: true } },
  { id: 'manchester-council-tax-exemption', kind: 'council-tax-exemption', provider: 'E08000003', from: 18, until: 25, responsible: 'any', livesIn: ['E08000003'], facts: { noRecourseToPublicFunds: false } },
  { id: 'oldham-council-tax-exemption', kind: 'council-tax-exemption', provider: 'E08000004', from: 18, until: 25, responsible: 'own', livesIn: ['E08000004'] },
  // Rochdale's version of November 2021 (no longer asks whether they came into care after 16).
  { id: 'rochdale-council-tax-exemption', kind: 'council-tax-exemption', provider: 'E08000005', from: 18, until: 25, responsible: 'own', livesIn: ['E08000005'] },
  { id: 'tameside-council-tax-discount', kind: 'council-tax-exemption', provider: 'E08000008', from: 18, until: 25, responsible: 'any', livesIn: ['E08000008'] },
  { id: 'wigan-council-tax-exemption', kind: 'council-tax-exemption', provider: 'E08000010', from: 18, until: 25, responsible: ['E92000001'], livesIn: ['E08000010'] },
  // Four non-GM councils
  { id: 'warrington-council-tax-care-leavers', kind: 'council-tax-exemption', provider: 'E06000007', from: 18, responsible: 'own', livesIn: ['E06000007'] },
  { id: 'liverpool-council-tax-exemption', kind: 'council-tax-exemption', provider: 'E08000012', from: 18, responsible: 'own', livesIn: ['E08000012'] },
  // Durham's value depends on the household, but every household gets something: eligible either way.
  { id: 'durham-council-tax-care-leavers', kind: 'council-tax-exemption', provider: 'E06000047', from: 18, until: 25, responsible: 'any', livesIn: ['E06000047'] },
  { id: 'haringey-council-tax-care-leavers', kind: 'council-tax-exemption', provider: 'E09000014', from: 18, until: 25, responsible: 'own', livesIn: ['E09000014'] },
];

/** The facts the peers' rules read (the generator gives each with probability 0.7). */
export const PEER_FACTS = [
  'livingWithFormerFosterCarer',
  'liableForCouncilTax',
  'noRecourseToPublicFunds',
  'workingWithLeavingCareService',
  'enteredCareAfter16thBirthday',
  'household',
] as const;

/**
 * The engine's side of the peers' rules: a frozen copy (in `bench/peers/documents/`) of the
 * documents of {@link PEER_PROVIDERS} as they were encoded when the peers were written (November
 * 2026), so that the engine assesses the same offers as the peers however the embedded data grows.
 * Salford, Stockport and Trafford had no document then.
 *
 * @returns the documents of the GM guarantee, the seven GM councils with a document and the four non-GM councils
 * @example
 * ```ts
 * peerDataset().documents.length; // 12
 * ```
 */
export function peerDataset(): Dataset {
  const folder = new URL('./documents/', import.meta.url);
  const documents = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parseYaml(readFileSync(new URL(name, folder), 'utf8')) as unknown);
  return parseDataset({ documents });
}

/**
 * The peer cohort: people aged 16 to 26 on {@link PEER_ON}, of every category, responsible to and
 * living in the councils of {@link PEER_COUNCILS} (GM councils for most), with the facts of
 * {@link PEER_FACTS} given or left out at random.
 *
 * @param size - how many people (100,000 in the benchmark)
 * @param seed - the seed
 * @returns the people, each living in one area
 * @example
 * ```ts
 * generatePeerCohort(10).length; // 10
 * ```
 */
export function generatePeerCohort(size: number, seed = 20261123): Person[] {
  return generateCohort(size, {
    seed,
    on: PEER_ON,
    responsible: PEER_COUNCILS.map((code) => ({ code })),
    residences: PEER_COUNCILS,
    favoured: GM10,
    favouredShare: 0.6,
    stayShare: 0.5,
    facts: PEER_FACTS,
    factShare: 0.7,
  });
}

/**
 * Someone's age in whole years on a date, with a 29 February birthday falling on 1 March in a
 * common year (the engine's default): comparing month and day as text does exactly that.
 *
 * @param dateOfBirth - `YYYY-MM-DD`
 * @param on - `YYYY-MM-DD`
 * @returns the age
 * @example
 * ```ts
 * peerAge('2004-02-29', '2022-02-28'); // 17
 * ```
 */
export function peerAge(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** The flat facts the rule-engine peers receive: age on the date, category, areas and the person's facts. */
export interface PeerFacts {
  readonly age: number;
  readonly category: CareLeaverCategory;
  readonly responsibleAuthority: string;
  readonly residence: string;
  readonly [fact: string]: unknown;
}

/**
 * Flattens a person into the facts the rule-engine peers read.
 *
 * @param person - a person living in one area
 * @param on - the date
 * @returns the facts
 * @example
 * ```ts
 * peerFacts(person, PEER_ON).age;
 * ```
 */
export function peerFacts(person: Person, on: string): PeerFacts {
  return Object.assign(
    { age: peerAge(person.dateOfBirth, on), category: person.category, responsibleAuthority: person.responsibleAuthority, residence: person.residence as string },
    person.facts,
  );
}

/**
 * Combines offer states into a kind's outcome the way the engine does: eligible when any offer
 * is; otherwise unknown when any offer is unknown or a council concerned has not encoded the kind;
 * otherwise not eligible.
 *
 * @param anyEligible - some offer is eligible
 * @param anyUnknown - some offer is neither eligible nor refused
 * @param covered - every council concerned has encoded the kind
 * @returns the outcome
 * @example
 * ```ts
 * combineOutcome(false, false, true); // 'not-eligible'
 * ```
 */
export function combineOutcome(anyEligible: boolean, anyUnknown: boolean, covered: boolean): Outcome {
  if (anyEligible) return 'eligible';
  return anyUnknown || !covered ? 'unknown' : 'not-eligible';
}

const ENGLAND_CODE = 'E92000001';
const PARENTS = new Map<string, readonly string[]>([
  ...GM10.map((code): [string, readonly string[]] => [code, [GM, ENGLAND_CODE]]),
  ...NON_GM.map((code): [string, readonly string[]] => [code, [ENGLAND_CODE]]),
]);

/**
 * Whether a council of the peer cohort is `container` or lies within it (Greater Manchester,
 * England): the containment the rule-engine peers are given as a custom operator.
 *
 * @param area - a council of {@link PEER_COUNCILS}
 * @param container - a council, `E47000001` or `E92000001`
 * @returns true when within
 * @example
 * ```ts
 * peerWithin('E08000001', 'E47000001'); // true
 * ```
 */
export function peerWithin(area: string, container: string): boolean {
  return area === container || (PARENTS.get(area)?.includes(container) ?? false);
}

/**
 * The areas an offer's responsibility test accepts: the provider for `own`, or the offer's areas.
 *
 * @param offer - the offer
 * @returns the areas, or `any`
 * @example
 * ```ts
 * responsibleCouncils(PEER_OFFERS[0]!); // ['E47000001']
 * ```
 */
export function responsibleCouncils(offer: PeerOffer): readonly string[] | 'any' {
  return offer.responsible === 'own' ? [offer.provider] : offer.responsible;
}
