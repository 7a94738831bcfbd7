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

/**
 * An area's comparison keys written as one text, as the generated registry holds them: the exact
 * keys, then the keys without noise words, each list joined by `|` and the two by `/` (a key holds
 * only letters, digits and spaces).
 *
 * @param keys - the area's keys, as {@link areaNameKeys} gives them
 * @returns the text
 * @example
 * ```ts
 * nameKeysText([['bolton metropolitan borough council', 'bolton'], ['bolton']]); // 'bolton metropolitan borough council|bolton/bolton'
 * ```
 */
export function nameKeysText([exact, core]: readonly [exact: readonly string[], core: readonly string[]]): string {
  return `${exact.join('|')}/${core.join('|')}`;
}

/**
 * An area's comparison keys read back from {@link nameKeysText}.
 *
 * @param text - the keys as one text
 * @returns the exact keys and the keys without noise words
 * @example
 * ```ts
 * nameKeysFromText('bolton metropolitan borough council|bolton/bolton'); // [['bolton metropolitan borough council', 'bolton'], ['bolton']]
 * ```
 */
export function nameKeysFromText(text: string): [exact: string[], core: string[]] {
  const slash = text.indexOf('/');
  const list = (part: string): string[] => (part === '' ? [] : part.split('|'));
  return [list(text.slice(0, slash)), list(text.slice(slash + 1))];
}
