import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { generateCohort, seededRandom } from '../../bench/cohort.js';
import { PEER_KINDS, PEER_OFFERS, PEER_ON, PEER_PROVIDERS, generatePeerCohort, peerAge, peerDataset } from '../../bench/peers/peer-rules.js';
import { SIZE, checkPeers } from './check-peers.js';

const rules = peerDataset();

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
    // Salford, Stockport and Trafford have no document of their own.
    const withoutDocument = ['E08000006', 'E08000007', 'E08000009'];
    expect([...codes].sort()).toEqual(PEER_PROVIDERS.filter((code) => !withoutDocument.includes(code)).sort());
    // Every offer of the two kinds in those documents is one the peers encode.
    const encoded = rules.documents
      .flatMap((d) => d.offers)
      .filter((o) => (PEER_KINDS as readonly string[]).includes(o.kind))
      .map((o) => o.id)
      .sort();
    expect(encoded).toEqual(PEER_OFFERS.map((o) => o.id).sort());
  });

  // Not a timing: the timeout only keeps a loaded machine from failing it. The 100,000 people are
  // checked in two halves, this file and peers-second-half.test.ts, which vitest runs in parallel.
  it('give the engine’s answer for each of the first 50,000 of 100,000 people', { timeout: 120_000 }, async () => {
    const outcomes = await checkPeers(0, SIZE / 2);
    // The cohort exercises every outcome of both kinds.
    const seen = (index: 0 | 1) => new Set([...outcomes.keys()].map((k) => k.split(' / ')[index]));
    expect(seen(0)).toEqual(new Set(['eligible', 'not-eligible', 'unknown']));
    expect(seen(1)).toEqual(new Set(['eligible', 'unknown']));
  });
});
