import type { NamedArea } from './resolve-area-option.js';

/**
 * The "Note:" lines for the areas the user named (a name that also names another area, an old
 * name): each note once, in the order the areas were given, each line ending in a newline.
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
  const notes = new Set<string>();
  for (const area of areas) if (area?.note !== undefined) notes.add(area.note);
  return [...notes].map((note) => `Note: ${note}\n`).join('');
}
