import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/index.js';
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

  it('after 25 in Stockport a Bolton care leaver is not eligible (Stockport’s own scheme, from the press, ends at 25 too)', () => {
    expect(outcome(inStockport, '2029-06-15', TAX)).toBe('not-eligible');
  });

  it('in Salford, known only from a list, another council’s care leaver gets unknown, never a no', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.salford), '2026-11-23', TAX);
    expect(e.outcome).toBe('unknown');
    expect(e.offers.find((o) => o.offerId === 'salford-council-tax-care-leavers')?.state).toBe('unknown');
  });

  it('in Salford, whose stated rule is for its own care leavers only, another council’s care leaver gets unknown after 25, never a no', () => {
    const inSalford = careLeaver(AREA.bolton, AREA.salford);
    expect(outcome(inSalford, '2029-06-14', TAX)).toBe('eligible'); // the GM floor
    const e = entitlement(inSalford, '2029-06-15', TAX);
    expect(e.outcome).toBe('unknown');
    expect(e.offers.find((o) => o.offerId === 'salford-council-tax-care-leavers')?.state).toBe('unknown');
  });

  it('Salford’s own care leaver living in Salford is exempt until the 25th birthday (council motion), and not after', () => {
    const own = careLeaver(AREA.salford, AREA.salford);
    const ownOffer = (on: string) => entitlement(own, on, TAX).offers.find((o) => o.offerId === 'salford-council-tax-own-care-leavers')?.state;
    expect(ownOffer('2026-12-02')).toBe('eligible');
    expect(ownOffer('2029-06-14')).toBe('eligible');
    expect(ownOffer('2029-06-15')).toBe('not-eligible');
    // The lead for other councils' care leavers has no upper age, but it excepts Salford's own
    // (since 4 December 2026), so after 25 Salford's own rule answers: no.
    expect(outcome(own, '2029-06-15', TAX)).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.leeds, AREA.salford), '2029-06-15', TAX)).toBe('unknown');
  });

  it('Stockport’s and Trafford’s own schemes are confirmed by the Rochdale Observer of 24 November 2018', () => {
    for (const council of [AREA.stockport, AREA.trafford]) {
      const own = careLeaver(council, council, {}, { dateOfBirth: '1998-01-10' });
      expect(outcome(own, '2018-11-24', TAX)).toBe('eligible');
      expect(outcome(own, '2018-11-23', TAX)).toBe('unknown');
    }
  });

  it('in Stockport and Trafford a care leaver from outside GM gets unknown (whose care leavers is not stated)', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.stockport), '2026-11-23', TAX)).toBe('unknown');
    expect(outcome(careLeaver(AREA.kent, AREA.trafford), '2026-11-23', TAX)).toBe('unknown');
  });

  it('Trafford’s own scheme is confirmed by its July 2022 consultation', () => {
    const own = careLeaver(AREA.trafford, AREA.trafford, {}, { dateOfBirth: '1998-01-10' });
    // 24 in 2022: only Trafford's own scheme or the GM floor (in force by 2019-11-01) can answer
    expect(outcome(own, '2022-07-01', TAX)).toBe('eligible');
    expect(outcome(own, '2023-01-09', TAX)).toBe('eligible');
    expect(outcome(own, '2023-01-10', TAX)).toBe('not-eligible');
  });

  it('after 25 in Manchester a Bolton care leaver is not eligible (both councils encoded)', () => {
    expect(outcome(careLeaver(AREA.bolton, AREA.manchester, { noRecourseToPublicFunds: false }), '2029-06-15', TAX)).toBe('not-eligible');
  });

  it('starts on the 18th birthday', () => {
    expect(outcome({ ...inStockport, category: 'relevant' }, '2022-06-14', TAX)).not.toBe('eligible');
    expect(outcome(inStockport, '2022-06-15', TAX)).toBe('eligible');
  });

  it('is confirmed in force by 1 November 2019 (GMCA’s event), unknown the day before for someone only it would cover', () => {
    const older = careLeaver(AREA.bolton, AREA.stockport, {}, { dateOfBirth: '1998-01-10' });
    expect(outcome(older, '2019-11-01', TAX)).toBe('eligible');
    expect(outcome(older, '2019-11-02', TAX)).toBe('eligible');
    expect(outcome(older, '2019-10-31', TAX)).toBe('unknown');
  });

  it('does not cover a care leaver of a council outside GM living in GM', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.bolton), '2027-01-01', TAX);
    expect(e.outcome).toBe('not-eligible');
    expect(e.offers.find((o) => o.offerId === 'gm-council-tax-exemption')?.state).toBe('not-eligible');
  });

  it('does not follow a GM care leaver who moves out of GM', () => {
    expect(outcome(careLeaver(AREA.bolton, AREA.maidstone), '2027-01-01', TAX)).not.toBe('eligible'); // a Kent district (Kent County bills no one)
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

  it('from the Executive\'s decision of July 2018 (confirmed by 26 July), to 25; the rule on no recourse to public funds known only by 23 November 2026', () => {
    const older = { dateOfBirth: '1998-01-01' }; // 20 in July 2018, 25 on 1 January 2023
    const withFunds = { noRecourseToPublicFunds: false } as const;
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, withFunds, older), '2018-07-25', TAX)).toBe('unknown');
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, withFunds, older), '2018-07-26', TAX)).toBe('eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, withFunds, older), '2022-12-31', TAX)).toBe('eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, { noRecourseToPublicFunds: false }), '2026-11-22', TAX)).toBe('eligible');
    // With no recourse to public funds: given in 2018, refused by 2026, so unknown between.
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, { noRecourseToPublicFunds: true }), '2026-11-22', TAX)).toBe('unknown');
  });

  it('asks for a former relevant child (in care on the 16th birthday and 13 weeks from 14)', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.manchester, { noRecourseToPublicFunds: false }, { category: 'qualifying' }), '2026-11-23', TAX)).not.toBe('eligible');
  });
});

describe('Wigan', () => {
  it('exempts care leavers of other English councils living in Wigan alone and named on the bill until 25', () => {
    const p = careLeaver(AREA.kent, AREA.wigan, { household: 'alone', liableForCouncilTax: true });
    expect(outcome(p, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(p, '2029-06-15', TAX)).toBe('not-eligible');
  });

  // The audit of 3 December 2026 (evening), item 7: DOMAIN.md's correction reads the page as a
  // disregard (a discount that depends on the other adults, or nil with a partner), not 100%.
  it('a care leaver sharing the bill with others is disregarded: the amount depends on who else is named, so unknown until the 25th birthday', () => {
    const p = careLeaver(AREA.kent, AREA.wigan, { household: 'with-others', liableForCouncilTax: true });
    const e = entitlement(p, '2027-01-01', TAX);
    expect([e.outcome, e.offers.find((o) => o.offerId === 'wigan-council-tax-care-leaver-disregard')?.state]).toEqual(['unknown', 'unknown']);
    expect(outcome(p, '2029-06-14', TAX)).toBe('unknown');
    expect(outcome(p, '2029-06-15', TAX)).toBe('not-eligible');
    expect(outcome({ ...p, facts: { household: 'with-others' } }, '2027-01-01', TAX)).toBe('unknown');
  });

  it('not a Welsh council’s care leaver: Wigan’s offer does not apply, and what Powys pays for its care leavers in England is not known', () => {
    const e = entitlement(careLeaver(AREA.powys, AREA.wigan), '2027-01-01', TAX);
    expect(e.offers.filter((o) => o.offerId.startsWith('wigan-')).map((o) => o.state)).not.toContain('eligible');
    // Wales's claim settles council tax for homes in Wales, not for Powys's care leavers living in England.
    expect(e.outcome).toBe('unknown');
    expect(e.reasons).toContainEqual(expect.objectContaining({ code: 'no-offer-encoded', areas: [AREA.powys] }));
  });
});

describe('Tameside', () => {
  // Born 1995-03-01: 22 in 2017, 25 on 2020-03-01. Tameside's own care leaver: the page does not say
  // whether other councils' care leavers qualify (the audit of 3 December 2026, item 5), so these
  // look at Tameside's own offer (the Greater Manchester exemption also answers for its care leavers).
  const p = careLeaver(AREA.tameside, AREA.tameside, { liableForCouncilTax: true }, { dateOfBirth: '1995-03-01' });
  const own = (person: Person, on: string) => entitlement(person, on, TAX).offers.find((o) => o.offerId === 'tameside-council-tax-discount')?.state;

  it('asks for a council tax liability', () => {
    const notLiable = careLeaver(AREA.tameside, AREA.tameside, { liableForCouncilTax: false }, { dateOfBirth: '1995-03-01' });
    expect(own(notLiable, '2018-01-01')).toBe('not-eligible');
  });

  it('from 1 September 2017', () => {
    expect(own(p, '2017-08-31')).toBe('not-applicable');
    expect(own(p, '2017-09-01')).toBe('eligible');
    expect(outcome(p, '2017-09-01', TAX)).toBe('eligible');
  });

  it('until the 25th birthday', () => {
    expect(own(p, '2020-02-29')).toBe('eligible');
    expect(own(p, '2020-03-01')).toBe('not-eligible');
  });

  it('another council’s care leaver living in Tameside is unknown, not eligible', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.tameside, { liableForCouncilTax: true }, { dateOfBirth: '1995-03-01' }), '2018-01-01', TAX)).toBe('unknown');
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

  it('its own care leaver: in force since the report of 8 January 2020 at the latest', () => {
    const born1998 = careLeaver(AREA.oldham, AREA.oldham, {}, { dateOfBirth: '1998-03-01' });
    const state = (on: string) => entitlement(born1998, on, TAX).offers.find((o) => o.offerId === 'oldham-council-tax-exemption')?.state;
    expect(state('2020-01-08')).toBe('eligible');
    expect(state('2020-01-07')).toBe('unknown'); // confirmed by that date; when it began is not known
  });
});

describe('Kent', () => {
  const inLeeds = careLeaver(AREA.kent, AREA.leeds);

  it('pays for its care leavers aged 18 to 20 anywhere in England, from 1 April 2020', () => {
    const e = entitlement(inLeeds, '2023-01-01', TAX);
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'kent-council-tax-care-leavers' });
  });

  it('until the end of the month of the 21st birthday (its policy of February 2020 pays that month in full)', () => {
    expect(outcome(inLeeds, '2025-06-14', TAX)).toBe('eligible');
    expect(outcome(inLeeds, '2025-06-15', TAX)).toBe('eligible');
    expect(outcome(inLeeds, '2025-06-30', TAX)).toBe('eligible');
    expect(outcome(inLeeds, '2025-07-01', TAX)).not.toBe('eligible');
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
  const named = { liableForCouncilTax: true } as const;

  it('from April 2019 Gloucestershire’s care leavers until the 22nd birthday, 100% or 50% by household', () => {
    const p = careLeaver(AREA.gloucestershire, AREA.stroud, { household: 'alone', ...named }, { dateOfBirth: '2000-05-01' });
    const shared = careLeaver(AREA.gloucestershire, AREA.stroud, { household: 'with-others', ...named }, { dateOfBirth: '2000-05-01' });
    expect(outcome(p, '2019-03-31', TAX)).not.toBe('eligible');
    expect(entitlement(p, '2019-04-01', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(entitlement(shared, '2019-04-01', TAX).value).toMatchObject({ type: 'percentage', percent: 50 });
    expect(outcome(p, '2022-04-30', TAX)).toBe('eligible');
    expect(outcome(p, '2022-05-01', TAX)).not.toBe('eligible');
  });

  it('before April 2024 not another county’s care leaver', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.stroud, {}, { dateOfBirth: '2000-05-01' }), '2023-01-01', TAX)).not.toBe('eligible');
  });

  it('from April 2024 any English council’s care leaver, 100% or 50% by household', () => {
    const alone = careLeaver(AREA.kent, AREA.stroud, { household: 'only-care-leavers', ...named }, { dateOfBirth: '2000-05-01' });
    const shared = careLeaver(AREA.kent, AREA.stroud, { household: 'with-others', ...named }, { dateOfBirth: '2000-05-01' });
    expect(outcome(alone, '2024-03-31', TAX)).not.toBe('eligible');
    expect(entitlement(alone, '2024-04-01', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(entitlement(shared, '2024-04-01', TAX).value).toMatchObject({ type: 'percentage', percent: 50 });
    expect(outcome(alone, '2025-04-30', TAX)).toBe('eligible');
    expect(outcome(alone, '2025-05-01', TAX)).not.toBe('eligible');
  });

  it('gives a range when the household is not known', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.stroud, named, { dateOfBirth: '2000-05-01' }), '2024-06-01', TAX);
    expect(e.value).toMatchObject({ type: 'range', dependsOn: 'household' });
  });

  it('only for a former relevant care leaver named on the bill (both pages ask for both)', () => {
    const p = careLeaver(AREA.kent, AREA.stroud, { household: 'alone', ...named }, { dateOfBirth: '2000-05-01' });
    expect(outcome(p, '2024-06-01', TAX)).toBe('eligible');
    expect(outcome({ ...p, category: 'qualifying' }, '2024-06-01', TAX)).not.toBe('eligible');
    expect(outcome({ ...p, facts: { household: 'alone', liableForCouncilTax: false } }, '2024-06-01', TAX)).not.toBe('eligible');
    expect(outcome({ ...p, facts: { household: 'alone' } }, '2024-06-01', TAX)).toBe('unknown'); // the fact not given
  });
});

describe('Runnymede (its own page, found in a review of the stored pages)', () => {
  const supported = { workingWithLeavingCareService: true } as const;

  it('from April 2020 any English council\'s care leaver pays nothing alone or with only care leavers, until the 25th birthday', () => {
    const alone = careLeaver(AREA.leeds, AREA.runnymede, { household: 'alone', ...supported }, { dateOfBirth: '2000-05-01' });
    expect(outcome(alone, '2020-03-31', TAX)).not.toBe('eligible');
    expect(entitlement(alone, '2020-04-01', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(outcome(careLeaver(AREA.surrey, AREA.runnymede, { household: 'only-care-leavers', ...supported }), '2026-11-23', TAX)).toBe('eligible');
    expect(outcome(alone, '2025-04-30', TAX)).toBe('eligible');
    expect(outcome(alone, '2025-05-01', TAX)).not.toBe('eligible');
  });

  it('with other adults 25% or nothing, which the household cannot tell: unknown; and only with a leaving care team\'s support', () => {
    expect(outcome(careLeaver(AREA.leeds, AREA.runnymede, { household: 'with-others', ...supported }), '2026-11-23', TAX)).toBe('unknown');
    const unsupported = entitlement(careLeaver(AREA.leeds, AREA.runnymede, { household: 'alone', workingWithLeavingCareService: false }), '2026-11-23', TAX);
    expect(unsupported.outcome).not.toBe('eligible'); // unknown: Leeds' own rule for its care leavers elsewhere is not encoded
    expect(unsupported.offers.find((o) => o.offerId === 'runnymede-council-tax-care-leavers')?.state).toBe('not-eligible');
  });
});

describe('Ealing (its reduction scheme\'s protected groups)', () => {
  const assessed = { passedMeansAssessment: true } as const;

  it('its own care leavers up to 100% until the 22nd birthday from April 2018, until the 25th from April 2020', () => {
    const p = careLeaver(AREA.ealing, AREA.ealing, assessed, { dateOfBirth: '1997-06-15' }); // 22 on 2019-06-15
    expect(outcome(p, '2019-06-14', TAX)).toBe('eligible');
    expect(outcome(p, '2019-06-15', TAX)).not.toBe('eligible');
    expect(entitlement(p, '2020-04-01', TAX).value).toMatchObject({ type: 'percentage', percent: 100, upTo: true });
    // Each period rests on its own source: the 2018 rule on a party's website, the 2020 one on the council's page.
    expect(entitlement(p, '2019-06-14', TAX).decidingOfferId).toBe('ealing-council-tax-care-leavers-2018');
    expect(entitlement(careLeaver(AREA.ealing, AREA.ealing, assessed, { dateOfBirth: '1999-06-15' }), '2020-03-31', TAX).decidingOfferId).toBe('ealing-council-tax-care-leavers-2018');
    expect(entitlement(careLeaver(AREA.ealing, AREA.ealing, assessed, { dateOfBirth: '1999-06-15' }), '2020-04-01', TAX).decidingOfferId).toBe('ealing-council-tax-care-leavers');
    const younger = careLeaver(AREA.ealing, AREA.ealing, assessed); // 25 on 2029-06-15
    expect(outcome(younger, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(younger, '2029-06-15', TAX)).not.toBe('eligible');
  });

  it('another council\'s care leaver: not known (the page does not say whose)', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.ealing, assessed), '2026-11-23', TAX)).toBe('unknown');
  });
});

describe('Dudley and Torbay: the care history test is that of a former relevant child', () => {
  it('a qualifying care leaver does not meet it; a former relevant one does', () => {
    const dudley = careLeaver(AREA.kent, AREA.dudley, { liableForCouncilTax: true });
    expect(outcome(dudley, '2026-11-23', TAX)).toBe('eligible');
    expect(outcome({ ...dudley, category: 'qualifying' }, '2026-11-23', TAX)).not.toBe('eligible');
    const torbay = careLeaver(AREA.torbay, AREA.torbay, { liableForCouncilTax: true });
    expect(outcome(torbay, '2026-11-23', TAX)).toBe('eligible');
    expect(outcome({ ...torbay, category: 'qualifying' }, '2026-11-23', TAX)).not.toBe('eligible');
  });
});

describe('Eastleigh', () => {
  const named = { liableForCouncilTax: true } as const;

  it('100% to 21 and 50% from 21 to 25 for care leavers paying the bill alone', () => {
    const p = careLeaver(AREA.kent, AREA.eastleigh, { household: 'alone', ...named }, { dateOfBirth: '2004-06-15' });
    expect(entitlement(p, '2026-11-23', TAX).value).toEqual({ type: 'percentage', percent: 50 });
    const younger = careLeaver(AREA.leeds, AREA.eastleigh, { household: 'alone', ...named }, { dateOfBirth: '2006-01-01' });
    expect(entitlement(younger, '2026-11-23', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    expect(outcome(p, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(p, '2029-06-15', TAX)).not.toBe('eligible');
  });

  it('50% to 21 and 25% from 21 to 25 when living with people who are not care leavers', () => {
    const p = careLeaver(AREA.leeds, AREA.eastleigh, { household: 'with-others', ...named });
    expect(entitlement(p, '2026-11-23', TAX).value).toMatchObject({ type: 'percentage', percent: 25 });
    const younger = careLeaver(AREA.leeds, AREA.eastleigh, { household: 'with-others', ...named }, { dateOfBirth: '2006-01-01' });
    expect(entitlement(younger, '2026-11-23', TAX).value).toMatchObject({ type: 'percentage', percent: 50 });
  });

  it('only for a care leaver named on the bill', () => {
    expect(outcome(careLeaver(AREA.leeds, AREA.eastleigh, { household: 'alone', liableForCouncilTax: false }), '2026-11-23', TAX)).not.toBe('eligible');
  });
});

describe('Durham', () => {
  // The audit of 3 December 2026 (item 4): the current page asks that the care leaver be named on the
  // bill (100% as the only payer, 50% living with someone else); the pages do not say whose care
  // leavers qualify, so another council's care leaver is unknown (it was eligible on an assumption).
  it('100% alone, 50% living with someone else, for its own care leaver named on the bill, ending on the 25th birthday', () => {
    const alone = careLeaver(AREA.durham, AREA.durham, { household: 'alone', liableForCouncilTax: true });
    const withOthers = careLeaver(AREA.durham, AREA.durham, { household: 'with-others', liableForCouncilTax: true });
    expect(entitlement(alone, '2026-11-23', TAX).value).toMatchObject({ type: 'percentage', percent: 100 });
    expect(entitlement(withOthers, '2026-11-23', TAX).value).toMatchObject({ type: 'percentage', percent: 50 });
    expect(outcome(alone, '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(alone, '2029-06-15', TAX)).toBe('not-eligible');
  });
  it('another council’s care leaver is unknown; in 2017 a care leaver moving into someone else’s household got 50%', () => {
    expect(outcome(careLeaver(AREA.leeds, AREA.durham, { household: 'alone', liableForCouncilTax: true }), '2026-11-23', TAX)).toBe('unknown');
    const joining = careLeaver(AREA.durham, AREA.durham, { household: 'with-others', liableForCouncilTax: false }, { dateOfBirth: '1998-01-10' });
    expect(entitlement(joining, '2017-06-01', TAX).value).toMatchObject({ type: 'percentage', percent: 50 });
    // named on the bill with others in 2017: the page gave no amount
    expect(outcome(careLeaver(AREA.durham, AREA.durham, { household: 'with-others', liableForCouncilTax: true }, { dateOfBirth: '1998-01-10' }), '2017-06-01', TAX)).toBe('unknown');
  });
});

describe('North Northamptonshire', () => {
  // Born 2006-01-01: 21 on 2027-01-01, 25 on 2031-01-01 (the policy is confirmed by 2026-11-23).
  // The council's page asks that the care leaver be named on the bill (liable), alone or jointly.
  const p = (facts = {}) => careLeaver(AREA.northNorthants, AREA.northNorthants, { liableForCouncilTax: true, ...facts }, { dateOfBirth: '2006-01-01' });

  it('automatic to the 21st birthday, for a care leaver named on the bill, even sharing the home', () => {
    expect(outcome(p(), '2026-12-31', TAX)).toBe('eligible');
    expect(outcome(p({ household: 'with-others' }), '2026-12-31', TAX)).toBe('eligible');
    expect(outcome(p({ liableForCouncilTax: false }), '2026-12-31', TAX)).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.northNorthants, AREA.northNorthants, {}, { dateOfBirth: '2006-01-01' }), '2026-12-31', TAX)).toBe('unknown');
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
  const alone = { household: 'alone', liableForCouncilTax: true } as const;
  // Born 2006-01-01: 20 on 2026-11-23, 21 on 2027-01-01.
  const own = careLeaver(AREA.warrington, AREA.warrington, alone, { dateOfBirth: '2006-01-01' });

  it('its own care leavers solely responsible for the bill, not others', () => {
    expect(outcome(own, '2026-11-23', TAX)).toBe('eligible');
    // a Bolton care leaver: Bolton's own scheme and the GM floor stop at Greater Manchester's edge
    expect(outcome(careLeaver(AREA.bolton, AREA.warrington, alone, { dateOfBirth: '2006-01-01' }), '2026-11-23', TAX)).toBe('not-eligible');
  });

  it('sharing with people who are not care leavers: a discount of unknown size', () => {
    expect(outcome(careLeaver(AREA.warrington, AREA.warrington, { household: 'with-others', liableForCouncilTax: true }, { dateOfBirth: '2006-01-01' }), '2026-11-23', TAX)).toBe('unknown');
  });

  it('from the 21st birthday the page does not say: unknown', () => {
    expect(outcome(own, '2026-12-31', TAX)).toBe('eligible');
    expect(outcome(own, '2027-01-01', TAX)).toBe('unknown');
  });

  it('confirmed in force by the page of 8 August 2023: unknown the day before', () => {
    const older = careLeaver(AREA.warrington, AREA.warrington, alone, { dateOfBirth: '2003-01-01' });
    expect(outcome(older, '2023-08-07', TAX)).toBe('unknown');
    expect(outcome(older, '2023-08-08', TAX)).toBe('eligible');
  });
});

describe('Haringey', () => {
  const p = careLeaver(AREA.haringey, AREA.haringey, {}, { dateOfBirth: '1996-01-10' });

  it('from 1 April 2018 (cabinet of 17 October 2017), until the 25th birthday', () => {
    expect(outcome(p, '2018-03-31', TAX)).not.toBe('eligible');
    expect(outcome(p, '2018-04-01', TAX)).toBe('eligible');
    expect(outcome(p, '2021-01-09', TAX)).toBe('eligible');
    expect(outcome(p, '2021-01-10', TAX)).toBe('not-eligible');
  });

  it('for care leavers living in the borough, whichever English council looked after them', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.haringey, {}, { dateOfBirth: '1996-01-10' }), '2019-01-01', TAX)).toBe('eligible');
  });
});

describe('Liverpool', () => {
  // careLeaver() is 21 on 2025-06-15.
  it('its own care leavers living in Liverpool until the 21st birthday, not others', () => {
    expect(outcome(careLeaver(AREA.liverpool, AREA.liverpool), '2025-06-14', TAX)).toBe('eligible');
    expect(outcome(careLeaver(AREA.bolton, AREA.liverpool), '2025-06-14', TAX)).toBe('not-eligible');
  });

  it('from 21 to 25 not known (only the 2017 limit of 21 is sourced)', () => {
    expect(outcome(careLeaver(AREA.liverpool, AREA.liverpool), '2025-06-15', TAX)).toBe('unknown');
  });
});

describe('Wales', () => {
  const welsh = (household: 'alone' | 'with-others') => careLeaver(AREA.powys, AREA.powys, { household });

  // The audit of 3 December 2026 (evening), item 12: the disregard takes 25% off with one other counted
  // adult and nothing with two or more, which the household categories cannot tell apart: unknown.
  it('exempts a home of care leavers; a care leaver living with others is disregarded, an amount the household cannot settle', () => {
    expect(entitlement(welsh('alone'), '2026-11-23', TAX).value).toEqual({ type: 'percentage', percent: 100 });
    const sharing = entitlement(welsh('with-others'), '2026-11-23', TAX);
    expect([sharing.outcome, sharing.offers.find((o) => o.offerId === 'wales-council-tax-care-leavers-with-others')?.state]).toEqual(['unknown', 'unknown']);
  });

  it('from 1 April 2019 until the 25th birthday', () => {
    const p = careLeaver(AREA.powys, AREA.powys, { household: 'alone' }, { dateOfBirth: '2000-05-01' });
    // Before the national rule councils had their own schemes (Ceredigion's of 2018), not encoded: unknown, not no.
    expect(outcome(p, '2019-03-31', TAX)).toBe('unknown');
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
    // Before the national rule councils' own schemes, not encoded, decided: unknown, not no.
    expect(outcome(p, '2018-03-31', TAX)).toBe('unknown');
    expect(outcome(p, '2018-04-01', TAX)).toBe('eligible');
  });
});

describe('Harrow and Kirklees: their own care leavers living elsewhere, and others living there', () => {
  const HARROW = 'E09000015';
  const KIRKLEES = 'E08000034';
  it('a Bolton care leaver living in Harrow is refused by Harrow (its directory entry says so)', () => {
    const e = entitlement(careLeaver(AREA.bolton, HARROW), '2027-01-01', TAX);
    expect(e.offers.find((o) => o.offerId === 'harrow-council-tax-other-councils-care-leavers')?.state).toBe('not-eligible');
  });
  it('a Harrow care leaver living in Leeds: Harrow’s help is not known, until the 25th birthday', () => {
    const state = (on: string) =>
      entitlement(careLeaver(HARROW, AREA.leeds), on, TAX).offers.find((o) => o.offerId === 'harrow-council-tax-care-leavers-living-elsewhere')?.state;
    expect(state('2029-06-14')).toBe('unknown');
    expect(state('2029-06-15')).toBe('not-eligible');
  });
  it('a Kirklees care leaver living in Leeds: a “similar entitlement”, not known, until the 21st birthday', () => {
    // Born 2006-01-01: 21 on 2027-01-01, after the page was read (2026-12-02).
    const state = (on: string) =>
      entitlement(careLeaver(KIRKLEES, AREA.leeds, {}, { dateOfBirth: '2006-01-01' }), on, TAX).offers.find((o) => o.offerId === 'kirklees-council-tax-care-leavers-living-elsewhere')?.state;
    expect(state('2026-12-31')).toBe('unknown');
    expect(state('2027-01-01')).toBe('not-eligible');
  });
  it('Harrow’s "no" for other councils’ care leavers dates from the directory (read 1 December 2026); before it, the local offer page left it unknown', () => {
    const state = (on: string) =>
      entitlement(careLeaver(AREA.bolton, HARROW), on, TAX).offers.find((o) => o.offerId === 'harrow-council-tax-other-councils-care-leavers')?.state;
    expect(state('2026-12-01')).toBe('not-eligible');
    expect(state('2026-11-30')).toBe('unknown');
  });
});

describe('Newcastle: up to 100%, by the number of adults in the home', () => {
  const inNewcastle = (facts: Parameters<typeof careLeaver>[2]) => careLeaver(AREA.kent, AREA.newcastle, facts);
  it('100% for a care leaver living alone, until the 25th birthday', () => {
    expect(outcome(inNewcastle({ household: 'alone' }), '2029-06-14', TAX)).toBe('eligible');
    expect(outcome(inNewcastle({ household: 'alone' }), '2029-06-15', TAX)).toBe('not-eligible');
  });
  it('not known for one sharing with other adults, or when the household is not given', () => {
    expect(outcome(inNewcastle({ household: 'with-others' }), '2027-01-01', TAX)).toBe('unknown');
    expect(outcome(inNewcastle({}), '2027-01-01', TAX)).toBe('unknown');
  });
});

describe('North Somerset: a discount or exemption to 25 by May 2025, amount not stated', () => {
  const NORTH_SOMERSET = 'E06000024';
  const state = (on: string) =>
    entitlement(careLeaver(NORTH_SOMERSET, NORTH_SOMERSET), on, TAX).offers.find((o) => o.offerId === 'north-somerset-council-tax-care-leavers-to-25')?.state;
  it('its own care leaver aged 21 to 24 gets an answer of unknown that names the help, until the 25th birthday', () => {
    expect(state('2025-06-14')).toBe('not-eligible'); // under 21: the exemption to 21 answers
    expect(state('2026-01-01')).toBe('unknown');
    expect(state('2029-06-15')).toBe('not-eligible');
  });
});

describe('Brent: a home whose residents are all Brent care leavers is exempt', () => {
  const BRENT = 'E09000005';
  it('its own care leaver living alone in Brent, until the 25th birthday; otherwise the 2018 scheme leaves it unknown', () => {
    const alone = careLeaver(BRENT, BRENT, { household: 'alone' });
    expect(entitlement(alone, '2029-06-14', TAX).decidingOfferId).toBe('brent-council-tax-exemption-care-leaver-homes');
    expect(outcome(alone, '2029-06-15', TAX)).toBe('unknown');
    expect(outcome(careLeaver(BRENT, BRENT, { household: 'with-others' }), '2027-01-01', TAX)).toBe('unknown');
  });
});

describe('Waltham Forest: its care leavers pay no council tax until 21, then tapering help', () => {
  const WALTHAM_FOREST = 'E09000031';
  // Born 2007-01-01: 21 on 2028-01-01, 25 on 2032-01-01 (the page was read on 2026-12-02).
  const own = careLeaver(WALTHAM_FOREST, WALTHAM_FOREST, {}, { dateOfBirth: '2007-01-01' });
  it('eligible until the 21st birthday, then unknown (amount not stated) until the 25th', () => {
    expect(entitlement(own, '2027-12-31', TAX).decidingOfferId).toBe('waltham-forest-council-tax-care-leavers-to-21');
    expect(outcome(own, '2028-01-01', TAX)).toBe('unknown');
    const state = (on: string) => entitlement(own, on, TAX).offers.find((o) => o.offerId === 'waltham-forest-council-tax-care-leavers-21-to-25')?.state;
    expect(state('2028-01-01')).toBe('unknown');
    expect(state('2032-01-01')).toBe('not-eligible');
  });
});

describe('dates read from the pages: the day before, of and after each', () => {
  const state = (person: Person, on: string, offerId: string) => entitlement(person, on, TAX).offers.find((o) => o.offerId === offerId)?.state;
  it('Durham’s reduction takes effect on 1 April 2017', () => {
    const p = careLeaver(AREA.durham, AREA.durham, { household: 'alone', liableForCouncilTax: true }, { dateOfBirth: '1998-01-10' });
    expect(state(p, '2017-03-31', 'durham-council-tax-care-leavers')).toBe('not-applicable');
    expect(state(p, '2017-04-01', 'durham-council-tax-care-leavers')).toBe('eligible');
    expect(state(p, '2017-04-02', 'durham-council-tax-care-leavers')).toBe('eligible');
  });
  it('South Tyneside’s exemption is confirmed by the council’s news item of 6 January 2023', () => {
    const p = careLeaver('E08000023', 'E08000023', {}, { dateOfBirth: '1999-01-10' });
    expect(state(p, '2023-01-05', 'south-tyneside-council-tax-care-leavers')).toBe('unknown');
    expect(state(p, '2023-01-06', 'south-tyneside-council-tax-care-leavers')).toBe('eligible');
  });
  it('St Helens’ policy for its own care leavers is in force by the end of February 2018, not before February', () => {
    const p = careLeaver('E08000013', 'E08000013', { household: 'alone' }, { dateOfBirth: '1998-01-10' });
    expect(state(p, '2018-01-31', 'st-helens-council-tax-care-leavers')).toBe('not-applicable');
    expect(state(p, '2018-02-27', 'st-helens-council-tax-care-leavers')).toBe('unknown');
    expect(state(p, '2018-02-28', 'st-helens-council-tax-care-leavers')).toBe('eligible');
  });
  it('St Helens: sharing with others, 100% (2018) or 25% (the current page, start not known) are both a yes, so 25% is given until the page’s date', () => {
    const sharing = careLeaver('E08000013', 'E08000013', { household: 'with-others' }, { dateOfBirth: '2002-01-01' });
    const inWindow = entitlement(sharing, '2022-06-01', TAX);
    expect(inWindow).toMatchObject({ outcome: 'eligible', value: { type: 'percentage', percent: 25 }, decidingOfferId: 'st-helens-council-tax-care-leavers' });
    expect(inWindow.reasons.map((r) => r.code)).toContain('lesser-of-two-versions');
    expect(entitlement(sharing, '2026-11-22', TAX).reasons.map((r) => r.code)).toContain('lesser-of-two-versions');
    expect(entitlement(sharing, '2026-11-23', TAX).reasons.map((r) => r.code)).not.toContain('lesser-of-two-versions');
    expect(entitlement(sharing, '2026-11-23', TAX).value).toMatchObject({ type: 'percentage', percent: 25 });
  });
  it('Peterborough’s discount to 25 is confirmed by the Leader’s column of 31 October 2024, not before the council meeting of 20 May 2024', () => {
    const p = careLeaver('E06000031', 'E06000031', { household: 'alone' }, { dateOfBirth: '2000-01-10' });
    // Before the meeting the discount is not given; the offer for other councils' care leavers (status unknown) keeps it open.
    expect(entitlement(p, '2024-05-19', TAX).offers.find((o) => o.offerId === 'peterborough-council-tax-care-leavers')?.state).toBe('not-applicable');
    expect(outcome(p, '2024-05-20', TAX)).toBe('unknown');
    expect(outcome(p, '2024-10-30', TAX)).toBe('unknown');
    expect(entitlement(p, '2024-10-31', TAX)).toMatchObject({ outcome: 'eligible', value: { type: 'percentage', percent: 100 }, endsOn: '2025-01-10' });
    expect(outcome(p, '2025-01-09', TAX)).toBe('eligible'); // the day before the 25th birthday
    expect(outcome(p, '2025-01-10', TAX)).toBe('not-eligible');
  });
  it('Rochdale takes in those who came into care after 16 by 5 November 2021 (not before 1 November)', () => {
    const p = careLeaver(AREA.rochdale, AREA.rochdale, { enteredCareAfter16thBirthday: true }, { dateOfBirth: '2000-01-10' });
    expect(state(p, '2021-10-31', 'rochdale-council-tax-exemption')).toBe('not-eligible');
    expect(state(p, '2021-11-04', 'rochdale-council-tax-exemption')).toBe('unknown');
    expect(state(p, '2021-11-05', 'rochdale-council-tax-exemption')).toBe('eligible');
  });
  it('North Northamptonshire’s discount cannot have started before 1 April 2021 (the council’s first day)', () => {
    const p = careLeaver(AREA.northNorthants, AREA.northNorthants, { liableForCouncilTax: true }, { dateOfBirth: '2002-01-10' });
    // The day before, the council did not exist: the question is refused, naming the date it began.
    expect(() => state(p, '2021-03-31', 'north-northamptonshire-council-tax-to-21')).toThrow(/began on 2021-04-01/);
    expect(state(p, '2021-04-01', 'north-northamptonshire-council-tax-to-21')).toBe('unknown');
    expect(state(p, '2026-11-23', 'north-northamptonshire-council-tax-to-21')).toBe('not-eligible'); // 24 by then
  });
  it('offers read on 2 December 2026 (Brent, Waltham Forest) are unknown the day before: they may have begun earlier', () => {
    const brent = careLeaver('E09000005', 'E09000005', { household: 'alone' });
    expect(state(brent, '2026-12-01', 'brent-council-tax-exemption-care-leaver-homes')).toBe('unknown');
    expect(state(brent, '2026-12-02', 'brent-council-tax-exemption-care-leaver-homes')).toBe('eligible');
    const walthamForest = careLeaver('E09000031', 'E09000031', {}, { dateOfBirth: '2007-01-01' });
    expect(state(walthamForest, '2026-12-01', 'waltham-forest-council-tax-care-leavers-to-21')).toBe('unknown');
    expect(state(walthamForest, '2026-12-02', 'waltham-forest-council-tax-care-leavers-to-21')).toBe('eligible');
  });
});
