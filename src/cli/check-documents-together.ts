import { readFileSync } from 'node:fs';
import { lineInOfferDocument } from '../loaders/load-offer-document.js';
import type { Dataset } from '../schema/dataset.js';
import type { OfferDocument } from '../schema/offer-document.js';
import { checkDataset } from '../schema/check.js';
import type { InputIssue } from '../validation/input-issue.js';
import type { InvalidDataFile } from './invalid-data-error.js';

/** A valid offer document and where it came from. */
export interface SourcedDocument {
  readonly document: OfferDocument;
  /** The file it was read from; left out for a document of the embedded data. */
  readonly file?: string;
}

/** What {@link checkDocumentsTogether} returns: the dataset, or each file with the issues found in its document. */
export type TogetherResult = { readonly success: true; readonly data: Dataset } | { readonly success: false; readonly files: readonly InvalidDataFile[] };

/** The line of a path in a file already read once (read again only when an issue needs its line). */
function lineInFile(file: string, path: readonly (string | number)[]): number | undefined {
  try {
    return lineInOfferDocument(readFileSync(file, 'utf8'), path);
  } catch {
    return undefined;
  }
}

/** Where a document came from, as a reader is told: its file, or the embedded data. */
function sourceName(source: SourcedDocument): string {
  return source.file ?? `the embedded data (${source.document.provider.name})`;
}

/** An offer id clash told from the clashing document's side, naming the document (and file) that has the id first. */
function clashMessage(id: string, first: SourcedDocument): string {
  const where = first.file === undefined ? 'in the embedded data' : `in ${first.file}`;
  return `offer id ${JSON.stringify(id)} is also used by ${first.document.provider.name} ${where}; give this offer an id of its own (offer ids must be unique across all the documents used)`;
}

/**
 * Checks valid offer documents together, as one dataset (offer ids unique across them), and gives
 * each issue to the file of the document it is found in, with a path within that document
 * (`offers[0].id`, not `documents[238].offers[0].id`). An offer id used twice is reported on the
 * later document, naming the document and file that use it first.
 *
 * @param documents - the documents, each valid on its own, with the file it was read from (none for an embedded document)
 * @returns the dataset, or each file with its issues (a document of the embedded data is named as such)
 * @example
 * ```ts
 * const result = checkDocumentsTogether([{ document: vale, file: 'a.yaml' }, { document: vale, file: 'b.yaml' }]);
 * result.success; // false
 * if (!result.success) result.files; // [{ file: 'b.yaml', issues: [{ code: 'duplicate-id', path: ['offers', 0, 'id'], message: 'offer id … is also used by … in a.yaml; …' }] }]
 * ```
 */
export function checkDocumentsTogether(documents: readonly SourcedDocument[]): TogetherResult {
  const checked = checkDataset({ documents: documents.map((d) => d.document) });
  if (checked.success) return checked;
  const byFile = new Map<string, InputIssue[]>();
  for (const issue of checked.issues) {
    const [key, index, ...within] = issue.path;
    const source = key === 'documents' && typeof index === 'number' ? documents[index] : undefined;
    if (source === undefined) {
      byFile.set('(the documents together)', [...(byFile.get('(the documents together)') ?? []), issue]);
      continue;
    }
    const offer = within[0] === 'offers' && typeof within[1] === 'number' ? source.document.offers[within[1]] : undefined;
    const first = offer === undefined ? undefined : documents.find((d) => d.document.offers.some((o) => o.id === offer.id));
    const message = issue.code === 'duplicate-id' && offer !== undefined && first !== undefined ? clashMessage(offer.id, first) : issue.message;
    const file = sourceName(source);
    const line = source.file === undefined ? undefined : lineInFile(source.file, within);
    byFile.set(file, [...(byFile.get(file) ?? []), { code: issue.code, path: within, message, ...(line === undefined ? {} : { line }) }]);
  }
  return { success: false, files: [...byFile].map(([file, issues]) => ({ file, issues })) };
}
