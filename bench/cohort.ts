import { ADULT_AGE, type CalendarDate, type CareLeaverCategory, type Person, type PersonFacts, birthday } from '../src/index.js';

/** The four care-leaver categories, in the order the generator draws them. */
export const CATEGORIES: readonly CareLeaverCategory[] = ['eligible', 'relevant', 'former-relevant', 'qualifying'];

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same
 * sequence, on every machine and in every time zone.
 *
 * @param seed - any 32-bit integer
 * @returns a function giving numbers in [0, 1)
 * @example
 * ```ts
 * const random = seededRandom(42);
 * random(); // the same number on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

function toDays(date: CalendarDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDays(days: number): CalendarDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** An area the generator may place someone in, with the district areas of a county. */
export interface CohortArea {
  /** The GSS code. */
  readonly code: string;
  /** For a county (an upper-tier responsible authority): the districts where its care leavers may live. */
  readonly districts?: readonly string[];
}

/** Options for {@link generateCohort}. */
export interface CohortOptions {
  /** The seed: the same seed gives the same people. */
  readonly seed: number;
  /** The date the ages are measured on. */
  readonly on: CalendarDate;
  /** Responsible authorities to draw from (children's services authorities). */
  readonly responsible: readonly CohortArea[];
  /** Areas to live in (council tax billing authorities). */
  readonly residences: readonly string[];
  /** Areas drawn more often, for both responsibility and residence (the GM councils, say). */
  readonly favoured?: readonly string[];
  /** The share of people responsible to (and, independently, living in) a favoured area; default 0.3. */
  readonly favouredShare?: number;
  /** The share who live in their own responsible authority (or one of its districts); default 0.5. */
  readonly stayShare?: number;
  /** The youngest and oldest age on `on`, inclusive; default 16 and 26. */
  readonly ages?: readonly [number, number];
  /** The facts to give, each present with probability `factShare` and then true or false at random. */
  readonly facts?: readonly (keyof PersonFacts)[];
  /** The probability that each fact is given; default 0.7. */
  readonly factShare?: number;
  /** The share of people with a residence history (moved once, before `on`) instead of one area; default 0. */
  readonly historyShare?: number;
}

/** The facts the generator may give (all of them boolean facts, or the household). */
export const GENERATED_FACTS: readonly (keyof PersonFacts)[] = [
  'livingWithFormerFosterCarer',
  'liableForCouncilTax',
  'noRecourseToPublicFunds',
  'enteredCareAfter16thBirthday',
  'workingWithLeavingCareService',
  'inFullTimeEducation',
  'inHigherEducation',
  'household',
];

const HOUSEHOLDS = ['alone', 'only-care-leavers', 'with-others'] as const;

/**
 * Generates a cohort of care leavers from a seed: ages spread evenly over the range (birthdays on
 * every day of the year, 29 February included), all four categories, responsible authorities and
 * homes drawn from the given areas with some areas favoured, and some facts given and some left
 * out. Deterministic: the same options give the same people.
 *
 * @param size - how many people
 * @param options - seed, date, areas and weights
 * @returns the people (plain objects, valid for the engine's `Person` schema)
 * @example
 * ```ts
 * generateCohort(3, { seed: 1, on: '2026-11-23', responsible: [{ code: 'E08000001' }], residences: ['E08000001'] });
 * ```
 */
export function generateCohort(size: number, options: CohortOptions): Person[] {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const [youngest, oldest] = options.ages ?? [16, 26];
  const onDays = toDays(options.on);
  // Born after the (oldest + 1)th birthday's eve and on or before the youngest birthday.
  const earliest = toDays(`${Number(options.on.slice(0, 4)) - oldest - 1}${options.on.slice(4)}`) + 1;
  const latest = toDays(`${Number(options.on.slice(0, 4)) - youngest}${options.on.slice(4)}`);
  const favoured = options.favoured ?? [];
  const favouredShare = favoured.length === 0 ? 0 : (options.favouredShare ?? 0.3);
  const stayShare = options.stayShare ?? 0.5;
  const factShare = options.factShare ?? 0.7;
  const facts = options.facts ?? [];
  const historyShare = options.historyShare ?? 0;
  const favouredResponsible = options.responsible.filter((a) => favoured.includes(a.code));
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const dateOfBirth = fromDays(earliest + Math.floor(random() * (latest - earliest + 1)));
    const drawn = pick(CATEGORIES);
    // The category the law allows on the date: eligible or relevant under 18, former relevant from 18.
    const adult = options.on >= birthday(dateOfBirth, ADULT_AGE);
    const category: CareLeaverCategory =
      adult && (drawn === 'eligible' || drawn === 'relevant') ? 'former-relevant' : !adult && drawn === 'former-relevant' ? 'relevant' : drawn;
    const responsible = random() < favouredShare && favouredResponsible.length > 0 ? pick(favouredResponsible) : pick(options.responsible);
    let home: string;
    const r = random();
    if (r < stayShare) home = responsible.districts === undefined ? responsible.code : pick(responsible.districts);
    else if (r < stayShare + favouredShare * (1 - stayShare)) home = pick(favoured);
    else home = pick(options.residences);
    const given: Record<string, boolean | string> = {};
    let anyFact = false;
    for (const fact of facts) {
      if (random() >= factShare) continue;
      anyFact = true;
      given[fact] = fact === 'household' ? pick(HOUSEHOLDS) : random() < 0.5;
    }
    let residence: Person['residence'] = home;
    if (historyShare > 0 && random() < historyShare) {
      const movedOn = fromDays(onDays - 1 - Math.floor(random() * 700));
      // Moved within the last two years: always after birth, since everyone is at least 16.
      residence = [
        { from: dateOfBirth, area: pick(options.residences) },
        { from: movedOn, area: home },
      ];
    }
    const person: Person = anyFact
      ? { dateOfBirth, category, responsibleAuthority: responsible.code, residence, facts: given as PersonFacts }
      : { dateOfBirth, category, responsibleAuthority: responsible.code, residence };
    people.push(person);
  }
  return people;
}
