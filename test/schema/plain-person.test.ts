import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, isCalendarDate } from '../../src/dates/calendar-date.js';
import { Person } from '../../src/schema/person.js';
import { CHOICE_FACT_VALUES, FACT_VALUE_TYPES } from '../../src/schema/person-facts.js';
import { plainPerson } from '../../src/schema/plain-person.js';

// Dates near the edges of what is real: any year (leap centuries too), months 00 to 13, days 00 to 32.
const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
const nearDate = fc.oneof(
  fc.tuple(fc.constantFrom('2000', '1900', '2024', '2025', '2100', '0000', '2400'), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
);
const anyDate = fc.oneof(nearDate, fc.constantFrom('2024-2-29', '2024-02-29T00:00', ' 2024-02-29', '20240229', ''), fc.string({ maxLength: 12 }));
const area = fc.oneof(fc.constantFrom('E08000001', 'E08000003', 'W06000015', 'S12000036', 'N09000003', 'K02000001'), fc.constantFrom('E0800001', 'e08000001', 'X08000001', 'E080000011', 'Bolton', ''));
const category = fc.constantFrom('eligible', 'relevant', 'former-relevant', 'qualifying', 'looked-after', 'Former-relevant');
const period = fc.oneof(
  fc.record({ from: anyDate, area }),
  fc.record({ from: anyDate, area, extra: fc.constant(1) }),
  fc.record({ from: anyDate }, { requiredKeys: [] }),
);
const residence = fc.oneof(area, fc.array(period, { minLength: 0, maxLength: 4 }), fc.constant(null), fc.integer());
const rightFactValue = (name: string) => {
  const type = FACT_VALUE_TYPES[name as keyof typeof FACT_VALUE_TYPES];
  if (type === 'yes-no') return fc.boolean();
  if (type === 'area') return fc.constantFrom('E08000001', 'W06000015');
  return fc.constantFrom(...CHOICE_FACT_VALUES[type]);
};
const factValue = (name: string) =>
  fc.oneof(
    { weight: 4, arbitrary: FACT_VALUE_TYPES[name as keyof typeof FACT_VALUE_TYPES] === 'area' ? area : fc.oneof(rightFactValue(name), fc.constantFrom('alone', 'council', 'none')) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 'yes', 1, true) },
  );
const facts = fc.oneof(
  fc.record(Object.fromEntries(Object.keys(FACT_VALUE_TYPES).map((name) => [name, factValue(name)])), { requiredKeys: [] }),
  fc.record({ unknownFact: fc.boolean() }),
  fc.constantFrom<unknown>(undefined, null, [], 'alone'),
);
const personLike = fc.record(
  { dateOfBirth: anyDate, category, responsibleAuthority: area, residence, facts, nickname: fc.string() },
  { requiredKeys: [] },
);
/** The same object with its keys in any order. */
function shuffled<T extends object>(value: T): fc.Arbitrary<T> {
  const keys = Object.keys(value);
  return fc.shuffledSubarray(keys, { minLength: keys.length }).map((order) => Object.fromEntries(order.map((k) => [k, value[k as keyof T]])) as T);
}

// Mostly valid people, in any key order (facts too), so that the fast path is taken often enough to be tested.
const validPerson = fc
  .record(
    {
      dateOfBirth: nearDate.filter((d) => CalendarDate.safeParse(d).success),
      category,
      responsibleAuthority: fc.constantFrom('E08000001', 'E09000002'),
      residence: fc.oneof(fc.constantFrom('E08000003', 'W06000015'), fc.uniqueArray(nearDate.filter((d) => CalendarDate.safeParse(d).success), { minLength: 1, maxLength: 3 }).map((dates) => dates.sort().map((from) => ({ from, area: 'E08000035' })))),
      facts: fc.record(Object.fromEntries(Object.keys(FACT_VALUE_TYPES).map((name) => [name, rightFactValue(name)])), { requiredKeys: [] }).chain(shuffled),
    },
    { requiredKeys: ['dateOfBirth', 'category', 'responsibleAuthority', 'residence'] },
  )
  .chain(shuffled);

/** Whether the schema's output and the copy are the same, key order included. */
function sameOutput(copy: unknown, output: unknown): boolean {
  return JSON.stringify(copy) === JSON.stringify(output);
}

describe('plainPerson, the engine’s way past zod for plain input', () => {
  it('gives a copy only where the schema accepts the input, equal to its output in the same key order, and one for every plain input it accepts', () => {
    let copies = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: personLike }, { weight: 2, arbitrary: validPerson }), (input) => {
        const copy = plainPerson(input);
        const schema = Person.safeParse(input);
        if (copy !== null) {
          copies++;
          expect(schema.success).toBe(true);
          expect(copy).toStrictEqual(schema.data);
          expect(sameOutput(copy, schema.data)).toBe(true);
          expect(copy).not.toBe(input);
        } else if (schema.success) {
          // The schema accepted it: only an input with an undefined value may still go to the schema.
          expect(hasUndefined(input)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(copies).toBeGreaterThan(600); // the fast path itself is tested, not only its refusals
  });

  it('copies the residence history and the facts, so that changing the input later changes nothing', () => {
    const input = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: [{ from: '2004-06-15', area: 'E08000003' }], facts: { household: 'alone' } };
    const copy = plainPerson(input)!;
    input.residence[0]!.area = 'E08000035';
    input.facts.household = 'with-others';
    expect(copy.residence).toEqual([{ from: '2004-06-15', area: 'E08000003' }]);
    expect(copy.facts).toEqual({ household: 'alone' });
  });

  it('leaves to the schema what it cannot plainly accept', () => {
    const base = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' };
    expect(plainPerson(base)).toEqual(base);
    expect(plainPerson({ ...base, facts: undefined })).toBeNull(); // the schema decides what an undefined key means
    expect(plainPerson({ ...base, facts: { household: undefined } })).toBeNull();
    expect(plainPerson(Object.assign(new (class Caller {})(), base))).toBeNull();
    expect(plainPerson({ ...base, residence: [{ from: '2020-01-01', area: 'E08000003' }, { from: '2020-01-01', area: 'E08000035' }] })).toBeNull();
    expect(plainPerson([base])).toBeNull();
    expect(plainPerson(null)).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it('agrees with the CalendarDate schema on any string', () => {
    fc.assert(
      fc.property(anyDate, (value) => {
        expect(isCalendarDate(value)).toBe(CalendarDate.safeParse(value).success);
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the leap years on both sides of 29 February', () => {
    expect(['2024-02-29', '2000-02-29', '2024-02-28', '2025-03-01'].map(isCalendarDate)).toEqual([true, true, true, true]);
    // Real dates outside the years answered for (1900 to 2199) are refused too.
    expect(['2400-02-29', '1899-12-31', '2200-01-01', '0050-01-01'].map(isCalendarDate)).toEqual([false, false, false, false]);
    expect(['1900-01-01', '2199-12-31'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2025-02-29', '1900-02-29', '2100-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'].map(isCalendarDate)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

function hasUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasUndefined);
}
