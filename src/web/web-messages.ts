import { ENGLISH_MESSAGES, type MessageTable } from '../explain/message-table.js';
import type { FactCondition } from '../schema/condition.js';
import { WEB_CHOICES, WEB_FACTS } from './web-query.js';

/** Each fact the page asks about, with its question and the words of its answers. */
interface AskedFact {
  readonly question: string;
  readonly answer: (value: unknown) => string;
}

const yesNo = (value: unknown): string => (value === true ? 'yes' : 'no');

/** Each fact the page asks about, with its question and the words of its answers. */
const ASKED: ReadonlyMap<string, AskedFact> = new Map<string, AskedFact>([
  ...Object.values(WEB_FACTS).map((info): [string, AskedFact] => [info.fact, { question: info.question, answer: yesNo }]),
  ...Object.values(WEB_CHOICES).map((choice): [string, AskedFact] => [
    choice.fact,
    { question: choice.question, answer: (value) => choice.options.find((o) => o.value === value)?.label.toLowerCase() ?? String(value) },
  ]),
]);

/** The answers a fact test accepts, in the page's words ("yes"; "alone or only with other care leavers"). */
function accepted(test: FactCondition, answer: (value: unknown) => string): string {
  if (test.in !== undefined) return test.in.map(answer).join(' or ');
  return answer(test.equals);
}

const reasons: MessageTable['reasons'] = {
  ...ENGLISH_MESSAGES.reasons,
  'fact-missing': (r, words, table) => {
    const asked = ASKED.get(r.fact);
    return asked === undefined || r.test.within !== undefined ? ENGLISH_MESSAGES.reasons['fact-missing'](r, words, table) : `needs an answer to “${asked.question}”`;
  },
  'fact-not-met': (r, words, table) => {
    const asked = ASKED.get(r.fact);
    if (asked === undefined || r.test.within !== undefined) return ENGLISH_MESSAGES.reasons['fact-not-met'](r, words, table);
    return `needs the answer ${accepted(r.test, asked.answer)} to “${asked.question}”, and it was ${asked.answer(r.given)}`;
  },
};

/**
 * The English message table with each person fact named as the page's question and answered in
 * the page's words (`needs an answer to “In higher education (university)?”`), for the answers the
 * adviser page shows; facts the page does not ask about keep the engine's words.
 *
 * @example
 * ```ts
 * evaluate(person, '2026-11-23', embeddedDataset, { messages: WEB_MESSAGES });
 * WEB_MESSAGES.reasons['fact-missing']({ code: 'fact-missing', offerId: 'x', offerTitle: 'X', fact: 'inHigherEducation', test: { type: 'fact', fact: 'inHigherEducation', equals: true } }, words, WEB_MESSAGES);
 * // 'needs an answer to “In higher education (university)?”'
 * ```
 */
export const WEB_MESSAGES: MessageTable = Object.freeze({ ...ENGLISH_MESSAGES, reasons: Object.freeze(reasons) });
