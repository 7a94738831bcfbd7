import { describe, expect, it } from 'vitest';
import { type AreaType, getArea, isWithin, listAreas } from '../../src/index.js';
import { readRegisterCsv } from './register-data.js';
import { normaliseAreaName } from '../../src/areas/normalise-area-name.js';
import { AREA_ROWS, NAME_KEYS } from '../../src/areas/registry.generated.js';
import { areaNameKeys, nameKeysFromText } from '../../src/areas/area-name-keys.js';
import { areaFromRow } from '../../src/areas/area-row.js';

const AREAS = AREA_ROWS.map(areaFromRow);
const nameKeys = NAME_KEYS.map(nameKeysFromText);

const ON = '2025-07-10';

describe('the areas registry', () => {
  it('holds every authority in the register, the four nations and the two added combined authorities', () => {
    expect(readRegisterCsv('uk_local_authorities.csv')).toHaveLength(470);
    expect(listAreas()).toHaveLength(470 + 4 + 2);
    expect(listAreas({ type: 'CTRY' }).map((a) => [a.code, a.name])).toEqual([
      ['E92000001', 'England'],
      ['N92000002', 'Northern Ireland'],
      ['S92000003', 'Scotland'],
      ['W92000004', 'Wales'],
    ]);
  });

  it('has a unique code for every area and only codes it knows in county, membership and successor fields', () => {
    const areas = listAreas();
    expect(new Set(areas.map((a) => a.code)).size).toBe(areas.length);
    for (const area of areas) {
      const referenced = [
        ...(area.county === undefined ? [] : [area.county]),
        ...area.combinedAuthorities.map((m) => m.code),
        ...area.replacedBy,
      ];
      for (const code of referenced) expect([area.code, code, getArea(code)?.code]).toEqual([area.code, code, code]);
    }
  });

  it('keeps what the register says about an area', () => {
    expect(getArea('E08000001')).toMatchObject({
      registerCode: 'BOL',
      name: 'Bolton Metropolitan Borough Council',
      shortName: 'Bolton',
      slug: 'bolton',
      type: 'MD',
      tier: 'unitary',
      billsCouncilTax: true,
      childrensServices: true,
      nation: 'England',
      region: 'North West',
    });
    expect(getArea('E08000011')?.combinedAuthorities).toEqual([{ code: 'E47000004', from: '2014-04-01' }]); // Knowsley, Liverpool City Region
    expect(getArea('E07000026')).toMatchObject({ county: 'E10000006', endDate: '2023-04-01', replacedBy: ['E06000063'] });
    expect(getArea('E10000006')?.replacedBy).toEqual(['E06000063', 'E06000064']);
  });

  it('dates the Greater Manchester Combined Authority and its ten members from 1 April 2011 (SI 2011/908; the register says 2014)', () => {
    expect(getArea('E47000001')?.startDate).toBe('2011-04-01');
    const members = listAreas({ current: true }).filter((a) => a.combinedAuthorities.some((m) => m.code === 'E47000001'));
    expect(members.map((a) => a.shortName)).toEqual(['Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Wigan']);
    for (const member of members) expect(member.combinedAuthorities).toEqual([{ code: 'E47000001', from: '2011-04-01' }]);
    expect(isWithin('E08000001', 'E47000001', '2011-03-31')).toBe(false);
    expect(isWithin('E08000001', 'E47000001', '2011-04-01')).toBe(true);
    expect(isWithin('E08000001', 'E47000001', '2013-06-01')).toBe(true);
  });

  it('writes every end date as the first day the area no longer existed', () => {
    // The register gives 2019-03-31 for the Dorset councils and 2023-04-01 for the Cumbrian ones.
    expect(getArea('E06000029')?.endDate).toBe('2019-04-01'); // Poole
    expect(getArea('E06000058')?.startDate).toBe('2019-04-01'); // Bournemouth, Christchurch and Poole
    expect(getArea('E07000026')?.endDate).toBe('2023-04-01'); // Allerdale
    for (const area of listAreas({ current: false })) expect(area.endDate?.endsWith('-03-31')).toBe(false);
  });

  it('gives every current English district (NMD) a current county', () => {
    const districts = listAreas({ current: true, type: 'NMD' });
    expect(districts).toHaveLength(164);
    for (const district of districts) {
      const county = getArea(district.county ?? '');
      expect([district.code, county?.type, county?.endDate]).toEqual([district.code, 'CTY', undefined]);
      expect(isWithin(district.code, county!.code, ON)).toBe(true);
    }
  });

  it('gives every current county (CTY) districts', () => {
    const counties = listAreas({ current: true, type: 'CTY' });
    expect(counties).toHaveLength(21);
    for (const county of counties) {
      const districts = listAreas({ current: true, type: 'NMD' }).filter((d) => d.county === county.code);
      expect([county.shortName, districts.length > 0]).toEqual([county.shortName, true]);
    }
  });

  it('counts the 153 English children’s services authorities current on 2025-07-10', () => {
    // Children's services authorities are the upper-tier and unitary councils: 21 counties,
    // 63 unitaries (including the Council of the Isles of Scilly, which DfE statistics often
    // report with Cornwall), 36 metropolitan districts, 32 London boroughs and the City of London
    // (a unitary authority for children's services, with very few care leavers).
    const types: AreaType[] = ['CTY', 'UA', 'MD', 'LBO', 'CC'];
    const authorities = listAreas({ on: ON, nation: 'England', type: types });
    const count = (type: AreaType): number => authorities.filter((a) => a.type === type).length;
    expect(types.map(count)).toEqual([21, 63, 36, 32, 1]);
    expect(authorities).toHaveLength(153);
    expect(authorities.map((a) => a.code)).toContain('E06000053'); // Isles of Scilly
    expect(authorities.map((a) => a.code)).toContain('E09000001'); // City of London
    expect(authorities.every((a) => a.childrensServices)).toBe(true);
    expect(listAreas({ on: ON, nation: 'England' }).filter((a) => a.childrensServices)).toHaveLength(153);
  });

  it('names the source of each correction on the area it changes', () => {
    expect(getArea('E47000014')?.corrections?.[0]).toMatch(/SI 2024\/402/);
    expect(getArea('E47000015')?.corrections?.[0]).toMatch(/SI 2025\/115/);
    expect(getArea('E07000201')?.county).toBe('E10000029'); // Forest Heath in Suffolk, not Surrey
  });
});

describe('combined authorities', () => {
  it('puts the ten Greater Manchester councils (E08000001 to E08000010) within E47000001', () => {
    for (let n = 1; n <= 10; n++) {
      const code = `E080000${String(n).padStart(2, '0')}`;
      expect([code, isWithin(code, 'E47000001', ON)]).toEqual([code, true]);
    }
    expect(isWithin('E08000011', 'E47000001', ON)).toBe(false); // Knowsley is in the Liverpool City Region
  });

  it('puts the districts of a member county within the combined authority through the county', () => {
    // Amber Valley lies in Derbyshire, a member of the East Midlands CCA from 2024-02-27.
    expect(isWithin('E07000032', 'E47000013', '2024-02-27')).toBe(true);
    expect(isWithin('E07000032', 'E47000013', '2024-02-26')).toBe(false);
    // Lincoln (City of Lincoln) through Lincolnshire in Greater Lincolnshire from 2025-05-01.
    expect(isWithin('E07000138', 'E47000017', '2025-05-01')).toBe(true);
    expect(isWithin('E07000138', 'E47000017', '2025-04-30')).toBe(false);
  });

  describe('the North East correction (SI 2024/402)', () => {
    const seven = {
      Durham: 'E06000047',
      Gateshead: 'E08000037',
      Newcastle: 'E08000021',
      'North Tyneside': 'E08000022',
      Northumberland: 'E06000057',
      'South Tyneside': 'E08000023',
      Sunderland: 'E08000024',
    };
    const northOfTyne = new Set(['E08000021', 'E08000022', 'E06000057']);

    it('has the new authority from 2024-05-07 and ends NECA and North of Tyne that day', () => {
      expect(getArea('E47000014')).toMatchObject({ type: 'COMB', startDate: '2024-05-07' });
      expect(getArea('E47000010')).toMatchObject({ endDate: '2024-05-07', replacedBy: ['E47000014'] });
      expect(getArea('E47000011')).toMatchObject({ endDate: '2024-05-07', replacedBy: ['E47000014'] });
      expect(listAreas({ on: '2024-05-06', type: 'COMB' }).map((a) => a.code)).toEqual(
        expect.arrayContaining(['E47000010', 'E47000011']),
      );
      const onTheDay = listAreas({ on: '2024-05-07', type: 'COMB' }).map((a) => a.code);
      expect(onTheDay).toContain('E47000014');
      expect(onTheDay).not.toContain('E47000010');
      expect(onTheDay).not.toContain('E47000011');
    });

    it.each(Object.entries(seven))('places %s in the right authority the day before, of and after', (_, code) => {
      const old = northOfTyne.has(code) ? 'E47000011' : 'E47000010';
      expect(isWithin(code, old, '2024-05-06')).toBe(true);
      expect(isWithin(code, 'E47000014', '2024-05-06')).toBe(false);
      for (const on of ['2024-05-07', '2024-05-08']) {
        expect(isWithin(code, 'E47000014', on)).toBe(true);
        expect(isWithin(code, 'E47000010', on)).toBe(false);
        expect(isWithin(code, 'E47000011', on)).toBe(false);
      }
    });

    it('had Newcastle, North Tyneside and Northumberland in NECA until North of Tyne began on 2018-11-02', () => {
      expect(isWithin('E08000021', 'E47000010', '2018-11-01')).toBe(true);
      expect(isWithin('E08000021', 'E47000010', '2018-11-02')).toBe(false);
      expect(isWithin('E08000021', 'E47000011', '2018-11-02')).toBe(true);
    });
  });

  it('adds the Devon and Torbay CCA from 2025-02-05 (SI 2025/115), with Devon’s districts through Devon', () => {
    expect(getArea('E47000015')).toMatchObject({ name: 'Devon and Torbay Combined County Authority', startDate: '2025-02-05' });
    expect(isWithin('E06000027', 'E47000015', '2025-02-05')).toBe(true); // Torbay
    expect(isWithin('E07000041', 'E47000015', '2025-02-05')).toBe(true); // Exeter
    expect(isWithin('E07000041', 'E47000015', '2025-02-04')).toBe(false);
    expect(isWithin('E06000026', 'E47000015', ON)).toBe(false); // Plymouth is not a member
  });
});

describe('the names’ comparison keys generated with the registry', () => {
  it('are what areaNameKeys gives for each area: its names normalised, then without noise words, each once in order', () => {
    AREAS.forEach((area, i) => {
      expect(nameKeys[i], area.code).toEqual(areaNameKeys(area));
    });
    expect(nameKeys).toHaveLength(AREAS.length);
    const bolton = AREAS.findIndex((a) => a.code === 'E08000001');
    // Bolton Metropolitan Borough Council, short name Bolton, also spelt "bolton district".
    expect(NAME_KEYS[bolton]).toBe('bolton metropolitan borough council|bolton|bolton district/bolton');
    expect(nameKeys[bolton]).toEqual([['bolton metropolitan borough council', 'bolton', 'bolton district'], ['bolton']]);
    for (const key of [...nameKeys[bolton]![0], ...nameKeys[bolton]![1]]) expect(key).toBe(normaliseAreaName(key));
  });
});
