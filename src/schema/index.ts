// The schemas are built as `/* @__PURE__ */ (() => z…)()`: a bundler may then drop every schema an
// application never uses (with zod); a plain `z.strictObject({ a: B.optional() })` it must keep.
export * from './area-code.js';
export * from './care-leaver-category.js';
export * from './person-facts.js';
export * from './fact-flags.js';
export * from './person.js';
export * from './kind.js';
export * from './value.js';
export * from './condition.js';
export * from './offer.js';
export * from './offer-document.js';
export * from './dataset.js';
export * from './json-schema.js';
export * from './reason.js';
