import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Area, type Entitlement, type FactName, type Person, type PersonFacts, type ReasonData, CHOICE_FACT_VALUES, FACT_VALUE_TYPES, InvalidInputError, addDays, decide, embeddedDataset, listAreas } from '../../src/index.js';

// A fact left out is never taken as a "no": where an answer is known without a fact, giving that
// fact (any of its values) leaves the outcome as it was; only an "unknown" may become known, and an
// unknown that the fact settles names it among its reasons (the command line's "To settle unknown
// answers, give: …" and the page's questions come from those names). Checked over the embedded
// data, every council and billing area of the UK, because a real rule that read a missing fact as
// false would answer "not eligible" silently, and no scenario test would notice.

const inPlace = (area: Area) => (area.startDate ?? '') <= '2016-01-01' && area.endDate === undefined;
const responsible = listAreas().filter((area) => area.childrensServices === true && inPlace(area)).map((area) => area.code);
const residences = listAreas().filter((area) => area.billsCouncilTax === true && inPlace(area)).map((area) => area.code);

const FACT_NAMES = Object.keys(FACT_VALUE_TYPES) as FactName[];

/** The values a fact can take; an area fact (the GP's area) is one of the person's own places or England. */
function valuesOf(fact: FactName, person: Person): readonly unknown[] {
  const type = FACT_VALUE_TYPES[fact];
  if (type === 'yes-no') return [true, false];
  if (type === 'area') return [person.residence, person.responsibleAuthority, 'E92000001'];
  return CHOICE_FACT_VALUES[type];
}

/** A care leaver aged 15 to 25 (a category the age allows), some facts given (each a drawn value), one fact left out. */
const askedAbout = fc
  .record({
    on: fc.integer({ min: 0, max: 15 * 365 }).map((days) => addDays('2016-01-01', days)),
    ageDays: fc.integer({ min: 15 * 365, max: 26 * 365 }),
    otherCategory: fc.boolean(),
    responsibleAuthority: fc.constantFrom(...responsible),
    residence: fc.constantFrom(...residences),
    given: fc.subarray(FACT_NAMES),
    picks: fc.array(fc.nat(), { minLength: FACT_NAMES.length, maxLength: FACT_NAMES.length }),
    leftOut: fc.constantFrom(...FACT_NAMES),
  })
  .map(({ on, ageDays, otherCategory, responsibleAuthority, residence, given, picks, leftOut }) => {
    // A category the age allows: eligible or relevant before 18, former relevant or qualifying from 18.
    const category = ageDays < 18 * 365.25 ? (otherCategory ? 'relevant' : 'eligible') : otherCategory ? 'qualifying' : 'former-relevant';
    const person: Person = { dateOfBirth: addDays(on, -ageDays), category, responsibleAuthority, residence };
    const facts: Record<string, unknown> = {};
    for (const fact of given) {
      if (fact === leftOut) continue;
      const values = valuesOf(fact, person);
      facts[fact] = values[picks[FACT_NAMES.indexOf(fact)]! % values.length];
    }
    return { person: { ...person, facts: facts as PersonFacts }, on, leftOut };
  });

/** Every kind's decision, or null where the person cannot be asked about (a fact given that needs another, an age their category cannot have). */
function decisions(person: Person, on: string): readonly Entitlement<ReasonData>[] | null {
  try {
    return decide(person, on, embeddedDataset).entitlements;
  } catch (error) {
    if (error instanceof InvalidInputError) return null;
    throw error;
  }
}

/** The facts an answer's reasons name, its offers' reasons and their alternatives included: what the command line and the page ask for. */
function factsNamed(e: Entitlement<ReasonData>): ReadonlySet<string> {
  const named = new Set<string>();
  const visit = (reason: ReasonData) => {
    if ('fact' in reason) named.add(reason.fact);
    if (reason.code === 'none-of-alternatives') reason.alternatives.forEach(visit);
  };
  e.reasons.forEach(visit);
  for (const offer of e.offers) offer.reasons.forEach(visit);
  return named;
}

describe('a fact left out on the embedded data', () => {
  it('never decides a known answer, and is named by every unknown answer it would settle', () => {
    let compared = 0;
    let settled = 0;
    fc.assert(
      fc.property(askedAbout, ({ person, on, leftOut }) => {
        const without = decisions(person, on);
        if (without === null) return;
        for (const value of valuesOf(leftOut, person)) {
          const withIt = decisions({ ...person, facts: { ...person.facts, [leftOut]: value } }, on);
          if (withIt === null) continue;
          compared += 1;
          without.forEach((before, i) => {
            const after = withIt[i]!;
            const what = `${before.kind} with ${leftOut} = ${String(value)}`;
            // Giving it, whatever its value, keeps every eligible and not-eligible as it was.
            if (before.outcome !== 'unknown') expect(after.outcome, what).toBe(before.outcome);
            // An unknown it settles names it, so that an adviser is asked for it.
            else if (after.outcome !== 'unknown') {
              settled += 1;
              expect([...factsNamed(before)], what).toContain(leftOut);
            }
          });
        }
      }),
      { numRuns: 250, seed: 20261205 },
    );
    expect(compared).toBeGreaterThan(300); // most drawn people can be asked about, each with two or more values
    expect(settled).toBeGreaterThan(20);
  });
});
