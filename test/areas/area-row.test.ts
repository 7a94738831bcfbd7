import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { getArea, listAreas, type Area, type AreaType } from '../../src/index.js';
import { REGIONS, areaFromRow, nationOfCode, standingOfType } from '../../src/areas/area-row.js';
import { slugOf } from '../../src/lists/slug.js';
import { areaNameKeys, nameKeysFromText, nameKeysText } from '../../src/areas/area-name-keys.js';
import { normaliseAreaName } from '../../src/areas/normalise-area-name.js';
import { AREA_ROWS } from '../../src/areas/registry.generated.js';
import { areaRow } from '../../scripts/area-row-writer.js';

describe('an area written as a row of the generated registry', () => {
  it('reads back as every field of the area (Bolton; test/areas/registry.test.ts checks its names, type and standing)', () => {
    const bolton = getArea('E08000001')!;
    const row = AREA_ROWS.find((r) => r[0] === 'E08000001')!;
    expect(row).toEqual(areaRow(bolton));
    expect(areaFromRow(row)).toEqual(bolton);
    expect(areaFromRow(row)).toMatchObject({
      otherNames: ['bolton district'],
      combinedAuthorities: [{ code: 'E47000001', from: '2011-04-01' }],
      startDate: '1974-04-01',
      replacedBy: [],
      formerCodes: [],
      corrections: [expect.stringContaining('SI 2011/908')],
    });
  });

  it('reads back as the area for every area of the registry, and the generated rows are as the writer writes them', () => {
    const areas = listAreas();
    expect(areas.length).toBe(AREA_ROWS.length);
    for (const area of areas) expect(isDeepStrictEqual(areaFromRow(areaRow(area)), area), area.code).toBe(true);
    for (const row of AREA_ROWS) expect(areaRow(areaFromRow(row))).toEqual(row);
  });

  it('leaves off what the type, the code and the short name say, and the empty fields at the end', () => {
    // A slug that is not the short name's is written out; a district's county is kept.
    const antrim = areaRow(getArea('N09000001')!);
    expect(antrim[5]).toBe('antrim-newtownabbey');
    expect(areaFromRow(antrim)).toMatchObject({ nation: 'Northern Ireland', tier: 'ni-district', billsCouncilTax: false, childrensServices: false });
    // A former Northern Ireland council, keyed by its register code, is still in Northern Ireland.
    expect(areaFromRow(areaRow(getArea('NIR-A')!))).toMatchObject({ nation: 'Northern Ireland', endDate: '2015-04-01' });
    // A nation: no register code, slug or region; its tier and nation from its type and code.
    expect(areaRow(getArea('W92000004')!)).toEqual(['W92000004', 0, 'Wales', 'Wales', [], 0, 'CTRY']);
    expect(areaFromRow(['W92000004', 0, 'Wales', 'Wales', [], 0, 'CTRY'])).toEqual(getArea('W92000004'));
    expect(areaRow(getArea('W06000015')!).slice(6, 8)).toEqual(['WPA', 12]); // Cardiff, in the region Wales
  });

  it('refuses a region the rows cannot number', () => {
    const bolton = getArea('E08000001')!;
    expect(() => areaRow({ ...bolton, region: 'Mercia' })).toThrow(/region Mercia is not in REGIONS/);
  });

  it('reads back any area whose standing agrees with its type (property)', () => {
    const code = fc.stringMatching(/^[EWSN][0-9]{8}$/);
    const date = fc.constantFrom('1974-04-01', '2009-04-01', '2023-04-01');
    const name = fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Za-z&',-]{1,8}){0,3}$/);
    const area = fc
      .record({
        code,
        registerCode: fc.option(fc.stringMatching(/^[A-Z]{3}$/), { nil: undefined }),
        name,
        shortName: name,
        otherNames: fc.array(name, { maxLength: 3 }),
        slug: fc.option(fc.oneof(fc.constant('own'), fc.stringMatching(/^[a-z]{2,8}(-[a-z]{2,8})?$/)), { nil: undefined }),
        type: fc.constantFrom<AreaType>('NMD', 'UA', 'MD', 'LBO', 'CC', 'CTY', 'COMB', 'SRA', 'SCO', 'WPA', 'NID', 'CTRY'),
        region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
        county: fc.option(code, { nil: undefined }),
        combinedAuthorities: fc.array(
          fc.record({ code, from: fc.option(date, { nil: undefined }), until: fc.option(date, { nil: undefined }) }),
          { maxLength: 2 },
        ),
        startDate: fc.option(date, { nil: undefined }),
        endDate: fc.option(date, { nil: undefined }),
        replacedBy: fc.array(code, { maxLength: 2 }),
        formerCodes: fc.array(code, { maxLength: 2 }),
        corrections: fc.option(fc.array(name, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      })
      .map((fields): Area => {
        const [tier, billsCouncilTax, childrensServices] = standingOfType(fields.type);
        const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
        return {
          ...(defined as unknown as Area),
          ...(fields.slug === 'own' ? { slug: slugOf(fields.shortName) } : {}),
          combinedAuthorities: fields.combinedAuthorities.map((m) => Object.fromEntries(Object.entries(m).filter(([, value]) => value !== undefined)) as unknown as Area['combinedAuthorities'][number]),
          tier,
          billsCouncilTax,
          childrensServices,
          nation: nationOfCode(fields.code)!,
        };
      });
    fc.assert(fc.property(area, (a) => isDeepStrictEqual(areaFromRow(areaRow(a)), a)));
  });

  it('works out slugs, nations and standings as the examples say', () => {
    expect(slugOf('Brighton and Hove')).toBe('brighton-and-hove');
    expect(slugOf("King's Lynn and West Norfolk")).toBe('king-s-lynn-and-west-norfolk');
    expect(slugOf(' Council tax exemption ')).toBe('council-tax-exemption');
    expect(nationOfCode('W06000015')).toBe('Wales');
    expect(nationOfCode('NIR-A')).toBe('Northern Ireland');
    expect(nationOfCode('X1')).toBeUndefined();
    expect(standingOfType('NMD')).toEqual(['lower', true, false]);
    expect(standingOfType('CTY')).toEqual(['upper', false, true]);
  });
});

describe('an area’s name keys written as one text', () => {
  it('reads back as the keys (Bolton, and an area whose keys without noise words are all of its keys)', () => {
    const bolton = areaNameKeys(getArea('E08000001')!);
    expect(nameKeysText(bolton)).toBe('bolton metropolitan borough council|bolton|bolton district/bolton');
    expect(nameKeysFromText(nameKeysText(bolton))).toEqual(bolton);
    expect(nameKeysFromText('/')).toEqual([[], []]);
  });

  it('reads back any names’ keys, since a key never holds | or / (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), fc.array(fc.string(), { maxLength: 4 }), (exactNames, coreNames) => {
        const keys: [string[], string[]] = [
          exactNames.map((n) => normaliseAreaName(n)).filter((k) => k !== ''),
          coreNames.map((n) => normaliseAreaName(n, { dropNoiseWords: true })).filter((k) => k !== ''),
        ];
        return isDeepStrictEqual(nameKeysFromText(nameKeysText(keys)), keys);
      }),
    );
  });
});
