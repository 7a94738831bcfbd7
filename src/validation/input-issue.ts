import type * as z from 'zod';
import { closestNames } from './closest-names.js';
import { nameWords } from './name-words.js';

/**
 * The stable codes of input issues. The code is the contract; messages may change.
 */
export type InputIssueCode =
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-format'
  | 'too-small'
  | 'too-big'
  | 'unknown-key'
  | 'duplicate-id'
  | 'value-type-mismatch'
  | 'invalid-version-dates'
  | 'own-scope-without-council'
  | 'claim-without-sources'
  | 'delivery-outside-guarantee'
  | 'unknown-area'
  | 'wrong-kind-of-area'
  | 'area-not-on-date'
  | 'invalid-date'
  | 'forbidden-key'
  | 'malformed-document'
  | 'empty-document'
  | 'file-too-large'
  | 'invalid-input'
  | 'too-deep'
  | 'too-many-issues';

/**
 * One problem with an input, with the path to the field (`['offers', 0, 'kind']`) and a message
 * that says what to do.
 */
export interface InputIssue {
  readonly code: InputIssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The line in the YAML or JSON file, when the input was read from one. */
  readonly line?: number;
}

/** What a `check…` function returns: the parsed data or the issues. */
export type CheckResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

/** The mark every copy of the package puts on its InvalidInputError (a registered symbol, shared by copies). */
const INVALID_INPUT = Symbol.for('care-leaver-entitlements.InvalidInputError');

/**
 * Thrown by the functions that parse or evaluate input, holding every issue found.
 *
 * @example
 * ```ts
 * try { parsePerson({}); } catch (error) {
 *   if (error instanceof InvalidInputError) error.issues[0]?.path; // ['dateOfBirth']
 * }
 * ```
 */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  /** Every issue found, each with its path. */
  readonly issues: readonly InputIssue[];
  /**
   * `instanceof` holds for an error of any copy of the package: an application that loads both
   * its ES module and its CommonJS build (one through `import`, a dependency through `require`)
   * has two classes, and an error from one is still an `InvalidInputError` to the other.
   *
   * @param value - anything
   * @returns whether it is an error of this kind from any copy
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[INVALID_INPUT] === true;
  }

  /**
   * @param what - what was invalid (`person`, `offer document`)
   * @param issues - the issues found
   */
  constructor(what: string, issues: readonly InputIssue[]) {
    if (!Array.isArray(issues)) {
      // Plain JavaScript callers may leave the issues out: said, not a TypeError.
      throw new InvalidInputError('arguments', [{ code: 'invalid-type', path: ['issues'], message: "give the issues as a list, such as [{ code: 'invalid-value', path: ['on'], message: '…' }]" }]);
    }
    const list = cappedIssues(issues);
    const first = list[0];
    const where = first && first.path.length > 0 ? `${formatIssuePath(first.path)}: ` : '';
    const last = list[list.length - 1];
    const total = last?.code === 'too-many-issues' ? list.length - 1 + countIn(last.message) : list.length;
    const more = total > 1 ? ` (and ${total - 1} more)` : '';
    super(`invalid ${what}: ${where}${first?.message ?? 'unknown problem'}${more}`);
    this.issues = list;
    // Marks the errors of every copy of the package (see Symbol.hasInstance above); not enumerable.
    Object.defineProperty(this, INVALID_INPUT, { value: true });
  }
}

/**
 * The most issues reported for one input; the rest are counted in a last issue (code
 * `too-many-issues`), so a list of a million bad entries does not make a million issues.
 *
 * @example
 * ```ts
 * MAX_REPORTED_ISSUES; // 100
 * ```
 */
export const MAX_REPORTED_ISSUES = 100;

/**
 * At most {@link MAX_REPORTED_ISSUES} issues, and one more (`too-many-issues`) saying how many
 * were left out.
 *
 * @param issues - the issues found
 * @param more - issues found but not made into {@link InputIssue}s, counted in the last issue
 * @returns the issues, capped
 * @example
 * ```ts
 * cappedIssues(Array(150).fill({ code: 'invalid-type', path: [], message: 'x' })).length; // 101
 * ```
 */
export function cappedIssues(issues: readonly InputIssue[], more = 0): InputIssue[] {
  const last = issues[issues.length - 1];
  const alreadyCapped = last?.code === 'too-many-issues' && issues.length <= MAX_REPORTED_ISSUES + 1;
  if (more === 0 && (alreadyCapped || issues.length <= MAX_REPORTED_ISSUES)) return [...issues];
  const kept = issues.slice(0, MAX_REPORTED_ISSUES);
  let left = more;
  for (let i = MAX_REPORTED_ISSUES; i < issues.length; i++) left += issues[i]!.code === 'too-many-issues' ? countIn(issues[i]!.message) : 1;
  kept.push({ code: 'too-many-issues', path: [], message: `and ${left} more issue${left === 1 ? '' : 's'}; fix the ones above and check again` });
  return kept;
}

/** The number a `too-many-issues` message counts ("and 5 more issues"). */
function countIn(message: string): number {
  return Number(/^and (\d+) more/.exec(message)?.[1] ?? 1);
}

/**
 * The issue for an input that could not even be read: a getter or proxy that threw, or a structure
 * nested too deeply to walk.
 *
 * @param error - what reading it threw
 * @param path - where the input was (the root by default)
 * @returns an `invalid-input` issue
 * @example
 * ```ts
 * unreadableInputIssue(new Error('boom')).code; // 'invalid-input'
 * ```
 */
export function unreadableInputIssue(error: unknown, path: readonly (string | number)[] = []): InputIssue {
  const why = error instanceof RangeError ? 'it is nested too deeply' : `reading it failed (${error instanceof Error ? error.message : describeGiven(error)})`;
  return { code: 'invalid-input', path, message: `this input could not be read: ${why}; pass plain data, such as parsed JSON` };
}

/**
 * Writes an issue path the way people read it: `offers[0].versions.2020-04-01.value`.
 *
 * @param path - the path of an issue
 * @returns the path as text (`(root)` for the empty path)
 * @example
 * ```ts
 * formatIssuePath(['offers', 0, 'kind']); // 'offers[0].kind'
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

const ZOD_CODES: Record<string, InputIssueCode> = {
  invalid_type: 'invalid-type',
  invalid_value: 'invalid-value',
  invalid_format: 'invalid-format',
  invalid_union: 'invalid-value',
  invalid_key: 'invalid-value',
  invalid_element: 'invalid-value',
  too_small: 'too-small',
  too_big: 'too-big',
  unrecognized_keys: 'unknown-key',
  not_multiple_of: 'invalid-value',
};

/**
 * Turns zod's issues into input issues with stable codes and messages that name a fix.
 *
 * @param issues - `error.issues` from a failed zod parse
 * @returns the same issues as {@link InputIssue}s
 * @example
 * ```ts
 * fromZodIssues(Person.safeParse({}).error!.issues)[0]?.path; // ['dateOfBirth']
 * ```
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  // Converted only up to the cap: a list of a million bad entries gives a million zod issues.
  const out: InputIssue[] = [];
  let more = 0;
  for (const issue of issues) {
    if (out.length > MAX_REPORTED_ISSUES) more += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    else for (const converted of fromZodIssue(issue)) out.push(converted);
  }
  return cappedIssues(out, more);
}

/**
 * The values holding every word of a name given in part (`inEducation`: `inFullTimeEducation`,
 * `inHigherEducation`), at most three, when the name has a word of four letters or more.
 */
function namedInPart(given: string, values: readonly string[]): string[] {
  const words = nameWords(given);
  if (!words.some((w) => w.length >= 4)) return [];
  const found = values.filter((value) => {
    const theirs = nameWords(value);
    return words.every((w) => theirs.includes(w));
  });
  return found.length <= 3 ? found : [];
}

function fromZodIssue(issue: z.core.$ZodIssue): InputIssue[] {
  {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'invalid_union' && issue.errors.length === 0 && 'options' in issue && Array.isArray(issue.options)) {
      // A union keyed on a field (a condition's `type`) whose key matched none of its options.
      const field = String('discriminator' in issue && typeof issue.discriminator === 'string' ? issue.discriminator : (path[path.length - 1] ?? 'type'));
      const input = 'input' in issue ? issue.input : undefined;
      const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[field] : undefined;
      const options = issue.options.map((o) => JSON.stringify(o)).join(', ');
      if (value === undefined) return [{ code: 'invalid-value', path, message: `${field} must be one of ${options}` }];
      // A slip of the keys ("ages") is most likely the option it is one or two letters from.
      const [near] = typeof value === 'string' ? closestNames(value, issue.options.filter((o): o is string => typeof o === 'string'), { limit: 1, maxDistance: Math.max(1, Math.min(2, Math.floor(value.length / 3))) }) : [];
      const hint = near === undefined ? 'check its spelling' : `did you mean ${JSON.stringify(near)}?`;
      return [{ code: 'invalid-value', path, message: `${field} ${describeGiven(value)} is not one of ${options}; ${hint}` }];
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => deepest(b) - deepest(a))[0]!;
      return fromZodIssues(best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
    }
    if (issue.code === 'invalid_key' && issue.issues.length > 0) {
      return [{ code: 'invalid-value', path, message: `this key: ${issue.issues[0]!.message}` }];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: 'unknown-key' as const,
        path: [...path, key],
        message: `unknown field ${JSON.stringify(key)}; remove it or check its spelling`,
      }));
    }
    if (issue.code === 'custom') {
      const code = (issue.params as { code?: InputIssueCode } | undefined)?.code ?? 'invalid-value';
      return [{ code, path, message: issue.message }];
    }
    if (issue.code === 'invalid_type') {
      // zod reports what it received in the message ("expected number, received string").
      const received = /received (\w+)/.exec(issue.message)?.[1];
      // A schema's own words (a calendar date's, say) say more than the generic ones.
      if (!issue.message.startsWith('Invalid input')) return [{ code: 'invalid-type', path, message: issue.message }];
      if (received === undefined || received === 'undefined') {
        return [{ code: 'invalid-type', path, message: `required field is missing; add ${typeWords(issue.expected)}` }];
      }
      // A number written with its sign or unit ("100%", "£2,000") is most likely that number.
      const input = 'input' in issue ? issue.input : undefined;
      const digits = issue.expected === 'number' && typeof input === 'string' ? /^\s*£?\s*(\d[\d,]*(?:\.\d+)?)\s*%?\s*$/.exec(input)?.[1]?.replace(/,/g, '') : undefined;
      if (digits !== undefined) {
        const marks = [['%', 'the %'], ['£', 'the £'], [',', 'the commas']].filter(([mark]) => String(input).includes(mark!)).map(([, words]) => words);
        const without = marks.length === 0 ? 'quotes' : marks.join(' and ');
        return [{ code: 'invalid-type', path, message: `this is text, not a number; write ${digits}, without ${without}` }];
      }
      return [{ code: 'invalid-type', path, message: `this is ${typeWords(received)}, not ${typeWords(issue.expected)}; use ${typeWords(issue.expected)}` }];
    }
    if ((issue.code === 'too_big' || issue.code === 'too_small') && /^Too (big|small)/.test(issue.message)) {
      return [{ code: ZOD_CODES[issue.code] ?? 'invalid-value', path, message: sizeWords(issue) }];
    }
    if (issue.code === 'invalid_value' && issue.values.length > 0 && issue.message.startsWith('Invalid option')) {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      // A value one slip away from an allowed one ("otherAdult") is most likely that one.
      const names = issue.values.filter((v): v is string => typeof v === 'string');
      const [near] = typeof issue.input === 'string' ? closestNames(issue.input, names, { limit: 1, maxDistance: Math.min(2, Math.floor(issue.input.length / 3)) }) : [];
      // Or a value named in part ("inEducation"): those holding every word of it.
      const partly = near === undefined && typeof issue.input === 'string' ? namedInPart(issue.input, names) : [];
      const meant = near === undefined ? partly.map((v) => JSON.stringify(v)).join(' or ') : JSON.stringify(near);
      return [
        {
          code: 'invalid-value',
          path,
          message:
            meant !== ''
              ? `${JSON.stringify(issue.input)} is not allowed; did you mean ${meant}? (the values: ${allowed})`
              : `${
                  !('input' in issue) ? 'not an allowed value' : issue.input === undefined ? 'required field is missing' : `${JSON.stringify(issue.input)} is not allowed`
                }; use one of ${allowed}`,
        },
      ];
    }
    return [{ code: ZOD_CODES[issue.code] ?? 'invalid-value', path, message: issue.message }];
  }
}

/**
 * A value as given, for a message: JSON where it can be written so (a BigInt or an object with no
 * prototype cannot), else its type.
 *
 * @param value - any value
 * @returns the value written out, at most about 60 characters
 * @example
 * ```ts
 * describeGiven('ages'); // '"ages"'
 * describeGiven(1n); // 'a bigint'
 * describeGiven(undefined); // 'undefined'
 * ```
 */
export function describeGiven(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value); // JSON writes NaN as null
  if (value === undefined) return 'undefined'; // not "a undefined"
  let written: string | undefined;
  try {
    written = JSON.stringify(value);
  } catch {
    written = undefined;
  }
  if (written === undefined) return `a ${typeof value}`;
  return written.length > 60 ? `${written.slice(0, 57)}…` : written;
}

/** A number, list or text out of its bounds, said with the bound and what to give ("150 is more than 100; give at most 100"). */
function sizeWords(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  const given = 'input' in issue ? issue.input : undefined;
  if (issue.origin === 'array' || issue.origin === 'set') {
    const count = Array.isArray(given) ? `${given.length} item${given.length === 1 ? '' : 's'}` : 'this list';
    return big ? `${count}, more than the ${limit} allowed; give at most ${limit}` : `${count}, fewer than the ${limit} needed; give at least ${limit}`;
  }
  if (issue.origin === 'string') {
    return big ? `this text is longer than ${limit} characters; shorten it` : limit <= 1 ? 'this text is empty; write it, or leave the field out' : `this text is shorter than ${limit} characters; write more`;
  }
  const value = typeof given === 'number' ? String(given) : 'this number';
  if (big) return inclusive ? `${value} is more than ${limit}; give at most ${limit}` : `${value} is not below ${limit}; give less than ${limit}`;
  return inclusive ? `${value} is less than ${limit}; give at least ${limit}` : `${value} is not above ${limit}; give more than ${limit}`;
}

/** A type as an author would say it: "a number", "a list", "yes or no". */
function typeWords(expected: string): string {
  const words: Record<string, string> = {
    number: 'a number',
    string: 'text',
    boolean: 'true or false (without quotes)',
    array: 'a list',
    object: 'a map of fields',
    int: 'a whole number',
    record: 'a map of keys to values',
    null: 'null',
  };
  return words[expected] ?? `a ${expected}`;
}

function deepest(issues: readonly z.core.$ZodIssue[]): number {
  // A loop, not Math.max(...list): spreading a list of 70,000 issues overflows the call stack.
  let most = 0;
  for (const i of issues) most = Math.max(most, i.path.length + (i.code === 'invalid_type' ? 0 : 0.5));
  return most;
}
