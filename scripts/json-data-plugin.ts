/**
 * esbuild plugins for the generated data modules (the areas registry and each offer document),
 * which hold their data as JSON in a `const` declaration. The command line's plugin hands the
 * registry's JSON to `JSON.parse` as one string, which V8 loads about twice as fast as the same
 * data written as an object literal (the registry: about 17 ms to 9.5 ms on a cold start). Each
 * offer document's JSON goes to a file of its own beside the bundle (`cli-data/<region>/<name>.json`),
 * read when the document is first needed: the one-file bundle then holds no document, so every
 * start reads and checks half a megabyte instead of two. The adviser page's plugin hands every
 * data module's JSON to `JSON.parse`, each document staying a module of its own. The source files
 * stay readable (one area a line, documents pretty-printed) and are type-checked as they are.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/** The generated data modules: the areas registry and the per-document modules. */
export const DATA_MODULE = /(registry\.generated|embedded-documents[\\/].+)\.ts$/;

/** A top-level `const` whose value is an array or object literal, from its first line to the `];` or `};` that closes it at the start of a line. */
const DATA_DECLARATION = /^((?:export )?const \w+(?::[^\n=]+)? = )([[{][\s\S]*?\n[\]}]);$/gm;

/**
 * A data module's text with each data declaration's value as `JSON.parse("…")`.
 *
 * @param text - the module's source
 * @returns the source to build
 * @throws when a declaration's value is not valid JSON (the generators write JSON)
 * @example
 * ```ts
 * withJsonParse('export const A: number[] = [\n1,\n2\n];\n'); // 'export const A: number[] = JSON.parse("[1,2]");\n'
 * ```
 */
export function withJsonParse(text: string): string {
  return text.replace(DATA_DECLARATION, (_, head: string, value: string) => `${head}JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(value)))});`);
}

/** Where the offer documents' files go, beside the bundle. */
export const DOCUMENT_FILES = 'cli-data';

/**
 * A data module's text with each data declaration's value read, when the module first runs, from
 * a JSON file beside the bundle; and that file's JSON (of the last declaration: a document module has one).
 *
 * @param text - the module's source
 * @param file - the file's path relative to the bundle's directory
 * @returns the source to build and the JSON to write
 * @throws when a declaration's value is not valid JSON
 * @example
 * ```ts
 * withJsonFile('const d: X = {\n"a": 1\n};\n', 'cli-data/x.json').json; // '{"a":1}'
 * ```
 */
export function withJsonFile(text: string, file: string): { readonly contents: string; readonly json: string } {
  let json = '';
  const body = text.replace(DATA_DECLARATION, (_, head: string, value: string) => {
    json = JSON.stringify(JSON.parse(value));
    return `${head}JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(file)}), 'utf8'));`;
  });
  return { contents: `import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\n${body}`, json };
}

/**
 * The plugin: rewrites the registry as {@link withJsonParse} says and each offer document as
 * {@link withJsonFile} says, writing the documents' files into the build's output directory.
 */
export const jsonDataPlugin: Plugin = {
  name: 'json-data',
  setup(build) {
    const files = new Map<string, string>();
    build.onLoad({ filter: DATA_MODULE }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const documents = /embedded-documents[\\/]/.exec(args.path);
      if (documents === null) return { contents: withJsonParse(text), loader: 'ts' };
      // The document's path under embedded-documents/, as a JSON file under cli-data/.
      const file = `${DOCUMENT_FILES}/${args.path.slice(documents.index + documents[0].length).replaceAll('\\', '/').replace(/\.ts$/, '.json')}`;
      const { contents, json } = withJsonFile(text, file);
      files.set(file, json);
      return { contents, loader: 'ts' };
    });
    build.onEnd(async () => {
      const outdir = build.initialOptions.outdir ?? dirname(build.initialOptions.outfile ?? '.');
      for (const [file, json] of files) {
        await mkdir(dirname(join(outdir, file)), { recursive: true });
        await writeFile(join(outdir, file), json);
      }
    });
  },
};

/**
 * The plugin for the adviser page's build: rewrites the registry and each offer document as
 * {@link withJsonParse} says (each document stays a module, which the page's build splits into a
 * file of its own; a browser reads the string form faster than the same data as an object literal).
 */
export const jsonParsePlugin: Plugin = {
  name: 'json-parse',
  setup(build) {
    build.onLoad({ filter: DATA_MODULE }, async (args) => ({ contents: withJsonParse(await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};
