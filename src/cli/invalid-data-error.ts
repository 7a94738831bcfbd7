import type { InputIssue } from '../validation/input-issue.js';

/** One invalid document given with --data: its file and its issues. */
export interface InvalidDataFile {
  readonly file: string;
  readonly issues: readonly InputIssue[];
}

/**
 * Offer documents given with --data that are invalid: each file with its issues, and whether the
 * command was asked for JSON (so the issues are printed as `validate --json` prints them).
 *
 * @example
 * ```ts
 * const error = new InvalidDataError([{ file: 'a.yaml', issues: [{ code: 'invalid-value', path: ['layer'], message: 'use local' }] }], true);
 * error.message; // '1 --data document is invalid'
 * ```
 */
export class InvalidDataError extends Error {
  override readonly name = 'InvalidDataError';

  /**
   * @param files - each file and its issues (only files with issues)
   * @param json - `--json` was given
   */
  constructor(
    readonly files: readonly InvalidDataFile[],
    readonly json: boolean,
  ) {
    super(`${files.length} --data document${files.length === 1 ? ' is' : 's are'} invalid`);
  }
}
