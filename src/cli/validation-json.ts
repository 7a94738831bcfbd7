import type { InputIssue } from '../validation/input-issue.js';

/** One file as `validate --json` prints it. */
export interface FileValidationJson {
  readonly file: string;
  readonly valid: boolean;
  readonly issues: readonly {
    readonly path: readonly (string | number)[];
    readonly code: string;
    readonly message: string;
    readonly line?: number;
  }[];
}

/**
 * The JSON document `validate --json` prints, also printed (with `--json`) when documents given
 * with `--data` are invalid: each file, whether it is valid (no issues), and its issues with
 * their paths, codes, messages and lines.
 *
 * @param files - each file with its issues (none for a valid file)
 * @returns `{ files: [{ file, valid, issues: [{ path, code, message, line? }] }] }`
 * @example
 * ```ts
 * validationJson([{ file: 'a.yaml', issues: [{ code: 'invalid-value', path: ['layer'], message: 'use local', line: 3 }] }]);
 * // { files: [{ file: 'a.yaml', valid: false, issues: [{ path: ['layer'], code: 'invalid-value', message: 'use local', line: 3 }] }] }
 * ```
 */
export function validationJson(files: readonly { readonly file: string; readonly issues: readonly InputIssue[] }[]): { files: FileValidationJson[] } {
  return {
    files: files.map((f) => ({
      file: f.file,
      valid: f.issues.length === 0,
      issues: f.issues.map((i) => ({ path: i.path, code: i.code, message: i.message, ...(i.line === undefined ? {} : { line: i.line }) })),
    })),
  };
}
