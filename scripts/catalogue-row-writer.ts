/**
 * Writes a document's place guards as cells of the generated catalogue's rows (the inverse of
 * src/data/catalogue-row.ts's `catalogueEntryFromRow`). Build-time only: scripts/generate-dataset.ts
 * writes the rows with it.
 */
import type { PlaceGuard } from '../src/engine/place-guard.js';
import type { GuardAreasCell, GuardRow } from '../src/data/catalogue-row.js';

/**
 * A guard's areas written as a row's cell.
 *
 * @param areas - the guard's areas (`null` for anywhere)
 * @param provider - the document's provider
 * @returns the cell
 * @example
 * ```ts
 * guardAreasCell(['E08000001'], 'E08000001'); // 1
 * guardAreasCell(null, 'E08000001'); // 0
 * ```
 */
export function guardAreasCell(areas: readonly string[] | null, provider: string): GuardAreasCell {
  if (areas === null) return 0;
  return areas.length === 1 && areas[0] === provider ? 1 : areas;
}

/**
 * A place guard written as a row (what the generator writes).
 *
 * @param guard - the guard
 * @param provider - the document's provider
 * @returns the row
 * @example
 * ```ts
 * guardRow({ residence: ['E08000001'], responsible: null, provider: 'E08000001' }, 'E08000001'); // [1, 0]
 * ```
 */
export function guardRow(guard: PlaceGuard, provider: string): GuardRow {
  const cells = [guardAreasCell(guard.residence, provider), guardAreasCell(guard.responsible, provider)] as const;
  return guard.provider === provider ? cells : [...cells, guard.provider];
}
