import { offerDocumentJsonSchema } from '../../schema/json-schema.js';
import { type CliContext, printJson } from '../cli-context.js';
import { parseOptions } from '../parse-options.js';

/** The help for `schema`. */
export const SCHEMA_HELP = `Usage: care-leaver-entitlements schema

Prints the JSON Schema (draft 2020-12) of an offer document, for editors that check YAML or
JSON as you write it (for example: care-leaver-entitlements schema > offer-document.schema.json).

Options:
  -h, --help     show this help

Example:
  care-leaver-entitlements schema > offer-document.schema.json
`;

/**
 * Runs `schema`: prints the offer document's JSON Schema.
 *
 * @param args - the arguments after the command name
 * @param context - output
 * @returns the exit status (0)
 * @throws {@link UsageError} on an unknown option
 * @example
 * ```ts
 * runSchema([], context);
 * ```
 */
export function runSchema(args: readonly string[], context: CliContext): number {
  const { values } = parseOptions('schema', args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help === true) {
    context.out(SCHEMA_HELP);
    return 0;
  }
  printJson(context, offerDocumentJsonSchema());
  return 0;
}
