/**
 * Builds the embedded dataset from the YAML documents in `src/data/documents/`.
 *
 * `npm run generate:dataset` (run by the prebuild, pretypecheck and pretest hooks) parses every
 * `*.yaml` file under the documents folder (one subfolder per region or nation) with the `yaml`
 * package, validates it with `parseOfferDocument`, checks the documents together as a `Dataset`
 * (offer ids unique), and writes (none of it committed, since the YAML documents are the source):
 *
 * - one module per document under `src/data/embedded-documents/` (plain data, so the package
 *   needs no file system at run time);
 * - `src/data/embedded-dataset.generated.ts`, the dataset of all of them, in file order;
 * - `src/data/embedded-catalogue.generated.ts`, what the command line needs to choose documents
 *   without loading them: each document's provider, the areas its coverage claims name, its
 *   offers' place guards and a function that loads it;
 * - `src/data/embedded-for-anyone.generated.ts`, the documents with an offer that may concern
 *   anyone in a whole nation, which the catalogue loads together (the adviser page fetches them
 *   as one file);
 *
 * and the committed `schema/offer-document.schema.json`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { parseDataset, parseOfferDocument } from '../src/schema/check.js';
import { offerDocumentJsonSchema } from '../src/schema/json-schema.js';
import type { OfferDocument } from '../src/schema/offer-document.js';
import { placeGuard } from '../src/engine/place-guard.js';
import { guardRow } from './catalogue-row-writer.js';
import { NATION_AREA_CODES } from '../src/areas/nation-codes.js';

/** The folder of the YAML documents. */
export const DOCUMENTS_DIR = fileURLToPath(new URL('../src/data/documents/', import.meta.url));
/** The folder the generated modules go in (`src/data/`). */
export const GENERATED_DIR = fileURLToPath(new URL('../src/data/', import.meta.url));
/** The generated dataset module. */
export const GENERATED_MODULE = join(GENERATED_DIR, 'embedded-dataset.generated.ts');
/** The folder of the generated per-document modules, inside {@link GENERATED_DIR}. */
export const DOCUMENT_MODULES_DIR = 'embedded-documents';
/** The generated module (inside {@link GENERATED_DIR}, without its extension) of the documents nearly every question loads (an offer of theirs may concern anyone in a whole nation), which the catalogue loads together. */
export const FOR_ANYONE_MODULE = 'embedded-for-anyone.generated';
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

const HEADER = [
  '// Built by scripts/generate-dataset.ts from src/data/documents/**/*.yaml before every build,',
  '// typecheck and test run (`npm run generate:dataset`); not committed: edit the YAML documents.',
];

/** One generated file: its path inside `src/data/` and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** The module of one YAML file (`north-west/bolton.yaml`), as a path inside `src/data/` without its extension. */
function modulePath(name: string): string {
  return `${DOCUMENT_MODULES_DIR}/${name.replace(/\.yaml$/, '')}`;
}

/**
 * The generated modules' paths (inside `src/data/`) and texts: one per document, the dataset of
 * all of them, and the catalogue the command line chooses documents from.
 *
 * @param names - the YAML files' names (`north-west/bolton.yaml`), in the documents' order
 * @param documents - the validated documents, one per name
 * @returns the files, the per-document modules first
 * @example
 * ```ts
 * renderDatasetModules([], []).map((f) => f.path); // ['embedded-dataset.generated.ts', 'embedded-for-anyone.generated.ts', 'embedded-catalogue.generated.ts']
 * ```
 */
export function renderDatasetModules(names: readonly string[], documents: readonly OfferDocument[]): GeneratedFile[] {
  const paths = names.map(modulePath);
  const files: GeneratedFile[] = documents.map((document, i) => {
    const up = '../'.repeat(paths[i]!.split('/').length - 1);
    return {
      path: `${paths[i]}.ts`,
      text: [
        ...HEADER,
        `import type { OfferDocument } from '${up}../schema/offer-document.js';`,
        '',
        `/** ${names[i]}, validated, as plain data. */`,
        `const document: OfferDocument = ${JSON.stringify(document, null, 2)};`,
        'export default document;',
        '',
      ].join('\n'),
    };
  });
  files.push({
    path: 'embedded-dataset.generated.ts',
    text: [
      ...HEADER,
      "import type { Dataset } from '../schema/dataset.js';",
      '',
      // The documents are written out here again rather than imported from their own modules: a
      // bundle with both (the library's) then keeps this one whole, and loads each module of the
      // catalogue (embeddedDatasetFor) only when asked, as a file of its own, instead of
      // importing every document's file when the library starts.
      '/** The documents of src/data/documents/, validated, as plain data, in file order. */',
      `export const generatedDataset: Dataset = { documents: [\n${documents.map((document, i) => `// ${names[i]}\n${JSON.stringify(document)}`).join(',\n')}\n] };`,
      '',
    ].join('\n'),
  });
  const kinds = [...new Set(documents.flatMap((d) => d.offers.map((o) => o.kind)))].sort();
  const guardsOf = documents.map((document) => {
    const guards = new Map<string, ReturnType<typeof placeGuard>>();
    for (const offer of document.offers) {
      const guard = placeGuard(Object.values(offer.versions), (offer.provider ?? document.provider).code);
      guards.set(JSON.stringify(guard), guard);
    }
    return [...guards.values()];
  });
  // The documents nearly every question loads (an offer of theirs may concern anyone in a whole
  // nation, wherever they live in it and whichever council looked after them) are loaded
  // together, through one module: one file to fetch for the adviser page rather than one each.
  // Loading one that a question does not need changes no answer (see entriesConcerning).
  const nationWide = (areas: readonly string[] | null) => areas === null || areas.every((area) => NATION_AREA_CODES.has(area));
  const forAnyone = guardsOf.flatMap((guards, i) => (guards.some((g) => nationWide(g.residence) && nationWide(g.responsible)) ? [i] : []));
  const loadedTogether = new Set(forAnyone);
  const entries = documents.map((document, i) => {
    const claimAreas = [...new Set((document.coverage ?? []).flatMap((claim) => claim.areas))];
    const load = loadedTogether.has(i)
      ? `async () => ({ default: (await import('./${FOR_ANYONE_MODULE}.js')).d${i} })`
      : `() => import('./${paths[i]}.js')`;
    const provider = document.provider.code;
    const guards = guardsOf[i]!.map((guard) => guardRow(guard, provider));
    return `  [${JSON.stringify(provider)}, ${JSON.stringify(claimAreas)}, ${JSON.stringify(guards)}, ${load}],`;
  });
  files.push({
    path: `${FOR_ANYONE_MODULE}.ts`,
    text: [
      ...HEADER,
      ...forAnyone.map((i) => `export { default as d${i} } from './${paths[i]}.js';`),
      ...(forAnyone.length === 0 ? ['export {};'] : []),
      '',
    ].join('\n'),
  });
  files.push({
    path: 'embedded-catalogue.generated.ts',
    text: [
      ...HEADER,
      "import type { CatalogueRow } from './catalogue-row.js';",
      "import type { Kind } from '../schema/kind.js';",
      '',
      '/** Every document of src/data/documents/, in file order, with what decides whom it can concern, as rows (see CatalogueRow). */',
      'export const CATALOGUE_ROWS: readonly CatalogueRow[] = [',
      ...entries,
      '];',
      '',
      '/** The kinds the documents have offers of. */',
      `export const generatedKinds: readonly Kind[] = ${JSON.stringify(kinds)};`,
      '',
    ].join('\n'),
  });
  return files;
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

/** Writes the generated modules, removes per-document modules left from documents since removed, and says whether anything changed. */
function writeModules(files: readonly GeneratedFile[]): boolean {
  let changed = false;
  const wanted = new Set(files.map((f) => f.path));
  const dir = join(GENERATED_DIR, DOCUMENT_MODULES_DIR);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const path = `${DOCUMENT_MODULES_DIR}/${name.split(sep).join('/')}`;
      if (path.endsWith('.ts') && !wanted.has(path)) {
        rmSync(join(GENERATED_DIR, path));
        changed = true;
      }
    }
  }
  for (const file of files) {
    const target = join(GENERATED_DIR, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if (writeIfChanged(target, file.text)) changed = true;
  }
  return changed;
}

function main(): void {
  let documents: OfferDocument[];
  const files = readDocumentFiles();
  try {
    documents = parseDocumentFiles(files);
  } catch (error) {
    console.error(`error: the offer documents are invalid: ${(error as Error).message}`);
    process.exit(1);
  }
  const wroteModules = writeModules(renderDatasetModules(files.map((f) => f.name), documents));
  const wroteSchema = writeIfChanged(SCHEMA_FILE, renderJsonSchema());
  if (wroteModules || wroteSchema) {
    const offers = documents.reduce((n, d) => n + d.offers.length, 0);
    console.log(`built the embedded dataset: ${documents.length} documents, ${offers} offers`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
