import { registryIndex } from './registry-index.js';

/**
 * An area and every area it lies within on some date (its nation, its county, every combined
 * authority it has belonged to, directly or through its county): whenever `isWithin` is
 * true for some date, the container is in this list.
 *
 * @param area - a GSS code
 * @returns the area itself, then its containers at any time
 * @example
 * ```ts
 * containersAtAnyTime('E08000001'); // ['E08000001', 'E92000001', 'E47000001'] (Bolton, England, Greater Manchester)
 * ```
 */
export function containersAtAnyTime(area: string): readonly string[] {
  return [area, ...(registryIndex().containers.get(area)?.keys() ?? [])];
}
