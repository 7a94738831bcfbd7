import { MAX_AREA_QUERY_LENGTH } from './resolve-area.js';
import { type CalendarDate, requireDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { existsOn as areaExistsOn } from './area-exists-within.js';
import { normaliseAreaName, withoutNoiseWords } from './normalise-area-name.js';
import { registryIndex } from './registry-index.js';
import { wrongArgument } from '../validation/require-object.js';

/** Options for {@link searchAreas}. */
export interface SearchAreasOptions {
  /** Only areas that existed on this date (`YYYY-MM-DD`). Without it, former areas come last. */
  readonly on?: CalendarDate | undefined;
  /** At most this many results. Default 10. */
  readonly limit?: number | undefined;
}

/**
 * Searches the registry by name or code: whole names first, then names starting with the query,
 * then names with a word starting with it, then names containing it. A query with words such as
 * "council", "borough" or "city of" also finds the areas named by the rest ("Bolton Council",
 * "Westminster City Council"), after a whole name matching as typed, and when nothing else matches,
 * the same search without those words: every name {@link resolveArea} resolves is found.
 *
 * @param query - part of a name (any spelling), or a GSS or register code
 * @param options - a date and a limit
 * @returns the matching areas, best first (empty when nothing matches)
 * @throws {@link InvalidInputError} when the query is not text
 * @example
 * ```ts
 * searchAreas('manchester').map((a) => a.code); // ['E08000003', 'E47000001']
 * searchAreas('tyne', { on: '2025-01-01' }).map((a) => a.shortName); // ['Newcastle upon Tyne', 'North Tyneside', 'South Tyneside']
 * searchAreas('Camden Council').map((a) => a.code); // ['E09000007']
 * ```
 */
export function searchAreas(query: string, options: SearchAreasOptions = {}): readonly Area[] {
  // Plain JavaScript callers may pass nothing or a number: named, not a TypeError.
  if (typeof query !== 'string') throw wrongArgument('area search', 'query', query, 'part of a name or a code as text, such as "Bolton" or "E08000001"');
  const on = options?.on === undefined ? undefined : requireDate(options.on, ['options', 'on'], 'area search');
  const limit = options?.limit ?? 10;
  if (query.length > MAX_AREA_QUERY_LENGTH) return []; // longer than any area name
  const key = normaliseAreaName(query);
  if (key === '' || limit <= 0) return [];
  const index = registryIndex();
  const rank = new Map<Area, number>();
  const consider = (area: Area, score: number): void => {
    if (on !== undefined && !areaExistsOn(area, on)) return;
    if (score < (rank.get(area) ?? Infinity)) rank.set(area, score);
  };
  const upper = query.trim().toUpperCase();
  for (const area of [index.byCode.get(upper), index.byFormerCode.get(upper), index.byRegisterCode.get(upper)]) {
    if (area !== undefined) consider(area, 0);
  }
  const search = (text: string): void => {
    for (const [name, areas] of index.exactNames) {
      const score =
        name === text ? 0 : name.startsWith(text) ? 1 : name.includes(` ${text}`) ? 2 : name.includes(text) ? 3 : undefined;
      if (score !== undefined) for (const area of areas) consider(area, score);
    }
  };
  search(key);
  // A name with "council", "city of" and the like ("Bolton Council", "Staffordshire Council"): the
  // areas it names without them, as resolveArea finds them, after a whole name matched as typed;
  // and when nothing else was found, the same search without them.
  const core = withoutNoiseWords(key);
  if (core !== key) {
    for (const area of index.coreNames.get(core) ?? []) consider(area, 0.5);
    if (rank.size === 0) search(core);
  }
  return [...rank]
    .sort(
      ([a, ra], [b, rb]) =>
        ra - rb ||
        Number(a.endDate !== undefined) - Number(b.endDate !== undefined) ||
        a.shortName.localeCompare(b.shortName),
    )
    .slice(0, limit)
    .map(([area]) => area);
}
