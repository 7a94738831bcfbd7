import { describe, expect, it } from 'vitest';
import { listAreas } from '../../src/index.js';
import { childrensCouncilsFor } from '../../src/areas/childrens-councils-for.js';

describe('childrensCouncilsFor: who looks after children for an area that does not', () => {
  it("names a district's county, as it was on the date", () => {
    expect(childrensCouncilsFor('E07000082', '2026-11-23')).toEqual({ by: 'councils', councils: ['Gloucestershire'] }); // Stroud
    expect(childrensCouncilsFor('E07000150', '2020-06-01')).toEqual({ by: 'councils', councils: ['Northamptonshire'] }); // Corby, before 2021
  });

  it("names a combined authority's councils that look after children", () => {
    expect(childrensCouncilsFor('E47000001', '2026-11-23')).toEqual({
      by: 'councils',
      councils: ['Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Wigan'],
    });
  });

  it('names none for a nation, and the trusts for a Northern Ireland council', () => {
    expect(childrensCouncilsFor('W92000004', '2026-11-23')).toEqual({ by: 'councils', councils: [] });
    expect(childrensCouncilsFor('N09000003', '2026-11-23')).toEqual({ by: 'health-and-social-care-trusts' });
  });

  it('names for every current English district a council that looks after children', () => {
    const districts = listAreas({ current: true, nation: 'England' }).filter((a) => a.tier === 'lower');
    expect(districts.length).toBeGreaterThan(100);
    for (const d of districts) {
      const found = childrensCouncilsFor(d.code, '2026-11-23');
      expect(found.by === 'councils' ? found.councils.length : 0, d.name).toBe(1);
    }
  });
});
