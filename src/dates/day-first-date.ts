/**
 * A year, month and day as typed (the month and day with or without a leading zero), written
 * `YYYY-MM-DD`, whether or not it is a real date.
 *
 * @param year - four digits
 * @param month - one or two digits
 * @param day - one or two digits
 * @returns the `YYYY-MM-DD` spelling
 * @example
 * ```ts
 * isoSpelling('2026', '11', '1'); // '2026-11-01'
 * ```
 */
export function isoSpelling(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * A date written day first, `DD/MM/YYYY` (as people in the UK write dates, and the command line
 * accepts them), rewritten `YYYY-MM-DD`, whether or not it is a real date; null for any other text.
 *
 * @param text - the text given
 * @param separators - the characters that may part the day, month and year (`/` by default; the
 *   adviser page also takes `.` and `-`)
 * @returns the date's `YYYY-MM-DD` spelling, or null
 * @example
 * ```ts
 * dayFirstAsIso('1/11/2026'); // '2026-11-01'
 * dayFirstAsIso('2026-11-01'); // null
 * dayFirstAsIso('1.11.2026', '/.-'); // '2026-11-01'
 * ```
 */
export function dayFirstAsIso(text: string, separators = '/'): string | null {
  const part = `[${separators.replace(/[\]\\^-]/g, '\\$&')}]`;
  const parts = new RegExp(`^(\\d{1,2})${part}(\\d{1,2})${part}(\\d{4})$`).exec(text);
  return parts === null ? null : isoSpelling(parts[3]!, parts[2]!, parts[1]!);
}
