import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  areaExistsOn,
  birthday,
  embeddedDataset,
  formatLongDate,
  InvalidInputError,
  isAreaCovered,
  isWithin,
  listAreas,
  resolveArea,
  searchAreas,
} from '../../src/index.js';

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues.map((i) => i.path.join('.')).join(' ');
  }
  throw new Error('expected an InvalidInputError');
}

const untyped = <F>(f: F) => f as unknown as (...args: unknown[]) => unknown;

describe('the exported date helpers refuse what is not a date or a number', () => {
  it('birthday', () => {
    expect(pathOf(() => birthday('2004-02-30', 18))).toBe('dateOfBirth');
    expect(pathOf(() => untyped(birthday)('2004-06-15', '18'))).toBe('age');
    expect(pathOf(() => untyped(birthday)('2004-06-15', 18, 'march-2'))).toBe('rule');
    expect(birthday('2004-06-15', 18)).toBe('2022-06-15');
  });

  it('addDays, including a result outside the supported years and NaN', () => {
    expect(pathOf(() => addDays('2025-02-30', 1))).toBe('date');
    expect(pathOf(() => addDays('2199-12-31', 1))).toBe('days');
    expect(pathOf(() => addDays('2025-01-01', Number.NaN))).toBe('days');
    expect(pathOf(() => addDays('2025-01-01', 1.5))).toBe('days');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('formatLongDate and ageOn', () => {
    expect(pathOf(() => formatLongDate('2025-02-30'))).toBe('date');
    expect(pathOf(() => ageOn('2004-06-15', 'banana'))).toBe('on');
    expect(pathOf(() => ageOn('banana', '2026-01-01'))).toBe('dateOfBirth');
    expect(ageOn('2004-06-15', '2026-11-23')).toBe(22);
  });
});

describe('the exported area helpers refuse bad dates, kinds and nations', () => {
  it('isWithin and isAreaCovered', () => {
    expect(pathOf(() => isWithin('E08000001', 'E47000001', 'banana'))).toBe('on');
    expect(pathOf(() => untyped(isAreaCovered)(embeddedDataset, 'pets', 'E08000007', '2026-11-23'))).toBe('kind');
    expect(pathOf(() => isAreaCovered(embeddedDataset, 'mentor', 'E08000007', 'banana'))).toBe('on');
    expect(isWithin('E08000001', 'E47000001', '2025-01-01')).toBe(true);
  });

  it('listAreas: a bad date is refused, a nation is read in any case, an unknown one named', () => {
    expect(pathOf(() => listAreas({ on: '2025-02-30' }))).toBe('options.on');
    expect(untyped(listAreas)({ nation: 'england' })).toEqual(listAreas({ nation: 'England' }));
    expect(listAreas({ nation: 'England' }).length).toBeGreaterThan(300);
    expect(pathOf(() => untyped(listAreas)({ nation: 'Narnia' }))).toBe('options.nation');
  });

  it('resolveArea and searchAreas refuse a date that is not a date', () => {
    expect(pathOf(() => resolveArea('Bolton', { on: '2025-02-30' }))).toBe('options.on');
    expect(pathOf(() => searchAreas('Bolton', { on: '2025-02-30' }))).toBe('options.on');
  });

  it('areaExistsOn takes a code as well as an area (Corby, abolished in 2021)', () => {
    expect(untyped(areaExistsOn)('E07000150', '2026-01-01')).toBe(false);
    expect(untyped(areaExistsOn)('E07000150', '2020-01-01')).toBe(true);
    expect(pathOf(() => untyped(areaExistsOn)('E99999999', '2020-01-01'))).toBe('area');
    expect(pathOf(() => untyped(areaExistsOn)('E07000150', 'banana'))).toBe('on');
  });
});
