import * as z from 'zod';
import { AGE_PERIOD_ENDS } from '../dates/age-mark.js';
import { CalendarDate } from '../dates/calendar-date.js';
import { AreaCode } from './area-code.js';
import { CareLeaverCategory } from './care-leaver-category.js';
import { CHOICE_FACT_VALUES, FACT_VALUE_TYPES, FactName } from './person-facts.js';

const birthdayNumber = /* @__PURE__ */ (() => z.number().int().min(0).max(120))();

/**
 * An age band written as birthdays: `from` the Nth birthday (inclusive) `until` the Mth birthday
 * (exclusive). "From the 18th birthday until the 25th" is `{ type: 'age', from: 18, until: 25 }`.
 * `untilEndOf` runs the band on to the end of the month, or of the financial year (31 March), in
 * which the `until`th birthday falls: "until the end of the month in which they turn 21" is
 * `{ type: 'age', until: 21, untilEndOf: 'month' }`.
 *
 * @example
 * ```ts
 * AgeCondition.parse({ type: 'age', from: 18, until: 25 }).until; // 25
 * AgeCondition.safeParse({ type: 'age', from: 25, until: 18 }).success; // false
 * AgeCondition.safeParse({ type: 'age', from: 18, untilEndOf: 'month' }).success; // false
 * ```
 */
export const AgeCondition = /* @__PURE__ */ (() => z
  .strictObject({
    type: z.literal('age'),
    from: birthdayNumber.optional().describe('From this birthday (inclusive): 18 means from the 18th birthday.'),
    until: birthdayNumber.optional().describe('Until this birthday (exclusive): 25 means until the day before the 25th birthday.'),
    untilEndOf: z
      .enum(AGE_PERIOD_ENDS)
      .optional()
      .describe('Runs the band on to the end of the month, or of the financial year (to 31 March), in which the `until`th birthday falls.'),
  })
  .refine((c) => c.from !== undefined || c.until !== undefined, {
    error: 'an age condition needs `from` (a birthday, inclusive) or `until` (a birthday, exclusive)',
  })
  .refine((c) => c.from === undefined || c.until === undefined || c.from < c.until, {
    error: (issue) => {
      const { from, until } = issue.input as { from: number; until: number };
      return from === until
        ? `\`from\` and \`until\` are both ${from}: a band from a birthday until the same birthday holds on no day; \`until\` is the first birthday it no longer holds`
        : `\`from\` (${from}) must be a lower birthday than \`until\` (${until}); did you mean from: ${until}, until: ${from}?`;
    },
  })
  .refine((c) => c.untilEndOf === undefined || c.until !== undefined, {
    error: '`untilEndOf` runs the band on past the `until` birthday, so it needs `until`; add `until` or remove `untilEndOf`',
    path: ['untilEndOf'],
  }))();
/** An age band written as birthdays. */
export type AgeCondition = z.infer<typeof AgeCondition>;

/**
 * The person's Nth birthday falls within a span of dates: on or after `from`, and before `before`
 * (either may be left out). For an offer that depends on when someone turned an age, whatever
 * their age now: "those who turned 18 after 1 April 2023" is
 * `{ type: 'birthday', age: 18, from: '2023-04-02' }`, and "those who turned 18 before then" is
 * `{ type: 'birthday', age: 18, before: '2023-04-02' }`. The answer is known from the date of birth
 * alone (a 29 February birthday falls by the leap-day rule), so it never changes with the date asked about.
 *
 * @example
 * ```ts
 * BirthdayCondition.parse({ type: 'birthday', age: 18, from: '2023-04-02' }).age; // 18
 * BirthdayCondition.safeParse({ type: 'birthday', age: 18 }).success; // false
 * BirthdayCondition.safeParse({ type: 'birthday', age: 18, from: '2023-04-02', before: '2023-04-02' }).success; // false
 * ```
 */
export const BirthdayCondition = /* @__PURE__ */ (() => z
  .strictObject({
    type: z.literal('birthday'),
    age: birthdayNumber.describe('Which birthday: 18 means the 18th birthday.'),
    from: CalendarDate.optional().describe('The birthday falls on or after this date, YYYY-MM-DD: "turned 18 after 1 April 2023" is from 2023-04-02.'),
    before: CalendarDate.optional().describe('The birthday falls before this date (exclusive), YYYY-MM-DD: "turned 18 on or before 1 April 2023" is before 2023-04-02.'),
  })
  .refine((c) => c.from !== undefined || c.before !== undefined, {
    error: 'a birthday condition needs `from` (the birthday falls on or after it) or `before` (the birthday falls before it), or both',
  })
  .refine((c) => c.from === undefined || c.before === undefined || c.from < c.before, {
    error: '`from` must be an earlier date than `before`, or no birthday can fall between them',
    path: ['before'],
  }))();
/** The person's Nth birthday falls within a span of dates. */
export type BirthdayCondition = z.infer<typeof BirthdayCondition>;

/**
 * The person's care-leaver category is one of these.
 *
 * @example
 * ```ts
 * CategoryCondition.parse({ type: 'category', in: ['former-relevant'] }).in; // ['former-relevant']
 * ```
 */
export const CategoryCondition = /* @__PURE__ */ (() => z.strictObject({
  type: z.literal('category'),
  in: z.array(CareLeaverCategory).min(1).describe('The care-leaver categories it is for: eligible, relevant, former-relevant, qualifying.'),
}))();
/** The person's care-leaver category is one of these. */
export type CategoryCondition = z.infer<typeof CategoryCondition>;

/**
 * The person lives within one of these areas (a council, county, combined authority or nation).
 *
 * @example
 * ```ts
 * ResidenceCondition.parse({ type: 'residence', within: ['E47000001'] }).within; // ['E47000001']
 * ```
 */
export const ResidenceCondition = /* @__PURE__ */ (() => z.strictObject({
  type: z.literal('residence'),
  within: z.array(AreaCode).min(1).describe('GSS codes of the areas the person must live within (a council, county, combined authority or nation).'),
}))();
/** The person lives within one of these areas. */
export type ResidenceCondition = z.infer<typeof ResidenceCondition>;

/**
 * Which councils' care leavers qualify: `own` (the responsible authority is the offer's provider,
 * or lies within it), `within` (the responsible authority lies within one of `areas`), or `any`.
 *
 * @example
 * ```ts
 * ResponsibleAuthorityCondition.parse({ type: 'responsible-authority', scope: 'own' }).scope; // 'own'
 * ResponsibleAuthorityCondition.safeParse({ type: 'responsible-authority', scope: 'within' }).success; // false
 * ResponsibleAuthorityCondition.parse({ type: 'responsible-authority', scope: 'within', areas: ['E92000001'], except: ['E09000029'] }).except; // ['E09000029']
 * ```
 */
export const ResponsibleAuthorityCondition = /* @__PURE__ */ (() => z
  .strictObject({
    type: z.literal('responsible-authority'),
    scope: z.enum(['own', 'within', 'any']).describe('own: the provider\'s own care leavers; within: care leavers of councils within `areas`; any: any council\'s.'),
    areas: z.array(AreaCode).min(1).optional().describe('With scope within: GSS codes of the councils (or the area holding them, such as a combined authority or England) whose care leavers qualify.'),
    except: z
      .array(AreaCode)
      .min(1)
      .optional()
      .describe("With scope within: GSS codes of councils (or areas holding them) within `areas` whose care leavers do not qualify, such as the provider's own for an offer about other councils' care leavers."),
  })
  .refine((c) => (c.scope === 'within') === (c.areas !== undefined), {
    error: '`areas` is needed with scope `within` and only then',
    path: ['areas'],
  })
  .refine((c) => c.except === undefined || c.scope === 'within', {
    error: '`except` goes with scope `within` only: it leaves some councils out of `areas`',
    path: ['except'],
  }))();
/** Which councils' care leavers qualify. */
export type ResponsibleAuthorityCondition = z.infer<typeof ResponsibleAuthorityCondition>;

/**
 * A test on one optional person fact: `equals` a value, is `in` a list, or (for area facts such
 * as `registeredGpArea`) lies `within` one of some areas. A missing fact makes it unknown.
 *
 * @example
 * ```ts
 * FactCondition.parse({ type: 'fact', fact: 'household', in: ['alone', 'only-care-leavers'] }).fact; // 'household'
 * FactCondition.safeParse({ type: 'fact', fact: 'household' }).success; // false
 * ```
 */
export const FactCondition = /* @__PURE__ */ (() => z
  .strictObject({
    type: z.literal('fact'),
    fact: FactName.describe('The fact about the person to test (the facts are listed in docs/encoding-offers.md).'),
    equals: z.union([z.boolean(), z.string()]).optional().describe('The value the fact must have: true or false (no quotes) for a yes/no fact, or one word such as alone.'),
    in: z.array(z.string()).min(1).optional().describe('Values of which the fact must have one, such as [alone, only-care-leavers].'),
    within: z.array(AreaCode).min(1).optional().describe('For an area fact (registeredGpArea): GSS codes of the areas it must lie within.'),
  })
  .refine((c) => [c.equals, c.in, c.within].filter((x) => x !== undefined).length === 1, {
    error: 'a fact condition needs exactly one of `equals`, `in` or `within`',
  })
  .superRefine((c, ctx) => {
    // A comparison that can never match would give a `not-eligible` that looks trustworthy.
    const type = FACT_VALUE_TYPES[c.fact];
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (type === 'yes-no') {
      if (c.equals !== undefined && typeof c.equals !== 'boolean') {
        problem('equals', `${c.fact} is a yes/no fact: write equals: true or equals: false, without quotes (not ${JSON.stringify(c.equals)})`);
      }
      if (c.in !== undefined) problem('in', `${c.fact} is a yes/no fact: use equals: true or equals: false, not in`);
      if (c.within !== undefined) problem('within', `${c.fact} is a yes/no fact: use equals: true or equals: false, not within`);
    } else if (type !== 'area') {
      const allowed = CHOICE_FACT_VALUES[type];
      const bad = [...(c.equals === undefined ? [] : [c.equals]), ...(c.in ?? [])].filter((v) => typeof v !== 'string' || !allowed.includes(v));
      if (bad.length > 0) {
        problem(c.in === undefined ? 'equals' : 'in', `${type} is one of ${allowed.join(', ')}; ${bad.map((v) => JSON.stringify(v)).join(', ')} can never match`);
      }
      if (c.within !== undefined) problem('within', `${type} is not an area: use equals or in`);
    } else if (c.within === undefined) {
      problem(c.equals === undefined ? 'in' : 'equals', `${c.fact} is an area: use within with GSS codes`);
    }
  }))();
/** A test on one optional person fact. */
export type FactCondition = z.infer<typeof FactCondition>;

/** Any one of the listed conditions holds. */
export interface AnyOfCondition {
  readonly type: 'any-of';
  readonly conditions: readonly Condition[];
}

/**
 * One eligibility condition. An offer version's `eligibility` lists conditions that must all hold.
 *
 * @example
 * ```ts
 * Condition.parse({ type: 'age', from: 18, until: 25 }).type; // 'age'
 * Condition.parse({ type: 'any-of', conditions: [{ type: 'age', until: 19 }, { type: 'fact', fact: 'inFullTimeEducation', equals: true }] }).type; // 'any-of'
 * ```
 */
export const Condition: z.ZodType<Condition> = /* @__PURE__ */ (() => z.lazy(() =>
  // Keyed on `type`, so that a mistake inside a condition is reported on its own fields, not as a wrong type.
  z.discriminatedUnion('type', [
    AgeCondition,
    BirthdayCondition,
    CategoryCondition,
    ResidenceCondition,
    ResponsibleAuthorityCondition,
    FactCondition,
    z.strictObject({ type: z.literal('any-of'), conditions: z.array(Condition).min(2).describe('Two or more conditions, at least one of which must hold.') }),
  ]),
))();
/** One eligibility condition. */
export type Condition =
  | AgeCondition
  | BirthdayCondition
  | CategoryCondition
  | ResidenceCondition
  | ResponsibleAuthorityCondition
  | FactCondition
  | AnyOfCondition;

/** A condition that leaves out some people of an age band and category for another reason (a fact, a birthday's date, alternatives): the guarantee report compares these one by one. */
export type OtherCondition = FactCondition | BirthdayCondition | AnyOfCondition;
