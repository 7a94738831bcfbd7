import { createGeography, type Geography } from '../engine/geography.js';

/**
 * The geography the data functions use when none is given. Until the UK registry
 * (`ukGeography`) is available this knows no containment: an area lies only within itself.
 *
 * @example
 * ```ts
 * defaultGeography.isWithin('E08000001', 'E08000001', '2026-01-01'); // true
 * ```
 */
export const defaultGeography: Geography = createGeography([]);
