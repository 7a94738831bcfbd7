import { type Area, resolveArea, searchAreas } from '../index.js';

/** A council field of the form: who looked after them, where they live, where they move to. */
export type CouncilField = 'responsible' | 'lives-in' | 'to';

/** The most suggestions a council field offers at once. */
export const MAX_COUNCIL_SUGGESTIONS = 8;

/** Whether an area can be the answer to a field (as the page's checks will judge it). */
function fits(field: CouncilField, area: Area): boolean {
  if (field === 'responsible') return area.childrensServices;
  return area.tier !== 'combined' && area.tier !== 'nation' && area.tier !== 'upper';
}

/**
 * The councils to suggest for what an adviser has typed in a council field, best first: the area
 * the text names exactly (as the command line resolves it: a name, a short name, a GSS or
 * register code, in any spelling), whichever field it is in, so that choosing the first
 * suggestion never swaps it for another; then the areas {@link searchAreas} finds (names
 * starting with the text, then a word starting with it, then containing it; councils that no
 * longer exist last) that can answer the field: a council with children's services for "Looked
 * after by", a single council area for "Lives in" and "Moving to".
 *
 * @param field - the field being filled in
 * @param query - what has been typed
 * @returns at most {@link MAX_COUNCIL_SUGGESTIONS} areas (none for empty text)
 * @example
 * ```ts
 * councilSuggestions('to', 'E08000035').map((a) => a.shortName); // ['Leeds']
 * councilSuggestions('lives-in', 'manchester').map((a) => a.shortName); // ['Manchester']
 * ```
 */
export function councilSuggestions(field: CouncilField, query: string): readonly Area[] {
  if (query.trim() === '') return [];
  const exact = resolveArea(query);
  const found = searchAreas(query, { limit: 40 }).filter((area) => fits(field, area));
  // An exact name goes first, if it can be the answer (Kent County Council is not a place to live).
  const all = exact.ok && fits(field, exact.area) ? [exact.area, ...found.filter((area) => area.code !== exact.area.code)] : found;
  return all.slice(0, MAX_COUNCIL_SUGGESTIONS);
}

/**
 * What choosing a suggested council puts in its field, and so in the address: the shortest of
 * its short name, its name and its code that the command line (and the page's checks) resolve to
 * that same area without a note (a name shared with another area is replaced by the code).
 *
 * @param area - the suggested area
 * @returns the text for the field
 * @example
 * ```ts
 * councilFieldValue(councilSuggestions('to', 'E08000035')[0]!); // 'Leeds'
 * ```
 */
export function councilFieldValue(area: Area): string {
  for (const text of [area.shortName, area.name]) {
    const resolved = resolveArea(text);
    if (resolved.ok && resolved.area.code === area.code && resolved.note === undefined) return text;
  }
  return area.code;
}

/**
 * How a suggestion reads in the list: the council's full name and its code, and the date a
 * council that no longer exists was abolished.
 *
 * @param area - the suggested area
 * @returns plain text (escape it before putting it in HTML)
 * @example
 * ```ts
 * councilSuggestionLabel(councilSuggestions('to', 'Leeds')[0]!); // 'Leeds City Council (E08000035)'
 * ```
 */
export function councilSuggestionLabel(area: Area): string {
  return `${area.name} (${area.code})${area.endDate === undefined ? '' : `, abolished ${area.endDate}`}`;
}
