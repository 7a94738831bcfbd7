import { ageMark } from '../dates/age-mark.js';
import { ADULT_AGE } from './category-on.js';
import type { CareLeaverCategory } from '../schema/care-leaver-category.js';
import type { Condition, OtherCondition } from '../schema/condition.js';
import type { FactName } from '../schema/person-facts.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { checkAge } from './age-condition.js';
import { checkBirthday } from './birthday-condition.js';
import { checkCategory } from './category-condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';
import { checkFact } from './fact-condition.js';
import { checkResidence } from './residence-condition.js';
import { checkResponsibleAuthority } from './responsible-authority-condition.js';

/**
 * Who an offer's conditions reach, summed up for comparing offers (the guarantee report): the
 * age band as birthdays, the categories, and whose care leavers (2: any council's, 1: those of
 * councils within `responsibilityAreas`, 0: only the provider's own).
 */
export interface EligibilitySummary {
  readonly from: number;
  /** The mark the band ends on (`AgeMark`: 21, or 21.25 when it runs on to the end of that birthday's month); infinity when it has no end. */
  readonly until: number;
  readonly categories: ReadonlySet<CareLeaverCategory>;
  readonly responsibility: 0 | 1 | 2;
  readonly responsibilityAreas: readonly string[];
  /** Councils left out of `responsibilityAreas` (`except`): their care leavers are not reached. */
  readonly responsibilityExcept: readonly string[];
  /** The conditions on other facts (tenancy, education, …), on when a birthday fell, and the alternatives, which leave some people out. */
  readonly otherConditions: readonly OtherCondition[];
}

/** A birthday (an age) and the fixed dates a condition compares it with. */
export type DatedBirthday = readonly [age: number, dates: readonly CalendarDate[]];

/** A path inside a condition (`['within', 0]`) and the area code found there. */
export type AreaCodeAt = readonly [path: readonly (string | number)[], code: string];

/**
 * Everything the package does with one type of condition. Every place that reads conditions goes
 * through {@link CONDITION_HANDLERS}, so a new condition type is a compile error until each of
 * these is written for it.
 */
export interface ConditionHandler<C extends Condition> {
  /** Whether the condition holds for the person on the date: met, not met or unknown, with reasons. */
  check(condition: C, context: ConditionContext): ConditionCheck;
  /** The birthdays on which its answer can change, as marks (`AgeMark`; the dataset index gathers them as change dates). */
  birthdays(condition: C): readonly number[];
  /**
   * The birthdays it compares with fixed dates, each with those dates (`[18, ['2023-04-02']]`):
   * remembered answers keep apart people whose birthdays fall on different sides of them.
   */
  datedBirthdays(condition: C): readonly DatedBirthday[];
  /** The person facts its answer reads (remembered answers are shared by people giving the same values of these). */
  facts(condition: C): readonly FactName[];
  /** The areas someone must live in for it to hold, or undefined when it says nothing certain about residence (place guards). */
  residenceAreas(condition: C): readonly string[] | undefined;
  /** The councils whose care leavers it is for, null for any council's, undefined when it does not say (place guards). */
  responsibleAreas(condition: C, providerCode: string): readonly string[] | null | undefined;
  /** Narrows a summary of who an offer reaches (the guarantee report; `region` reads "own" as the region's). */
  narrow(summary: EligibilitySummary, condition: C, region: string | undefined): EligibilitySummary;
  /** The area codes it names, with their paths (validation). */
  areaCodes(condition: C): readonly AreaCodeAt[];
}

type Handlers = { readonly [T in Condition['type']]: ConditionHandler<Extract<Condition, { type: T }>> };

const RESPONSIBILITY_RANK = { any: 2, within: 1, own: 0 } as const;

/**
 * The one handler of each condition type.
 *
 * @example
 * ```ts
 * CONDITION_HANDLERS.age.birthdays({ type: 'age', from: 18, until: 25 }); // [18, 25]
 * CONDITION_HANDLERS.residence.residenceAreas({ type: 'residence', within: ['E08000001'] }); // ['E08000001']
 * ```
 */
export const CONDITION_HANDLERS: Handlers = {
  age: {
    check: checkAge,
    birthdays: (c) => [...(c.from === undefined ? [] : [c.from]), ...(c.until === undefined ? [] : [ageMark(c.until, c.untilEndOf)])],
    datedBirthdays: () => [],
    facts: () => [],
    residenceAreas: () => undefined,
    responsibleAreas: () => undefined,
    narrow: (s, c) => ({ ...s, from: Math.max(s.from, c.from ?? 0), until: Math.min(s.until, c.until === undefined ? Number.POSITIVE_INFINITY : ageMark(c.until, c.untilEndOf)) }),
    areaCodes: () => [],
  },
  birthday: {
    check: checkBirthday,
    birthdays: () => [], // known from the date of birth: it never changes with the date asked about
    datedBirthdays: (c) => [[c.age, [...(c.from === undefined ? [] : [c.from]), ...(c.before === undefined ? [] : [c.before])]]],
    facts: () => [],
    residenceAreas: () => undefined,
    responsibleAreas: () => undefined,
    narrow: (s, c) => ({ ...s, otherConditions: [...s.otherConditions, c] }),
    areaCodes: () => [],
  },
  category: {
    check: checkCategory,
    // A relevant or eligible child becomes former relevant at 18 (see careLeaverCategoriesOn).
    birthdays: () => [ADULT_AGE],
    datedBirthdays: () => [],
    facts: () => [],
    residenceAreas: () => undefined,
    responsibleAreas: () => undefined,
    narrow: (s, c) => ({ ...s, categories: new Set(c.in.filter((x) => s.categories.has(x))) }),
    areaCodes: () => [],
  },
  residence: {
    check: checkResidence,
    birthdays: () => [],
    datedBirthdays: () => [],
    facts: () => [],
    residenceAreas: (c) => c.within,
    responsibleAreas: () => undefined,
    narrow: (s) => s, // a council's offer applies where it serves: residence is not compared
    areaCodes: (c) => c.within.map((code, i) => [['within', i], code] as const),
  },
  'responsible-authority': {
    check: checkResponsibleAuthority,
    birthdays: () => [],
    datedBirthdays: () => [],
    facts: () => [],
    residenceAreas: () => undefined,
    responsibleAreas: (c, providerCode) => (c.scope === 'any' ? null : c.scope === 'own' ? [providerCode] : (c.areas ?? [])),
    narrow: (s, c, region) => {
      const regionWide = c.scope === 'own' && region !== undefined;
      const rank = regionWide ? RESPONSIBILITY_RANK.within : RESPONSIBILITY_RANK[c.scope];
      if (rank >= s.responsibility) return s;
      return { ...s, responsibility: rank, responsibilityAreas: regionWide ? [region] : (c.areas ?? []), responsibilityExcept: regionWide ? [] : (c.except ?? []) };
    },
    areaCodes: (c) => [
      ...(c.areas ?? []).map((code, i) => [['areas', i], code] as const),
      ...(c.except ?? []).map((code, i) => [['except', i], code] as const),
    ],
  },
  fact: {
    check: checkFact,
    birthdays: () => [],
    datedBirthdays: () => [],
    facts: (c) => [c.fact],
    residenceAreas: () => undefined,
    responsibleAreas: () => undefined,
    narrow: (s, c) => ({ ...s, otherConditions: [...s.otherConditions, c] }),
    areaCodes: (c) => (c.within ?? []).map((code, i) => [['within', i], code] as const),
  },
  'any-of': {
    check: (condition, context) => {
      const checks = condition.conditions.map((c) => checkCondition(c, context));
      if (checks.some((c) => c.state === 'met')) return MET;
      const unknown = checks.filter((c) => c.state === 'unknown');
      if (unknown.length > 0) return { state: 'unknown', reasons: unknown.flatMap((c) => c.reasons) };
      return conditionCheck('not-met', {
        code: 'none-of-alternatives',
        offerId: context.offerId,
        offerTitle: context.offerTitle,
        alternatives: checks.flatMap((c) => c.reasons),
      });
    },
    birthdays: (c) => c.conditions.flatMap(conditionBirthdays),
    datedBirthdays: (c) => c.conditions.flatMap(conditionDatedBirthdays),
    facts: (c) => c.conditions.flatMap(conditionFacts),
    residenceAreas: () => undefined, // one alternative may not need it
    responsibleAreas: () => undefined,
    narrow: (s, c) => ({ ...s, otherConditions: [...s.otherConditions, c] }),
    areaCodes: (c) => c.conditions.flatMap((inner, i) => conditionAreaCodes(inner).map(([path, code]) => [['conditions', i, ...path], code] as const)),
  },
};

function handlerOf<C extends Condition>(condition: C): ConditionHandler<C> {
  return CONDITION_HANDLERS[condition.type] as unknown as ConditionHandler<C>;
}

/**
 * Checks one condition of any type through its handler.
 *
 * @param condition - the condition
 * @param context - the person, the date and the geography
 * @returns met, not-met or unknown, with reasons
 * @example
 * ```ts
 * checkCondition({ type: 'age', until: 21 }, context).state;
 * ```
 */
export function checkCondition(condition: Condition, context: ConditionContext): ConditionCheck {
  return handlerOf(condition).check(condition, context);
}

/**
 * The birthdays on which a condition's answer can change.
 *
 * @param condition - the condition
 * @returns the ages
 * @example
 * ```ts
 * conditionBirthdays({ type: 'any-of', conditions: [{ type: 'age', until: 21 }, { type: 'category', in: ['former-relevant'] }] }); // [21, 18]
 * ```
 */
export function conditionBirthdays(condition: Condition): readonly number[] {
  return handlerOf(condition).birthdays(condition);
}

/**
 * The birthdays a condition compares with fixed dates, and those dates.
 *
 * @param condition - the condition
 * @returns each birthday with its dates
 * @example
 * ```ts
 * conditionDatedBirthdays({ type: 'birthday', age: 18, from: '2023-04-02' }); // [[18, ['2023-04-02']]]
 * ```
 */
export function conditionDatedBirthdays(condition: Condition): readonly DatedBirthday[] {
  return handlerOf(condition).datedBirthdays(condition);
}

/**
 * The person facts a condition reads.
 *
 * @param condition - the condition
 * @returns the facts' names (a name may repeat)
 * @example
 * ```ts
 * conditionFacts({ type: 'any-of', conditions: [{ type: 'fact', fact: 'inHigherEducation', equals: true }, { type: 'age', until: 21 }] }); // ['inHigherEducation']
 * ```
 */
export function conditionFacts(condition: Condition): readonly FactName[] {
  return handlerOf(condition).facts(condition);
}

/**
 * The area codes a condition names, with their paths inside it.
 *
 * @param condition - the condition
 * @returns the codes and where they are
 * @example
 * ```ts
 * conditionAreaCodes({ type: 'residence', within: ['E08000001'] }); // [[['within', 0], 'E08000001']]
 * ```
 */
export function conditionAreaCodes(condition: Condition): readonly AreaCodeAt[] {
  return handlerOf(condition).areaCodes(condition);
}

/**
 * Sums up who a list of conditions (all of which must hold) reaches, for comparing offers.
 *
 * @param conditions - the conditions
 * @param region - when set, "own care leavers" reads as the care leavers of this region's councils
 * @returns the summary
 * @example
 * ```ts
 * summariseEligibility([{ type: 'age', from: 18, until: 25 }]).until; // 25
 * ```
 */
export function summariseEligibility(conditions: readonly Condition[], region?: string): EligibilitySummary {
  let summary: EligibilitySummary = {
    from: 0,
    until: Number.POSITIVE_INFINITY,
    categories: new Set<CareLeaverCategory>(['eligible', 'relevant', 'former-relevant', 'qualifying']),
    responsibility: 2,
    responsibilityAreas: [],
    responsibilityExcept: [],
    otherConditions: [],
  };
  for (const condition of conditions) summary = handlerOf(condition).narrow(summary, condition, region);
  return summary;
}

/**
 * The areas a list of conditions (all of which must hold) requires someone to live in, or null.
 *
 * @param conditions - the conditions
 * @returns the areas of the first condition that says, or null
 * @example
 * ```ts
 * residenceAreas([{ type: 'age', until: 25 }, { type: 'residence', within: ['E08000001'] }]); // ['E08000001']
 * ```
 */
export function residenceAreas(conditions: readonly Condition[]): readonly string[] | null {
  for (const condition of conditions) {
    const areas = handlerOf(condition).residenceAreas(condition);
    if (areas !== undefined) return areas;
  }
  return null;
}

/**
 * The councils whose care leavers a list of conditions is for, or null for any council's.
 *
 * @param conditions - the conditions
 * @param providerCode - the offer's provider (for "own care leavers")
 * @returns the councils of the first condition that says, or null
 * @example
 * ```ts
 * responsibleAreas([{ type: 'responsible-authority', scope: 'own' }], 'E08000001'); // ['E08000001']
 * ```
 */
export function responsibleAreas(conditions: readonly Condition[], providerCode: string): readonly string[] | null {
  for (const condition of conditions) {
    const areas = handlerOf(condition).responsibleAreas(condition, providerCode);
    if (areas !== undefined) return areas;
  }
  return null;
}
