import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Entitlement, type Person, type PersonFacts, type ReasonData, InvalidInputError, addDays, decide, embeddedDataset } from '../../src/index.js';
import { scenarioAreasFrom } from './helpers.js';

// `endsOn` on the embedded data: the day an answer next changes, so the day before it gives the same
// answer and the day itself another; with no `endsOn`, the answer never changes. The real rules mix
// every kind of date (birthdays and their month or financial-year ends, dated versions, windows of
// doubt, birthday conditions, coverage claims starting, councils joining combined authorities), which
// fictional data exercises one at a time.

/** The scenario tests' areas that exist on every date asked about. */
const { responsible, residences } = scenarioAreasFrom('2016-01-01');
const FACTS = ['livingWithFormerFosterCarer', 'liableForCouncilTax', 'noRecourseToPublicFunds', 'workingWithLeavingCareService', 'inFullTimeEducation', 'inHigherEducation'] as const;

/** An adult care leaver (18 to 25 on the date asked), so that their category holds on every later date checked. */
const askedAbout = fc
  .record({
    on: fc.integer({ min: 0, max: 15 * 365 }).map((days) => addDays('2016-01-01', days)),
    ageDays: fc.integer({ min: 18 * 366, max: 25 * 365 }),
    category: fc.constantFrom('former-relevant' as const, 'qualifying' as const),
    responsibleAuthority: fc.constantFrom(...responsible),
    residence: fc.constantFrom(...residences),
    facts: fc.record(Object.fromEntries(FACTS.map((fact) => [fact, fc.boolean()])) as Record<(typeof FACTS)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] }),
    household: fc.option(fc.constantFrom('alone' as const, 'only-care-leavers' as const, 'with-others' as const), { nil: undefined }),
    laterDays: fc.integer({ min: 1, max: 8 * 365 }),
  })
  .map(({ on, ageDays, category, responsibleAuthority, residence, facts, household, laterDays }) => {
    const person: Person = {
      dateOfBirth: addDays(on, -ageDays),
      category,
      responsibleAuthority,
      residence,
      facts: { ...facts, ...(household === undefined ? {} : { household }) } as PersonFacts,
    };
    return { person, on, later: addDays(on, laterDays) };
  });

const decision = (e: Entitlement<ReasonData>) => ({ outcome: e.outcome, decidingOfferId: e.decidingOfferId, value: e.value });

/** The kind's answer on a date, or null where the person could not be asked about then (too old for their category). */
function answerOn(person: Person, on: string, kind: Entitlement['kind']) {
  try {
    return decision(decide(person, on, embeddedDataset, { kinds: [kind] }).entitlements[0]!);
  } catch (error) {
    if (error instanceof InvalidInputError) return null;
    throw error;
  }
}

describe('endsOn on the embedded data', () => {
  it('is the first day the answer changes: the day before gives the same answer, the day itself another; with none, it never changes', () => {
    fc.assert(
      fc.property(askedAbout, ({ person, on, later }) => {
        for (const e of decide(person, on, embeddedDataset).entitlements) {
          if (e.endsOn === null) {
            const then = answerOn(person, later, e.kind);
            if (then !== null) expect(then, `${e.kind} on ${later}`).toEqual(decision(e));
            continue;
          }
          expect(e.endsOn > on).toBe(true);
          const dayBefore = addDays(e.endsOn, -1);
          if (dayBefore !== on) expect(answerOn(person, dayBefore, e.kind), `${e.kind} on ${dayBefore}`).toEqual(decision(e));
          const changed = answerOn(person, e.endsOn, e.kind);
          if (changed !== null) expect(changed, `${e.kind} on ${e.endsOn}`).not.toEqual(decision(e));
        }
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
