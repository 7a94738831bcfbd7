import { type CalendarDate, requireDate } from '../dates/calendar-date.js';
import { InvalidInputError, describeGiven } from '../validation/input-issue.js';
import type { Area, AreaType, Nation } from './area.js';
import { existsOn as areaExistsOn } from './area-exists-within.js';
import { registryIndex } from './registry-index.js';
import { wrongArgument } from '../validation/require-object.js';

const NATIONS: readonly Nation[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];

/** The nation a name means, in any case and spacing ('england', 'NORTHERN IRELAND'); else an InvalidInputError naming them. */
function nationNamed(given: unknown): Nation {
  const key = typeof given === 'string' ? given.trim().replace(/\s+/g, ' ').toLowerCase() : undefined;
  const nation = NATIONS.find((n) => n.toLowerCase() === key);
  if (nation !== undefined) return nation;
  throw new InvalidInputError('area list', [
    { code: 'invalid-value', path: ['options', 'nation'], message: `${describeGiven(given)} is not a nation; use one of ${NATIONS.map((n) => JSON.stringify(n)).join(', ')}` },
  ]);
}

/** Options for {@link listAreas}. */
export interface ListAreasOptions {
  /** Only areas that existed on this date. */
  readonly on?: CalendarDate | undefined;
  /** `true`: only areas that still exist (no end date); `false`: only abolished ones. */
  readonly current?: boolean | undefined;
  /** Only areas in this nation. */
  readonly nation?: Nation | undefined;
  /** Only areas of this type (or these types). */
  readonly type?: AreaType | readonly AreaType[] | undefined;
}

/**
 * Lists the areas in the registry, by GSS code.
 *
 * @param options - filters: a date, current or former, a nation, a type
 * @returns the matching areas, sorted by code
 * @throws {@link InvalidInputError} when `on` is not a real date, `nation` not one of the four nations or `current` not true or false
 * @example
 * ```ts
 * listAreas({ current: true, type: 'CTY' }).length; // 21
 * listAreas({ on: '2025-07-10', nation: 'Wales', type: 'WPA' }).length; // 22
 * listAreas({ nation: 'wales', type: 'WPA', current: true }).length; // 22 (a nation in any case)
 * ```
 */
export function listAreas(options: ListAreasOptions = {}): readonly Area[] {
  if (typeof options !== 'object' || options === null) throw wrongArgument('area list', 'options', options, "an object (or nothing), such as { on: '2025-01-01', nation: 'England' }");
  const on = options.on === undefined ? undefined : requireDate(options.on, ['options', 'on'], 'area list');
  const nation = options.nation === undefined ? undefined : nationNamed(options.nation);
  if (options.current !== undefined && typeof options.current !== 'boolean') {
    throw wrongArgument('area list', ['options', 'current'], options.current, 'true (areas that still exist) or false (abolished ones)');
  }
  const types = options.type === undefined ? undefined : new Set<AreaType>(typeof options.type === 'string' ? [options.type] : options.type);
  return registryIndex().areas.filter(
    (area) =>
      (on === undefined || areaExistsOn(area, on)) &&
      (options.current === undefined || (area.endDate === undefined) === options.current) &&
      (nation === undefined || area.nation === nation) &&
      (types === undefined || types.has(area.type)),
  );
}
