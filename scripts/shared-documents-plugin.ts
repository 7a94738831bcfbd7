/**
 * An esbuild plugin for the library's CommonJS build: each offer document's module (which
 * `embeddedDatasetFor` loads) becomes a reference to the same document in the whole dataset's
 * module (`embedded-dataset.generated.ts`). A CommonJS bundle cannot load a module as a file of
 * its own, so without it `dist/index.cjs` held every document twice; with it, `require` reads
 * each once, and both ways of loading give the same objects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/** A per-document module's path, and the YAML file it was made from (`north-west/bolton`). */
const DOCUMENT_MODULE = /[\\/]embedded-documents[\\/](.+)\.ts$/;

/**
 * The position of each document in the whole dataset's module, by the YAML file it was made from
 * (the module names each document's file in a comment line before it, in order).
 *
 * @param text - the text of `embedded-dataset.generated.ts`
 * @returns the positions, by name without `.yaml` (`north-west/bolton`)
 * @example
 * ```ts
 * documentPositions('{ documents: [\n// a/b.yaml\n{}\n,// a/c.yaml\n{}\n] }').get('a/c'); // 1
 * ```
 */
export function documentPositions(text: string): Map<string, number> {
  const names = [...text.matchAll(/^,?\/\/ (.+)\.yaml$/gm)].map((m) => m[1]!);
  return new Map(names.map((name, i) => [name, i]));
}

/** The plugin, which changes only a CommonJS build; `dataDir` is the folder of the generated data modules (`src/data`). */
export function sharedDocumentsPlugin(dataDir: string): Plugin {
  return {
    name: 'shared-documents',
    setup(build) {
      if (build.initialOptions.format !== 'cjs') return;
      let positions: Map<string, number> | null = null;
      build.onLoad({ filter: DOCUMENT_MODULE }, (args) => {
        positions ??= documentPositions(readFileSync(join(dataDir, 'embedded-dataset.generated.ts'), 'utf8'));
        const name = DOCUMENT_MODULE.exec(args.path)![1]!.replaceAll('\\', '/');
        const at = positions.get(name);
        if (at === undefined) throw new Error(`${name}.yaml is not in embedded-dataset.generated.ts: run npm run generate:dataset`);
        const whole = JSON.stringify(join(dataDir, 'embedded-dataset.generated.ts'));
        return { contents: `import { generatedDataset } from ${whole};\nexport default generatedDataset.documents[${at}];\n`, loader: 'ts', resolveDir: dataDir };
      });
    },
  };
}
