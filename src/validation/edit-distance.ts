/**
 * The Levenshtein distance between two strings: how many single-character insertions, deletions
 * or substitutions turn one into the other.
 *
 * @param a - a string
 * @param b - another string
 * @returns the distance (0 when equal)
 * @example
 * ```ts
 * editDistance('kitten', 'sitting'); // 3
 * ```
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return prefixEditDistances(a, b)[b.length]!;
}

/**
 * The Levenshtein distance between a string and each start of another: entry `j` is the distance
 * from `a` to the first `j` characters of `b` (so the last entry is `editDistance(a, b)`), found in
 * one pass, as cheaply as that one distance.
 *
 * @param a - a string
 * @param b - another string
 * @returns `b.length + 1` distances
 * @example
 * ```ts
 * prefixEditDistances('herts', 'hertford'); // [5, 4, 3, 2, 1, 1, 2, 3, 4]
 * ```
 */
export function prefixEditDistances(a: string, b: string): number[] {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous;
}
