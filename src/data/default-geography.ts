import { ukGeography } from '../areas/uk-geography.js';
import type { Geography } from '../areas/geography.js';

/**
 * The geography the data functions use when none is given: the UK registry.
 *
 * @example
 * ```ts
 * defaultGeography.isWithin('E08000004', 'E47000001', '2026-01-01'); // true (Oldham in Greater Manchester)
 * ```
 */
export const defaultGeography: Geography = ukGeography;
