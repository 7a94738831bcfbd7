import { editDistance } from '../validation/edit-distance.js';
import type { InputIssue } from '../validation/input-issue.js';

/**
 * The keys of an options object that a function does not take, each an issue naming the near key
 * it may be a misspelling of: a misspelt option (`{ kind: ['mentor'] }`) would otherwise be
 * ignored silently.
 *
 * @param options - the options object given
 * @param known - the keys the function takes
 * @returns one issue per unknown key, at `['options', key]`
 * @example
 * ```ts
 * unknownOptionKeys({ kind: ['mentor'] }, ['kinds', 'geography'])[0]?.message; // 'unknown option "kind"; did you mean "kinds"?'
 * ```
 */
export function unknownOptionKeys(options: object, known: readonly string[]): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const key in options) {
    if (known.includes(key)) continue;
    const near = known.find((k) => editDistance(key.toLowerCase(), k.toLowerCase()) <= 2);
    issues.push({
      code: 'unknown-key',
      path: ['options', key],
      message: `unknown option ${JSON.stringify(key)}; ${near === undefined ? `the options are ${known.join(', ')}` : `did you mean ${JSON.stringify(near)}?`}`,
    });
  }
  return issues;
}
