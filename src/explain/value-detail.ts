import type { EntitlementValue } from '../schema/value.js';
import { sameValue } from '../engine/compare-values.js';

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

/** The words a change shows beside its values (see {@link changeDetail}). */
export interface ChangeDetail {
  /** The value's own words, or '' when neither value has any. */
  readonly detail: string;
  /**
   * True when the words are those of the value before the change and the value after it differs
   * (it ends, or what follows has no words of its own): they say what was given, not what is.
   */
  readonly ofBefore: boolean;
}

/**
 * The words to show beside a change of value: those of the value after it, else those of the
 * value before it, saying which, so that a row where an entitlement ends ("eligible → unknown")
 * does not read as if the ended value still held.
 *
 * @param after - the value after the change (null when there is none)
 * @param before - the value before it
 * @returns the words and whether they are the earlier value's
 * @example
 * ```ts
 * changeDetail(null, { type: 'service', detail: 'a mentor' }); // { detail: 'a mentor', ofBefore: true }
 * changeDetail({ type: 'service', detail: 'a mentor' }, null); // { detail: 'a mentor', ofBefore: false }
 * ```
 */
export function changeDetail(after: EntitlementValue | null, before: EntitlementValue | null): ChangeDetail {
  const own = valueDetail(after);
  if (own !== '') return { detail: own, ofBefore: false };
  const earlier = valueDetail(before);
  return { detail: earlier, ofBefore: earlier !== '' && !sameValue(after, before) };
}
