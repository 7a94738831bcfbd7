export * from './embedded-dataset.js';
export * from './coverage.js';
export * from './data-report.js';
export { embeddedDatasetFor } from './embedded-dataset-for.js';
export { type DatasetPlaces, placesOf } from './document-catalogue.js';
