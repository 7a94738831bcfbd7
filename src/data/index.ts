export * from './embedded-dataset.js';
export * from './coverage.js';
export * from './data-report.js';
