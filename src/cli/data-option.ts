import type { DatasetPlaces } from '../data/document-catalogue.js';
import { EMBEDDED_KINDS, embeddedDatasetFor } from '../data/embedded-dataset-for.js';
import type { Dataset } from '../schema/dataset.js';
import type { OfferDocument } from '../schema/offer-document.js';
import type { Kind } from '../schema/kind.js';
import type { SourcedDocument } from './check-documents-together.js';
import type { OptionGroup } from './command.js';
import { dataFiles } from './data-files.js';
import { InvalidDataError, type InvalidDataFile } from './invalid-data-error.js';
import { UsageError } from './usage-error.js';
import { joinedNames } from '../lists/joined-names.js';

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
      multiple: true,
      help: [
        'also use these offer documents: a YAML or JSON file, or a folder of them;',
        'give --data again for more. Each replaces the embedded document of its',
        'provider (same provider.code), so a corrected copy can be tried (a note',
        'says so). They are checked first as "validate" checks them, then with the',
        'embedded data (offer ids unique); exit 1 if any is invalid',
      ],
    },
    { name: 'only-data', type: 'boolean', help: ['use only the --data documents, not the embedded data'] },
  ],
};

/**
 * The notes that say which embedded documents the --data documents replace: one for each
 * embedded document replaced, naming the file (or files) that replace it, in the order given.
 *
 * @param documents - the --data documents, with their files
 * @param embedded - the embedded documents (none with --only-data, which replaces nothing)
 * @returns the notes, or an empty list when nothing is replaced
 * @example
 * ```ts
 * replacementNotes([{ document: myLeeds, file: 'leeds.yaml' }], embeddedDataset.documents);
 * // ['leeds.yaml replaces the embedded document for Leeds City Council (E08000035)']
 * ```
 */
export function replacementNotes(documents: readonly SourcedDocument[], embedded: readonly OfferDocument[]): string[] {
  const files = new Map<string, string[]>();
  for (const { document, file } of documents) {
    if (file === undefined) continue;
    files.set(document.provider.code, [...(files.get(document.provider.code) ?? []), file]);
  }
  return [...files].flatMap(([code, given]) => {
    const replaced = embedded.find((d) => d.provider.code === code);
    if (replaced === undefined) return [];
    const names = `${joinedNames(given, 'and')} ${given.length === 1 ? 'replaces' : 'together replace'}`;
    return [`${names} the embedded document for ${replaced.provider.name} (${code})`];
  });
}

/**
 * A note for each --data document marked fictional, so that a report made with a made-up
 * document (a draft guarantee under a real region's code, say) cannot be read as a real one.
 *
 * @param documents - the --data documents, with their files
 * @returns the notes
 * @example
 * ```ts
 * fictionalNotes([{ document: { ...myLeeds, fictional: true }, file: 'leeds.yaml' }]);
 * // ['leeds.yaml is marked fictional: answers drawn from it are not real']
 * ```
 */
export function fictionalNotes(documents: readonly SourcedDocument[]): string[] {
  return documents.filter(({ document }) => document.fictional === true).map(({ file }) => `${file ?? 'a document'} is marked fictional: answers drawn from it are not real`);
}

/** The dataset a command evaluates with, and the kinds that have offers in all of the data it draws on. */
export interface CommandDataset {
  readonly dataset: Dataset;
  /**
   * The kinds with at least one offer in the data as a whole: the embedded data's (even where only
   * the documents for some places were loaded) and the --data documents'.
   */
  readonly kindsWithOffers: ReadonlySet<Kind>;
  /**
   * What the user should be told about the data: each embedded document a --data document
   * replaces ("FILE replaces the embedded document for PROVIDER (CODE)"). The commands print them
   * as "Note:" lines, and in `notes` with --json.
   */
  readonly notes: readonly string[];
}

/**
 * The dataset a command evaluates with: the embedded data, plus (or, with --only-data, instead
 * of) the documents given with --data (each --data a file or a folder; all their documents are
 * used). A document given with --data replaces the embedded document of the same provider
 * (`provider.code`), so an authority can try a corrected copy of its own. The documents are
 * checked first, one by one and then together with the embedded data they do not replace (offer
 * ids unique; each issue is given to the file of its document, with a path within it), and
 * nothing is evaluated from an invalid set.
 *
 * Given the places a command asks about and no --data, only the embedded documents that can
 * decide an answer there are loaded (see {@link embeddedDatasetFor}): the answers are the same,
 * and the command starts quicker. The YAML reader is loaded only when --data is given.
 *
 * @param values - the parsed options
 * @param places - the places the command asks about (all embedded documents when left out)
 * @param today - today's date, to refuse a lastChecked or source date after it, as validate does
 * @returns the dataset, with the kinds that have offers
 * @throws {@link InvalidDataError} when a document is invalid; {@link UsageError} for a bad path or --only-data without --data
 * @example
 * ```ts
 * const { dataset } = await datasetFromOptions({}, { responsible: 'E08000001', residences: ['E08000001'] });
 * dataset.documents.some((d) => d.provider.code === 'E08000001'); // true (Bolton)
 * ```
 */
export async function datasetFromOptions(values: Readonly<Record<string, unknown>>, places?: DatasetPlaces, today?: string): Promise<CommandDataset> {
  const paths = [values.data].flat().filter((path): path is string => typeof path === 'string');
  if (paths.length === 0) {
    if (values['only-data'] === true) throw new UsageError('--only-data goes with --data PATH; give the documents to use');
    return { dataset: await embeddedDatasetFor(places), kindsWithOffers: EMBEDDED_KINDS, notes: [] };
  }
  // Imported here, not at the top: both load the YAML reader, which a command without --data never needs.
  const { readOfferDocumentFile } = await import('./read-offer-document-file.js');
  const { checkDocumentsTogether } = await import('./check-documents-together.js');
  const invalid: InvalidDataFile[] = [];
  const documents: SourcedDocument[] = [];
  for (const file of dataFiles(paths)) {
    const result = readOfferDocumentFile(file, today);
    if (result.success) documents.push({ document: result.data, file });
    else invalid.push({ file, issues: result.issues });
  }
  if (invalid.length > 0) throw new InvalidDataError(invalid, values.json === true);
  // With documents of its own to check against the embedded ones (offer ids unique), all are loaded,
  // but a provider's own document given with --data replaces its embedded one.
  const replaced = new Set(documents.map((d) => d.document.provider.code));
  const all = values['only-data'] === true ? [] : (await embeddedDatasetFor()).documents;
  const embedded = all.filter((d) => !replaced.has(d.provider.code)).map((document) => ({ document }));
  const checked = checkDocumentsTogether([...embedded, ...documents]);
  if (!checked.success) throw new InvalidDataError(checked.files, values.json === true);
  return {
    dataset: checked.data,
    kindsWithOffers: new Set(checked.data.documents.flatMap((d) => d.offers.map((o) => o.kind))),
    notes: [...replacementNotes(documents, all), ...fictionalNotes(documents)],
  };
}
