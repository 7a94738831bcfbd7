import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedDataset } from '../data/embedded-dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { OfferDocument } from '../schema/offer-document.js';
import { checkDataset } from '../validation/check.js';
import type { OptionGroup } from './command.js';
import type { InputIssue } from '../validation/input-issue.js';
import { InvalidDataError } from './invalid-data-error.js';
import { UsageError } from './usage-error.js';

/**
 * The options every evaluating command takes to try an authority's own documents, as a group of
 * the help.
 *
 * @example
 * ```ts
 * DATA_OPTION_GROUP.options.map((o) => o.name); // ['data', 'only-data']
 * ```
 */
export const DATA_OPTION_GROUP: OptionGroup = {
  heading: 'Your own documents',
  options: [
    {
      name: 'data',
      type: 'string',
      value: 'PATH',
      help: ['also use these offer documents: a YAML or JSON file, or a folder of them', '(checked first as "validate" checks them; exit 1 if any is invalid)'],
    },
    { name: 'only-data', type: 'boolean', help: ['use only the --data documents, not the embedded data'] },
  ],
};

/** The document files at a path: the file itself, or the YAML and JSON files of a folder (and its subfolders). */
function documentFiles(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`--data ${path} does not exist; give a YAML or JSON offer document, or a folder of them`);
  }
  if (!isFolder) return [path];
  const files = readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|json)$/i.test(name))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) throw new UsageError(`--data ${path} holds no .yaml, .yml or .json files`);
  return files;
}

/**
 * The dataset a command evaluates with: the embedded data, plus (or, with --only-data, instead
 * of) the documents given with --data. The documents are checked first, one by one and then
 * together (offer ids unique), and nothing is evaluated from an invalid set.
 *
 * The YAML reader is loaded only when --data is given, so commands without it start faster.
 *
 * @param values - the parsed options
 * @returns the dataset
 * @throws {@link InvalidDataError} when a document is invalid; {@link UsageError} for a bad path or --only-data without --data
 * @example
 * ```ts
 * (await datasetFromOptions({})) === embeddedDataset; // true
 * ```
 */
export async function datasetFromOptions(values: Readonly<Record<string, unknown>>): Promise<Dataset> {
  const path = values.data;
  if (typeof path !== 'string') {
    if (values['only-data'] === true) throw new UsageError('--only-data goes with --data PATH; give the documents to use');
    return embeddedDataset;
  }
  const { readOfferDocumentFile } = await import('./read-offer-document-file.js');
  const invalid: { file: string; issues: readonly InputIssue[] }[] = [];
  const documents: OfferDocument[] = [];
  for (const file of documentFiles(path)) {
    const result = readOfferDocumentFile(file);
    if (result.success) documents.push(result.data);
    else invalid.push({ file, issues: result.issues });
  }
  if (invalid.length > 0) throw new InvalidDataError(invalid);
  const all = values['only-data'] === true ? documents : [...embeddedDataset.documents, ...documents];
  const checked = checkDataset({ documents: all });
  if (!checked.success) throw new InvalidDataError([{ file: path, issues: checked.issues }]);
  return checked.data;
}
