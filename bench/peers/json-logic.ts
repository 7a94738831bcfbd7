/**
 * The peers' rules for json-logic-js: one rule per kind that returns the outcome
 * (`eligible`, `not-eligible` or `unknown`), applied to the person's facts with
 * `jsonLogic.apply(rule, data)`.
 *
 * json-logic is two-valued too: `var` gives null for a missing fact, and a test of a missing fact
 * is false both ways. So each offer has an "eligible" expression (every test holds) and a
 * "refused" expression (some test fails on a given fact); an offer that is neither is unknown.
 * Areas are tested with the standard `in` operator on the list of member councils (Greater
 * Manchester is its ten councils).
 */
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import type { Person } from '../../src/index.js';
import { COVERED, PEER_COUNCILS, PEER_OFFERS, type PeerAnswer, type PeerKind, type PeerOffer, peerFacts, peerWithin, responsibleCouncils } from './peer-rules.js';

/** The councils of the cohort within any of these areas. */
function members(areas: readonly string[]): string[] {
  return PEER_COUNCILS.filter((council) => areas.some((area) => peerWithin(council, area)));
}

type Logic = RulesLogic;

function testsOf(offer: PeerOffer): { holds: Logic[]; fails: Logic[] } {
  const holds: Logic[] = [];
  const fails: Logic[] = [];
  if (offer.from !== undefined) {
    holds.push({ '>=': [{ var: 'age' }, offer.from] });
    fails.push({ '<': [{ var: 'age' }, offer.from] });
  }
  if (offer.until !== undefined) {
    holds.push({ '<': [{ var: 'age' }, offer.until] });
    fails.push({ '>=': [{ var: 'age' }, offer.until] });
  }
  if (offer.categories !== undefined) {
    holds.push({ in: [{ var: 'category' }, [...offer.categories]] });
    fails.push({ '!': { in: [{ var: 'category' }, [...offer.categories]] } });
  }
  const responsible = responsibleCouncils(offer);
  if (responsible !== 'any') {
    holds.push({ in: [{ var: 'responsibleAuthority' }, members(responsible)] });
    fails.push({ '!': { in: [{ var: 'responsibleAuthority' }, members(responsible)] } });
  }
  holds.push({ in: [{ var: 'residence' }, members(offer.livesIn)] });
  fails.push({ '!': { in: [{ var: 'residence' }, members(offer.livesIn)] } });
  for (const [fact, value] of Object.entries(offer.facts ?? {})) {
    holds.push({ '===': [{ var: fact }, value] });
    fails.push({ '===': [{ var: fact }, !value] });
  }
  return { holds, fails };
}

function kindRule(kind: PeerKind): Logic {
  const offers = PEER_OFFERS.filter((o) => o.kind === kind).map(testsOf);
  const covered: Logic =
    COVERED[kind].length === 0
      ? false
      : { and: [{ in: [{ var: 'responsibleAuthority' }, [...COVERED[kind]]] }, { in: [{ var: 'residence' }, [...COVERED[kind]]] }] };
  return {
    if: [
      { or: offers.map((o) => ({ and: o.holds })) },
      'eligible',
      // Not eligible only if every offer is refused and every council concerned has encoded the kind.
      { and: [...offers.map((o) => ({ or: o.fails })), covered] },
      'not-eligible',
      'unknown',
    ],
  } as Logic;
}

/** The rules, as plain JSON: one per kind. */
export const jsonLogicRules: Readonly<Record<PeerKind, Logic>> = {
  'council-tax-exemption': kindRule('council-tax-exemption'),
  'free-travel': kindRule('free-travel'),
};

/**
 * Answers one person with json-logic-js.
 *
 * @param person - a person living in one area
 * @param on - the date
 * @returns the outcomes for council tax and free travel
 * @example
 * ```ts
 * jsonLogicAnswer(person, PEER_ON); // ['eligible', 'unknown']
 * ```
 */
export function jsonLogicAnswer(person: Person, on: string): PeerAnswer {
  const data = peerFacts(person, on);
  return [
    jsonLogic.apply(jsonLogicRules['council-tax-exemption'], data) as PeerAnswer[0],
    jsonLogic.apply(jsonLogicRules['free-travel'], data) as PeerAnswer[1],
  ];
}
