import type { CalendarDate } from '../dates/calendar-date.js';
import type { Evaluation } from '../engine/entitlement.js';
import { type DecideOptions, decide } from '../engine/evaluate.js';
import type { Dataset } from '../schema/dataset.js';
import type { Person } from '../schema/person.js';
import { explainEvaluation } from './explain-evaluation.js';
import type { MessageTable } from './message-table.js';

/** Options for the explained functions: the engine's, and the words to use. */
export interface EvaluateOptions extends DecideOptions {
  /** The message table (default English). */
  readonly messages?: MessageTable | undefined;
}

/**
 * What a care leaver is entitled to on a date: for every kind, an outcome (`eligible`,
 * `not-eligible` or `unknown`), the best applicable value, the deciding offer and every offer
 * assessed, reasons in words, the date it ends or next changes, and sources. It is `decide`
 * followed by `explainEvaluation`.
 *
 * @param person - the care leaver
 * @param on - the date to answer for (`today` is an input: the engine never reads the clock)
 * @param dataset - the offers (for example `embeddedDataset`)
 * @param options - geography, leap-day rule, kinds, message table
 * @returns the evaluation
 * @throws {@link InvalidInputError} when the person, the date or the dataset is invalid
 * @example
 * ```ts
 * const result = evaluate(
 *   { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' },
 *   '2026-11-23',
 *   embeddedDataset,
 * );
 * result.entitlements.find((e) => e.kind === 'council-tax-exemption')?.outcome; // 'eligible'
 * ```
 */
export function evaluate(person: Person, on: CalendarDate, dataset: Dataset, options: EvaluateOptions = {}): Evaluation {
  return explainEvaluation(decide(person, on, dataset, options), options);
}
