import type { Area } from './area.js';
import { registryIndex } from './registry-index.js';

/**
 * The area with a GSS code.
 *
 * @param code - a GSS code such as `E08000001` (exact, upper case); see {@link resolveArea} for names
 * @returns the area, or `undefined` when the registry has no area with that code
 * @example
 * ```ts
 * getArea('E08000001')?.shortName; // 'Bolton'
 * getArea('E99999999'); // undefined
 * ```
 */
export function getArea(code: string): Area | undefined {
  return registryIndex().byCode.get(code);
}
