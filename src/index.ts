/**
 * care-leaver-entitlements: what a young person leaving care is entitled to where they live, and
 * what changes when they move.
 *
 * @packageDocumentation
 */
export * from './dates/calendar-date.js';
export * from './dates/birthday.js';
export * from './schema/index.js';
export * from './validation/input-issue.js';
export * from './validation/check.js';
export * from './engine/geography.js';
