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
export * from './explain/reason.js';
export * from './explain/describe-value.js';
export * from './engine/entitlement.js';
export * from './engine/compare-values.js';
export { evaluate, type EvaluateOptions } from './engine/evaluate.js';
export * from './engine/compare-move.js';
export * from './engine/move-matrix.js';
export * from './engine/timeline.js';
export * from './data/index.js';
export * from './areas/index.js';
export * from './engine/guarantee-report.js';
export * from './loaders/load-offer-document.js';
export * from './rules/category-on.js';
