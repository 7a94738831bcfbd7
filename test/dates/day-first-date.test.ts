import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFirstAsIso, isoSpelling } from '../../src/dates/day-first-date.js';

// One spelling of a day-first date, shared by the command line (slashes only), its "did you
// mean" for a date written otherwise, and the adviser page (slashes, dots or dashes).

describe('dayFirstAsIso', () => {
  it('reads DD/MM/YYYY with or without leading zeros, and nothing else by default', () => {
    expect(dayFirstAsIso('15/06/2004')).toBe('2004-06-15');
    expect(dayFirstAsIso('1/4/2027')).toBe('2027-04-01');
    expect(dayFirstAsIso('1.4.2027')).toBeNull();
    expect(dayFirstAsIso('1-4-2027')).toBeNull();
    expect(dayFirstAsIso('2027-04-01')).toBeNull();
    expect(dayFirstAsIso('1/4/27')).toBeNull();
    expect(dayFirstAsIso(' 1/4/2027')).toBeNull();
  });

  it('takes the separators it is given, each as itself (a dash is not a range)', () => {
    expect(dayFirstAsIso('1.4.2027', '/.-')).toBe('2027-04-01');
    expect(dayFirstAsIso('1-4-2027', '/.-')).toBe('2027-04-01');
    expect(dayFirstAsIso('1/4.2027', '/.-')).toBe('2027-04-01');
    // A dash between two others is itself, not a range ('+-/' would otherwise take ',' and '.').
    expect(dayFirstAsIso('1-4-2027', '+-/')).toBe('2027-04-01');
    expect(dayFirstAsIso('1,4,2027', '+-/')).toBeNull();
    expect(dayFirstAsIso('1.4.2027', '+-/')).toBeNull();
  });

  it('spells any day, month and year it reads as isoSpelling does, real date or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1000, max: 9999 }), fc.boolean(), (day, month, year, padded) => {
        const [d, m] = padded ? [String(day).padStart(2, '0'), String(month).padStart(2, '0')] : [String(day), String(month)];
        const iso = dayFirstAsIso(`${d}/${m}/${year}`);
        expect(iso).toBe(isoSpelling(String(year), m, d));
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});
