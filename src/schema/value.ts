import * as z from 'zod';
import { Household } from './person-facts.js';

const detail = /* @__PURE__ */ (() => z.string().min(1).optional().describe('The value in words, as the source gives it (conditions, how to ask, what it covers).'))();

/**
 * A share of a cost waived or paid, such as a 100% council tax exemption or 50% off bus fares.
 * `journeys` caps how many journeys a travel offer covers (no cap when absent). `upTo` marks a
 * maximum: the source says the cost is met or helped with, not how much of it ("up to 100%").
 *
 * @example
 * ```ts
 * PercentageValue.parse({ type: 'percentage', percent: 50 }).percent; // 50
 * PercentageValue.parse({ type: 'percentage', percent: 100, upTo: true }).upTo; // true
 * PercentageValue.safeParse({ type: 'percentage', percent: 150 }).success; // false
 * ```
 */
export const PercentageValue = /* @__PURE__ */ (() => z.strictObject({
  type: z.literal('percentage'),
  percent: z.number().min(0).max(100).describe('The share of the cost waived or paid, 0 to 100 (100 for a full exemption or free travel).'),
  journeys: z.number().int().positive().optional().describe('For travel given for a number of journeys only: how many.'),
  upTo: z.boolean().optional().describe('true when the source gives only a maximum ("up to", "helps with"): answers say "up to".'),
  detail,
}))();
/** A share of a cost waived or paid. */
export type PercentageValue = z.infer<typeof PercentageValue>;

/**
 * An amount of money in pounds, paid once or every period. `upTo` marks a maximum.
 *
 * @example
 * ```ts
 * MoneyValue.parse({ type: 'money', amount: 3000, period: 'once' }).amount; // 3000
 * ```
 */
export const MoneyValue = /* @__PURE__ */ (() => z.strictObject({
  type: z.literal('money'),
  amount: z.number().nonnegative().describe('An amount in pounds (3000 for £3,000).'),
  period: z.enum(['once', 'week', 'month', 'year']).describe('How often the amount is paid: once, or each week, month or year.'),
  upTo: z.boolean().optional().describe('true when the source gives only a maximum ("up to"): answers say "up to".'),
  detail,
}))();
/** An amount of money in pounds. */
export type MoneyValue = z.infer<typeof MoneyValue>;

/**
 * A number of things, such as free journeys.
 *
 * @example
 * ```ts
 * CountValue.parse({ type: 'count', count: 100, unit: 'journeys' }).count; // 100
 * ```
 */
export const CountValue = /* @__PURE__ */ (() => z.strictObject({
  type: z.literal('count'),
  count: z.number().int().nonnegative().describe('How many (no kind takes a count yet).'),
  unit: z.string().min(1).describe('What is counted, such as journeys or sessions.'),
  detail,
}))();
/** A number of things. */
export type CountValue = z.infer<typeof CountValue>;

/**
 * A service that is given (a mentor, a personal adviser).
 *
 * @example
 * ```ts
 * ServiceValue.parse({ type: 'service', detail: 'a mentor' }).type; // 'service'
 * ```
 */
export const ServiceValue = /* @__PURE__ */ (() => z.strictObject({
  type: z.literal('service'),
  detail,
}))();
/** A service that is given. */
export type ServiceValue = z.infer<typeof ServiceValue>;

/**
 * The value of an entitlement.
 *
 * @example
 * ```ts
 * Value.parse({ type: 'percentage', percent: 100 }).type; // 'percentage'
 * Value.parse({ type: 'money', amount: 3000, period: 'once' }).type; // 'money'
 * ```
 */
export const Value = /* @__PURE__ */ (() => z.discriminatedUnion('type', [PercentageValue, MoneyValue, CountValue, ServiceValue]))();
/** The value of an entitlement. */
export type Value = z.infer<typeof Value>;

/**
 * A value that depends on who the person lives with (for example 100% when living alone or only
 * with care leavers, 50% otherwise). When the household is not known, the answer is the range of
 * the cases and names the missing fact.
 *
 * @example
 * ```ts
 * HouseholdDependentValue.parse({
 *   type: 'depends-on-household',
 *   cases: [
 *     { households: ['alone', 'only-care-leavers'], value: { type: 'percentage', percent: 100 } },
 *     { households: ['with-others'], value: { type: 'percentage', percent: 50 } },
 *   ],
 * }).cases.length; // 2
 * ```
 */
export const HouseholdDependentValue = /* @__PURE__ */ (() => z.strictObject({
  type: z.literal('depends-on-household'),
  cases: z
    .array(z.strictObject({ households: z.array(Household).min(1).describe('The households this case is for: alone, only-care-leavers, with-others.'), value: Value.describe('What those households get.') }))
    .min(1)
    .refine(
      (cases) => {
        const seen = cases.flatMap((c) => c.households);
        return new Set(seen).size === seen.length;
      },
      { error: 'each household may appear in only one case' },
    )
    .describe('One case per group of households, each with its value; a household named in no case is not eligible.'),
}))();
/** A value that depends on who the person lives with. */
export type HouseholdDependentValue = z.infer<typeof HouseholdDependentValue>;

/**
 * What an offer version gives: a fixed value or one that depends on the household.
 *
 * @example
 * ```ts
 * OfferValue.parse({ type: 'service' }).type; // 'service'
 * OfferValue.parse({
 *   type: 'depends-on-household',
 *   cases: [{ households: ['alone'], value: { type: 'percentage', percent: 100 } }],
 * }).type; // 'depends-on-household'
 * ```
 */
export const OfferValue = /* @__PURE__ */ (() => z.discriminatedUnion('type', [PercentageValue, MoneyValue, CountValue, ServiceValue, HouseholdDependentValue], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? 'a value needs a type: percentage, money, count, service or depends-on-household'
      : undefined,
}))();
/** What an offer version gives. */
export type OfferValue = z.infer<typeof OfferValue>;

/**
 * The values a household-dependent offer may give when the household is not known: from `low`
 * (null when some households get nothing) to `high`.
 */
export interface ValueRange {
  readonly type: 'range';
  readonly low: Value | null;
  readonly high: Value;
  readonly dependsOn: 'household';
}

/** An entitlement's value: fixed, or a range when it depends on a missing fact. */
export type EntitlementValue = Value | ValueRange;
