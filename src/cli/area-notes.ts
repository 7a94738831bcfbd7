import type { NamedArea } from './resolve-area-option.js';

/**
 * The notes on the areas the user named (a name that also names another area, an old name, an
 * abolished council): each note once, in the order the areas were given. The text output prints
 * them as "Note:" lines under its heading, and `--json` as its `notes`.
 *
 * @param areas - the areas as resolved (undefined for one not given)
 * @returns the notes, or an empty list when there is nothing to note
 * @example
 * ```ts
 * const county = { code: 'E06000060', name: 'Buckinghamshire', tier: 'unitary', childrensServices: true, note: 'also names the old county' };
 * areaNotes([county, undefined, county]); // ['also names the old county']
 * ```
 */
export function areaNotes(areas: readonly (Pick<NamedArea, 'note'> | undefined)[]): string[] {
  const notes = new Set<string>();
  for (const area of areas) if (area?.note !== undefined) notes.add(area.note);
  return [...notes];
}

/**
 * The "Note:" lines for the areas the user named (see {@link areaNotes}), each line ending in a
 * newline.
 *
 * @param areas - the areas as resolved (undefined for one not given)
 * @returns the lines, or '' when there is nothing to note
 * @example
 * ```ts
 * const county = { code: 'E06000060', name: 'Buckinghamshire', tier: 'unitary', childrensServices: true, note: 'also names the old county' };
 * areaNoteLines([county, county]); // 'Note: also names the old county\n'
 * ```
 */
export function areaNoteLines(areas: readonly (Pick<NamedArea, 'note'> | undefined)[]): string {
  return noteLines(areaNotes(areas));
}

/**
 * Notes as the text output prints them: a "Note:" line each, ending in a newline. The same notes
 * are `notes` in `--json`.
 *
 * @param notes - the notes (the areas' and the data's)
 * @returns the lines, or '' when there are none
 * @example
 * ```ts
 * noteLines(['leeds.yaml replaces the embedded document for Leeds City Council (E08000035)']);
 * // 'Note: leeds.yaml replaces the embedded document for Leeds City Council (E08000035)\n'
 * ```
 */
export function noteLines(notes: readonly string[]): string {
  return notes.map((note) => `Note: ${note}\n`).join('');
}
