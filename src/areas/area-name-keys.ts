import type { Area } from './area.js';
import { normaliseAreaName } from './normalise-area-name.js';

/**
 * The comparison keys an area is filed under for name look-ups: each of its names (name, short
 * name, other names, slug) as {@link normaliseAreaName} gives it, then without noise words; empty
 * keys left out, each key once in the order first met. The registry's generator writes them beside
 * the areas (`NAME_KEYS`), so the index need not work them out when it is first built.
 *
 * @param area - the area
 * @returns its exact keys and its keys without noise words
 * @example
 * ```ts
 * areaNameKeys(getArea('E08000001')!); // [['bolton metropolitan borough council', 'bolton', 'bolton district'], ['bolton']]
 * ```
 */
export function areaNameKeys(area: Area): [exact: string[], core: string[]] {
  const names = [area.name, area.shortName, ...area.otherNames, ...(area.slug === undefined ? [] : [area.slug])];
  const exact = [...new Set(names.map((name) => normaliseAreaName(name)).filter((key) => key !== ''))];
  const core = [...new Set(names.map((name) => normaliseAreaName(name, { dropNoiseWords: true })).filter((key) => key !== ''))];
  return [exact, core];
}
