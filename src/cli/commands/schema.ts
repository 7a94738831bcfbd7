import { offerDocumentJsonSchema } from '../../schema/json-schema.js';
import { printJson } from '../cli-context.js';
import { defineCommand } from '../command.js';


/**
 * The `schema` command: prints the JSON Schema of an offer document.
 *
 * @example
 * ```ts
 * await schemaCommand.run([], context); // 0
 * ```
 */
export const schemaCommand = defineCommand({
  name: 'schema',
  usage: ['schema'],
  about: `Prints the JSON Schema (draft 2020-12) of an offer document, for editors that check YAML or
JSON as you write it (for example: care-leaver-entitlements schema > offer-document.schema.json).
The schema is JSON, so --json changes nothing.`,
  options: [],
  json: 'the schema itself',
  examples: ['schema > offer-document.schema.json'],
  run: (_input, context) => {
    printJson(context, offerDocumentJsonSchema());
    return 0;
  },
});
