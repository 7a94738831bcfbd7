import type { EntitlementValue, Value } from '../schema/value.js';
import { wrongArgument } from '../validation/require-object.js';

/**
 * An amount in pounds as en-GB writes it (`£1,234`, `£12.5`, `£0.99`): rounded to the penny, with
 * trailing zeros of the pence left out. Written by hand: making an `Intl.NumberFormat` for
 * currency loads locale data that costs the command line about 20 ms at start-up.
 */
function pounds(amount: number): string {
  const [whole = '0', pence = ''] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = pence.replace(/0+$/, '');
  return `${amount < 0 ? '-' : ''}£${grouped}${trimmed === '' ? '' : `.${trimmed}`}`;
}

function describeFixedValue(value: Value): string {
  switch (value.type) {
    case 'percentage':
      return `${value.upTo ? 'up to ' : ''}${value.percent}%${value.journeys === undefined ? '' : ` (${value.journeys} journeys)`}`;
    case 'money':
      return `${value.upTo ? 'up to ' : ''}${pounds(value.amount)}${value.period === 'once' ? '' : ` a ${value.period}`}`;
    case 'count':
      return `${value.count} ${value.unit}`;
    case 'service':
      return 'provided';
  }
}

const VALUE_TYPES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['percentage', 'money', 'count', 'service', 'range']);

/** Whether a plain JavaScript caller's value has the fields its type needs ({ type: 'percentage' } alone would read "undefined%"). */
function isWellFormed(value: unknown): value is Value {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'percentage':
      return Number.isFinite(v.percent);
    case 'money':
      return Number.isFinite(v.amount) && typeof v.period === 'string';
    case 'count':
      return Number.isFinite(v.count) && typeof v.unit === 'string';
    case 'service':
      return true;
    default:
      return false;
  }
}

function isWellFormedEntitlementValue(value: object): boolean {
  const v = value as { type?: unknown; low?: unknown; high?: unknown };
  if (v.type === 'range') return (v.low === null || isWellFormed(v.low)) && isWellFormed(v.high);
  return isWellFormed(value);
}

/**
 * Describes an entitlement's value in a few words for people.
 *
 * @param value - a value, a range of values, or null
 * @returns a short description ("100%", "up to 100%", "£3,000", "50% to 100%", "provided", "none")
 * @throws {@link InvalidInputError} when `value` is neither a value (with the fields its type needs) nor null
 * @example
 * ```ts
 * describeValue({ type: 'percentage', percent: 100 }); // '100%'
 * describeValue({ type: 'percentage', percent: 100, upTo: true }); // 'up to 100%'
 * describeValue({ type: 'money', amount: 3000, period: 'once' }); // '£3,000'
 * ```
 */
export function describeValue(value: EntitlementValue | null): string {
  if (value === null) return 'none';
  const known = typeof value === 'object' ? described.get(value) : undefined;
  if (known !== undefined) return known;
  if (typeof value !== 'object' || !VALUE_TYPES.has((value as { type?: unknown }).type) || !isWellFormedEntitlementValue(value)) {
    throw wrongArgument('value', 'value', value, "an entitlement's value with the fields of its type (such as { type: 'percentage', percent: 100 }) or null");
  }
  const words =
    value.type === 'range'
      ? `${value.low === null ? 'none' : describeFixedValue(value.low)} to ${describeFixedValue(value.high)}, depending on household`
      : describeFixedValue(value);
  if (cannotChange(value)) described.set(value, words);
  return words;
}

/**
 * The words of values that cannot change (frozen, as the embedded data's and the engine's answers
 * are): a move matrix describes the same few values millions of times.
 */
const described = /* @__PURE__ */ new WeakMap<object, string>();

/** Whether a value and the values within it (a range's ends) are frozen. */
function cannotChange(value: EntitlementValue): boolean {
  if (!Object.isFrozen(value)) return false;
  return value.type !== 'range' || ((value.low === null || Object.isFrozen(value.low)) && Object.isFrozen(value.high));
}
