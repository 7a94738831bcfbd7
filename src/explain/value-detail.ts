import type { EntitlementValue } from '../schema/value.js';

/**
 * A value's own words from its source (what it covers, its limits, how to ask), or '' when it has
 * none: "provided" alone does not say that a guaranteed interview is only for one council's jobs.
 *
 * @param value - an entitlement's value, or null
 * @returns the detail, or ''
 * @example
 * ```ts
 * valueDetail({ type: 'service', detail: 'guaranteed interview for a council job' }); // 'guaranteed interview for a council job'
 * valueDetail({ type: 'percentage', percent: 100 }); // ''
 * ```
 */
export function valueDetail(value: EntitlementValue | null): string {
  return value !== null && value.type !== 'range' && value.detail !== undefined ? value.detail : '';
}
