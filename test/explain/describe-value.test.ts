import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/explain/describe-value.js';

describe('describeValue', () => {
  it('writes money as en-GB does, pence only when there are any', () => {
    expect(describeValue({ type: 'money', amount: 3000, period: 'once' })).toBe('£3,000');
    expect(describeValue({ type: 'money', amount: 12.5, period: 'week', upTo: true })).toBe('up to £12.5 a week');
    expect(describeValue({ type: 'money', amount: 0.99, period: 'month' })).toBe('£0.99 a month');
    expect(describeValue({ type: 'money', amount: 1234567.891, period: 'year' })).toBe('£1,234,567.89 a year');
  });

  it('says "up to" before a share given only as a maximum', () => {
    expect(describeValue({ type: 'percentage', percent: 100 })).toBe('100%');
    expect(describeValue({ type: 'percentage', percent: 100, upTo: true })).toBe('up to 100%');
    expect(describeValue({ type: 'percentage', percent: 50, upTo: true, journeys: 10 })).toBe('up to 50% (10 journeys)');
    expect(describeValue({ type: 'percentage', percent: 100, upTo: false })).toBe('100%');
  });

  it('agrees with Intl.NumberFormat for any amount in pence (property)', () => {
    const intl = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 2, minimumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (pence) => {
        const amount = pence / 100;
        expect(describeValue({ type: 'money', amount, period: 'once' })).toBe(intl.format(amount));
      }),
      { numRuns: 2000 },
    );
  });
  it('describes a value afresh after a caller changes it; a frozen value keeps its words', () => {
    const value: { type: 'money'; amount: number; period: 'once' } = { type: 'money', amount: 100, period: 'once' };
    expect(describeValue(value)).toBe('£100');
    value.amount = 250;
    expect(describeValue(value)).toBe('£250');
    const range = { type: 'range' as const, dependsOn: 'household' as const, low: { type: 'percentage' as const, percent: 25 }, high: Object.freeze({ type: 'percentage' as const, percent: 100 }) };
    Object.freeze(range);
    expect(describeValue(range)).toBe('25% to 100%, depending on household');
    range.low.percent = 50; // the range is frozen, but not its lower end
    expect(describeValue(range)).toBe('50% to 100%, depending on household');
    const frozen = Object.freeze({ type: 'count' as const, count: 6, unit: 'sessions' });
    expect([describeValue(frozen), describeValue(frozen)]).toEqual(['6 sessions', '6 sessions']);
  });
});
