import { FACT_FLAGS, type YesNoFact } from '../schema/fact-flags.js';
import { UsageError } from './usage-error.js';

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
export function booleanFacts(values: Readonly<Record<string, unknown>>): Partial<Record<YesNoFact, boolean>> {
  const facts: Partial<Record<YesNoFact, boolean>> = {};
  for (const [flag, fact] of Object.entries(FACT_FLAGS)) {
    const yes = values[flag] === true;
    const no = values[`not-${flag}`] === true;
    if (yes && no) throw new UsageError(`--${flag} and --not-${flag} contradict each other; give one of them, or neither if not known`);
    if (yes || no) facts[fact] = yes;
  }
  return facts;
}
