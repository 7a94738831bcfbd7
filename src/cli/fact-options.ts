import type { PersonFacts } from '../schema/person-facts.js';
import type { OptionSpec } from './parse-options.js';
import { UsageError } from './usage-error.js';

type BooleanFact = {
  [K in keyof PersonFacts]-?: NonNullable<PersonFacts[K]> extends boolean ? K : never;
}[keyof PersonFacts];

/**
 * The yes/no person facts and their command-line flags: `--FLAG` says the fact holds,
 * `--not-FLAG` says it does not, and leaving both out means it is not known.
 *
 * @example
 * ```ts
 * FACT_FLAGS['full-time-education']; // 'inFullTimeEducation'
 * ```
 */
export const FACT_FLAGS: Readonly<Record<string, BooleanFact>> = {
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
};

/**
 * The `parseArgs` options for every fact flag and its `--not-` form.
 *
 * @returns the option specs by name
 * @example
 * ```ts
 * factOptionSpecs()['not-higher-education']; // { type: 'boolean' }
 * ```
 */
export function factOptionSpecs(): Record<string, OptionSpec> {
  return Object.fromEntries(
    Object.keys(FACT_FLAGS).flatMap((flag) => [
      [flag, { type: 'boolean' }],
      [`not-${flag}`, { type: 'boolean' }],
    ]),
  );
}

/**
 * Reads the yes/no facts from parsed flags.
 *
 * @param values - the parsed option values
 * @returns the facts given (a fact left out is absent, meaning unknown)
 * @throws {@link UsageError} when both `--FLAG` and `--not-FLAG` are given
 * @example
 * ```ts
 * booleanFacts({ 'higher-education': true, 'not-with-former-foster-carer': true });
 * // { inHigherEducation: true, livingWithFormerFosterCarer: false }
 * ```
 */
export function booleanFacts(values: Readonly<Record<string, unknown>>): Partial<Record<BooleanFact, boolean>> {
  const facts: Partial<Record<BooleanFact, boolean>> = {};
  for (const [flag, fact] of Object.entries(FACT_FLAGS)) {
    const yes = values[flag] === true;
    const no = values[`not-${flag}`] === true;
    if (yes && no) throw new UsageError(`--${flag} and --not-${flag} contradict each other; give one of them, or neither if not known`);
    if (yes || no) facts[fact] = yes;
  }
  return facts;
}
