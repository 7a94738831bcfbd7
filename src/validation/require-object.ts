import { InvalidInputError } from './input-issue.js';

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
