import { defineConfig } from 'tsup';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonDataPlugin } from './scripts/json-data-plugin.js';
import { sharedDocumentsPlugin } from './scripts/shared-documents-plugin.js';
import { CLI_BUNDLED, NOTICES_FILE, thirdPartyNotices } from './scripts/third-party-notices.js';

export default defineConfig([
  // The library, for import and require. In the ES module each offer document that
  // embeddedDatasetFor loads is a file of its own; the CommonJS build, which cannot load a file
  // apart, takes those documents from the whole dataset instead of holding them twice.
  //
  // The ES module has two more entries, which no one imports, so that the YAML loader is a file
  // apart (chunks are made by which entries reach a module: the loader is reached from index and
  // loader, the rest from core too). An app that never calls loadOfferDocument then leaves that
  // file out, and with it the YAML parser, which a bundler would otherwise keep (about 33 kB).
  {
    entry: { index: 'src/index.ts', core: 'src/core.ts', loader: 'src/loaders/load-offer-document.ts' },
    format: ['esm'],
    dts: { entry: 'src/index.ts' },
    clean: true,
  },
  // Its types are the ES module's, copied to dist/index.d.cts after the build (scripts/copy-cjs-types.ts).
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    esbuildPlugins: [sharedDocumentsPlugin(fileURLToPath(new URL('./src/data', import.meta.url)))],
  },
  // The command line. zod is bundled in and the code minified, which makes the start about 20%
  // quicker (zod's ~100 modules each loaded, the dataset parsed unminified).
  // Its data modules (areas, offer documents) are built as JSON.parse strings, which load faster
  // than object literals (scripts/json-data-plugin.ts); the library keeps literals, which bundle smaller.
  // It is one CommonJS file (dist/cli-main.cjs), which the executable (dist/cli.cjs, from
  // src/cli-launcher.ts) runs with V8's code cache: Node 20 caches no compiled code for ES modules.
  // Its dynamic imports are inlined, and each imported module still runs only when first needed.
  {
    entry: { 'cli-main': 'src/cli.ts' },
    format: ['cjs'],
    noExternal: CLI_BUNDLED,
    // The bundled packages' licences go with it.
    onSuccess: async () => writeFileSync(join('dist', NOTICES_FILE), thirdPartyNotices(CLI_BUNDLED, 'the command line (dist/cli-main.cjs)')),
    minify: true,
    shims: true,
    esbuildPlugins: [jsonDataPlugin],
  },
  // The executable (dist/cli.cjs): node built-ins only, and the code cache's id check. CommonJS,
  // since starting an ES module costs Node about 18 M instructions more (4% of a command's time).
  { entry: { cli: 'src/cli-launcher.ts' }, format: ['cjs'], minify: true },
]);
