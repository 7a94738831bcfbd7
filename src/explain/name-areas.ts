import type { Geography } from '../areas/geography.js';
import { joinedNames } from '../lists/joined-names.js';

/**
 * Names a list of areas for a sentence: "Bolton and Bury", "Bolton, Bury or Wigan".
 *
 * @param codes - area codes
 * @param geography - where names come from (a code with no name stays a code)
 * @param joiner - `and` or `or`
 * @returns the names joined for English
 * @example
 * ```ts
 * nameAreas(['E08000001', 'E08000002'], ukGeography, 'or'); // 'Bolton or Bury'
 * ```
 */
export function nameAreas(codes: readonly string[], geography: Geography, joiner: 'and' | 'or' = 'and'): string {
  return joinedNames(codes.map((code) => geography.nameOf(code) ?? code), joiner);
}
