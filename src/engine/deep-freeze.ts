/**
 * Freezes an object and everything it holds, stopping at what is frozen already (the embedded
 * dataset's parts are). For objects more than one caller is given: a caller that changed one in
 * place would change what every other caller sees.
 *
 * @param value - anything
 * @returns the same value, frozen all through
 * @example
 * ```ts
 * const answer = deepFreeze({ reasons: [{ code: 'offer-applies' }] });
 * Object.isFrozen(answer.reasons[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
