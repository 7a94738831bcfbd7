/**
 * The peers' rules for json-rules-engine, written the way its documentation shows: facts passed to
 * `engine.run()`, one rule per offer with an `all` of `{ fact, operator, value }` conditions and an
 * event, and the rule results `run()` returns.
 *
 * json-rules-engine is two-valued: a condition on a missing fact (allowed with
 * `allowUndefinedFacts`) is simply false. So an offer whose rule fails is refused only if some
 * condition failed on a fact that was given (`factResult` is defined in the rule result); if every
 * failing condition is about a missing fact, the offer is unknown. One more rule per kind fires
 * `kind-covered` when every council concerned has encoded the kind.
 *
 * Areas are tested with a custom operator, `within`, whose value lists areas as the YAML does
 * (`[E47000001]` for Greater Manchester); `engine.addOperator` is the documented way to go beyond
 * the built-in operators. Listing every member council with `in` works too, but
 * json-rules-engine deep-copies each rule's conditions into its result on every run, so long lists
 * make it slower.
 */
import { Engine, type ConditionProperties, type RuleProperties, type RuleResult } from 'json-rules-engine';
import type { Person } from '../../src/index.js';
import {
  COVERED,
  PEER_KINDS,
  PEER_OFFERS,
  type PeerAnswer,
  type PeerKind,
  type PeerOffer,
  combineOutcome,
  peerFacts,
  peerWithin,
  responsibleCouncils,
} from './peer-rules.js';

// Condition priorities (higher first): `all` stops at the first priority group that fails, so
// the place tests, which rule out most offers, go first and the fact tests last.
const PLACE = 3;
const PERSON = 2;
const FACT = 1;

function conditionsOf(offer: PeerOffer): ConditionProperties[] {
  const conditions: ConditionProperties[] = [];
  conditions.push({ fact: 'residence', operator: 'within', value: offer.livesIn, priority: PLACE });
  const responsible = responsibleCouncils(offer);
  if (responsible !== 'any') conditions.push({ fact: 'responsibleAuthority', operator: 'within', value: responsible, priority: PLACE });
  if (offer.from !== undefined) conditions.push({ fact: 'age', operator: 'greaterThanInclusive', value: offer.from, priority: PERSON });
  if (offer.until !== undefined) conditions.push({ fact: 'age', operator: 'lessThan', value: offer.until, priority: PERSON });
  if (offer.categories !== undefined) conditions.push({ fact: 'category', operator: 'in', value: offer.categories, priority: PERSON });
  for (const [fact, value] of Object.entries(offer.facts ?? {})) conditions.push({ fact, operator: 'equal', value, priority: FACT });
  return conditions;
}

/** The rules, as plain JSON: one per offer, and one per kind that councils have encoded themselves. */
export const jsonRulesEngineRules: RuleProperties[] = [
  ...PEER_OFFERS.map(
    (offer): RuleProperties => ({
      name: offer.id,
      conditions: { all: conditionsOf(offer) },
      event: { type: 'offer', params: { kind: offer.kind, offerId: offer.id } },
    }),
  ),
  ...PEER_KINDS.filter((kind) => COVERED[kind].length > 0).map(
    (kind): RuleProperties => ({
      name: `${kind}: covered`,
      conditions: {
        all: [
          { fact: 'responsibleAuthority', operator: 'in', value: COVERED[kind] },
          { fact: 'residence', operator: 'in', value: COVERED[kind] },
        ],
      },
      event: { type: 'kind-covered', params: { kind } },
    }),
  ),
];

/**
 * Whether a failed rule failed on a fact that was given (rather than only on missing facts). A
 * condition left unevaluated by the priorities has no result; the one that stopped the rule has.
 */
function refused(result: RuleResult): boolean {
  const conditions = (result.conditions as { all: { result?: boolean; factResult?: unknown }[] }).all;
  return conditions.some((c) => c.result === false && c.factResult !== undefined);
}

/**
 * Builds a json-rules-engine engine holding the peers' rules.
 *
 * @returns the engine (undefined facts allowed: a condition on a missing fact fails)
 * @example
 * ```ts
 * const engine = createJsonRulesEngine();
 * ```
 */
export function createJsonRulesEngine(): Engine {
  const engine = new Engine(jsonRulesEngineRules, { allowUndefinedFacts: true });
  engine.addOperator<string, string[]>('within', (area, areas) => areas.some((a) => peerWithin(area, a)));
  return engine;
}

/**
 * Answers one person with json-rules-engine.
 *
 * @param engine - from {@link createJsonRulesEngine}
 * @param person - a person living in one area
 * @param on - the date
 * @returns the outcomes for council tax and free travel
 * @example
 * ```ts
 * await jsonRulesEngineAnswer(createJsonRulesEngine(), person, PEER_ON); // ['eligible', 'unknown']
 * ```
 */
export async function jsonRulesEngineAnswer(engine: Engine, person: Person, on: string): Promise<PeerAnswer> {
  const { results, failureResults } = await engine.run(peerFacts(person, on) as Record<string, unknown>);
  const outcome = (kind: PeerKind) => {
    let eligible = false;
    let covered = false;
    let unknown = false;
    for (const result of results) {
      if (result.event?.params?.kind !== kind) continue;
      if (result.event.type === 'offer') eligible = true;
      else covered = true;
    }
    for (const result of failureResults) {
      if (result.event?.type === 'offer' && result.event.params?.kind === kind && !refused(result)) unknown = true;
    }
    return combineOutcome(eligible, unknown, covered);
  };
  return [outcome('council-tax-exemption'), outcome('free-travel')];
}
