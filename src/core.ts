/**
 * The library without its YAML loader (`loadOfferDocument`), which src/index.ts adds. The ES module
 * build has this as an entry of its own so that the loader, and the YAML parser it imports, is a
 * file apart: an app that bundles the library and never reads YAML leaves the parser out (the
 * parser's package does not say it is free of side effects, so a bundler keeps what it imports).
 */
export * from './dates/calendar-date.js';
export * from './dates/birthday.js';
export { AGE_PERIOD_ENDS, type AgePeriodEnd, dayAfterPeriodEnd } from './dates/age-mark.js';
export * from './schema/index.js';
export * from './validation/input-issue.js';
export * from './schema/check.js';
export * from './areas/geography.js';
export * from './explain/describe-value.js';
export * from './engine/entitlement.js';
export * from './engine/compare-values.js';
export { decide, type DecideOptions } from './engine/evaluate.js';
export type { ChangeCause, ChangePoint } from './engine/change-dates.js';
export { type KindChangeDecision, type MoveChange, type Move, type MoveDecision, type MoveOptions, classifyChange, decideMove, weakestSupport } from './engine/compare-move.js';
export { type MoveMatrixDecision, type MoveMatrixMoves, decideMoveMatrix } from './engine/move-matrix.js';
export * from './engine/timeline.js';
export { type PlaceEnd, placesEndAfter } from './engine/place-issues.js';
export * from './explain/message-table.js';
export * from './explain/explain-reason.js';
export * from './explain/explain-evaluation.js';
export * from './explain/answer-sources.js';
export * from './explain/evaluate.js';
export * from './explain/compare-move.js';
export * from './explain/timeline.js';
export * from './explain/known-only-by.js';
export * from './explain/guarantee-report.js';
export * from './data/index.js';
export * from './areas/index.js';
export * from './engine/guarantee-report.js';
export * from './rules/category-on.js';
