import { describe, expect, it } from 'vitest';
import { areaStandingOn, getArea } from '../../src/index.js';

const standing = (code: string, on: string) => {
  const result = areaStandingOn(getArea(code)!, on);
  return result.ok ? result.area.shortName : `split: ${result.successors.map((a) => a.shortName).join(', ')}`;
};

describe('areaStandingOn', () => {
  it('is the area itself until the day before it was abolished, and the council that replaced it from that day', () => {
    expect(standing('E07000150', '2021-03-31')).toBe('Corby');
    expect(standing('E07000150', '2021-04-01')).toBe('North Northamptonshire');
    expect(areaStandingOn(getArea('E07000150')!, '2021-04-01')).toMatchObject({ replaced: { code: 'E07000150' } });
  });

  it('follows a successor that was replaced in turn (Taunton Deane, then Somerset West and Taunton, then Somerset)', () => {
    expect(standing('E07000190', '2019-03-31')).toBe('Taunton Deane');
    expect(standing('E07000190', '2019-04-01')).toBe('Somerset West and Taunton');
    expect(standing('E07000190', '2023-04-01')).toBe('Somerset');
  });

  it('names no council where none is named as the successor (Northern Ireland before 2015)', () => {
    expect(standing('NIR-A', '2015-04-01')).toBe('split: ');
    expect(standing('NIR-A', '2015-03-31')).not.toMatch(/^split/);
  });
});
