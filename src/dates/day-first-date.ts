/**
 * A date written day first, `DD/MM/YYYY` (as people in the UK write dates, and the command line
 * accepts them), rewritten `YYYY-MM-DD`, whether or not it is a real date; null for any other text.
 *
 * @param text - the text given
 * @returns the date's `YYYY-MM-DD` spelling, or null
 * @example
 * ```ts
 * dayFirstAsIso('1/11/2026'); // '2026-11-01'
 * dayFirstAsIso('2026-11-01'); // null
 * ```
 */
export function dayFirstAsIso(text: string): string | null {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return parts === null ? null : `${parts[3]}-${parts[2]!.padStart(2, '0')}-${parts[1]!.padStart(2, '0')}`;
}
