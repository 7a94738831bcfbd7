import type { EntitlementValue, Value } from '../schema/value.js';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 2, minimumFractionDigits: 0 });

function describeFixedValue(value: Value): string {
  switch (value.type) {
    case 'percentage':
      return `${value.percent}%${value.journeys === undefined ? '' : ` (${value.journeys} journeys)`}`;
    case 'money':
      return `${value.upTo ? 'up to ' : ''}${pounds.format(value.amount)}${value.period === 'once' ? '' : ` a ${value.period}`}`;
    case 'count':
      return `${value.count} ${value.unit}`;
    case 'service':
      return 'provided';
  }
}

/**
 * Describes an entitlement's value in a few words for people.
 *
 * @param value - a value, a range of values, or null
 * @returns a short description ("100%", "£3,000", "50% to 100%", "provided", "none")
 * @example
 * ```ts
 * describeValue({ type: 'percentage', percent: 100 }); // '100%'
 * describeValue({ type: 'money', amount: 3000, period: 'once' }); // '£3,000'
 * ```
 */
export function describeValue(value: EntitlementValue | null): string {
  if (value === null) return 'none';
  if (value.type === 'range') {
    return `${value.low === null ? 'none' : describeFixedValue(value.low)} to ${describeFixedValue(value.high)}, depending on household`;
  }
  return describeFixedValue(value);
}
