import type { InputIssue } from '../validation/input-issue.js';
import { type Place, isAt } from './field-suggestions.js';

/** What to write at a place, for an author who wrote something of the wrong shape there. */
const EXAMPLES: readonly (readonly [Place, string])[] = [
  [['offers', '[]', 'versions', '*', 'value'], 'a value is written as { type: percentage, percent: 100 }, { type: money, amount: 2000, period: once } or { type: service, detail: … }'],
  [['offers', '[]', 'versions', '*', 'eligibility'], 'eligibility is a list of conditions, such as [{ type: age, from: 18, until: 25 }]'],
  [['offers', '[]', 'versions', '*', 'eligibility', '[]'], 'a condition is written as { type: age, from: 18, until: 25 } or { type: residence, within: [E08000001] }'],
  [['offers', '[]', 'versions', '*', 'eligibility', '[]', 'within'], 'areas are a list of GSS codes, such as [E08000001] (care-leaver-entitlements areas NAME finds a code)'],
  [['offers', '[]', 'sources'], 'sources are a list, such as [{ title: …, url: https://…, publisher: … }]'],
  [['offers', '[]', 'sources', '[]'], 'a source is written as { title: …, url: https://…, publisher: … }'],
  [['offers', '[]', 'versions'], 'versions are written by their date, such as { "2024-04-01": { status: in-force, value: …, eligibility: […] } }'],
  [['coverage', '[]', 'areas'], 'areas are a list of GSS codes, such as [E08000001] (care-leaver-entitlements areas NAME finds a code)'],
];

/**
 * Issues of a value of the wrong shape (text where a map or a list goes) with an example of what
 * goes there: a value, a condition, a list of areas, a source.
 *
 * @param issues - the document's issues
 * @returns the issues, those of the wrong shape at a known place with an example
 * @example
 * ```ts
 * withPlaceExamples([{ code: 'invalid-type', path: ['offers', 0, 'versions', '2024-01-01', 'value'], message: 'this is text, not a map of fields; use a map of fields' }])[0]?.message;
 * // 'this is text, not a map of fields; use a map of fields: a value is written as { type: percentage, percent: 100 }, { type: money, amount: 2000, period: once } or { type: service, detail: … }'
 * ```
 */
export function withPlaceExamples(issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((issue) => {
    if (issue.code !== 'invalid-type' || !/^this is /.test(issue.message)) return issue;
    const example = EXAMPLES.find(([place]) => isAt(place, issue.path))?.[1];
    return example === undefined ? issue : { ...issue, message: `${issue.message}: ${example}` };
  });
}
