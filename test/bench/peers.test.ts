import { describe, expect, it } from 'vitest';
import { embeddedDataset, evaluate } from '../../src/index.js';
import { generateCohort, seededRandom } from '../../bench/cohort.js';
import { enginePeer } from '../../bench/peers/engine.js';
import { handWrittenAnswer } from '../../bench/peers/hand-written.js';
import { jsonLogicAnswer } from '../../bench/peers/json-logic.js';
import { createJsonRulesEngine, jsonRulesEngineAnswer } from '../../bench/peers/json-rules-engine.js';
import {
  PEER_KINDS,
  PEER_OFFERS,
  PEER_ON,
  PEER_PROVIDERS,
  type PeerAnswer,
  generatePeerCohort,
  peerAge,
  peerDataset,
} from '../../bench/peers/peer-rules.js';

const SIZE = 100_000;
const rules = peerDataset(embeddedDataset);
const engineAnswer = enginePeer(evaluate);

describe('the benchmark cohort generator', () => {
  it('gives the same people for the same seed', () => {
    expect(generatePeerCohort(50, 7)).toEqual(generatePeerCohort(50, 7));
    expect(generatePeerCohort(50, 7)).not.toEqual(generatePeerCohort(50, 8));
  });

  it('gives valid people aged 16 to 26 on the date, of every category', () => {
    const people = generateCohort(2_000, {
      seed: 3,
      on: PEER_ON,
      responsible: [{ code: 'E08000001' }, { code: 'E10000016', districts: ['E07000110'] }],
      residences: ['E08000001', 'E07000110'],
      facts: ['household', 'liableForCouncilTax'],
      historyShare: 0.2,
    });
    const ages = people.map((p) => peerAge(p.dateOfBirth, PEER_ON));
    expect(Math.min(...ages)).toBe(16);
    expect(Math.max(...ages)).toBe(26);
    expect(new Set(people.map((p) => p.category)).size).toBe(4);
    expect(people.some((p) => typeof p.residence !== 'string')).toBe(true);
    expect(people.some((p) => p.facts === undefined)).toBe(true);
    for (const p of people.slice(0, 200)) expect(() => evaluate(p, PEER_ON, rules, { kinds: PEER_KINDS })).not.toThrow();
  });

  it('draws numbers in [0, 1) from a seed', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 1_000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(1)()).toBe(draws[0]);
  });
});

describe('the peers of the benchmark', () => {
  it('work from the documents of the GM guarantee, the GM10 councils and four other councils', () => {
    const codes = rules.documents.map((d) => d.provider.code);
    expect([...codes].sort()).toEqual(PEER_PROVIDERS.filter((code) => codes.includes(code)).sort());
    // Every offer of the two kinds in those documents is one the peers encode.
    const encoded = rules.documents
      .flatMap((d) => d.offers)
      .filter((o) => (PEER_KINDS as readonly string[]).includes(o.kind))
      .map((o) => o.id)
      .sort();
    expect(encoded).toEqual(PEER_OFFERS.map((o) => o.id).sort());
  });

  // Not a timing: the timeout only keeps a loaded machine from failing it (it takes about 15 s; see BENCHMARKS.md).
  it('give the engine’s answer for every one of 100,000 people', { timeout: 120_000 }, async () => {
    const people = generatePeerCohort(SIZE);
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
    // The cohort exercises every outcome of both kinds.
    const seen = (index: 0 | 1) => new Set([...outcomes.keys()].map((k) => k.split(' / ')[index]));
    expect(seen(0)).toEqual(new Set(['eligible', 'not-eligible', 'unknown']));
    expect(seen(1)).toEqual(new Set(['eligible', 'unknown']));
  });
});
