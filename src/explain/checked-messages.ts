import { InvalidInputError, type InputIssue } from '../validation/input-issue.js';
import { ENGLISH_MESSAGES, type MessageTable } from './message-table.js';

/** The entries of `given` missing or not functions where `template` has a function, as issues. */
function missingEntries(given: unknown, template: object, path: readonly (string | number)[]): InputIssue[] {
  if (typeof given !== 'object' || given === null) {
    return [{ code: 'invalid-type', path, message: 'a message table must be an object; build one from ENGLISH_MESSAGES ({ ...ENGLISH_MESSAGES, … })' }];
  }
  return Object.entries(template).flatMap(([key, entry]): InputIssue[] => {
    const value = (given as Record<string, unknown>)[key];
    if (typeof entry === 'function') {
      return typeof value === 'function'
        ? []
        : [{ code: value === undefined ? 'invalid-type' : 'invalid-value', path: [...path, key], message: `${value === undefined ? 'missing' : 'not a function'}; every entry of ENGLISH_MESSAGES is needed (spread it and replace the entries you change)` }];
    }
    return typeof entry === 'object' && entry !== null ? missingEntries(value, entry, [...path, key]) : [];
  });
}

/**
 * The message table an explained function uses: `options.messages`, checked to have every entry
 * the English table has, or the English table.
 *
 * @param options - the function's options (anything: plain JavaScript callers may pass anything)
 * @returns the table
 * @throws {@link InvalidInputError} naming each missing entry (at most five)
 * @example
 * ```ts
 * checkedMessages({}) === ENGLISH_MESSAGES; // true
 * checkedMessages({ messages: { ...ENGLISH_MESSAGES, date: (d: string) => d } }).date('2026-01-01'); // '2026-01-01'
 * ```
 */
export function checkedMessages(options: unknown): MessageTable {
  const messages = typeof options === 'object' && options !== null ? (options as { messages?: unknown }).messages : undefined;
  if (messages === undefined) return ENGLISH_MESSAGES;
  // A table is checked once: an explained move asks for it for every entitlement it explains.
  if (typeof messages === 'object' && messages !== null && complete.has(messages)) return messages as MessageTable;
  const issues = missingEntries(messages, ENGLISH_MESSAGES, ['options', 'messages']);
  if (issues.length > 0) throw new InvalidInputError('options', issues.slice(0, 5));
  complete.add(messages as object);
  return messages as MessageTable;
}

/** The message tables already found to have every entry. */
const complete = new WeakSet<object>();
