/**
 * Names joined as in a sentence: "a", "a and b", "a, b and c" (or "or"); an empty list gives "".
 *
 * @param names - the names, in order
 * @param joiner - the word before the last name
 * @returns the names in one phrase
 * @example
 * ```ts
 * joinedNames(['Bolton', 'Bury', 'Wigan'], 'and'); // 'Bolton, Bury and Wigan'
 * joinedNames(['age', 'residence'], 'or'); // 'age or residence'
 * ```
 */
export function joinedNames(names: readonly string[], joiner: 'and' | 'or'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]!}`;
}
