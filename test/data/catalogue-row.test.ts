import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CatalogueRow, catalogueEntryFromRow } from '../../src/data/catalogue-row.js';
import { guardAreasCell, guardRow } from '../../scripts/catalogue-row-writer.js';
import type { PlaceGuard } from '../../src/engine/place-guard.js';

const load: CatalogueRow[3] = async () => {
  throw new Error('not loaded in this test');
};

describe('a catalogue entry written as a row', () => {
  it('writes anywhere as 0 and the document’s provider alone as 1, and names an offer’s provider only when it is not the document’s', () => {
    expect(guardAreasCell(['E08000001'], 'E08000001')).toBe(1);
    expect(guardAreasCell(null, 'E08000001')).toBe(0);
    expect(guardAreasCell(['E08000001', 'E08000002'], 'E08000001')).toEqual(['E08000001', 'E08000002']);
    expect(guardAreasCell(['E08000002'], 'E08000001')).toEqual(['E08000002']);
    expect(guardRow({ residence: ['E08000001'], responsible: null, provider: 'E08000001' }, 'E08000001')).toEqual([1, 0]);
    expect(guardRow({ residence: null, responsible: ['E92000001'], provider: 'org:x' }, 'E08000001')).toEqual([0, ['E92000001'], 'org:x']);
  });

  it('reads back as the entry: provider, claims’ areas, guards and loader', () => {
    const entry = catalogueEntryFromRow(['E08000001', ['E47000001'], [[1, 0], [0, ['E92000001'], 'org:x']], load]);
    expect(entry).toEqual({
      provider: 'E08000001',
      claimAreas: ['E47000001'],
      guards: [
        { residence: ['E08000001'], responsible: null, provider: 'E08000001' },
        { residence: null, responsible: ['E92000001'], provider: 'org:x' },
      ],
      load,
    });
  });

  it('reads back any guard as it was (property)', () => {
    const code = fc.constantFrom('E08000001', 'E08000035', 'E92000001', 'E47000001', 'org:covenant');
    const areas = fc.option(fc.uniqueArray(code, { minLength: 1, maxLength: 3 }), { nil: null });
    const guard = fc.record({ residence: areas, responsible: areas, provider: code });
    fc.assert(
      fc.property(code, fc.array(guard, { maxLength: 4 }), (provider, guards: PlaceGuard[]) => {
        const entry = catalogueEntryFromRow([provider, [], guards.map((g) => guardRow(g, provider)), load]);
        expect(entry.guards).toEqual(guards);
      }),
    );
  });
});
