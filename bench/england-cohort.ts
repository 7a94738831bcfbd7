/**
 * The benchmarks' England cohort, defined once: every current English council tax billing area as
 * a home, every children's services authority (counties with their districts) as the council that
 * looked after them, 30% of people favouring the ten Greater Manchester councils, half the facts
 * given, a tenth with a residence history (see {@link generateCohort}).
 */
import { type Area, type CalendarDate, listAreas, type Person } from '../src/index.js';
import { type CohortArea, GENERATED_FACTS, generateCohort } from './cohort.js';
import { GM10 } from './peers/peer-rules.js';

/** The seed every benchmark's cohort is drawn with. */
export const COHORT_SEED = 20261123;

/** England's current councils as the cohort uses them. */
export interface EnglandAreas {
  /** Every current English council tax billing area (districts, unitaries, metropolitan districts, London boroughs, the City, Scilly). */
  readonly billing: readonly string[];
  /** Every current English children's services authority, counties with their districts. */
  readonly responsible: readonly CohortArea[];
}

/**
 * England's current billing and children's services areas, from the registry.
 *
 * @returns the areas
 * @example
 * ```ts
 * englandAreas().billing.length; // 296
 * ```
 */
export function englandAreas(): EnglandAreas {
  const english: readonly Area[] = listAreas({ current: true, nation: 'England' });
  return {
    billing: english.filter((a) => a.billsCouncilTax).map((a) => a.code),
    responsible: english
      .filter((a) => a.childrensServices)
      .map((a) => (a.tier === 'upper' ? { code: a.code, districts: english.filter((d) => d.county === a.code).map((d) => d.code) } : { code: a.code })),
  };
}

/**
 * The England cohort of `npm run bench` (its third measure), or its first `size` people.
 *
 * @param size - how many people
 * @param on - the date their ages are reckoned on
 * @param areas - the areas (from {@link englandAreas} by default)
 * @returns the people
 * @example
 * ```ts
 * englandCohort(3, '2026-11-23').length; // 3
 * ```
 */
export function englandCohort(size: number, on: CalendarDate, areas: EnglandAreas = englandAreas()): Person[] {
  return generateCohort(size, {
    seed: COHORT_SEED,
    on,
    responsible: areas.responsible,
    residences: areas.billing,
    favoured: GM10,
    favouredShare: 0.3,
    facts: GENERATED_FACTS,
    factShare: 0.5,
    historyShare: 0.1,
  });
}
