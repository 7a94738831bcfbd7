import { describe, expect, it } from 'vitest';
import { AREA, careLeaver, entitlement, outcome } from './helpers.js';

// Scenarios written from DOMAIN.md. careLeaver() is born 2004-06-15 (18 on 2022-06-15, 21 on
// 2025-06-15, 25 on 2029-06-15). "Not eligible" is `not-eligible` where every council concerned
// has encoded the kind, `unknown` where one has not.
const TAX = 'council-tax-exemption';

describe('Greater Manchester council tax floor', () => {
  const inStockport = careLeaver(AREA.bolton, AREA.stockport);

  it('a Bolton care leaver living in Stockport is exempt through the GM guarantee', () => {
    const e = entitlement(inStockport, '2026-11-23', TAX);
    expect(e.outcome).toBe('eligible');
    expect(e.decidingOfferId).toBe('gm-council-tax-exemption');
    expect(e.value).toEqual({ type: 'percentage', percent: 100 });
  });

  it('holds on the day before the 25th birthday and stops on it', () => {
    expect(outcome(inStockport, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(inStockport, '2029-06-15', TAX)).not.toBe('eligible');
    expect(outcome(inStockport, '2029-06-16', TAX)).not.toBe('eligible');
  });

  it('after 25 in Stockport the answer is unknown, because Stockport has no policy of its own encoded', () => {
    const e = entitlement(inStockport, '2029-06-15', TAX);
    expect(e.outcome).toBe('unknown');
    expect(e.reasons.find((r) => r.code === 'no-offer-encoded')?.areas).toEqual([AREA.stockport]);
  });

  it('after 25 in Manchester a Bolton care leaver is not eligible (both councils encoded)', () => {
    expect(outcome(careLeaver(AREA.bolton, AREA.manchester, { noRecourseToPublicFunds: false }), '2029-06-15', TAX)).toBe('not-eligible');
  });

  it('starts on the 18th birthday', () => {
    expect(outcome(inStockport, '2022-06-14', TAX)).not.toBe('eligible');
    expect(outcome(inStockport, '2022-06-15', TAX)).toBe('eligible');
  });

  it('is confirmed in force by 30 November 2019, unknown the day before for someone only it would cover', () => {
    const older = careLeaver(AREA.bolton, AREA.stockport, {}, { dateOfBirth: '1998-01-10' });
    expect(outcome(older, '2019-11-30', TAX)).toBe('eligible');
    expect(outcome(older, '2019-12-01', TAX)).toBe('eligible');
    expect(outcome(older, '2019-11-29', TAX)).toBe('unknown');
  });

  it('does not cover a care leaver of a council outside GM living in GM', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.bolton), '2027-01-01', TAX);
    expect(e.outcome).toBe('not-eligible');
    expect(e.offers.find((o) => o.offerId === 'gm-council-tax-exemption')?.state).toBe('not-eligible');
  });

  it('does not follow a GM care leaver who moves out of GM', () => {
    expect(outcome(careLeaver(AREA.bolton, AREA.kent), '2027-01-01', TAX)).not.toBe('eligible');
  });
});

describe('Rochdale', () => {
  // Born 1996-01-10: 21 on 2017-01-10, 25 on 2021-01-10.
  const own = careLeaver(AREA.rochdale, AREA.rochdale, { enteredCareAfter16thBirthday: false }, { dateOfBirth: '1996-01-10' });

  it('from March 2017 only to the 21st birthday: Rochdale refuses a 22-year-old in mid 2018', () => {
    const e = entitlement(own, '2018-06-01', TAX);
    expect(e.offers.find((o) => o.offerId === 'rochdale-council-tax-exemption')?.state).toBe('not-eligible');
    // the GM floor's start date is unknown (confirmed by November 2019), so the overall answer is unknown
    expect(e.outcome).toBe('unknown');
  });

  it('a 20-year-old was eligible in mid 2017', () => {
    expect(outcome(careLeaver(AREA.rochdale, AREA.rochdale, { enteredCareAfter16thBirthday: false }, { dateOfBirth: '1997-01-10' }), '2017-06-01', TAX)).toBe('eligible');
  });

  it('to the 25th birthday from December 2018 (unknown during that month, eligible after)', () => {
    expect(outcome(own, '2018-12-15', TAX)).toBe('unknown');
    expect(outcome(own, '2018-12-31', TAX)).toBe('eligible');
    expect(outcome(own, '2019-01-01', TAX)).toBe('eligible');
  });

  it('before November 2021, whether they came into care after 16 must be known', () => {
    const noFact = careLeaver(AREA.rochdale, AREA.rochdale, {}, { dateOfBirth: '1996-01-10' });
    const e = entitlement(noFact, '2019-01-01', TAX);
    expect(e.outcome).toBe('unknown');
    expect(e.reasons.some((r) => r.fact === 'enteredCareAfter16thBirthday')).toBe(true);
  });

  it('ends on the 25th birthday', () => {
    expect(outcome(own, '2021-01-09', TAX)).toBe('eligible');
    expect(outcome(own, '2021-01-10', TAX)).toBe('not-eligible');
  });
});

describe('Bury', () => {
  const kentInBury = careLeaver(AREA.kent, AREA.bury, { liableForCouncilTax: true });

  it('exempts any council’s care leaver under 25 named on the bill', () => {
    expect(entitlement(kentInBury, '2026-11-23', TAX)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'bury-council-tax-exemption' });
  });

  it('not when the care leaver is not named on the bill', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.bury, { liableForCouncilTax: false }), '2026-11-23', TAX)).toBe('not-eligible');
  });

  it('ends on the 25th birthday', () => {
    expect(outcome(kentInBury, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(kentInBury, '2029-06-15', TAX)).toBe('not-eligible');
  });

  it('began on 1 April 2018', () => {
    const older = careLeaver(AREA.kent, AREA.bury, { liableForCouncilTax: true }, { dateOfBirth: '1996-01-10' });
    expect(outcome(older, '2018-03-31', TAX)).toBe('not-eligible');
    expect(outcome(older, '2018-04-01', TAX)).toBe('eligible');
  });
});

describe('Manchester', () => {
  it('exempts another council’s care leaver living in Manchester, unless they have no recourse to public funds', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, { noRecourseToPublicFunds: false }), '2026-11-23', TAX)).toBe('eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, { noRecourseToPublicFunds: true }), '2026-11-23', TAX)).toBe('not-eligible');
  });

  it('names the missing fact when recourse to public funds is not known', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.manchester), '2026-11-23', TAX);
    expect(e.outcome).toBe('unknown');
    expect(e.reasons.some((r) => r.fact === 'noRecourseToPublicFunds')).toBe(true);
  });

  it('is known only as confirmed by 23 November 2026: unknown the day before for another council’s care leaver', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, { noRecourseToPublicFunds: false }), '2026-11-22', TAX)).toBe('unknown');
  });
});

describe('Wigan', () => {
  it('exempts care leavers of other English councils living in Wigan until 25', () => {
    const p = careLeaver(AREA.kent, AREA.wigan);
    expect(outcome(p, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(p, '2029-06-15', TAX)).toBe('not-eligible');
  });

  it('not a Welsh council’s care leaver', () => {
    expect(outcome(careLeaver(AREA.powys, AREA.wigan), '2027-01-01', TAX)).toBe('not-eligible');
  });
});

describe('Tameside', () => {
  // Born 1995-03-01: 22 in 2017, 25 on 2020-03-01.
  const p = careLeaver(AREA.kent, AREA.tameside, {}, { dateOfBirth: '1995-03-01' });

  it('from 1 September 2017', () => {
    expect(outcome(p, '2017-08-31', TAX)).toBe('not-eligible');
    expect(outcome(p, '2017-09-01', TAX)).toBe('eligible');
  });

  it('until the 25th birthday', () => {
    expect(outcome(p, '2020-02-29', TAX)).toBe('eligible');
    expect(outcome(p, '2020-03-01', TAX)).toBe('not-eligible');
  });
});

describe('Bolton', () => {
  it('a Kent care leaver living in Bolton is not eligible (reciprocal agreements are not encoded)', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.bolton), '2027-01-01', TAX)).toBe('not-eligible');
  });

  it('its own care leaver still with foster carers is refused by Bolton but covered by the GM floor', () => {
    const e = entitlement(careLeaver(AREA.bolton, AREA.bolton, { livingWithFormerFosterCarer: true }), '2027-01-01', TAX);
    expect(e.outcome).toBe('eligible');
    expect(e.decidingOfferId).toBe('gm-council-tax-exemption');
    expect(e.offers.find((o) => o.offerId === 'bolton-council-tax-exemption')?.state).toBe('not-eligible');
  });
});

describe('Oldham', () => {
  it('its own care leavers until 25', () => {
    const p = careLeaver(AREA.oldham, AREA.oldham);
    expect(outcome(p, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(p, '2029-06-15', TAX)).toBe('not-eligible');
  });

  it('not a Kent care leaver aged 22 living in Oldham', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.oldham), '2027-01-01', TAX)).toBe('not-eligible');
  });
});

describe('Kent', () => {
  const inLeeds = careLeaver(AREA.kent, AREA.leeds);

  it('pays for its care leavers aged 18 to 20 anywhere in England, from 1 April 2020', () => {
    const e = entitlement(inLeeds, '2023-01-01', TAX);
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'kent-council-tax-care-leavers' });
  });

  it('until the 21st birthday', () => {
    expect(outcome(inLeeds, '2025-06-14', TAX)).toBe('eligible');
    expect(outcome(inLeeds, '2025-06-15', TAX)).not.toBe('eligible');
  });

  it('not before 1 April 2020', () => {
    const older = careLeaver(AREA.kent, AREA.bolton, {}, { dateOfBirth: '2001-01-01' });
    expect(outcome(older, '2020-03-31', TAX)).toBe('not-eligible');
    expect(outcome(older, '2020-04-01', TAX)).toBe('eligible');
  });

  it('not outside England', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.powys, { household: 'with-others' }), '2023-01-01', TAX)).not.toBe('eligible');
  });
});

describe('Stroud', () => {
  it('from April 2019 Gloucestershire’s care leavers 18 to 20', () => {
    const p = careLeaver(AREA.gloucestershire, AREA.stroud, {}, { dateOfBirth: '2000-05-01' });
    expect(outcome(p, '2019-03-31', TAX)).not.toBe('eligible');
    expect(outcome(p, '2019-04-01', TAX)).toBe('eligible');
    expect(outcome(p, '2021-04-30', TAX)).toBe('eligible');
    expect(outcome(p, '2021-05-01', TAX)).not.toBe('eligible');
  });

  it('before April 2024 not another county’s care leaver', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.stroud, {}, { dateOfBirth: '2000-05-01' }), '2023-01-01', TAX)).not.toBe('eligible');
  });

  it('from April 2024 any English council’s care leaver, 100% or 50% by household', () => {
    const alone = careLeaver(AREA.kent, AREA.stroud, { household: 'only-care-leavers' }, { dateOfBirth: '2000-05-01' });
    const shared = careLeaver(AREA.kent, AREA.stroud, { household: 'with-others' }, { dateOfBirth: '2000-05-01' });
    expect(outcome(alone, '2024-03-31', TAX)).not.toBe('eligible');
    expect(entitlement(alone, '2024-04-01', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(entitlement(shared, '2024-04-01', TAX).value).toMatchObject({ type: 'percentage', percent: 50 });
    expect(outcome(alone, '2025-04-30', TAX)).toBe('eligible');
    expect(outcome(alone, '2025-05-01', TAX)).not.toBe('eligible');
  });

  it('gives a range when the household is not known', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.stroud, {}, { dateOfBirth: '2000-05-01' }), '2024-06-01', TAX);
    expect(e.value).toMatchObject({ type: 'range', dependsOn: 'household' });
  });
});

describe('Eastleigh', () => {
  it('100% to 21 and 50% from 21 to 25 for care leavers living alone', () => {
    const p = careLeaver(AREA.kent, AREA.eastleigh, { household: 'alone' }, { dateOfBirth: '2004-06-15' });
    expect(entitlement(p, '2026-11-23', TAX).value).toEqual({ type: 'percentage', percent: 50 });
    const younger = careLeaver(AREA.leeds, AREA.eastleigh, { household: 'alone' }, { dateOfBirth: '2006-01-01' });
    expect(entitlement(younger, '2026-11-23', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(outcome(p, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(p, '2029-06-15', TAX)).not.toBe('eligible');
  });

  it('unknown when living with people who are not care leavers', () => {
    expect(outcome(careLeaver(AREA.leeds, AREA.eastleigh, { household: 'with-others' }), '2026-11-23', TAX)).toBe('unknown');
  });
});

describe('Durham', () => {
  it('100% alone, 50% in someone else’s household, ending on the 25th birthday', () => {
    const alone = careLeaver(AREA.kent, AREA.durham, { household: 'alone' });
    const withOthers = careLeaver(AREA.kent, AREA.durham, { household: 'with-others' });
    expect(entitlement(alone, '2026-11-23', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(entitlement(withOthers, '2026-11-23', TAX).value).toMatchObject({ type: 'percentage', percent: 50 });
    expect(outcome(alone, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(alone, '2029-06-15', TAX)).toBe('not-eligible');
  });
});

describe('North Northamptonshire', () => {
  // Born 2006-01-01: 21 on 2027-01-01, 25 on 2031-01-01 (the policy is confirmed by 2026-11-23).
  const p = (facts = {}) => careLeaver(AREA.northNorthants, AREA.northNorthants, facts, { dateOfBirth: '2006-01-01' });

  it('automatic to the 21st birthday', () => {
    expect(outcome(p(), '2026-12-31', TAX)).toBe('eligible');
  });

  it('means-assessed from 21 to 25', () => {
    expect(outcome(p(), '2027-01-01', TAX)).toBe('unknown');
    expect(outcome(p({ passedMeansAssessment: true }), '2027-01-01', TAX)).toBe('eligible');
    expect(outcome(p({ passedMeansAssessment: false }), '2027-01-01', TAX)).toBe('not-eligible');
    expect(outcome(p({ passedMeansAssessment: true }), '2030-12-31', TAX)).toBe('eligible');
    expect(outcome(p({ passedMeansAssessment: true }), '2031-01-01', TAX)).toBe('not-eligible');
  });

  it('not a Kent care leaver of 22', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.northNorthants), '2026-11-23', TAX)).toBe('not-eligible');
  });
});

describe('Warrington', () => {
  it('its own care leavers, not others', () => {
    expect(outcome(careLeaver(AREA.warrington, AREA.warrington), '2026-11-23', TAX)).toBe('eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.warrington), '2026-11-23', TAX)).toBe('not-eligible');
  });

  it('from the 18th birthday', () => {
    const p = careLeaver(AREA.warrington, AREA.warrington, {}, { dateOfBirth: '2008-11-23', category: 'relevant' });
    expect(outcome(p, '2026-11-22', TAX)).toBe('not-eligible');
    expect(outcome(p, '2026-11-23', TAX)).toBe('eligible');
  });
});

describe('Haringey', () => {
  const p = careLeaver(AREA.haringey, AREA.haringey, {}, { dateOfBirth: '1996-01-10' });

  it('confirmed in force by 31 March 2018, until the 25th birthday', () => {
    expect(outcome(p, '2018-03-30', TAX)).toBe('unknown');
    expect(outcome(p, '2018-03-31', TAX)).toBe('eligible');
    expect(outcome(p, '2021-01-09', TAX)).toBe('eligible');
    expect(outcome(p, '2021-01-10', TAX)).toBe('not-eligible');
  });
});

describe('Liverpool', () => {
  it('its own care leavers living in Liverpool, not others', () => {
    expect(outcome(careLeaver(AREA.liverpool, AREA.liverpool), '2026-11-23', TAX)).toBe('eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.liverpool), '2026-11-23', TAX)).toBe('not-eligible');
  });
});

describe('Wales', () => {
  const welsh = (household: 'alone' | 'with-others') => careLeaver(AREA.powys, AREA.powys, { household });

  it('exempts a home of care leavers and disregards a care leaver living with others', () => {
    expect(entitlement(welsh('alone'), '2026-11-23', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(entitlement(welsh('with-others'), '2026-11-23', TAX).value).toMatchObject({ type: 'percentage', percent: 25 });
  });

  it('from 1 April 2019 until the 25th birthday', () => {
    const p = careLeaver(AREA.powys, AREA.powys, { household: 'alone' }, { dateOfBirth: '2000-05-01' });
    expect(outcome(p, '2019-03-31', TAX)).toBe('not-eligible');
    expect(outcome(p, '2019-04-01', TAX)).toBe('eligible');
    expect(outcome(welsh('alone'), '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(welsh('alone'), '2029-06-15', TAX)).toBe('not-eligible');
  });

  it('is unknown for an English council’s care leaver living in Wales', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.powys, { household: 'alone' }), '2026-11-23', TAX)).toBe('unknown');
  });
});

describe('Scotland', () => {
  const scot = careLeaver(AREA.stirling, AREA.stirling, { household: 'alone', lookedAfterOnOrAfter16thBirthday: true });

  it('until the 26th birthday', () => {
    expect(outcome(scot, '2030-06-14', TAX)).toBe('eligible');
    expect(outcome(scot, '2030-06-15', TAX)).toBe('not-eligible');
  });

  it('only those looked after on or after their 16th birthday', () => {
    const p = careLeaver(AREA.stirling, AREA.stirling, { household: 'alone', lookedAfterOnOrAfter16thBirthday: false });
    expect(outcome(p, '2026-11-23', TAX)).toBe('not-eligible');
  });

  it('from 1 April 2018', () => {
    const p = careLeaver(AREA.stirling, AREA.stirling, { household: 'alone', lookedAfterOnOrAfter16thBirthday: true }, { dateOfBirth: '1998-01-01' });
    expect(outcome(p, '2018-03-31', TAX)).toBe('not-eligible');
    expect(outcome(p, '2018-04-01', TAX)).toBe('eligible');
  });
});
