/**
 * List operations for lists that may be frozen. The embedded dataset and remembered answers are
 * deeply frozen, and Node 20's V8 leaves its fast paths for frozen arrays in `some`, `every`,
 * `find`, `filter` and `slice` (measured on three-item arrays: `some` 115 ns against 38 ns for the
 * same array unfrozen, `slice` 300 ns against 15 ns). A `for ... of` loop, `map`, `includes` and a
 * spread (`[...list]`) keep their speed: these helpers loop, and a copy is best made with a spread.
 */

/**
 * Whether any item passes the test (`Array.prototype.some`, as fast on a frozen list).
 *
 * @param list - the items
 * @param test - the test
 * @returns true when one item passes
 * @example
 * ```ts
 * someOf(Object.freeze(['E08000001', 'E08000002']), (code) => code.endsWith('2')); // true
 * ```
 */
export function someOf<T>(list: readonly T[], test: (item: T) => boolean): boolean {
  for (const item of list) if (test(item)) return true;
  return false;
}

/**
 * The first item that passes the test, or undefined (`Array.prototype.find`, as fast on a frozen list).
 *
 * @param list - the items
 * @param test - the test
 * @returns the item found
 * @example
 * ```ts
 * findOf(Object.freeze([1, 2, 3]), (n) => n > 1); // 2
 * ```
 */
export function findOf<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (const item of list) if (test(item)) return item;
  return undefined;
}
