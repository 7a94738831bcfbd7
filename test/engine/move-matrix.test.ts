import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareMove, InvalidInputError, moveMatrix } from '../../src/index.js';
import { PLACES_TO_LIVE, fictional, fictionalDataset, lawfulOn, sam } from '../fixtures/fictional.js';

describe('moveMatrix', () => {
  it('gives exactly what compareMove gives, for every pair of areas', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES_TO_LIVE),
        fc.constantFrom(...PLACES_TO_LIVE),
        // From sam's 16th birthday (15 June 2020): no one younger is a care leaver.
        fc.integer({ min: 0, max: 365 * 12 }).map((d) => new Date(Date.UTC(2020, 5, 15 + d)).toISOString().slice(0, 10)),
        (from, to, on) => {
          const person = lawfulOn(sam, on);
          const matrix = moveMatrix(person, { areas: PLACES_TO_LIVE, on }, fictionalDataset, fictional);
          expect(matrix.compare(from, to)).toEqual(compareMove({ ...person, residence: from }, { to, on }, fictionalDataset, fictional));
        },
      ),
      { numRuns: 60 },
    );
  });
  it('rejects an area outside the matrix and an unknown area code', () => {
    const matrix = moveMatrix(sam, { areas: PLACES_TO_LIVE.slice(0, 2), on: '2026-01-01' }, fictionalDataset, fictional);
    expect(() => matrix.compare(PLACES_TO_LIVE[0], PLACES_TO_LIVE[4])).toThrow(InvalidInputError);
    expect(() => moveMatrix(sam, { areas: ['E08999999'], on: '2026-01-01' }, fictionalDataset, fictional)).toThrow(InvalidInputError);
  });
});
