import { InvalidInputError, describeGiven } from './input-issue.js';

/**
 * The argument itself when it is an object, for functions whose plain JavaScript callers may
 * leave it out or pass something else: otherwise an {@link InvalidInputError} naming the argument
 * and showing its shape, never a `TypeError` from reading a field of `undefined`.
 *
 * @param value - the argument as given
 * @param name - its name, for the issue's path (`move`, `period`)
 * @param shape - an example of what to give (`{ to: 'E08000003', on: '2026-11-23' }`)
 * @param what - what was being done, for the error's message (`move`, `timeline`)
 * @returns the argument
 * @throws {@link InvalidInputError} when it is not an object
 * @example
 * ```ts
 * requireObject({ on: '2026-11-23' }, 'period', "{ on: '2026-11-23' }", 'guarantee report').on; // '2026-11-23'
 * requireObject(undefined, 'period', "{ on: '2026-11-23' }", 'guarantee report'); // throws InvalidInputError at period
 * ```
 */
export function requireObject<T extends object>(value: T | null | undefined, name: string, shape: string, what: string): T {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  throw new InvalidInputError(what, [
    {
      code: 'invalid-type',
      path: [name],
      message: `${value === undefined ? 'required argument is missing' : `this is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}`}; give an object such as ${shape}`,
    },
  ]);
}

/**
 * The error for an argument of the wrong type, from a plain JavaScript caller: an
 * {@link InvalidInputError} naming the argument, never a `TypeError` from using it.
 *
 * @param what - what was being done, for the error's message (`value`, `area search`)
 * @param name - the argument's name (or its path, `['areas', 2]`), for the issue's path
 * @param value - the argument as given
 * @param expected - what to give instead, as words (`a value from an entitlement, such as { type: 'service' }`)
 * @returns the error, to throw
 * @example
 * ```ts
 * wrongArgument('area search', 'query', 42, 'a name or code as text, such as "Bolton"').issues[0]?.message; // 'this is a number; give a name or code as text, such as "Bolton"'
 * ```
 */
export function wrongArgument(what: string, name: string | readonly (string | number)[], value: unknown, expected: string): InvalidInputError {
  const path = typeof name === 'string' ? [name] : name;
  return new InvalidInputError(what, [{ code: 'invalid-type', path, message: `${givenWords(value)}; give ${expected}` }]);
}

/** "required argument is missing", "this is null", "this is a list", "this is a number". */
function givenWords(value: unknown): string {
  if (value === undefined) return 'required argument is missing';
  if (value === null) return 'this is null';
  if (Array.isArray(value)) return 'this is a list';
  if (value instanceof Uint8Array) return 'this is bytes (a Buffer or Uint8Array)';
  return `this is ${typeof value === 'object' ? 'an object without the fields needed' : `a ${typeof value}`}`;
}

/**
 * Throws an {@link InvalidInputError} naming the argument unless it is an object whose `lists`
 * are lists: a cheap check that it came from a `decide…` function (not `{}` or undefined).
 *
 * @param value - the argument as given
 * @param name - its name (`evaluation`)
 * @param lists - the fields that must be lists
 * @param expected - what to give, in words
 * @example
 * ```ts
 * requireDecided({}, 'evaluation', ['entitlements'], 'an evaluation from decide'); // throws InvalidInputError at evaluation
 * ```
 */
export function requireDecided(value: unknown, name: string, lists: readonly string[], expected: string): void {
  if (typeof value === 'object' && value !== null && lists.every((field) => Array.isArray((value as Record<string, unknown>)[field]))) return;
  throw wrongArgument(name, name, value, expected);
}

/**
 * Throws an {@link InvalidInputError} naming the argument unless it is a whole number in a range.
 *
 * @param value - the argument as given
 * @param path - its name, for the issue
 * @param what - what was being done
 * @param min - the least allowed
 * @param max - the most allowed
 * @returns the number
 * @example
 * ```ts
 * requireWholeNumber(18, 'age', 'birthday', 0, 300); // 18
 * ```
 */
export function requireWholeNumber(value: unknown, path: string, what: string, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new InvalidInputError(what, [
    { code: 'invalid-value', path: [path], message: `${describeGiven(value)} is not a whole number from ${min} to ${max}; give one (a number, not text)` },
  ]);
}
