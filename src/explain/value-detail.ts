import type { EntitlementValue } from '../schema/value.js';

/**
 * A value's own words from its source (what it covers, its limits, how to ask), or '' when it has
 * none: "provided" alone does not say that a guaranteed interview is only for one council's jobs.
 * Given several values (after a change, then before it), the words of the first that has any.
 *
 * @param values - an entitlement's value (or null), then others to fall back on
 * @returns the detail, or ''
 * @example
 * ```ts
 * valueDetail({ type: 'service', detail: 'guaranteed interview for a council job' }); // 'guaranteed interview for a council job'
 * valueDetail({ type: 'percentage', percent: 100 }); // ''
 * valueDetail(null, { type: 'service', detail: 'a mentor' }); // 'a mentor'
 * ```
 */
export function valueDetail(...values: readonly (EntitlementValue | null)[]): string {
  for (const value of values) {
    if (value !== null && value.type !== 'range' && value.detail !== undefined && value.detail !== '') return value.detail;
  }
  return '';
}
