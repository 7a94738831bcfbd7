import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, prefixEditDistances } from '../../src/validation/edit-distance.js';

describe('edit distances to the starts of a name (what area suggestions read, one pass a name)', () => {
  it('gives, for each start of the second string, the distance editDistance gives (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const row = prefixEditDistances(a, b);
        expect(row).toHaveLength(b.length + 1);
        for (let j = 0; j <= b.length; j++) expect(row[j]).toBe(editDistance(a, b.slice(0, j)));
      }),
      { numRuns: 300 },
    );
    expect(prefixEditDistances('herts', 'hertford')).toEqual([5, 4, 3, 2, 1, 1, 2, 3, 4]);
  });
});
