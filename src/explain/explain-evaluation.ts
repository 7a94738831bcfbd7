import { checkedMessages } from './checked-messages.js';
import { ukGeography } from '../areas/uk-geography.js';
import type { Entitlement, Evaluation, OfferAssessment } from '../engine/entitlement.js';
import type { Reason, ReasonData } from '../schema/reason.js';
import { type ExplainOptions, reasonExplainer } from './explain-reason.js';
import { requireDecided } from '../validation/require-object.js';
import { isSharedDecision, sharedDecisionsGeneration } from '../engine/remembered-answers.js';
import { deepFreeze } from '../engine/deep-freeze.js';
import { assessmentWithReasons } from '../engine/assessment-with-reasons.js';
import { entitlementWith } from '../engine/entitlement-with.js';
import type { Geography } from '../areas/geography.js';
import type { MessageTable } from './message-table.js';

/**
 * Puts one reason into words with the table and geography of an explanation (see
 * reasonExplainer), with what it has put into words before when the words can be reused.
 */
interface Explainer {
  readonly words: (reason: ReasonData) => Reason;
  /** Words of decisions shared between calls (see isSharedDecision), or null when not remembered. */
  readonly remembered: RememberedWords | null;
}

/**
 * Words of shared decisions, forgotten when the engine drops its remembered answers (see
 * sharedDecisionsGeneration): a new weak map each generation, as the engine's set of shared
 * decisions is, since V8's weak maps slow down badly past a million or so keys.
 */
class RememberedWords {
  private words = new WeakMap<object, object>();
  private generation = sharedDecisionsGeneration();

  /** Forgets every word when the engine has dropped its remembered answers since the last call: asked once a call. */
  refresh(): void {
    if (this.generation !== sharedDecisionsGeneration()) {
      this.words = new WeakMap();
      this.generation = sharedDecisionsGeneration();
    }
  }

  /** The words remembered for a shared decision, if any. */
  get(decision: object): object | undefined {
    return this.words.get(decision);
  }

  /** Remembers the words of a shared decision. */
  set(decision: object, words: object): void {
    this.words.set(decision, words);
  }
}

/**
 * Words remembered per message table and geography, for decisions the engine shares between
 * calls. Only a frozen table (such as ENGLISH_MESSAGES) is remembered: one that can still be
 * changed could word the same reason differently on the next call.
 */
const rememberedWords = new WeakMap<MessageTable, WeakMap<Geography, RememberedWords>>();

/** The explainer of calls that name neither a table nor a geography (English words, the UK), made on first need. */
let defaultExplainer: Explainer | null = null;

function explainer(options: ExplainOptions): Explainer {
  // Most calls: the same explainer every time, without looking its parts up again.
  const how = options.messages === undefined && options.geography === undefined ? (defaultExplainer ??= explainerWith(options)) : explainerWith(options);
  how.remembered?.refresh();
  return how;
}

function explainerWith(options: ExplainOptions): Explainer {
  const geography = options.geography ?? ukGeography;
  const messages = checkedMessages(options);
  let remembered: RememberedWords | null = null;
  if (Object.isFrozen(messages)) {
    let byGeography = rememberedWords.get(messages);
    if (byGeography === undefined) rememberedWords.set(messages, (byGeography = new WeakMap()));
    remembered = byGeography.get(geography) ?? null;
    if (remembered === null) byGeography.set(geography, (remembered = new RememberedWords()));
  }
  return { words: reasonExplainer(geography, messages), remembered };
}

/** What `explain` makes of a decision, remembered when the decision is shared between calls. */
function inWords<D extends object, W extends object>(decision: D, how: Explainer, explain: (decision: D, how: Explainer) => W): W {
  if (how.remembered === null || !isSharedDecision(decision)) return explain(decision, how);
  let words = how.remembered.get(decision) as W | undefined;
  // Frozen like the decision: every later caller is given the same words.
  if (words === undefined) how.remembered.set(decision, (words = deepFreeze(explain(decision, how))));
  return words;
}

function wordsOfReason(reason: ReasonData, how: Explainer): Reason {
  return how.words(reason);
}

function explainAll(reasons: readonly ReasonData[], how: Explainer): Reason[] {
  const out: Reason[] = [];
  // A shared reason's words are remembered too: a re-dated answer keeps most of its reasons.
  for (const reason of reasons) out.push(inWords(reason, how, wordsOfReason));
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
  return inWords(entitlement, explainer(options), explainWith);
}

/** One offer's assessment in words (see `assessmentWithReasons`: copying with `Object.assign` was a fifth of `evaluate`). */
function explainOffer(o: OfferAssessment<ReasonData>, how: Explainer): OfferAssessment {
  return assessmentWithReasons(o, explainAll(o.reasons, how));
}

function explainWith(entitlement: Entitlement<ReasonData>, how: Explainer): Entitlement {
  const offers = entitlement.offers.map((o) => inWords(o, how, explainOffer));
  // Pending offers are some of the offers assessed: the same words, not written twice.
  const pending = entitlement.pending.map((p) => {
    const at = entitlement.offers.indexOf(p);
    return at === -1 ? inWords(p, how, explainOffer) : offers[at]!;
  });
  // The same outcome, value, provider and deciding offer: still the same member of the union.
  return entitlementWith<ReasonData, Reason>(entitlement, { reasons: explainAll(entitlement.reasons, how), offers, pending });
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
  // Written out field by field (typed: a field added to evaluations later must be copied here).
  const explained: Evaluation = { on: evaluation.on, person: evaluation.person, residence: evaluation.residence, entitlements: evaluation.entitlements.map((e) => inWords(e, how, explainWith)) };
  return explained;
}
