import * as z from 'zod';
import { CalendarDate } from '../dates/calendar-date.js';
import { AreaCode } from './area-code.js';
import { CareLeaverCategory } from './care-leaver-category.js';
import { PersonFacts } from './person-facts.js';

/**
 * One period of a residence history: the person lives in `area` from `from` (inclusive) until the
 * next period starts.
 *
 * @example
 * ```ts
 * ResidencePeriod.parse({ from: '2025-05-01', area: 'E08000035' }).area; // 'E08000035'
 * ```
 */
export const ResidencePeriod = /* @__PURE__ */ (() => z.strictObject({
  from: CalendarDate,
  area: AreaCode,
}))();
/** One period of a residence history. */
export type ResidencePeriod = z.infer<typeof ResidencePeriod>;

/**
 * Where a person lives: one area, or a dated history of areas in date order.
 *
 * @example
 * ```ts
 * Residence.parse('E08000001'); // 'E08000001'
 * Residence.safeParse([{ from: '2025-05-01', area: 'E08000035' }, { from: '2023-01-01', area: 'E08000001' }]).success; // false
 * ```
 */
export const Residence = /* @__PURE__ */ (() => z.union([
  AreaCode,
  z
    .array(ResidencePeriod)
    .min(1, { error: 'a residence history needs at least one period { from, area }' })
    .refine((periods) => periods.every((p, i) => i === 0 || periods[i - 1]!.from < p.from), {
      error: 'residence periods must be in date order with no two starting on the same day',
    }),
]))();
/** Where a person lives: one area or a dated history. */
export type Residence = z.infer<typeof Residence>;

/**
 * A young person leaving care: who they are for the rules.
 *
 * @example
 * ```ts
 * const person = Person.parse({
 *   dateOfBirth: '2004-06-15',
 *   category: 'former-relevant',
 *   responsibleAuthority: 'E08000001', // Bolton looked after them
 *   residence: 'E08000003', // they live in Manchester
 *   facts: { household: 'alone' },
 * });
 * person.facts?.household; // 'alone'
 * ```
 */
export const Person = /* @__PURE__ */ (() => z.strictObject({
  /** Date of birth, `YYYY-MM-DD`. */
  dateOfBirth: CalendarDate,
  /** Care-leaver category under the Children Act 1989. */
  category: CareLeaverCategory,
  /** The council that looked after them (never changes when they move). */
  responsibleAuthority: AreaCode,
  /** Where they live. */
  residence: Residence,
  /** Optional facts some rules need. */
  facts: PersonFacts.optional(),
}))();
/** A young person leaving care. */
export type Person = z.infer<typeof Person>;
