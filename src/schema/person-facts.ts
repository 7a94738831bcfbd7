import * as z from 'zod';
import { AreaCode } from './area-code.js';

/**
 * Who a care leaver lives with, which some council tax rules depend on.
 *
 * @example
 * ```ts
 * Household.options; // ['alone', 'only-care-leavers', 'with-others']
 * ```
 */
export const Household = /* @__PURE__ */ (() => z.enum(['alone', 'only-care-leavers', 'with-others']))();
/** Who a care leaver lives with. */
export type Household = z.infer<typeof Household>;

/**
 * The home a care leaver rents, or is moving into: a council-owned home, a housing association
 * home, a private let, or no tenancy of their own (supported accommodation, lodgings, Staying Put,
 * living with family). Some help is only for one kind of tenancy (flooring or the first rent for a
 * social home, hardship money for those with a tenancy).
 *
 * @example
 * ```ts
 * Tenancy.options; // ['council', 'housing-association', 'private-rented', 'none']
 * ```
 */
export const Tenancy = /* @__PURE__ */ (() => z.enum(['council', 'housing-association', 'private-rented', 'none']))();
/** The home a care leaver rents, or is moving into. */
export type Tenancy = z.infer<typeof Tenancy>;

/**
 * For a care leaver living with others: how many of the other adults in the home count for
 * council tax (adults who are not care leavers, students or otherwise disregarded). Where the care
 * leaver is disregarded, one such adult leaves the single person discount (25% off) and two or
 * more leave no discount at all.
 *
 * @example
 * ```ts
 * OtherAdults.options; // ['one', 'two-or-more']
 * ```
 */
export const OtherAdults = /* @__PURE__ */ (() => z.enum(['one', 'two-or-more']))();
/** How many other adults in a shared home count for council tax. */
export type OtherAdults = z.infer<typeof OtherAdults>;

/**
 * A count of other adults read as the {@link OtherAdults} word (the command line's
 * `--other-adults 2` and the page's `other-adults=2`): 1 is `one`, 2 and more `two-or-more`.
 *
 * @param given - what was typed
 * @returns the fact's word, or undefined when it is not a whole number from 1
 * @example
 * ```ts
 * otherAdultsFromCount('1'); // 'one'
 * otherAdultsFromCount('3'); // 'two-or-more'
 * otherAdultsFromCount('0'); // undefined
 * ```
 */
export function otherAdultsFromCount(given: string): OtherAdults | undefined {
  if (!/^[1-9][0-9]{0,2}$/.test(given)) return undefined;
  return given === '1' ? 'one' : 'two-or-more';
}

/**
 * Optional facts about a person that some offers need. Every fact may be left out: a rule that
 * needs a missing fact answers `unknown` and names the fact.
 *
 * @example
 * ```ts
 * PersonFacts.parse({ household: 'alone', inFullTimeEducation: false }).household; // 'alone'
 * PersonFacts.safeParse({ pets: 2 }).success; // false
 * ```
 */
export const PersonFacts = /* @__PURE__ */ (() => z.strictObject({
  /** In full-time education (free prescriptions at 16–18, for example). */
  inFullTimeEducation: z.boolean().optional(),
  /** On a higher education course (the HE bursary). */
  inHigherEducation: z.boolean().optional(),
  /** Still living with their former foster carer (Staying Put). */
  livingWithFormerFosterCarer: z.boolean().optional(),
  /** Who they live with. */
  household: Household.optional(),
  /** Living with others: how many of the other adults count for council tax (one, or two or more). */
  otherAdults: OtherAdults.optional(),
  /** The home they rent or are moving into (council, housing association, private let, or none of their own). */
  tenancy: Tenancy.optional(),
  /** The area of the GP practice they are registered with (NHS prescription schemes). */
  registeredGpArea: AreaCode.optional(),
  /** Working with their council's leaving-care service (asked by some travel passes). */
  workingWithLeavingCareService: z.boolean().optional(),
  /** Came into care after their 16th birthday. */
  enteredCareAfter16thBirthday: z.boolean().optional(),
  /** Was looked after by a local authority on or after their 16th birthday (Scotland's test). */
  lookedAfterOnOrAfter16thBirthday: z.boolean().optional(),
  /** Has no recourse to public funds. */
  noRecourseToPublicFunds: z.boolean().optional(),
  /** Already exempt from prescription charges on another ground (benefits, HC2, certificate). */
  otherwiseExemptFromPrescriptionCharges: z.boolean().optional(),
  /** Named as liable on the council tax bill for their home. */
  liableForCouncilTax: z.boolean().optional(),
  /** On (or starting) an apprenticeship in England (the apprenticeship bursary). */
  onApprenticeship: z.boolean().optional(),
  /**
   * Found by a council, on a homelessness application, to be vulnerable as a result of having been
   * looked after (priority need from 21, which the council decides case by case).
   */
  foundVulnerableFromCare: z.boolean().optional(),
  /** Has passed the provider's means assessment (North Northamptonshire assesses care leavers' council tax support from 21). */
  passedMeansAssessment: z.boolean().optional(),
}))();
/** Optional facts about a person that some offers need. */
export type PersonFacts = z.infer<typeof PersonFacts>;

/**
 * The name of one optional fact.
 *
 * @example
 * ```ts
 * FactName.parse('household'); // 'household'
 * ```
 */
export const FactName = /* @__PURE__ */ (() => PersonFacts.keyof())();
/** The name of one optional fact. */
export type FactName = z.infer<typeof FactName>;

/**
 * The facts whose value is an area code (tested with `within`).
 *
 * @example
 * ```ts
 * AREA_FACTS; // ['registeredGpArea']
 * ```
 */
export const AREA_FACTS: readonly FactName[] = ['registeredGpArea'];

/** The facts answered by a choice of words. */
export type ChoiceFact = 'household' | 'tenancy' | 'otherAdults';

/** What kind of value a fact holds: yes/no, one of a choice fact's words, or an area code. */
export type FactValueType = 'yes-no' | ChoiceFact | 'area';

/**
 * The words each fact that is a choice can take (`household`, `tenancy`, `otherAdults`).
 *
 * @example
 * ```ts
 * CHOICE_FACT_VALUES.tenancy; // ['council', 'housing-association', 'private-rented', 'none']
 * ```
 */
export const CHOICE_FACT_VALUES: Readonly<Record<ChoiceFact, readonly string[]>> = {
  household: Household.options,
  tenancy: Tenancy.options,
  otherAdults: OtherAdults.options,
};

/**
 * The kind of value each fact holds, so that a condition on a fact can be checked against it.
 *
 * @example
 * ```ts
 * FACT_VALUE_TYPES.household; // 'household'
 * FACT_VALUE_TYPES.tenancy; // 'tenancy'
 * FACT_VALUE_TYPES.noRecourseToPublicFunds; // 'yes-no'
 * ```
 */
export const FACT_VALUE_TYPES: Readonly<Record<FactName, FactValueType>> = /* @__PURE__ */ (() => Object.fromEntries(
  FactName.options.map((name) => [
    name,
    Object.hasOwn(CHOICE_FACT_VALUES, name) ? name : AREA_FACTS.includes(name) ? 'area' : 'yes-no',
  ]),
) as Record<FactName, FactValueType>)();

