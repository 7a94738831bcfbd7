import { defineConfig } from 'tsup';
import { jsonDataPlugin } from './scripts/json-data-plugin.js';

export default defineConfig([
  // The library, for import and require.
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: { entry: 'src/index.ts' }, clean: true },
  // The command line, ESM only (the bin runs it with node). zod is bundled in and the code
  // minified, which makes the start about 20% quicker (zod's ~100 modules each loaded, the dataset parsed unminified).
  // Its data modules (areas, offer documents) are built as JSON.parse strings, which load faster
  // than object literals (scripts/json-data-plugin.ts); the library keeps literals, which bundle smaller.
  { entry: ['src/cli.ts'], format: ['esm'], noExternal: ['zod'], minify: true, esbuildPlugins: [jsonDataPlugin] },
]);
