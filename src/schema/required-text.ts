import * as z from 'zod';

/**
 * A text field that must be given and not be empty, whose "missing" message says what to write
 * in it (rather than "add text"): for councils writing their offer documents by hand.
 *
 * @param what - what the field holds, as it follows "add" ("the provider's name, such as Bolton Council")
 * @returns the schema
 * @example
 * ```ts
 * z.strictObject({ title: requiredText('a short title') }).safeParse({}).error?.issues[0]?.message; // 'required field is missing; add a short title'
 * ```
 */
export function requiredText(what: string): z.ZodString {
  return z.string({ error: (issue) => (issue.input === undefined ? `required field is missing; add ${what}` : undefined) }).min(1);
}
