/**
 * This package's engine as a peer: `evaluate()` (or `decide()`, without explanations) on the peers' rules (the embedded dataset
 * restricted to their documents) with `kinds: ['council-tax-exemption', 'free-travel']`.
 *
 * The benchmark passes the built package's `evaluate` (dist/, what users run); the test passes
 * the source's.
 */
import type { Dataset, EvaluateOptions, Evaluation, Person, ReasonData } from '../../src/index.js';
import { PEER_KINDS, type PeerAnswer } from './peer-rules.js';

/** The engine's `evaluate`, from the source or from the built package. */
export type EvaluateFunction = (person: Person, on: string, dataset: Dataset, options?: EvaluateOptions) => Pick<Evaluation, 'entitlements'> | Pick<Evaluation<ReasonData>, 'entitlements'>;

const options: EvaluateOptions = { kinds: PEER_KINDS };

/**
 * Makes the engine peer from an `evaluate` function.
 *
 * @param evaluate - the engine's `evaluate`
 * @returns a function answering one person on a date against a dataset (see `peerDataset`)
 * @example
 * ```ts
 * const engineAnswer = enginePeer(evaluate);
 * engineAnswer(person, PEER_ON, peerDataset()); // ['eligible', 'unknown']
 * ```
 */
export function enginePeer(evaluate: EvaluateFunction): (person: Person, on: string, dataset: Dataset) => PeerAnswer {
  return (person, on, dataset) => {
    const { entitlements } = evaluate(person, on, dataset, options);
    return [entitlements[0]!.outcome, entitlements[1]!.outcome];
  };
}
