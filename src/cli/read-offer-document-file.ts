import { readFileSync, statSync } from 'node:fs';
import { MAX_OFFER_DOCUMENT_BYTES, loadOfferDocument } from '../loaders/load-offer-document.js';
import type { OfferDocument } from '../schema/offer-document.js';
import type { CheckResult } from '../validation/input-issue.js';
import { UsageError } from './usage-error.js';

/**
 * Reads an offer document file and validates it. The size is checked before the file is read, so
 * a huge file is refused without loading it.
 *
 * @param file - the file's path (YAML, or JSON when it ends `.json`)
 * @param today - today's date: a lastChecked or source date after it is refused
 * @returns the document or its issues (with lines where known)
 * @throws {@link UsageError} when the file does not exist or cannot be read
 * @example
 * ```ts
 * readOfferDocumentFile('test/cli/fixtures/fictional-valid.yaml').success; // true
 * ```
 */
export function readOfferDocumentFile(file: string, today?: string): CheckResult<OfferDocument> {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new UsageError(`${file} is not a file; give the path of a YAML or JSON offer document`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code;
    throw new UsageError(
      code === 'ENOENT' ? `file ${file} does not exist; check the path` : `cannot read ${file} (${code ?? (error as Error).message})`,
    );
  }
  if (size > MAX_OFFER_DOCUMENT_BYTES) {
    return {
      success: false,
      issues: [
        {
          code: 'file-too-large',
          path: [],
          message: `${file} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_OFFER_DOCUMENT_BYTES / 1024 / 1024} MB limit; split it into one document per provider`,
        },
      ],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file} (${(error as { code?: string }).code ?? (error as Error).message})`);
  }
  // As bytes, so that a file not saved as UTF-8 is named as such (see loadOfferDocument).
  return loadOfferDocument(bytes, file, { today });
}
