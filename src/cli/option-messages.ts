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
        // Said of the option given, so that no "--not-no-…" is asked for.
        return r.given ? `is not for someone given --${flag}` : `is only for someone given --${flag}, and --not-${flag} was given`;
      }
      return `needs ${option} to be ${describeFactTest(r.test, words)}, but it is ${describeGivenFact(r.test, r.given, words)}`;
    },
    'area-fact-too-wide': (r, words, table) => {
      const option = optionForFact(r.fact);
      if (option === undefined) return ENGLISH_MESSAGES.reasons['area-fact-too-wide'](r, words, table);
      return `is for people with a GP in ${words.areas(r.areas, 'or')}, and ${option} ${words.areas([r.given])} is wider: the practice may or may not be there; give ${option} the council area it is in`;
    },
  },
};
