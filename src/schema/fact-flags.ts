import type { PersonFacts } from './person-facts.js';

/** A person fact whose value is yes or no. */
export type YesNoFact = {
  [K in keyof PersonFacts]-?: NonNullable<PersonFacts[K]> extends boolean ? K : never;
}[keyof PersonFacts];

/**
 * How the yes/no person facts are spelled outside the code: the command line's flags
 * (`--full-time-education`, `--not-full-time-education`) and the adviser page's address
 * parameters (`full-time-education=yes`) use these names. One table, so that the two cannot
 * drift apart; every yes/no fact must have a name (a new fact is a compile error until it does).
 * Frozen: it is shared by every caller.
 *
 * @example
 * ```ts
 * FACT_FLAGS['full-time-education']; // 'inFullTimeEducation'
 * Object.isFrozen(FACT_FLAGS); // true
 * ```
 */
export const FACT_FLAGS = /* @__PURE__ */ (() => Object.freeze({
  'full-time-education': 'inFullTimeEducation',
  'higher-education': 'inHigherEducation',
  'with-former-foster-carer': 'livingWithFormerFosterCarer',
  'working-with-leaving-care': 'workingWithLeavingCareService',
  'entered-care-after-16': 'enteredCareAfter16thBirthday',
  'looked-after-at-16': 'lookedAfterOnOrAfter16thBirthday',
  'no-recourse-to-public-funds': 'noRecourseToPublicFunds',
  'otherwise-exempt-prescriptions': 'otherwiseExemptFromPrescriptionCharges',
  'liable-for-council-tax': 'liableForCouncilTax',
  'passed-means-assessment': 'passedMeansAssessment',
  apprenticeship: 'onApprenticeship',
  'found-vulnerable': 'foundVulnerableFromCare',
} as const satisfies Readonly<Record<string, YesNoFact>>))();

/** The outside name of a yes/no fact (a flag without its dashes, an address parameter). */
export type FactFlag = keyof typeof FACT_FLAGS;

// Every yes/no fact has a flag: this fails to compile, naming the fact, when one is missing.
type UnflaggedFact = Exclude<YesNoFact, (typeof FACT_FLAGS)[FactFlag]>;
const everyFactFlagged: [UnflaggedFact] extends [never] ? true : UnflaggedFact = true;
void everyFactFlagged;
