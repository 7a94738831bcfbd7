import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Area,
  type AreaResolution,
  AreaResolutionError,
  addDays,
  listAreas,
  normaliseAreaName,
  MAX_AREA_QUERY_LENGTH,
  resolveArea,
  resolveAreaOrThrow,
  searchAreas,
} from '../../src/index.js';
import { readRegisterCsv } from './register-data.js';

const codeOf = (query: string, on?: string): string | undefined => {
  const result = resolveArea(query, on === undefined ? {} : { on });
  return result.ok ? result.area.code : undefined;
};

/** The codes of the areas suggested for a name that resolves to none, on 23 November 2026. */
const suggested = (query: string): string[] => {
  const result = resolveArea(query, { on: '2026-11-23' });
  return !result.ok && result.issue.code === 'unknown-area' ? result.issue.suggestions.map((s) => s.code) : [];
};

/** A date on which the area existed. */
const lifetimeDate = (area: Area): string =>
  area.endDate !== undefined ? addDays(area.endDate, -1) : (area.startDate ?? '2025-07-10');

describe('resolveArea: the examples in the issue', () => {
  it.each([
    ['st helens', 'E08000013'],
    ['St. Helens', 'E08000013'],
    ['Saint Helens', 'E08000013'],
    ['Kingston upon Hull', 'E06000010'],
    ['Hull', 'E06000010'],
    ['Bristol', 'E06000023'],
    ['Manchester', 'E08000003'],
    ['Greater Manchester', 'E47000001'],
    ['Greater Manchester Combined Authority', 'E47000001'],
  ])('resolves %j to %s', (query, code) => {
    expect(codeOf(query)).toBe(code);
  });

  it('resolves a former authority to itself with a note naming its successor', () => {
    const result = resolveArea('Allerdale');
    expect(result).toMatchObject({ ok: true, area: { code: 'E07000026', endDate: '2023-04-01', replacedBy: ['E06000063'] } });
    expect(result.ok && result.note).toBe(
      'Allerdale (E07000026) was abolished on 2023-04-01 and was replaced by Cumberland (E06000063)',
    );
  });

  it('gives no note for a former authority on a date when it still existed', () => {
    expect(resolveArea('Allerdale', { on: '2023-03-31' })).toEqual({ ok: true, area: expect.objectContaining({ code: 'E07000026' }) });
  });

  it('suggests the closest names, with codes, for an unknown name (not Winchester and Chichester for Manchestre)', () => {
    const result = resolveArea('Manchestre');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('unknown-area');
    if (result.issue.code !== 'unknown-area') return;
    expect(result.issue.query).toBe('Manchestre');
    expect(result.issue.suggestions).toEqual([{ code: 'E08000003', name: 'Manchester City Council' }]);
    expect(result.issue.message).toMatch(/^no UK area is called "Manchestre"; did you mean Manchester City Council \(E08000003\)/);
  });

  it('suggests the councils whose names hold a partial name as whole words, not the nearest spellings (an adviser typed Hove and was offered Havering)', () => {
    expect(suggested('Hove')).toEqual(['E06000043']); // Brighton and Hove
    expect(suggested('Scilly')).toEqual(['E06000053']);
    expect(suggested('Stockton')).toEqual(['E06000004']);
    expect(suggested('Kings Lynn')).toEqual(['E07000146']);
    expect(suggested('Kingston').sort()).toEqual(['E06000010', 'E09000021']); // Hull and Thames: never guessed
    const hove = resolveArea('Hove');
    expect(!hove.ok && hove.issue.message).toBe('no UK area is called "Hove"; did you mean Brighton and Hove City Council (E06000043)?');
  });

  it('suggests the area an abbreviation stands for by its initials (an adviser typed GM and was offered Amber Valley)', () => {
    expect(suggested('GM')).toEqual(['E47000001']);
    expect(suggested('GM10')).toEqual(['E47000001']); // the ten councils' guarantee: Greater Manchester
    expect(suggested('BCP')).toEqual(['E06000058']); // Bournemouth, Christchurch and Poole
    expect(suggested('SY')).toEqual(['E47000002']); // South Yorkshire
    expect(suggested('WY')[0]).toBe('E47000003'); // West Yorkshire, then names starting so (Wychavon, Wyre)
    expect(suggested('NYCC')).toEqual(['E10000023']); // North Yorkshire County Council
    const gm = resolveArea('GM');
    expect(!gm.ok && gm.issue.message).toBe('no UK area is called "GM"; did you mean Greater Manchester Combined Authority (E47000001)?');
  });

  it('suggests only names near enough to be a misspelling or a shortening, and none when nothing is (property over the registry\'s names)', () => {
    // Nothing near: no guesses (these were met with Fylde, Hyndburn and Wychavon; Newham and Cherwell).
    for (const query of ['xyz', 'Tyne and Wear', 'Merseyside', 'Teesside', 'Oxon']) expect(suggested(query), query).toEqual([]);
    const xyz = resolveArea('xyz');
    expect(!xyz.ok && xyz.issue.message).toBe('no UK area is called "xyz"');
    // Misspellings and shortenings still find their council, and only it.
    expect(suggested('Islinton')).toEqual(['E09000019']);
    expect(suggested('Sothend')).toEqual(['E06000033']); // a letter left out: the start of "southend on sea", a letter longer
    expect(suggested('Brigton')).toEqual(['E06000043']);
    expect(suggested('Wolverhamton')).toEqual(['E08000031']);
    expect(suggested('Notts')).toEqual(['E06000018', 'E10000024']); // Nottingham, Nottinghamshire
    // A name with one letter changed (not another area's name) is met with the area itself first.
    const names = listAreas({ current: true }).filter((area) => /^[a-z]{6,}$/i.test(area.shortName));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.constantFrom(...'qxzj'), (area, at, letter) => {
        const name = area.shortName.toLowerCase();
        const i = at % name.length;
        const misspelt = name.slice(0, i) + letter + name.slice(i + 1);
        const result = resolveArea(misspelt, { on: '2026-11-23' });
        if (result.ok || result.issue.code !== 'unknown-area') return true; // another area's name, or an ambiguous one
        return result.issue.suggestions.some((s) => s.code === area.code);
      }),
      { numRuns: 300 },
    );
  });

  it('notes when the name of the council chosen begins another council\'s name (Newcastle, and Newcastle-under-Lyme)', () => {
    const result = resolveArea('Newcastle', { on: '2026-11-23' });
    expect(result.ok && result.area.code).toBe('E08000021');
    expect(result.ok && result.note).toBe('"Newcastle" is taken as Newcastle upon Tyne (E08000021), the council of that name; Newcastle-under-Lyme (E07000195) begins with it too: give the full name for it');
    for (const name of ['Manchester', 'Liverpool', 'Bolton', 'Newcastle upon Tyne', 'Lincoln']) {
      const plain = resolveArea(name, { on: '2026-11-23' });
      expect(plain.ok && plain.note, name).toBeUndefined(); // a combined authority's or the council's own longer name is no namesake
    }
  });

  it('suggests names for a misspelt county and an unknown GSS code', () => {
    const kent = resolveArea('Kentt');
    expect(!kent.ok && kent.issue.code === 'unknown-area' && kent.issue.suggestions[0]?.code).toBe('E10000016');
    const code = resolveArea('E08999999');
    expect(!code.ok && code.issue.code).toBe('unknown-area');
  });

  it('reports "London" as ambiguous between the City of London and Greater London', () => {
    const result = resolveArea('London');
    expect(result).toMatchObject({
      ok: false,
      issue: {
        code: 'ambiguous-area',
        query: 'London',
        candidates: [
          { code: 'E09000001', name: 'City of London Corporation' },
          { code: 'E61000001', name: 'Greater London Authority' },
        ],
      },
    });
  });
});

describe('resolveArea: codes and spellings', () => {
  it('resolves every GSS code to its own area, in any case and with spaces around it', () => {
    for (const area of listAreas()) {
      expect(codeOf(area.code)).toBe(area.code);
    }
    expect(codeOf(' e08000001 ')).toBe('E08000001');
  });

  it('resolves a former GSS code to the current area with a note', () => {
    expect(resolveArea('E06000048')).toEqual({
      ok: true,
      area: expect.objectContaining({ code: 'E06000057' }),
      note: 'E06000048 is a former code of Northumberland (E06000057)',
    });
  });

  it('resolves register codes and GOV.UK slugs', () => {
    expect(codeOf('MAN')).toBe('E08000003');
    expect(codeOf('gmca')).toBe('E47000001');
    expect(codeOf('kingston-upon-hull')).toBe('E06000010');
    expect(codeOf('NIR-A')).toBe('NIR-A');
  });

  it('ignores case, punctuation, "&" and "and", and noise words when that is unambiguous', () => {
    expect(codeOf('BRIGHTON & HOVE')).toBe('E06000043');
    expect(codeOf('Brighton and Hove City Council')).toBe('E06000043');
    expect(codeOf('Royal Borough of Greenwich')).toBe('E09000011');
    expect(codeOf('London Borough of Camden')).toBe('E09000007');
    expect(codeOf('Kent County Council')).toBe('E10000016');
    expect(codeOf('Metropolitan Borough of Bolton')).toBe('E08000001');
    expect(codeOf('Stockton on Tees')).toBe('E06000004');
    expect(codeOf('Rhondda, Cynon, Taff')).toBe('W06000016');
  });

  it('resolves the old NECA spelling without a date to its successor of the same name', () => {
    expect(codeOf('North East Combined Authority')).toBe('E47000014');
  });

  it('resolves every one of the 1,750 spellings in lookup_name_to_registry.csv to its area, or reports it ambiguous', () => {
    const spellings = readRegisterCsv('lookup_name_to_registry.csv');
    expect(spellings).toHaveLength(1750);
    const byRegisterCode = new Map(listAreas().map((area) => [area.registerCode, area]));
    for (const { 'la-name': name, 'local-authority-code': registerCode } of spellings) {
      const area = byRegisterCode.get(registerCode!)!;
      const expected = area.code;
      // On a date the area existed: "North East Combined Authority" is now also the name of E47000014.
      const undated = resolveArea(name!);
      expect(undated.ok || undated.issue.code === 'ambiguous-area').toBe(true);
      const result = resolveArea(name!, { on: lifetimeDate(area) });
      if (result.ok) expect([name, result.area.code]).toEqual([name, expected]);
      else {
        expect(result.issue.code).toBe('ambiguous-area');
        if (result.issue.code === 'ambiguous-area') expect(result.issue.candidates.map((c) => c.code)).toContain(expected);
      }
    }
  });

  it("resolves an area's own official and short names to it, or reports ambiguity listing it (property)", () => {
    const areas = listAreas();
    const separators = [' ', '-', '  ', ', ', '. '];
    fc.assert(
      fc.property(
        fc.constantFrom(...areas),
        fc.boolean(),
        fc.constantFrom('lower', 'upper', 'same'),
        fc.constantFrom(...separators),
        (area, official, casing, separator) => {
          let query = (official ? area.name : area.shortName).replace(/ /g, separator);
          query = casing === 'lower' ? query.toLowerCase() : casing === 'upper' ? query.toUpperCase() : query;
          const result = resolveArea(query, { on: lifetimeDate(area) });
          if (result.ok) return result.area.code === area.code;
          return result.issue.code === 'ambiguous-area' && result.issue.candidates.some((c) => c.code === area.code);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports ambiguity for every normalised name two current areas share', () => {
    const byKey = new Map<string, Set<string>>();
    for (const area of listAreas({ current: true })) {
      for (const name of [area.name, area.shortName, ...area.otherNames]) {
        const key = normaliseAreaName(name);
        byKey.set(key, (byKey.get(key) ?? new Set()).add(area.code));
      }
    }
    const shared = [...byKey].filter(([, codes]) => codes.size > 1);
    // Only "London" is shared today; whatever is shared must be reported, never silently chosen.
    expect(shared.map(([key]) => key)).toEqual(['london']);
    for (const [key, codes] of shared) {
      const result = resolveArea(key);
      expect(result.ok).toBe(false);
      if (!result.ok && result.issue.code === 'ambiguous-area') {
        expect(new Set(result.issue.candidates.map((c) => c.code))).toEqual(codes);
      }
    }
  });

  it('resolves the same query to the same (frozen) result every time', () => {
    const first = resolveArea('Bolton');
    expect(resolveArea('Bolton')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.ok && Object.isFrozen(first.area)).toBe(true);
  });
});

describe('resolveArea: names shared over time', () => {
  it('chooses the North East Combined Authority that existed on the date', () => {
    expect(codeOf('North East Combined Authority', '2024-05-06')).toBe('E47000010');
    expect(codeOf('North East Combined Authority', '2024-05-07')).toBe('E47000014');
    expect(codeOf('North East Combined Authority', '2024-05-08')).toBe('E47000014');
    expect(codeOf('North East Combined Authority')).toBe('E47000014');
    const result = resolveArea('North East Combined Authority', { on: '2024-05-06' });
    expect(result.ok && result.note).toBe(
      '"North East Combined Authority" also names North East (E47000014); chose the area that existed on 2024-05-06',
    );
  });

  it('notes that an area did not exist yet on the date', () => {
    const result = resolveArea('North East Mayoral Combined Authority', { on: '2020-01-01' });
    expect(result.ok && result.note).toBe('North East (E47000014) did not exist until 2024-05-07');
  });
});

describe('resolveAreaOrThrow', () => {
  it('returns the area', () => {
    expect(resolveAreaOrThrow('Bolton').code).toBe('E08000001');
  });

  it('throws an AreaResolutionError holding the issue', () => {
    expect(() => resolveAreaOrThrow('London')).toThrow(AreaResolutionError);
    try {
      resolveAreaOrThrow('Atlantis');
    } catch (error) {
      expect(error).toBeInstanceOf(AreaResolutionError);
      expect((error as AreaResolutionError).issue.code).toBe('unknown-area');
    }
  });
});

describe('normaliseAreaName', () => {
  it('gives the keys in its examples', () => {
    expect(normaliseAreaName('St. Helens')).toBe('st helens');
    expect(normaliseAreaName('Brighton & Hove City Council')).toBe('brighton hove city council');
    expect(normaliseAreaName('Brighton & Hove City Council', { dropNoiseWords: true })).toBe('brighton hove');
    expect(normaliseAreaName('Ynys Môn')).toBe('ynys mon');
    expect(normaliseAreaName("King's Lynn")).toBe('kings lynn');
    expect(normaliseAreaName('Council', { dropNoiseWords: true })).toBe('council');
  });
});

describe('normaliseAreaName properties', () => {
  it('is idempotent, so a query already in key form resolves like the name it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (name, dropNoiseWords) => {
        const key = normaliseAreaName(name, { dropNoiseWords });
        return normaliseAreaName(key, { dropNoiseWords }) === key && key === key.trim() && !key.includes('  ');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('types', () => {
  it('narrows the resolution on ok', () => {
    const result = resolveArea('Bolton');
    expectTypeOf(result).toEqualTypeOf<AreaResolution>();
    if (result.ok) expectTypeOf(result.area).toEqualTypeOf<Area>();
    else expectTypeOf(result.issue.code).toEqualTypeOf<'unknown-area' | 'ambiguous-area'>();
  });
});

describe('a query longer than any area name', () => {
  it('is refused with a clear issue that names the limit and does not echo the whole query', () => {
    const result = resolveArea('Leeds'.repeat(20_000));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe('unknown-area');
      expect(result.issue.message).toMatch(/at most 100 characters, and ".{40}…" has 100000/);
      expect(result.issue.query.length).toBeLessThan(50);
    }
    expect(resolveArea('Leeds'.padEnd(MAX_AREA_QUERY_LENGTH, ' ')).ok).toBe(true);
    expect(searchAreas('Leeds'.repeat(20_000))).toEqual([]);
  });
});
