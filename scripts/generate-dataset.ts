/**
 * Builds the embedded dataset from the YAML documents in `src/data/documents/`.
 *
 * `npm run generate:dataset` (run by the prebuild, pretypecheck and pretest hooks) parses every
 * `*.yaml` file under the documents folder (one subfolder per region or nation) with the `yaml`
 * package, validates it with `parseOfferDocument`, checks the documents together as a `Dataset`
 * (offer ids unique), and writes `src/data/embedded-dataset.generated.ts` (plain data, so the
 * package needs no file system at run time; not committed, since the YAML documents are the
 * source) and `schema/offer-document.schema.json`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { parseDataset, parseOfferDocument } from '../src/validation/check.js';
import { offerDocumentJsonSchema } from '../src/schema/json-schema.js';
import type { OfferDocument } from '../src/schema/offer-document.js';

/** The folder of the YAML documents. */
export const DOCUMENTS_DIR = fileURLToPath(new URL('../src/data/documents/', import.meta.url));
/** The generated module. */
export const GENERATED_MODULE = fileURLToPath(new URL('../src/data/embedded-dataset.generated.ts', import.meta.url));
/** The generated JSON Schema. */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema/offer-document.schema.json', import.meta.url));

/** One YAML document file: its name and text. */
export interface DocumentFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads every `*.yaml` file of the documents folder and its subfolders (one per region or nation), in path order.
 *
 * @param dir - the folder (defaults to `src/data/documents/`)
 * @returns the files
 * @example
 * ```ts
 * readDocumentFiles()[0]?.name; // 'east-midlands/nhs-lincolnshire.yaml'
 * ```
 */
export function readDocumentFiles(dir: string = DOCUMENTS_DIR): DocumentFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Parses and validates the YAML documents, and checks them together as a dataset.
 *
 * @param files - the YAML files
 * @returns the documents, in file-name order
 * @throws an error naming the file when a document is invalid
 * @example
 * ```ts
 * parseDocumentFiles(readDocumentFiles()).length; // the number of providers
 * ```
 */
export function parseDocumentFiles(files: readonly DocumentFile[]): OfferDocument[] {
  const documents = files.map((file) => {
    try {
      return parseOfferDocument(parse(file.text));
    } catch (error) {
      throw new Error(`${file.name}: ${(error as Error).message}`, { cause: error });
    }
  });
  return parseDataset({ documents }).documents;
}

/**
 * Writes the embedded dataset module's source text.
 *
 * @param documents - the validated documents
 * @returns TypeScript source
 * @example
 * ```ts
 * renderDatasetModule([]).includes('export const generatedDataset: Dataset'); // true
 * ```
 */
export function renderDatasetModule(documents: readonly OfferDocument[]): string {
  return [
    '// Built by scripts/generate-dataset.ts from src/data/documents/**/*.yaml before every build,',
    '// typecheck and test run (`npm run generate:dataset`); not committed: edit the YAML documents.',
    "import type { Dataset } from '../schema/dataset.js';",
    '',
    '/** The documents of src/data/documents/, validated, as plain data. */',
    `export const generatedDataset: Dataset = ${JSON.stringify({ documents }, null, 2)};`,
    '',
  ].join('\n');
}

/**
 * The JSON Schema file's text.
 *
 * @returns the schema as pretty-printed JSON
 * @example
 * ```ts
 * JSON.parse(renderJsonSchema()).title; // 'care-leaver-entitlements offer document'
 * ```
 */
export function renderJsonSchema(): string {
  return `${JSON.stringify(offerDocumentJsonSchema(), null, 2)}\n`;
}

/** Writes a file only when its text changes, and says whether it did. */
function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}

function main(): void {
  let documents: OfferDocument[];
  try {
    documents = parseDocumentFiles(readDocumentFiles());
  } catch (error) {
    console.error(`error: the offer documents are invalid: ${(error as Error).message}`);
    process.exit(1);
  }
  const wroteModule = writeIfChanged(GENERATED_MODULE, renderDatasetModule(documents));
  const wroteSchema = writeIfChanged(SCHEMA_FILE, renderJsonSchema());
  if (wroteModule || wroteSchema) {
    const offers = documents.reduce((n, d) => n + d.offers.length, 0);
    console.log(`built the embedded dataset: ${documents.length} documents, ${offers} offers`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
