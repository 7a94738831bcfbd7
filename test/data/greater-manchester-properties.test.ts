import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, type Person, addDays, compareMove, embeddedDataset, evaluate } from '../../src/index.js';
import { AREA, GM10 } from './helpers.js';

// GM invariants, from DOMAIN.md: the guarantee is a floor for GM care leavers living anywhere in
// GM (confirmed in force by 1 November 2019); Oldham exempts only its own care leavers;
// Manchester, Bury and Wigan exempt other councils' care leavers too.

/** Councils outside GM whose care leavers have no council tax offer that follows them. */
const OUTSIDE_GM = ['E08000035', 'E06000023', 'E09000014', 'E08000012', 'E06000047', 'E06000045', 'E08000026', 'E10000031'] as const;

/** Whole years between a date of birth and a date (birthdays on 29 February aside). */
function ageOn(dob: CalendarDate, on: CalendarDate): number {
  return Number(on.slice(0, 4)) - Number(dob.slice(0, 4)) - (on.slice(5) < dob.slice(5) ? 1 : 0);
}

/** A date on or after 1 January `fromYear` and a date of birth that makes the person 18 to 24 on it. */
const dobAndDate = (fromYear: number) =>
  fc
    .record({ days: fc.integer({ min: 0, max: 12 * 365 }), ageDays: fc.integer({ min: 18 * 365 + 5, max: 25 * 365 - 5 }) })
    .map(({ days, ageDays }) => {
      const on = addDays(`${fromYear}-01-01`, days);
      return { on, dob: addDays(on, -ageDays) };
    })
    .filter(({ on, dob }) => ageOn(dob, on) >= 18 && ageOn(dob, on) <= 24);

const TAX = 'council-tax-exemption';

describe('Greater Manchester invariants (fast-check)', () => {
  it('a former relevant care leaver of any GM council aged 18–24 keeps council tax exemption moving between any two GM councils', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GM10), fc.constantFrom(...GM10), fc.constantFrom(...GM10), dobAndDate(2020), (ra, from, to, { on, dob }) => {
        const person: Person = { dateOfBirth: dob, category: 'former-relevant', responsibleAuthority: ra, residence: from };
        const change = compareMove(person, { to, on }, embeddedDataset, { kinds: [TAX] }).changes[0]!;
        expect(['kept', 'changed']).toContain(change.change);
        expect(change.after.outcome).toBe('eligible');
      }),
      { numRuns: 150 },
    );
  });

  it('a care leaver of a council outside GM living in Oldham never gets a council tax exemption', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OUTSIDE_GM), dobAndDate(2018), fc.constantFrom('alone', 'only-care-leavers', 'with-others') as fc.Arbitrary<'alone'>, (ra, { on, dob }, household) => {
        const person: Person = { dateOfBirth: dob, category: 'former-relevant', responsibleAuthority: ra, residence: AREA.oldham, facts: { household } };
        const e = evaluate(person, on, embeddedDataset, { kinds: [TAX] }).entitlements[0]!;
        expect(e.outcome).not.toBe('eligible');
      }),
      { numRuns: 150 },
    );
  });

  it('a care leaver of a council outside GM living in Manchester, Bury or Wigan gets one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OUTSIDE_GM), fc.constantFrom(AREA.manchester, AREA.bury, AREA.wigan), dobAndDate(2027), (ra, residence, { on, dob }) => {
        const person: Person = {
          dateOfBirth: dob,
          category: 'former-relevant',
          responsibleAuthority: ra,
          residence,
          facts: { noRecourseToPublicFunds: false, liableForCouncilTax: true, household: 'alone' },
        };
        const e = evaluate(person, on, embeddedDataset, { kinds: [TAX] }).entitlements[0]!;
        expect(e.outcome).toBe('eligible');
        expect(e.value).toEqual({ type: 'percentage', percent: 100 });
      }),
      { numRuns: 150 },
    );
  });
});
