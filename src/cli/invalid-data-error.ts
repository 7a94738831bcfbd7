import type { InputIssue } from '../validation/input-issue.js';

/** Offer documents given with --data that are invalid: each file with its issues. */
export class InvalidDataError extends Error {
  override readonly name = 'InvalidDataError';

  /** @param files - each file and its issues (only files with issues) */
  constructor(readonly files: readonly { readonly file: string; readonly issues: readonly InputIssue[] }[]) {
    super(`${files.length} --data document${files.length === 1 ? ' is' : 's are'} invalid`);
  }
}
