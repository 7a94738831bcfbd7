/**
 * care-leaver-entitlements: what a young person leaving care is entitled to where they live, and
 * what changes when they move.
 *
 * @packageDocumentation
 */
export * from './core.js';
export * from './loaders/load-offer-document.js';
