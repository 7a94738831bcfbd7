import type { CalendarDate } from '../dates/calendar-date.js';
import type { OfferVersion } from '../schema/offer.js';

/** A version with the date it is keyed by. */
export type DatedVersion = readonly [CalendarDate, OfferVersion];

/**
 * Which version of an offer applies on a date:
 * - `none`: the date is before the offer began;
 * - `one`: the version in force;
 * - `uncertain`: a later version is known only as "confirmed in force by" its date, and may
 *   already apply; `previous` is what applied before it (null if nothing).
 */
export type VersionOn =
  | { readonly type: 'none' }
  | { readonly type: 'one'; readonly version: DatedVersion }
  | { readonly type: 'uncertain'; readonly previous: DatedVersion | null; readonly next: DatedVersion };

/**
 * Finds the version of an offer that applies on a date.
 *
 * @param versions - the offer's versions in date order
 * @param on - the date
 * @returns none, one, or uncertain between two
 * @example
 * ```ts
 * versionOn([['2019-04-01', v1], ['2025-09-01', confirmedBy]], '2024-01-01').type; // 'uncertain'
 * ```
 */
export function versionOn(versions: readonly DatedVersion[], on: CalendarDate): VersionOn {
  let index = -1;
  for (let i = 0; i < versions.length && versions[i]![0] <= on; i++) index = i;
  const current = index >= 0 ? versions[index]! : null;
  const next = versions[index + 1];
  if (next !== undefined && next[1].dateIs === 'confirmed-by') {
    const lowerBound = next[1].notBefore ?? current?.[0];
    if (lowerBound === undefined || lowerBound <= on) return { type: 'uncertain', previous: current, next };
  }
  return current === null ? { type: 'none' } : { type: 'one', version: current };
}
