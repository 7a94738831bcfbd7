import type { Geography } from '../areas/geography.js';
import type { Reason, ReasonCode, ReasonData } from '../schema/reason.js';
import { ENGLISH_MESSAGES, type MessageTable, type MessageWords } from './message-table.js';
import { nameAreas } from './name-areas.js';
import { InvalidInputError, describeGiven } from '../validation/input-issue.js';

/** How reasons are put into words: the message table and the geography that names places. */
export interface ExplainOptions {
  /** The words (default {@link ENGLISH_MESSAGES}). */
  readonly messages?: MessageTable | undefined;
  /** Where places are named from (default: the UK registry). */
  readonly geography?: Geography | undefined;
}

/** Reasons about kinds as a whole; every other reason is about one offer and follows its title. */
const KIND_LEVEL: ReadonlySet<ReasonCode> = /* @__PURE__ */ new Set(['offer-applies', 'offer-is-partial', 'offer-not-given', 'no-offer-encoded', 'whole-rule-not-encoded', 'no-offer-applies', 'whole-rule-claimed', 'ends-on-birthday', 'changes-on', 'council-replaced']);

/**
 * Puts a reason into words with a message table: offer-level reasons after the offer's title.
 * The details a reader may act on (offer, fact, date, areas) are kept beside the sentence.
 *
 * @param reason - the reason data from the engine
 * @param geography - names the places the reason mentions
 * @param messages - the message table (default English)
 * @returns the reason with its message
 * @example
 * ```ts
 * explainReason({ code: 'residence-unknown', offerId: 'x', offerTitle: 'X' }, ukGeography).message; // 'X: where the person lives on this date is not given'
 * explainReason({ code: 'residence-outside', offerId: 'x', offerTitle: 'X', areas: ['E08000001', 'E08000002'] }, ukGeography).message; // 'X: is for people living in Bolton or Bury'
 * ```
 */
export function explainReason(reason: ReasonData, geography: Geography, messages: MessageTable = ENGLISH_MESSAGES): Reason {
  const code = typeof reason === 'object' && reason !== null ? (reason as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !Object.hasOwn(messages?.reasons ?? ENGLISH_MESSAGES.reasons, code)) {
    throw new InvalidInputError('reason', [
      {
        code: 'invalid-value',
        path: code === undefined ? ['reason'] : ['reason', 'code'],
        message: `${code === undefined ? 'this is not a reason' : `${describeGiven(code)} is not a reason code`}; give a reason from decide (each has a code such as "offer-applies")`,
      },
    ]);
  }
  return inWords(reason, wordsFor(geography, messages), messages);
}

/**
 * {@link explainReason} for many reasons: the words of the table and the geography are looked up
 * once, not for every reason.
 *
 * @param geography - names the places the reasons mention
 * @param messages - the message table (default English)
 * @returns a function putting one reason into words
 * @example
 * ```ts
 * const explain = reasonExplainer(ukGeography);
 * explain({ code: 'residence-unknown', offerId: 'x', offerTitle: 'X' }).message; // 'X: where the person lives on this date is not given'
 * ```
 */
export function reasonExplainer(geography: Geography, messages: MessageTable = ENGLISH_MESSAGES): (reason: ReasonData) => Reason {
  const words = wordsFor(geography, messages);
  return (reason) => inWords(reason, words, messages);
}

function inWords(reason: ReasonData, words: MessageWords, messages: MessageTable): Reason {
  const body = sentence(reason, words, messages);
  const message = KIND_LEVEL.has(reason.code) ? body : messages.withTitle((reason as { offerTitle: string }).offerTitle, body);
  const explained: { -readonly [K in keyof Reason]: Reason[K] } = { code: reason.code, message };
  if ('offerId' in reason) explained.offerId = reason.offerId;
  if ('fact' in reason) explained.fact = reason.fact;
  if ('date' in reason) explained.date = reason.date;
  if ('areas' in reason) explained.areas = reason.areas;
  return explained;
}

/**
 * The words a message table's functions receive: place names from the geography, and nested reasons.
 *
 * @param geography - names places
 * @param messages - the table (for nested reasons)
 * @returns the words
 * @example
 * ```ts
 * messageWords(ukGeography, ENGLISH_MESSAGES).areas(['E08000001', 'E08000002'], 'or'); // 'Bolton or Bury'
 * ```
 */
export function messageWords(geography: Geography, messages: MessageTable): MessageWords {
  const words: MessageWords = {
    areas: (codes, joiner = 'and') => nameAreas(codes, geography, joiner),
    name: (code) => geography.nameOf(code) ?? code,
    reason: (inner) => sentence(inner, words, messages),
  };
  return words;
}

const wordsMemo = new WeakMap<MessageTable, WeakMap<Geography, MessageWords>>();

/** The words of a table and a geography, made once for the pair (every reason of every answer uses them). */
function wordsFor(geography: Geography, messages: MessageTable): MessageWords {
  let byGeography = wordsMemo.get(messages);
  if (byGeography === undefined) {
    byGeography = new WeakMap();
    wordsMemo.set(messages, byGeography);
  }
  let words = byGeography.get(geography);
  if (words === undefined) {
    words = messageWords(geography, messages);
    byGeography.set(geography, words);
  }
  return words;
}

function sentence(reason: ReasonData, words: MessageWords, messages: MessageTable): string {
  const write = messages.reasons[reason.code] as (r: ReasonData, w: MessageWords, t: MessageTable) => string;
  return write(reason, words, messages);
}
