import { editDistance } from './edit-distance.js';

/**
 * The candidates closest in spelling to a word (edit distance), for "did you mean" hints.
 *
 * @param word - what was typed
 * @param candidates - the names it could have meant
 * @param options - `limit` (3 by default) and `maxDistance` (a third of the word's length, at least 2)
 * @returns up to `limit` candidates, closest first
 * @example
 * ```ts
 * closestNames('--lives', ['--lives-in', '--born', '--on']); // ['--lives-in']
 * ```
 */
export function closestNames(
  word: string,
  candidates: readonly string[],
  options: { readonly limit?: number; readonly maxDistance?: number } = {},
): string[] {
  const max = options.maxDistance ?? Math.max(2, Math.ceil(word.length / 3));
  return candidates
    .map((candidate) => ({ candidate, d: candidate.startsWith(word) ? 1 : editDistance(word.toLowerCase(), candidate.toLowerCase()) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, options.limit ?? 3)
    .map((x) => x.candidate);
}
