import type { OfferDocument } from '../schema/offer-document.js';
import type { CatalogueEntry } from './document-catalogue.js';

/**
 * Where a place guard holds, as a catalogue row writes it: `0` anywhere (`null`), `1` the
 * document's provider alone, or the list of areas.
 */
export type GuardAreasCell = 0 | 1 | readonly string[];

/** A place guard as a catalogue row writes it: where the person lives, which council looked after them, and the offer's provider when it is not the document's. */
export type GuardRow = readonly [residence: GuardAreasCell, responsible: GuardAreasCell, provider?: string];

/**
 * A catalogue entry as the generated catalogue writes it (see {@link CatalogueEntry}): the
 * provider, the areas its coverage claims name, its place guards as {@link GuardRow}s, and the
 * function that loads it. Written as rows without field names and without the provider repeated
 * in each guard, the catalogue of 239 documents is about half the size in a browser app's script.
 */
export type CatalogueRow = readonly [
  provider: string,
  claimAreas: readonly string[],
  guards: readonly GuardRow[],
  load: () => Promise<{ readonly default: OfferDocument }>,
];

const areasOfCell = (cell: GuardAreasCell, provider: readonly string[]): readonly string[] | null => (cell === 0 ? null : cell === 1 ? provider : cell);

/**
 * A catalogue entry read from its row.
 *
 * @param row - the entry's row
 * @returns the entry, its guards as the engine's place guards
 * @example
 * ```ts
 * catalogueEntryFromRow(['E08000001', [], [[1, 0]], load]).guards; // [{ residence: ['E08000001'], responsible: null, provider: 'E08000001' }]
 * ```
 */
export function catalogueEntryFromRow([provider, claimAreas, guards, load]: CatalogueRow): CatalogueEntry {
  const alone = [provider];
  return {
    provider,
    claimAreas,
    guards: guards.map(([residence, responsible, offerProvider]) => ({
      residence: areasOfCell(residence, alone),
      responsible: areasOfCell(responsible, alone),
      provider: offerProvider ?? provider,
    })),
    load,
  };
}
