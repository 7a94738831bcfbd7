import { expect } from 'vitest';
import { evaluate } from '../../src/index.js';
import { enginePeer } from '../../bench/peers/engine.js';
import { handWrittenAnswer } from '../../bench/peers/hand-written.js';
import { jsonLogicAnswer } from '../../bench/peers/json-logic.js';
import { createJsonRulesEngine, jsonRulesEngineAnswer } from '../../bench/peers/json-rules-engine.js';
import { PEER_ON, type PeerAnswer, generatePeerCohort, peerDataset } from '../../bench/peers/peer-rules.js';

/** The size of the benchmark's peer cohort. */
export const SIZE = 100_000;

/**
 * Checks that the hand-written, json-logic-js and json-rules-engine peers give the engine's answer
 * for the people `from` (inclusive) to `to` (exclusive) of the benchmark's peer cohort.
 *
 * @param from - the first person's index
 * @param to - one past the last person's index
 * @returns how many people got each engine answer ("council tax / free travel")
 * @example
 * ```ts
 * await checkPeers(0, 50_000);
 * ```
 */
export async function checkPeers(from: number, to: number): Promise<Map<string, number>> {
  const people = generatePeerCohort(SIZE).slice(from, to);
  const rules = peerDataset();
  const engineAnswer = enginePeer(evaluate);
  const engine = createJsonRulesEngine();
  const outcomes = new Map<string, number>();
  const disagreements: string[] = [];
  for (const person of people) {
    const ours = engineAnswer(person, PEER_ON, rules);
    const key = ours.join(' / ');
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const theirs: [string, PeerAnswer][] = [
      ['hand-written', handWrittenAnswer(person, PEER_ON)],
      ['json-logic-js', jsonLogicAnswer(person, PEER_ON)],
      ['json-rules-engine', await jsonRulesEngineAnswer(engine, person, PEER_ON)],
    ];
    for (const [peer, answer] of theirs) {
      if (answer.join(' / ') !== key && disagreements.length < 5) {
        disagreements.push(`${peer} says ${answer.join(' / ')}, the engine ${key}, for ${JSON.stringify(person)}`);
      }
    }
  }
  expect(disagreements).toEqual([]);
  expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(to - from);
  return outcomes;
}
