export * from './embedded-dataset.js';
export * from './coverage.js';
