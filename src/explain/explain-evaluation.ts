import { checkedMessages } from './checked-messages.js';
import { ukGeography } from '../areas/uk-geography.js';
import type { Entitlement, Evaluation, OfferAssessment } from '../engine/entitlement.js';
import type { Reason, ReasonData } from '../schema/reason.js';
import { type ExplainOptions, reasonExplainer } from './explain-reason.js';
import { requireDecided } from '../validation/require-object.js';

/** Puts one reason into words with the table and geography of an explanation (see reasonExplainer). */
type Explainer = (reason: ReasonData) => Reason;

function explainer(options: ExplainOptions): Explainer {
  return reasonExplainer(options.geography ?? ukGeography, checkedMessages(options));
}

function explainAll(reasons: readonly ReasonData[], explain: Explainer): Reason[] {
  const out: Reason[] = [];
  for (const reason of reasons) out.push(explain(reason));
  return out;
}

/**
 * One kind's decision with its reasons (and every assessed offer's) put into words.
 *
 * @param entitlement - the decision (from `decide`)
 * @param options - the message table and geography (defaults: English, the UK registry)
 * @returns the entitlement as `evaluate` returns it
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const [tax] = decide(person, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements;
 * tax!.reasons[0]?.code; // 'offer-applies'
 * explainEntitlement(tax!).reasons[0]?.message.startsWith('Greater Manchester'); // true
 * ```
 */
export function explainEntitlement(entitlement: Entitlement<ReasonData>, options: ExplainOptions = {}): Entitlement {
  requireDecided(entitlement, 'entitlement', ['reasons', 'offers', 'pending'], 'an entitlement from decide (decide(…).entitlements[0])');
  return explainWith(entitlement, explainer(options));
}

/**
 * One offer's assessment in words. Written field by field (every field is required, so the type
 * checker names one that is added later): copying with `Object.assign` was a fifth of `evaluate`.
 */
function explainOffer(o: OfferAssessment<ReasonData>, how: Explainer): OfferAssessment {
  return {
    offerId: o.offerId,
    title: o.title,
    provider: o.provider,
    layer: o.layer,
    status: o.status,
    versionDate: o.versionDate,
    state: o.state,
    conditionsHold: o.conditionsHold,
    value: o.value,
    reasons: explainAll(o.reasons, how),
    sources: o.sources,
    lastChecked: o.lastChecked,
    confidence: o.confidence,
    assumptions: o.assumptions,
    partial: o.partial,
  };
}

function explainWith(entitlement: Entitlement<ReasonData>, how: Explainer): Entitlement {
  const offers = entitlement.offers.map((o) => explainOffer(o, how));
  // Pending offers are some of the offers assessed: the same words, not written twice.
  const pending = entitlement.pending.map((p) => {
    const at = entitlement.offers.indexOf(p);
    return at === -1 ? explainOffer(p, how) : offers[at]!;
  });
  // The same outcome, value, provider and deciding offer: still the same member of the union.
  return {
    kind: entitlement.kind,
    outcome: entitlement.outcome,
    value: entitlement.value,
    provider: entitlement.provider,
    decidingOfferId: entitlement.decidingOfferId,
    endsOn: entitlement.endsOn,
    reasons: explainAll(entitlement.reasons, how),
    offers,
    pending,
    sources: entitlement.sources,
  } as Entitlement;
}

/**
 * A whole evaluation's decisions put into words (see {@link explainEntitlement}).
 *
 * @param evaluation - the decisions (from `decide`)
 * @param options - the message table and geography
 * @returns the evaluation as `evaluate` returns it
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const plain = { ...ENGLISH_MESSAGES, value: () => 'something' };
 * const [tax] = explainEvaluation(decide(person, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }), { messages: plain }).entitlements;
 * tax!.reasons[0]?.message.endsWith(': something'); // true
 * ```
 */
export function explainEvaluation(evaluation: Evaluation<ReasonData>, options: ExplainOptions = {}): Evaluation {
  requireDecided(evaluation, 'evaluation', ['entitlements'], 'an evaluation from decide(person, on, dataset)');
  const how = explainer(options);
  return Object.assign({}, evaluation, { entitlements: evaluation.entitlements.map((e) => explainWith(e, how)) });
}
