import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { differenceInYears } from 'date-fns';
import { InvalidInputError, addDays, ageOn, birthday, formatLongDate, hasDateShape, isCalendarDate, isOutsideSupportedYears } from '../../src/index.js';

describe('birthday', () => {
  it('falls on the same day and month for ordinary dates', () => {
    expect(birthday('2004-06-15', 25)).toBe('2029-06-15');
  });
  it('puts a 29 February birthday on 1 March in a common year by default', () => {
    expect(birthday('2004-02-29', 21)).toBe('2025-03-01');
  });
  it('puts a 29 February birthday on 28 February with the february-28 rule', () => {
    expect(birthday('2004-02-29', 21, 'february-28')).toBe('2025-02-28');
  });
  it('keeps 29 February in a leap year under either rule', () => {
    expect(birthday('2004-02-29', 24)).toBe('2028-02-29');
    expect(birthday('2004-02-29', 24, 'february-28')).toBe('2028-02-29');
  });
  it('gives the same date however calls for other people, rules and ages come between (remembered birthdays)', () => {
    const people = fc.constantFrom('2004-02-29', '2004-06-15', '2005-02-28', '1904-02-29');
    const rules = fc.constantFrom('march-1' as const, 'february-28' as const);
    const ages = fc.oneof(fc.integer({ min: 0, max: 140 }), fc.constantFrom(-3, 2.5, 1000));
    const fresh = (dateOfBirth: string, age: number, rule: 'march-1' | 'february-28'): string => {
      const year = Number(dateOfBirth.slice(0, 4)) + age;
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const monthDay = dateOfBirth.endsWith('-02-29') && !leap ? (rule === 'march-1' ? '-03-01' : '-02-28') : dateOfBirth.slice(4);
      return `${String(year).padStart(4, '0')}${monthDay}`;
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(people, ages, rules), { minLength: 1, maxLength: 30 }), (calls) => {
        for (const [dateOfBirth, age, rule] of calls) {
          if (!Number.isInteger(age) || age < 0 || age > 300) {
            // No calendar birthday: refused, and it must not disturb the others.
            expect(() => birthday(dateOfBirth, age, rule)).toThrow(InvalidInputError);
            continue;
          }
          expect(birthday(dateOfBirth, age, rule)).toBe(fresh(dateOfBirth, age, rule));
        }
      }),
    );
  });
});

describe('birthday and ageOn refuse bad input, naming the function and the field', () => {
  it.each([
    ['a date of birth that is not a date', () => birthday('2025-02-30', 18), 'invalid birthday: dateOfBirth: ', ['dateOfBirth']],
    ['an age that is not a whole number', () => birthday('2004-06-15', 2.5), 'invalid birthday: age: 2.5 is not a whole number from 0 to 300', ['age']],
    ['a rule that is not a rule', () => birthday('2004-06-15', 18, 'x' as 'march-1'), 'invalid birthday: rule: "x" is not a leap-day rule', ['rule']],
    ['a date asked about that is not a date', () => ageOn('2004-06-15', 'bad'), 'invalid age: on: ', ['on']],
    ['a date of birth that is not a date, for an age', () => ageOn('bad', '2004-06-15'), 'invalid age: dateOfBirth: ', ['dateOfBirth']],
  ] as const)('%s', (_, call, message, path) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).message.startsWith(message)).toBe(true);
    expect((thrown as InvalidInputError).issues.map((i) => i.path)).toEqual([path]);
  });
});

describe('ageOn', () => {
  it('counts the day before, of and after a birthday', () => {
    expect(ageOn('2004-06-15', '2029-06-14')).toBe(24);
    expect(ageOn('2004-06-15', '2029-06-15')).toBe(25);
    expect(ageOn('2004-06-15', '2029-06-16')).toBe(25);
  });
  it('agrees with date-fns differenceInYears under the default leap-day rule', () => {
    /** A local-time Date for a calendar date, or undefined where the time zone skipped that day. */
    const localDateOf = (date: string): Date | undefined => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const local = new Date(y, m - 1, d);
      return local.getFullYear() === y && local.getMonth() === m - 1 && local.getDate() === d ? local : undefined;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9496 }), fc.integer({ min: 0, max: 12000 }), (bornAfter, days) => {
        // Calendar dates are built without the clock; date-fns, the oracle, works in local time,
        // so days a time zone skipped (Pacific/Kiritimati has no 31 December 1994) are left out.
        const dob = addDays('1990-01-01', bornAfter);
        const on = addDays(dob, days);
        const [bornLocal, onLocal] = [localDateOf(dob), localDateOf(on)];
        fc.pre(bornLocal !== undefined && onLocal !== undefined);
        expect(ageOn(dob, on)).toBe(differenceInYears(onLocal!, bornLocal!));
      }),
    );
  });
  it('agrees with date-fns on the birthdays around a day Pacific/Kiritimati skipped', () => {
    expect(ageOn('1990-01-01', '1994-12-31')).toBe(4);
    expect(ageOn('1990-01-01', '1995-01-01')).toBe(5);
  });
});

describe('calendar dates', () => {
  it('reject impossible dates', () => {
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });
  it('tell the YYYY-MM-DD shape, and a year outside the years answered for, from a real date', () => {
    expect(hasDateShape('2025-02-30')).toBe(true);
    expect(hasDateShape('2200-01-01')).toBe(true);
    expect(hasDateShape('15/06/2004')).toBe(false);
    expect(hasDateShape('2025-2-3')).toBe(false);
    expect(isOutsideSupportedYears('2200-01-01')).toBe(true);
    expect(isOutsideSupportedYears('1899-12-31')).toBe(true);
    expect(isOutsideSupportedYears('2199-12-31')).toBe(false);
    expect(isOutsideSupportedYears('2026-02-30')).toBe(false);
    expect(isOutsideSupportedYears('22000-01-01')).toBe(false);
    // Every real date has the shape; a date with the shape is real or has impossible numbers.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(hasDateShape(text)).toBe(true);
        if (isCalendarDate(text)) expect(isOutsideSupportedYears(text)).toBe(false);
      }),
    );
  });
  it('add days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('are written the UK way', () => {
    expect(formatLongDate('2028-06-15')).toBe('15 June 2028');
  });
});
