import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/index.js';
import { AREA, careLeaver, entitlement, outcome } from './helpers.js';

const TRAVEL = 'free-travel';
const DARLINGTON = 'E06000005';
const STOCKTON = 'E06000004';
const ID = 'darlington-university-travel-home';
const state = (person: Person, on: string) => entitlement(person, on, TRAVEL).offers.find((o) => o.offerId === ID)?.state;

describe("Darlington's fares home for its care leavers at university", () => {
  const student = careLeaver(DARLINGTON, AREA.leeds, { inHigherEducation: true });

  it('confirmed by the day the undated page was read, 3 December 2026', () => {
    expect(outcome(student, '2026-12-03', TRAVEL)).toBe('eligible');
    expect(state(student, '2026-12-03')).toBe('eligible');
    expect(outcome(student, '2026-12-02', TRAVEL)).not.toBe('eligible');
    expect(state(student, '2026-12-02')).not.toBe('eligible');
  });

  it('no age limit on the page: the day before and the day of the 25th birthday (15 June 2029) answer the same', () => {
    expect(state(student, '2029-06-14')).toBe('eligible');
    // The page sets no age limit, so none is applied: the 25th birthday changes nothing here.
    expect(state(student, '2029-06-15')).toBe('eligible');
  });

  it('not for a Darlington care leaver who is not a student, nor for another council\'s student', () => {
    expect(outcome(careLeaver(DARLINGTON, AREA.leeds, { inHigherEducation: false }), '2026-12-03', TRAVEL)).not.toBe('eligible');
    expect(state(careLeaver(DARLINGTON, AREA.leeds, { inHigherEducation: false }), '2026-12-03')).not.toBe('eligible');
    expect(outcome(careLeaver(STOCKTON, AREA.leeds, { inHigherEducation: true }), '2026-12-03', TRAVEL)).not.toBe('eligible');
  });
});
