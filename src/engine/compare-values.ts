import type { EntitlementValue, Value } from '../schema/value.js';

const PERIODS_A_YEAR = { once: 1, week: 52, month: 12, year: 1 } as const;

function score(value: Value): readonly number[] {
  switch (value.type) {
    // A stated share or amount beats the same given only as a maximum ("up to").
    case 'percentage':
      return [value.percent, value.journeys ?? Number.POSITIVE_INFINITY, value.upTo === true ? 0 : 1];
    case 'money':
      return [value.amount * PERIODS_A_YEAR[value.period], value.upTo === true ? 0 : 1];
    case 'count':
      return [value.count];
    case 'service':
      return [1];
  }
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d > 0 ? 1 : -1;
  }
  return 0;
}

/**
 * Compares two values of the same kind: which is better for the care leaver. Percentages compare
 * by share (then an uncapped offer beats a capped one), money by the amount a year (a one-off
 * payment by its amount), counts by number; all services are equal. A share or amount given only
 * as a maximum (`upTo`) comes just below the same one stated. A range compares by its best case,
 * then its worst.
 *
 * @param a - a value
 * @param b - another value
 * @returns positive when `a` is better, negative when `b` is, 0 when equal
 * @example
 * ```ts
 * compareValues({ type: 'percentage', percent: 100 }, { type: 'percentage', percent: 50 }) > 0; // true
 * compareValues({ type: 'percentage', percent: 100, upTo: true }, { type: 'percentage', percent: 100 }) < 0; // true
 * ```
 */
export function compareValues(a: EntitlementValue, b: EntitlementValue): number {
  const high = (v: EntitlementValue) => score(v.type === 'range' ? v.high : v);
  const low = (v: EntitlementValue) => (v.type === 'range' ? (v.low === null ? [-1] : score(v.low)) : score(v));
  return compareScores(high(a), high(b)) || compareScores(low(a), low(b));
}

/**
 * Whether two values are the same (for telling `kept` from `changed`).
 *
 * @param a - a value or null
 * @param b - another value or null
 * @returns true when equal in every field
 * @example
 * ```ts
 * sameValue({ type: 'service' }, { type: 'service' }); // true
 * ```
 */
export function sameValue(a: EntitlementValue | null, b: EntitlementValue | null): boolean {
  // The same object (an offer's own value, met again at a later date) is the common case.
  if (a === b) return true;
  if (a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
