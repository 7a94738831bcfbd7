import { describe, expect, it } from 'vitest';
import { compareMove, embeddedDataset } from '../../src/index.js';
import { AREA, careLeaver, entitlement, outcome } from './helpers.js';

// Scenario tests written from the Welsh and Scottish sources of the national documents
// (wales.yaml, scotland.yaml): each start date and each birthday, on both sides.

const ADVISER = 'personal-adviser';
const STAYING = 'staying-put';
const BURSARY = 'higher-education-bursary';

describe('Wales: a personal adviser from the Welsh council to 21, and to 25 in agreed education or training', () => {
  // Born 1996-03-01: 21 on 2017-03-01, 25 on 2021-03-01. Born 2006-03-01: 21 on 2027-03-01.
  const welsh = careLeaver(AREA.powys, AREA.powys, {}, { dateOfBirth: '1996-03-01' });

  it('from 6 April 2016, when the Care Leavers (Wales) Regulations came into force; unknown the day before', () => {
    expect(outcome(welsh, '2016-04-05', ADVISER)).toBe('unknown');
    expect(entitlement(welsh, '2016-04-06', ADVISER)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-personal-adviser', provider: { code: AREA.powys }, endsOn: '2017-03-01' });
  });

  it('the day before the 21st birthday the adviser; on it the offer for those in agreed education or training; from the 25th birthday unknown', () => {
    expect(entitlement(welsh, '2017-02-28', ADVISER)?.decidingOfferId).toBe('wales-personal-adviser');
    expect(entitlement(welsh, '2017-03-01', ADVISER)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-personal-adviser-21-to-25', endsOn: '2021-03-01' });
    expect(entitlement(welsh, '2021-02-28', ADVISER)?.decidingOfferId).toBe('wales-personal-adviser-21-to-25');
    expect(outcome(welsh, '2021-03-01', ADVISER)).toBe('unknown');
  });

  it('the duty follows the council: a Powys care leaver of 20 moving to Leeds keeps the adviser, from Powys', () => {
    const moving = careLeaver(AREA.powys, AREA.powys, {}, { dateOfBirth: '2006-03-01' });
    const moved = compareMove(moving, { to: AREA.leeds, on: '2026-12-05' }, embeddedDataset);
    const change = moved.changes.find((c) => c.kind === ADVISER)!;
    expect([change.before.outcome, change.after.outcome]).toEqual(['eligible', 'eligible']);
    expect(change.after.provider?.code).toBe(AREA.powys);
  });

  it('not for a care leaver of an English council living in Wales (England’s own duty answers for them)', () => {
    const english = careLeaver(AREA.leeds, AREA.powys, {}, { dateOfBirth: '2006-03-01' });
    expect(entitlement(english, '2026-12-05', ADVISER)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-personal-adviser', provider: { code: AREA.leeds } });
  });
});

describe('Wales: When I am Ready, staying with former foster carers', () => {
  // Born 1997-06-01: 21 on 2018-06-01, 25 on 2022-06-01.
  const staying = careLeaver(AREA.powys, AREA.powys, { livingWithFormerFosterCarer: true }, { dateOfBirth: '1997-06-01' });

  it('confirmed by the end of April 2016 (the sources give the month only): unknown on 29 April, in force on 30 April', () => {
    expect(outcome(staying, '2016-04-29', STAYING)).toBe('unknown');
    expect(entitlement(staying, '2016-04-30', STAYING)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-when-i-am-ready', provider: { code: AREA.powys } });
  });

  it('to the 21st birthday, then to the 25th while completing agreed education or training', () => {
    expect(entitlement(staying, '2018-05-31', STAYING)?.decidingOfferId).toBe('wales-when-i-am-ready');
    expect(entitlement(staying, '2018-06-01', STAYING)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-when-i-am-ready-21-to-25' });
    expect(outcome(staying, '2022-05-31', STAYING)).toBe('eligible');
    expect(outcome(staying, '2022-06-01', STAYING)).toBe('unknown');
  });

  it('not for someone not living with a former foster carer: unknown (Wales claims nothing for the kind), never eligible', () => {
    const alone = careLeaver(AREA.powys, AREA.powys, { livingWithFormerFosterCarer: false }, { dateOfBirth: '1997-06-01' });
    expect(outcome(alone, '2017-01-01', STAYING)).toBe('unknown');
  });

  it('not for a care leaver of an English council living with a former foster carer in Wales (England’s Staying Put answers for them)', () => {
    const english = careLeaver(AREA.leeds, AREA.powys, { livingWithFormerFosterCarer: true }, { dateOfBirth: '2006-03-01' });
    const answer = entitlement(english, '2026-12-05', STAYING)!;
    expect(answer).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-staying-put', provider: { code: AREA.leeds } });
    expect(answer.offers.filter((o) => o.offerId.startsWith('wales-') && o.conditionsHold !== false)).toEqual([]);
  });
});

describe('Wales: the higher education bursary from the Welsh council that looked after them', () => {
  // Born 1992-05-01: 18 in 2010, so former relevant throughout.
  const student = careLeaver(AREA.powys, AREA.powys, { inHigherEducation: true }, { dateOfBirth: '1992-05-01' });

  it('£2,000 once from 17 March 2011, the day after the regulations were made; unknown the day before', () => {
    expect(outcome(student, '2011-03-16', BURSARY)).toBe('unknown');
    expect(entitlement(student, '2011-03-17', BURSARY)).toMatchObject({
      outcome: 'eligible',
      decidingOfferId: 'wales-higher-education-bursary',
      provider: { code: AREA.powys },
      value: { type: 'money', amount: 2000, period: 'once' },
      endsOn: '2016-04-06',
    });
  });

  it('from 6 April 2016 (the 2014 Act) the amount is not known: unknown, never a no', () => {
    expect(outcome(student, '2016-04-05', BURSARY)).toBe('eligible');
    const after = entitlement(student, '2016-04-06', BURSARY)!;
    expect(after.outcome).toBe('unknown');
    expect(after.offers.find((o) => o.offerId === 'wales-higher-education-bursary')?.status).toBe('unknown');
  });

  it('follows the council: a Powys care leaver studying in Leeds in 2012 gets it from Powys; an English council’s care leaver in Wales gets England’s', () => {
    const away = careLeaver(AREA.powys, AREA.leeds, { inHigherEducation: true }, { dateOfBirth: '1992-05-01' });
    expect(entitlement(away, '2012-10-01', BURSARY)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-higher-education-bursary', provider: { code: AREA.powys } });
    const english = careLeaver(AREA.leeds, AREA.powys, { inHigherEducation: true }, { dateOfBirth: '1992-05-01' });
    expect(entitlement(english, '2012-10-01', BURSARY)?.decidingOfferId).toBe('england-higher-education-bursary');
  });

  it('not for someone not in higher education', () => {
    const working = careLeaver(AREA.powys, AREA.powys, { inHigherEducation: false }, { dateOfBirth: '1992-05-01' });
    expect(outcome(working, '2012-10-01', BURSARY)).not.toBe('eligible');
  });
});

describe('Scotland: aftercare to 19, and on application to 26', () => {
  // Born 1997-01-10: 19 on 2016-01-10, 26 on 2023-01-10.
  const scot = careLeaver(AREA.stirling, AREA.stirling, {}, { dateOfBirth: '1997-01-10' });

  it('from 1 April 2015; unknown the day before', () => {
    expect(outcome(scot, '2015-03-31', ADVISER)).toBe('unknown');
    expect(entitlement(scot, '2015-04-01', ADVISER)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-aftercare-to-19', provider: { code: AREA.stirling }, endsOn: '2016-01-10' });
  });

  it('the day before the 19th birthday aftercare; on it the offer on application; from the 26th birthday unknown', () => {
    expect(entitlement(scot, '2016-01-09', ADVISER)?.decidingOfferId).toBe('scotland-aftercare-to-19');
    expect(entitlement(scot, '2016-01-10', ADVISER)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-aftercare-19-to-26', endsOn: '2023-01-10' });
    expect(outcome(scot, '2023-01-09', ADVISER)).toBe('eligible');
    expect(outcome(scot, '2023-01-10', ADVISER)).toBe('unknown');
  });

  it('not for a child still looked after (eligible): aftercare starts when they leave care', () => {
    const inCare = careLeaver(AREA.stirling, AREA.stirling, {}, { dateOfBirth: '2010-01-10', category: 'eligible' });
    expect(entitlement(inCare, '2026-12-05', ADVISER)?.decidingOfferId).not.toBe('scotland-aftercare-to-19');
  });
});

describe('Scotland: Continuing Care to 21', () => {
  it('for those 16 on or after 1 April 2015 (born from 1 April 1999), staying with their carer, until the 21st birthday', () => {
    const first = careLeaver(AREA.stirling, AREA.stirling, { livingWithFormerFosterCarer: true }, { dateOfBirth: '1999-04-01', category: 'relevant' });
    expect(entitlement(first, '2015-04-01', STAYING)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-continuing-care', endsOn: '2020-04-01' });
    const grown = { ...first, category: 'former-relevant' as const };
    expect(outcome(grown, '2020-03-31', STAYING)).toBe('eligible');
    expect(outcome(grown, '2020-04-01', STAYING)).toBe('unknown');
    // Born a day earlier: 16 on 31 March 2015, before the scheme; not answered by it.
    const earlier = careLeaver(AREA.stirling, AREA.stirling, { livingWithFormerFosterCarer: true }, { dateOfBirth: '1999-03-31', category: 'relevant' });
    expect(outcome(earlier, '2016-01-01', STAYING)).toBe('unknown');
  });

  it('someone 16 before 1 April 2015 is not answered by it: unknown, not no', () => {
    const young = careLeaver(AREA.stirling, AREA.stirling, { livingWithFormerFosterCarer: true }, { dateOfBirth: '1998-12-01', category: 'relevant' });
    expect(outcome(young, '2015-03-31', STAYING)).toBe('unknown');
  });
});

describe('Scotland: no priority need test for homeless people since 31 December 2012', () => {
  const HOUSING = 'housing-priority-need';

  it('from 31 December 2012, at any age, for anyone living in Scotland; unknown the day before', () => {
    const scot = careLeaver(AREA.stirling, AREA.stirling, {}, { dateOfBirth: '1990-01-01' });
    expect(outcome(scot, '2012-12-30', HOUSING)).toBe('unknown');
    expect(entitlement(scot, '2012-12-31', HOUSING)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-no-priority-need-test', provider: { code: 'S92000003' } });
    expect(entitlement(scot, '2026-12-05', HOUSING)?.endsOn).toBeNull();
  });

  it('an English council’s care leaver of 22 moving to Stirling gains it (England’s priority need ended at 21)', () => {
    const leeds = careLeaver(AREA.leeds, AREA.leeds, {}, { dateOfBirth: '2004-06-15' });
    const moved = compareMove(leeds, { to: AREA.stirling, on: '2026-12-05' }, embeddedDataset);
    const change = moved.changes.find((c) => c.kind === HOUSING)!;
    expect(change.after).toMatchObject({ outcome: 'eligible', provider: { code: 'S92000003' } });
    expect(change.before.outcome).not.toBe('eligible');
  });
});

describe('Scotland: Care Experienced Bursary of £9,000 a year', () => {
  const student = careLeaver(AREA.stirling, AREA.stirling, { inHigherEducation: true }, { dateOfBirth: '2004-06-15' });

  it('confirmed by the end of August 2023 (the start of the 2023-24 academic year): unknown on 30 August, £9,000 a year on 31 August', () => {
    expect(outcome(student, '2023-08-30', BURSARY)).toBe('unknown');
    expect(entitlement(student, '2023-08-31', BURSARY)).toMatchObject({
      outcome: 'eligible',
      decidingOfferId: 'scotland-care-experienced-bursary',
      provider: { code: 'S92000003' },
      value: { type: 'money', amount: 9000, period: 'year' },
    });
  });

  it('no upper age: a Scottish care leaver of 30 in higher education still gets it', () => {
    const older = careLeaver(AREA.stirling, AREA.stirling, { inHigherEducation: true }, { dateOfBirth: '1996-06-15' });
    expect(entitlement(older, '2026-12-05', BURSARY)?.decidingOfferId).toBe('scotland-care-experienced-bursary');
  });

  it('an English council’s care leaver studying in Scotland: England’s £2,000 decides; the bursary is listed as not known for them', () => {
    const english = entitlement(careLeaver(AREA.leeds, AREA.stirling, { inHigherEducation: true }), '2026-12-05', BURSARY);
    expect(english).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-higher-education-bursary' });
    expect(english.offers.find((o) => o.offerId === 'scotland-care-experienced-bursary-other-councils')?.state).toBe('unknown');
  });

  it('not for someone not in higher education', () => {
    const working = careLeaver(AREA.stirling, AREA.stirling, { inHigherEducation: false });
    expect(outcome(working, '2026-12-05', BURSARY)).not.toBe('eligible');
  });
});

describe('Scotland: the Care Experienced Bursary of £8,100 a year before August 2023', () => {
  const EARLIER = 'scotland-care-experienced-bursary-2018-to-2023';
  const eightyOneHundred = { outcome: 'eligible', decidingOfferId: EARLIER, value: { type: 'money', amount: 8100, period: 'year' } };
  // Born 1996-06-15: 22 in 2018, 26 on 2022-06-15. Born 1994-03-10: 26 on 2020-03-10. Born 1990-01-01: 29 in 2019.
  const student = careLeaver(AREA.stirling, AREA.stirling, { inHigherEducation: true }, { dateOfBirth: '1996-06-15' });
  const turning26 = careLeaver(AREA.stirling, AREA.stirling, { inHigherEducation: true }, { dateOfBirth: '1994-03-10' });
  const older = careLeaver(AREA.stirling, AREA.stirling, { inHigherEducation: true }, { dateOfBirth: '1990-01-01' });

  it('not begun before April 2018 (the statement gives 2018-19); in force by 28 September 2019, unknown the day before', () => {
    const codesOn = (on: string) => entitlement(student, on, BURSARY)!.offers.find((o) => o.offerId === EARLIER)?.reasons.map((r) => r.code);
    expect(outcome(student, '2018-03-31', BURSARY)).toBe('unknown');
    expect(codesOn('2018-03-31')).toEqual(['not-yet-in-force']);
    expect(codesOn('2018-04-01')).toEqual(['version-start-unknown']);
    expect(outcome(student, '2019-09-27', BURSARY)).toBe('unknown');
    expect(entitlement(student, '2019-09-28', BURSARY)).toMatchObject(eightyOneHundred);
  });

  it('under 26 until autumn 2020: the day before the 26th birthday, and not on it', () => {
    expect(entitlement(turning26, '2020-03-09', BURSARY)).toMatchObject(eightyOneHundred);
    expect(outcome(turning26, '2020-03-10', BURSARY)).not.toBe('eligible');
    expect(outcome(older, '2020-07-31', BURSARY)).not.toBe('eligible');
  });

  it('the age limit ends in autumn 2020: unknown for someone of 30 until 30 November 2020, then £8,100; under 26 the same answer throughout', () => {
    expect(outcome(older, '2020-08-01', BURSARY)).toBe('unknown');
    expect(outcome(older, '2020-11-29', BURSARY)).toBe('unknown');
    expect(entitlement(older, '2020-11-30', BURSARY)).toMatchObject(eightyOneHundred);
    expect(entitlement(student, '2020-10-01', BURSARY)).toMatchObject(eightyOneHundred);
  });

  it('replaced by £9,000 a year: £8,100 on 31 July 2023, unknown in August, £9,000 from 31 August', () => {
    expect(entitlement(older, '2023-07-31', BURSARY)).toMatchObject({ ...eightyOneHundred, endsOn: '2023-08-01' });
    expect(outcome(older, '2023-08-15', BURSARY)).toBe('unknown');
    expect(entitlement(older, '2023-08-31', BURSARY)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-care-experienced-bursary' });
  });
});
