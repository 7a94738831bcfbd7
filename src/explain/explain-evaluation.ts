import { ukGeography } from '../areas/uk-geography.js';
import type { Entitlement, Evaluation, OfferAssessment } from '../engine/entitlement.js';
import type { Geography } from '../areas/geography.js';
import type { Reason, ReasonData } from '../schema/reason.js';
import { type ExplainOptions, explainReason } from './explain-reason.js';
import { ENGLISH_MESSAGES, type MessageTable } from './message-table.js';

/** The table and geography an explanation uses, with the defaults filled in. */
interface Explainer {
  readonly geography: Geography;
  readonly messages: MessageTable;
}

function explainer(options: ExplainOptions): Explainer {
  return { geography: options.geography ?? ukGeography, messages: options.messages ?? ENGLISH_MESSAGES };
}

function explainAll(reasons: readonly ReasonData[], { geography, messages }: Explainer): Reason[] {
  const out: Reason[] = [];
  for (const reason of reasons) out.push(explainReason(reason, geography, messages));
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
  const how = explainer(options);
  const explained = new Map<OfferAssessment<ReasonData>, OfferAssessment>();
  const offer = (o: OfferAssessment<ReasonData>): OfferAssessment => {
    let done = explained.get(o);
    if (done === undefined) {
      done = Object.assign({}, o, { reasons: explainAll(o.reasons, how) });
      explained.set(o, done);
    }
    return done;
  };
  return Object.assign({}, entitlement, {
    reasons: explainAll(entitlement.reasons, how),
    offers: entitlement.offers.map(offer),
    pending: entitlement.pending.map(offer),
  });
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
  return Object.assign({}, evaluation, { entitlements: evaluation.entitlements.map((e) => explainEntitlement(e, options)) });
}
