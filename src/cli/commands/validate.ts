import { resolve } from 'node:path';
import type { OfferDocument } from '../../schema/offer-document.js';
import { type CheckResult, type InputIssue, formatIssuePath } from '../../validation/input-issue.js';
import { checkDocumentsTogether } from '../check-documents-together.js';
import type { Style } from '../style.js';
import { printJson, printText } from '../cli-context.js';
import { defineCommand } from '../command.js';
import { readOfferDocumentFile } from '../read-offer-document-file.js';
import { validationJson } from '../validation-json.js';
import { dataFiles } from '../data-files.js';

/**
 * One invalid document as `validate` prints it: a heading and one line per issue with its line,
 * path, code and message.
 *
 * @param file - the file name
 * @param issues - its issues
 * @param style - text styles
 * @returns the lines
 * @example
 * ```ts
 * formatInvalidFile('a.yaml', [{ code: 'invalid-value', path: ['layer'], message: 'use local', line: 3 }], createStyle(false));
 * // 'invalid  a.yaml (1 issue)\n  a.yaml:3  layer  invalid-value  use local'
 * ```
 */
export function formatInvalidFile(file: string, issues: readonly InputIssue[], style: Style): string {
  const lines = issues.map(
    (i) => `  ${file}${i.line === undefined ? '' : `:${i.line}`}  ${style.bold(formatIssuePath(i.path))}  ${style.dim(i.code)}  ${i.message}`,
  );
  return `${style.red('invalid')}  ${file} (${issues.length} issue${issues.length === 1 ? '' : 's'})\n${lines.join('\n')}`;
}

/**
 * The issues found when the valid documents are checked together (an offer id used in two files),
 * by the file's resolved path; a file given twice is checked once.
 */
function issuesTogether(read: readonly { file: string; result: CheckResult<OfferDocument> }[]): Map<string, readonly InputIssue[]> {
  const seen = new Set<string>();
  const documents = read.flatMap(({ file, result }) => {
    if (!result.success || seen.has(resolve(file))) return [];
    seen.add(resolve(file));
    return [{ document: result.data, file }];
  });
  const checked = checkDocumentsTogether(documents);
  return new Map(checked.success ? [] : checked.files.map((f) => [resolve(f.file), f.issues]));
}

/**
 * The `validate` command: checks offer documents against the schema.
 *
 * @example
 * ```ts
 * await validateCommand.run(['my-council.yaml'], context); // 0 when valid, 1 when not
 * ```
 */
export const validateCommand = defineCommand({
  name: 'validate',
  usage: ['validate FILE|FOLDER... [--json]'],
  about: `Checks offer documents (YAML, or JSON when the name ends .json) against the schema and reports
every issue with its path and line. A folder stands for its YAML and JSON files (and its
subfolders'), as with --data; a file reached twice is checked once. A document is refused when it is not well-formed, empty,
over 5 MB, or uses a key such as __proto__, constructor or prototype. The documents given are also
checked together, as --data would use them: an offer id used in two of the files is reported on the
later one (duplicate-id, naming the file that uses it first). Offer ids are not checked against the
embedded data here; --data does that.

Exit status: 0 when every document is valid, 1 when any is invalid, 2 for bad usage (such as a
file that does not exist).`,
  positionals: { name: 'FILE', min: 1, max: Number.POSITIVE_INFINITY },
  options: [],
  json: `{"files": [{"file", "valid", "issues": [{"path", "code", "message", "line"?}]}]}
  where "path" is a list of keys and indexes (["offers", 0, "kind"])`,
  examples: ['validate my-council.yaml other-council.json', 'validate my-region/'],
  run: ({ positionals, json }, context) => {
    const read = dataFiles(positionals, '').map((file) => ({ file, result: readOfferDocumentFile(file, context.today) }));
    const clashes = issuesTogether(read);
    const files = read.map(({ file, result }) => {
      const issues = result.success ? (clashes.get(resolve(file)) ?? []) : result.issues;
      return { file, valid: result.success && issues.length === 0, issues, result };
    });
    const invalid = files.filter((f) => !f.valid).length;
    if (json) {
      printJson(context, validationJson(files));
      return invalid > 0 ? 1 : 0;
    }
    const { style } = context;
    const lines = files.map((f) => {
      if (f.valid && f.result.success) {
        const n = f.result.data.offers.length;
        return `${style.green('valid')}    ${f.file} (${f.result.data.provider.name}, ${n} offer${n === 1 ? '' : 's'})`;
      }
      return formatInvalidFile(f.file, f.issues, style);
    });
    printText(context, `${lines.join('\n')}\n\n${files.length - invalid} of ${files.length} document${files.length === 1 ? '' : 's'} valid.\n`);
    return invalid > 0 ? 1 : 0;
  },
});
