import type { CalendarDate } from '../dates/calendar-date.js';
import type { Area, AreaType, Nation } from './area.js';
import { areaExistsOn } from './area-exists-on.js';
import { registryIndex } from './registry-index.js';

/** Options for {@link listAreas}. */
export interface ListAreasOptions {
  /** Only areas that existed on this date. */
  readonly on?: CalendarDate;
  /** `true`: only areas that still exist (no end date); `false`: only abolished ones. */
  readonly current?: boolean;
  /** Only areas in this nation. */
  readonly nation?: Nation;
  /** Only areas of this type (or these types). */
  readonly type?: AreaType | readonly AreaType[];
}

/**
 * Lists the areas in the registry, by GSS code.
 *
 * @param options - filters: a date, current or former, a nation, a type
 * @returns the matching areas, sorted by code
 * @example
 * ```ts
 * listAreas({ current: true, type: 'CTY' }).length; // 21
 * listAreas({ on: '2025-07-10', nation: 'Wales', type: 'WPA' }).length; // 22
 * ```
 */
export function listAreas(options: ListAreasOptions = {}): readonly Area[] {
  const types = options.type === undefined ? undefined : new Set<AreaType>(typeof options.type === 'string' ? [options.type] : options.type);
  return registryIndex().areas.filter(
    (area) =>
      (options.on === undefined || areaExistsOn(area, options.on)) &&
      (options.current === undefined || (area.endDate === undefined) === options.current) &&
      (options.nation === undefined || area.nation === options.nation) &&
      (types === undefined || types.has(area.type)),
  );
}
