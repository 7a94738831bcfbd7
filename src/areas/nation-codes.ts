import type { Nation } from './area.js';

/**
 * Each nation's GSS code, as the registry names the nations.
 *
 * @example
 * ```ts
 * NATION_CODES.Wales; // 'W92000004'
 * ```
 */
export const NATION_CODES: Readonly<Record<Nation, string>> = {
  England: 'E92000001',
  Wales: 'W92000004',
  Scotland: 'S92000003',
  'Northern Ireland': 'N92000002',
};

/**
 * The four nations' GSS codes, to tell a whole nation from a council or a region quickly.
 *
 * @example
 * ```ts
 * NATION_AREA_CODES.has('E92000001'); // true
 * NATION_AREA_CODES.has('E08000001'); // false (Bolton)
 * ```
 */
export const NATION_AREA_CODES: ReadonlySet<string> = new Set(Object.values(NATION_CODES));
