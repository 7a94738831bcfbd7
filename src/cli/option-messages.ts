import { ENGLISH_MESSAGES, type MessageTable, describeFactTest, describeGivenFact } from '../explain/message-table.js';
import { optionForFact } from './option-table.js';

/**
 * The English message table with each person fact named as the command-line option that gives it
 * (`needs --higher-education or --not-higher-education, which was not given`), for the tables the
 * command line prints; `--json` keeps the engine's field names (`ENGLISH_MESSAGES`).
 *
 * @example
 * ```ts
 * evaluate(person, '2026-11-23', embeddedDataset, { messages: OPTION_MESSAGES });
 * ```
 */
export const OPTION_MESSAGES: MessageTable = {
  ...ENGLISH_MESSAGES,
  reasons: {
    ...ENGLISH_MESSAGES.reasons,
    'fact-missing': (r, words, table) => {
      const option = optionForFact(r.fact);
      if (option === undefined) return ENGLISH_MESSAGES.reasons['fact-missing'](r, words, table);
      // A yes/no fact: the option says which answer, so the value tested adds nothing.
      if (r.test.within === undefined && r.test.in === undefined) return `needs ${option}, which was not given`;
      return `needs to know ${option} (${describeFactTest(r.test, words)}), which was not given`;
    },
    'fact-not-met': (r, words, table) => {
      const option = optionForFact(r.fact);
      if (option === undefined) return ENGLISH_MESSAGES.reasons['fact-not-met'](r, words, table);
      // A yes/no fact: name the option that would meet it, and the one given.
      const flag = /^--(\S+) or --not-\1$/.exec(option)?.[1];
      if (flag !== undefined && typeof r.given === 'boolean') {
        const [needed, given] = r.given ? [`--not-${flag}`, `--${flag}`] : [`--${flag}`, `--not-${flag}`];
        return `needs ${needed}, but ${given} was given`;
      }
      return `needs ${option} to be ${describeFactTest(r.test, words)}, but it is ${describeGivenFact(r.test, r.given, words)}`;
    },
  },
};
