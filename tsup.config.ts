import { defineConfig } from 'tsup';

export default defineConfig([
  // The library, for import and require.
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: { entry: 'src/index.ts' }, clean: true },
  // The command line, ESM only (the bin runs it with node).
  { entry: ['src/cli.ts'], format: ['esm'] },
]);
