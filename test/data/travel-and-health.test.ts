import { describe, expect, it } from 'vitest';
import { type Person, addDays, compareMove, embeddedDataset } from '../../src/index.js';
import { AREA, careLeaver, entitlement, outcome } from './helpers.js';

const TRAVEL = 'free-travel';
const RX = 'free-prescriptions';

describe('TfGM Care Leavers Travel Pass', () => {
  const p = careLeaver(AREA.bolton, AREA.bolton, { workingWithLeavingCareService: true });

  it('to the 25th birthday, confirmed by 1 September 2025', () => {
    expect(entitlement(p, '2025-09-01', TRAVEL)).toMatchObject({ outcome: 'eligible', provider: { code: 'org:tfgm' } });
    expect(outcome(p, '2029-06-14', TRAVEL)).toBe('eligible');
    expect(outcome(p, '2029-06-15', TRAVEL)).not.toBe('eligible');
  });

  it('unknown between the 2020 report and September 2025', () => {
    expect(outcome(p, '2023-01-01', TRAVEL)).toBe('unknown');
  });

  it('not for someone not working with the leaving care service, or living outside GM', () => {
    expect(outcome(careLeaver(AREA.bolton, AREA.bolton, { workingWithLeavingCareService: false }), '2026-01-01', TRAVEL)).not.toBe('eligible');
    expect(outcome(careLeaver(AREA.bolton, AREA.leeds, { workingWithLeavingCareService: true }), '2026-01-01', TRAVEL)).not.toBe('eligible');
  });
});

describe('Liverpool City Region MetroCard', () => {
  it('18 to the 21st birthday, from March 2025', () => {
    const p = careLeaver(AREA.liverpool, AREA.liverpool, {}, { dateOfBirth: '2006-01-01' });
    expect(outcome(p, '2025-04-01', TRAVEL)).toBe('eligible');
    expect(outcome(p, '2025-02-28', TRAVEL)).not.toBe('eligible');
    expect(outcome(p, '2026-12-31', TRAVEL)).toBe('eligible');
    expect(outcome(p, '2027-01-01', TRAVEL)).not.toBe('eligible');
  });
});

describe('WESTpass', () => {
  // Born 2003-01-01: 21 on 2024-01-01, 22 on 2025-01-01.
  const p = careLeaver(AREA.bristol, AREA.bristol, {}, { dateOfBirth: '2003-01-01' });
  const younger = careLeaver(AREA.bristol, AREA.bristol, {}, { dateOfBirth: '2006-01-01' });

  it('from 6 November 2023', () => {
    expect(outcome(p, '2023-11-05', TRAVEL)).not.toBe('eligible');
    expect(outcome(p, '2023-11-06', TRAVEL)).toBe('eligible');
  });

  it('until the 22nd birthday', () => {
    expect(outcome(p, '2024-12-31', TRAVEL)).toBe('eligible');
    expect(outcome(p, '2025-01-01', TRAVEL)).not.toBe('eligible');
  });

  it('funded to the end of March 2025: unknown from April until the May 2025 news says it still runs', () => {
    expect(outcome(younger, '2025-03-31', TRAVEL)).toBe('eligible');
    expect(outcome(younger, '2025-04-01', TRAVEL)).toBe('unknown');
    expect(outcome(younger, '2025-05-29', TRAVEL)).toBe('eligible');
    expect(outcome(careLeaver(AREA.northSomerset, AREA.northSomerset, {}, { dateOfBirth: '2006-01-01' }), '2026-01-01', TRAVEL)).toBe('eligible');
  });

  it('the extension to 25 is announced, not in force: reported as pending', () => {
    const e = entitlement(careLeaver(AREA.bristol, AREA.bristol, {}, { dateOfBirth: '2003-01-01' }), '2026-01-01', TRAVEL);
    expect(e.outcome).not.toBe('eligible');
    expect(e.pending.map((x) => x.offerId)).toContain('west-of-england-westpass-to-26');
  });
});

describe('North East Pop card', () => {
  it('Newcastle and Gateshead from the pilot; the other councils once rolled out in 2023', () => {
    expect(outcome(careLeaver(AREA.newcastle, AREA.newcastle), '2022-10-31', TRAVEL)).toBe('eligible');
    expect(outcome(careLeaver(AREA.sunderland, AREA.sunderland), '2022-11-15', TRAVEL)).toBe('unknown');
    expect(outcome(careLeaver(AREA.sunderland, AREA.sunderland), '2024-01-01', TRAVEL)).toBe('eligible');
    expect(outcome(careLeaver(AREA.sunderland, AREA.sunderland), '2029-06-15', TRAVEL)).not.toBe('eligible');
  });

  it('North Tyneside from the July 2023 report of its roll-out, South Tyneside from the end of July; not before the committee of 20 June', () => {
    const popCard = (person: Person, on: string) => entitlement(person, on, TRAVEL).offers.find((o) => o.offerId === 'north-east-care-leavers-pop-card')?.state;
    const northTynesider = careLeaver(AREA.northTyneside, AREA.northTyneside);
    expect(popCard(northTynesider, '2023-06-19')).toBe('not-eligible');
    expect(popCard(northTynesider, '2023-06-20')).toBe('unknown');
    expect(popCard(northTynesider, '2023-07-18')).toBe('unknown');
    expect(popCard(northTynesider, '2023-07-19')).toBe('eligible');
    const southTynesider = careLeaver(AREA.southTyneside, AREA.southTyneside);
    expect(popCard(southTynesider, '2023-07-19')).toBe('unknown');
    expect(popCard(southTynesider, '2023-07-30')).toBe('unknown');
    expect(popCard(southTynesider, '2023-07-31')).toBe('eligible');
  });
});

describe('North East Pop card pilot (for residents of Newcastle and Gateshead)', () => {
  it('a Newcastle care leaver living in Gateshead had it; one living in Sunderland is not known until the roll-out', () => {
    expect(outcome(careLeaver(AREA.newcastle, AREA.gateshead), '2022-10-31', TRAVEL)).toBe('eligible');
    const inSunderland = careLeaver(AREA.newcastle, AREA.sunderland);
    expect(outcome(inSunderland, '2022-10-31', TRAVEL)).toBe('unknown');
    expect(outcome(inSunderland, '2024-01-01', TRAVEL)).toBe('eligible');
  });
});

describe('Tees Pass', () => {
  it('from its launch on 17 November 2025 to the 25th birthday', () => {
    const p = careLeaver(AREA.middlesbrough, AREA.middlesbrough);
    const pass = (on: string) => entitlement(p, on, TRAVEL).offers.find((o) => o.offerId === 'tees-valley-tees-pass')?.state;
    expect(pass('2025-11-16')).not.toBe('eligible');
    expect(pass('2025-11-17')).toBe('eligible');
    expect(outcome(p, '2026-11-23', TRAVEL)).toBe('eligible');
    expect(outcome(p, '2029-06-15', TRAVEL)).not.toBe('eligible');
  });
});

describe('London Care Leaver Oyster photocard', () => {
  it('half fare until the day before the 26th birthday', () => {
    const p = careLeaver(AREA.haringey, AREA.haringey);
    expect(entitlement(p, '2030-06-14', TRAVEL).value).toMatchObject({ type: 'percentage', percent: 50 });
    expect(outcome(p, '2030-06-15', TRAVEL)).not.toBe('eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.haringey), '2026-01-01', TRAVEL)).not.toBe('eligible');
  });
});

describe('Gloucestershire travel card', () => {
  it('100 free journeys for Gloucestershire care leavers, known from the DfE report of 11 November 2020 only (unknown after it)', () => {
    const gloucestershire = careLeaver(AREA.gloucestershire, AREA.stroud, {}, { dateOfBirth: '2000-01-10' });
    const e = entitlement(gloucestershire, '2020-11-11', TRAVEL);
    expect(e.value).toMatchObject({ type: 'percentage', percent: 100, journeys: 100 });
    expect(e.offers.find((o) => o.offerId === 'gloucestershire-care-leaver-travel-card')?.state).toBe('eligible');
    expect(entitlement(gloucestershire, '2020-11-12', TRAVEL).offers.find((o) => o.offerId === 'gloucestershire-care-leaver-travel-card')?.state).toBe('unknown');
    expect(outcome(careLeaver(AREA.kent, AREA.stroud, {}, { dateOfBirth: '2000-01-10' }), '2020-11-11', TRAVEL)).not.toBe('eligible');
  });
});

describe('York bus pass', () => {
  const YORK = 'E06000014';
  it('to the 21st birthday; from 21 to 25 left open by the 2024 proposal to extend it (decision not known), not a no', () => {
    expect(outcome(careLeaver(YORK, YORK, {}, { dateOfBirth: '2006-01-10' }), '2026-12-03', TRAVEL)).toBe('eligible'); // 20
    const older = entitlement(careLeaver(YORK, YORK, {}, { dateOfBirth: '2004-01-10' }), '2026-12-03', TRAVEL); // 22
    expect(older.outcome).toBe('unknown');
    expect(older.offers.find((o) => o.offerId === 'york-bus-pass-care-leavers-21-to-25-proposed')?.state).toBe('unknown');
    // At 25 neither applies.
    expect(entitlement(careLeaver(YORK, YORK, {}, { dateOfBirth: '2001-01-10' }), '2026-12-03', TRAVEL).offers.find((o) => o.offerId === 'york-bus-pass-care-leavers-21-to-25-proposed')?.state).toBe('not-eligible');
  });

  it('the day before the 21st birthday the pass; on it the proposal leaves it open; the 25th birthday ends both', () => {
    const born = careLeaver(YORK, YORK, {}, { dateOfBirth: '2006-01-10' }); // 21 on 2027-01-10, 25 on 2031-01-10
    const proposal = (on: string) => entitlement(born, on, TRAVEL).offers.find((o) => o.offerId === 'york-bus-pass-care-leavers-21-to-25-proposed')?.state;
    expect(outcome(born, '2027-01-09', TRAVEL)).toBe('eligible');
    expect(proposal('2027-01-09')).toBe('not-eligible');
    expect(outcome(born, '2027-01-10', TRAVEL)).toBe('unknown');
    expect(proposal('2031-01-09')).toBe('unknown');
    expect(proposal('2031-01-10')).toBe('not-eligible');
    expect(outcome(born, '2031-01-10', TRAVEL)).toBe('not-eligible');
  });
});

describe('Devon: no standing free or discounted travel', () => {
  // The audit of 3 December 2026 (evening), item 11: the same answer says Devon pays or contributes
  // to a pass where an assessment finds it needed, now a partial offer (eligible to ask, up to 100%).
  // The claim still gives a trusted no to those the partial offer does not reach (here, at 25).
  it('a trusted no for a Devon care leaver of 25 in Exeter from the day the undated answer was read; unknown the day before', () => {
    const devonian = careLeaver(AREA.devon, AREA.exeter, {}, { dateOfBirth: '2001-06-15' });
    expect(outcome(devonian, '2026-11-30', 'free-travel')).toBe('unknown');
    expect(outcome(devonian, '2026-12-01', 'free-travel')).toBe('not-eligible');
  });

  it('a Devon care leaver under 25 may ask for a needs-assessed pass: eligible, partial, up to 100%', () => {
    const e = entitlement(careLeaver(AREA.devon, AREA.exeter), '2026-12-01', 'free-travel');
    expect([e.outcome, e.decidingOfferId]).toEqual(['eligible', 'devon-assessed-travel-pass']);
    expect(e.value).toMatchObject({ type: 'percentage', percent: 100, upTo: true });
    expect(e.reasons).toContainEqual(expect.objectContaining({ code: 'offer-is-partial' }));
  });

  it('the unknown answer before that day ends on it for a Devon care leaver; a Leeds care leaver’s answer does not change then', () => {
    expect(entitlement(careLeaver(AREA.devon, AREA.exeter), '2026-11-23', 'free-travel').endsOn).toBe('2026-12-01');
    expect(entitlement(careLeaver(AREA.leeds, AREA.leeds), '2026-11-23', 'free-travel').endsOn).not.toBe('2026-12-01');
  });
});

describe('prescription prepayment schemes', () => {
  it('Oldham locality: under 25, Oldham GP, not otherwise exempt, from any council', () => {
    const p = careLeaver(AREA.kent, AREA.oldham, { registeredGpArea: AREA.oldham, otherwiseExemptFromPrescriptionCharges: false });
    // the scheme is confirmed by 23 November 2026, when the national rule of December 2025 also applies
    const state = (person: typeof p) => entitlement(person, '2026-11-23', RX).offers.find((o) => o.offerId === 'nhs-gm-oldham-prescription-prepayment')?.state;
    expect(state(p)).toBe('eligible');
    expect(outcome(p, '2029-06-15', RX)).not.toBe('eligible');
    const gpElsewhere = careLeaver(AREA.kent, AREA.oldham, { registeredGpArea: AREA.rochdale, otherwiseExemptFromPrescriptionCharges: false });
    expect(state(gpElsewhere)).not.toBe('eligible');
  });

  it('Lincolnshire ICB from 1 August 2023, GP in the county', () => {
    const p = careLeaver(AREA.kent, AREA.lincoln, { registeredGpArea: AREA.lincoln });
    expect(outcome(p, '2023-07-31', RX)).not.toBe('eligible');
    expect(outcome(p, '2023-08-01', RX)).toBe('eligible');
    expect(outcome(p, '2029-06-15', RX)).not.toBe('eligible');
  });

  it('Northamptonshire ICB one-year pilot, then unknown', () => {
    const p = careLeaver(AREA.kent, AREA.westNorthants, { registeredGpArea: AREA.westNorthants });
    expect(outcome(p, '2024-03-31', RX)).not.toBe('eligible');
    expect(outcome(p, '2024-04-01', RX)).toBe('eligible');
    expect(outcome(p, '2025-04-01', RX)).toBe('unknown');
  });

  it('GM free prescriptions to 25 stay planned (before the national change)', () => {
    const e = entitlement(careLeaver(AREA.bolton, AREA.bolton, { registeredGpArea: AREA.bolton }), '2025-06-01', RX);
    expect(e.outcome).not.toBe('eligible');
    expect(e.pending.map((o) => o.offerId)).toContain('gm-free-prescriptions');
  });
});

describe('national health costs for care leavers in England from December 2025', () => {
  // careLeaver() is born 2004-06-15: 25 on 2029-06-15.
  const p = careLeaver(AREA.leeds, AREA.leeds, { otherwiseExemptFromPrescriptionCharges: false, inFullTimeEducation: false });

  it('announced on 23 December 2025 (pending), confirmed in force by 7 January 2026 (unknown between)', () => {
    expect(outcome(p, '2025-12-22', RX)).toBe('unknown'); // Leeds has no scheme of its own encoded
    const announced = entitlement(p, '2025-12-23', RX);
    expect(announced.outcome).toBe('unknown');
    expect(announced.pending.map((o) => o.offerId)).toContain('england-care-leavers-prescriptions-to-25');
    expect(outcome(p, '2026-01-06', RX)).toBe('unknown');
    expect(entitlement(p, '2026-01-07', RX)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-care-leavers-prescriptions-to-25' });
  });

  it('prescriptions, dental treatment and eye care until the day before the 25th birthday', () => {
    for (const kind of [RX, 'free-dental-treatment', 'free-eye-care'] as const) {
      expect(outcome(p, '2029-06-14', kind), kind).toBe('eligible');
      expect(outcome(p, '2029-06-15', kind), kind).not.toBe('eligible');
    }
  });

  it('for care leavers of English councils living in England, not in Wales (where prescriptions are free for everyone anyway)', () => {
    expect(entitlement(careLeaver(AREA.leeds, AREA.powys), '2026-11-23', RX)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-free-prescriptions' });
    expect(outcome(careLeaver(AREA.leeds, AREA.powys), '2026-11-23', 'free-dental-treatment')).not.toBe('eligible');
  });
});

describe('England: NHS dental treatment free under 18, or under 19 in full-time education', () => {
  const DENTAL = 'free-dental-treatment';
  // Born 2001-03-05: 18 on 2019-03-05, 19 on 2020-03-05 (before the December 2025 change).
  const born = { dateOfBirth: '2001-03-05' } as const;

  it('confirmed by the government’s answer of 29 January 2019: unknown the day before, free at 17', () => {
    const child = careLeaver(AREA.leeds, AREA.leeds, {}, { ...born, category: 'relevant' });
    expect(outcome(child, '2019-01-28', DENTAL)).toBe('unknown');
    expect(entitlement(child, '2019-01-29', DENTAL)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-dental-treatment-under-18', provider: { code: 'E92000001' }, endsOn: '2019-03-05' });
  });

  it('from 18 only in full-time education, to the 19th birthday; otherwise unknown (other grounds are not encoded), never a no', () => {
    const student = careLeaver(AREA.leeds, AREA.leeds, { inFullTimeEducation: true }, born);
    expect(outcome(student, '2019-03-05', DENTAL)).toBe('eligible');
    expect(outcome(student, '2020-03-04', DENTAL)).toBe('eligible');
    expect(outcome(student, '2020-03-05', DENTAL)).toBe('unknown');
    const working = careLeaver(AREA.leeds, AREA.leeds, { inFullTimeEducation: false }, born);
    expect(outcome(working, '2019-03-05', DENTAL)).toBe('unknown');
  });

  it('for people living in England: not for a Leeds care leaver of 17 living in Powys', () => {
    const inWales = careLeaver(AREA.leeds, AREA.powys, {}, { ...born, category: 'relevant' });
    expect(entitlement(inWales, '2019-02-01', DENTAL)?.decidingOfferId).not.toBe('england-dental-treatment-under-18');
  });
});

describe('England: free NHS sight tests and glasses vouchers under 16, or under 19 in full-time education', () => {
  const EYES = 'free-eye-care';
  const RULE = 'england-sight-tests-under-16';
  // Undated page: in force from the day it was read (5 December 2026). Born 2008-03-01: 19 on 2027-03-01.
  const stateOn = (person: Person, on: string) => entitlement(person, on, EYES)!.offers.find((o) => o.offerId === RULE)?.state;

  it('from the day the page was read, at 18 in full-time education, to the 19th birthday (beside the care leavers’ rule to 25)', () => {
    const student = careLeaver(AREA.leeds, AREA.leeds, { inFullTimeEducation: true }, { dateOfBirth: '2008-03-01' });
    expect(stateOn(student, '2026-12-04')).toBe('unknown'); // may already have applied: the page gives no start
    expect(stateOn(student, '2026-12-05')).toBe('eligible');
    expect(stateOn(student, '2027-02-28')).toBe('eligible');
    expect(stateOn(student, '2027-03-01')).toBe('not-eligible');
    expect(outcome(student, '2026-12-05', EYES)).toBe('eligible');
  });

  it('not at 18 out of education (the care leavers’ rule still answers), nor for someone living in Wales', () => {
    expect(stateOn(careLeaver(AREA.leeds, AREA.leeds, { inFullTimeEducation: false }, { dateOfBirth: '2008-03-01' }), '2026-12-05')).toBe('not-eligible');
    expect(stateOn(careLeaver(AREA.leeds, AREA.powys, { inFullTimeEducation: true }, { dateOfBirth: '2008-03-01' }), '2026-12-05')).toBeUndefined();
  });
});

describe('Wales and Scotland: prescriptions free for everyone', () => {
  it('Wales: under 25 from 1 April 2001, everyone from 1 April 2007', () => {
    const welsh = careLeaver(AREA.powys, AREA.powys, {}, { dateOfBirth: '1982-01-10' });
    // Before April 2001 the older exemptions applied, which are not encoded: unknown, not no.
    expect(outcome(welsh, '2001-03-31', RX)).toBe('unknown');
    expect(outcome(welsh, '2001-04-01', RX)).toBe('eligible'); // 19
    expect(outcome(welsh, '2007-01-09', RX)).toBe('eligible'); // the day before the 25th birthday
    expect(outcome(welsh, '2007-01-10', RX)).not.toBe('eligible'); // 25, before charges ended for all
    expect(outcome(welsh, '2007-03-31', RX)).not.toBe('eligible');
    expect(outcome(welsh, '2007-04-01', RX)).toBe('eligible');
    expect(outcome(welsh, '2040-01-01', RX)).toBe('eligible');
  });

  it('Scotland from 1 April 2011; before it unknown (the older exemptions are not encoded), never a no', () => {
    const scot = careLeaver(AREA.stirling, AREA.stirling, {}, { dateOfBirth: '1985-01-01' });
    const before = entitlement(scot, '2011-03-31', RX);
    expect(before.outcome).toBe('unknown');
    expect(before.reasons.map((r) => r.code)).toContain('no-offer-encoded');
    expect(outcome(scot, '2011-04-01', RX)).toBe('eligible');
    // A 17-year-old in full-time education in 2010 was exempt under the rules of the time: not a no.
    const pupil = careLeaver(AREA.stirling, AREA.stirling, { inFullTimeEducation: true }, { dateOfBirth: '1993-01-01', category: 'relevant' });
    expect(outcome(pupil, '2010-06-01', RX)).toBe('unknown');
  });

  it('the Scottish and Welsh council tax exemptions answer for their nations only from their first dates', () => {
    const scot = careLeaver(AREA.stirling, AREA.stirling, { household: 'alone', lookedAfterOnOrAfter16thBirthday: true }, { dateOfBirth: '1996-01-01' });
    expect(outcome(scot, '2018-03-31', 'council-tax-exemption')).toBe('unknown');
    expect(outcome(scot, '2018-04-01', 'council-tax-exemption')).toBe('eligible');
    const welsh = careLeaver(AREA.powys, AREA.powys, { household: 'alone', lookedAfterOnOrAfter16thBirthday: true }, { dateOfBirth: '1997-01-01' });
    expect(outcome(welsh, '2019-03-31', 'council-tax-exemption')).toBe('unknown');
    expect(outcome(welsh, '2019-04-01', 'council-tax-exemption')).toBe('eligible');
    // Someone the rule does not reach (26 in Wales) gets a trusted no once the claim holds.
    expect(outcome(careLeaver(AREA.powys, AREA.powys, { household: 'alone', lookedAfterOnOrAfter16thBirthday: true }, { dateOfBirth: '1990-01-01' }), '2019-04-01', 'council-tax-exemption')).toBe('not-eligible');
  });
});

describe('other offers', () => {
  it('Southampton guarantor pilot for its own care leavers from January 2024; Kent’s pilot is unknown', () => {
    expect(outcome(careLeaver(AREA.southampton, AREA.southampton), '2024-02-01', 'rent-guarantor')).toBe('eligible');
    expect(outcome(careLeaver(AREA.southampton, AREA.southampton), '2023-12-31', 'rent-guarantor')).not.toBe('eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.maidstone), '2026-11-23', 'rent-guarantor')).toBe('unknown');
  });

  it('Liverpool’s credit union loan is up to £300 for its own care leavers', () => {
    const e = entitlement(careLeaver(AREA.liverpool, AREA.leeds, {}, { category: 'relevant' }), '2020-11-11', 'credit-union-loan');
    expect(e.value).toMatchObject({ type: 'money', amount: 300, upTo: true });
    expect(outcome(careLeaver(AREA.kent, AREA.liverpool, {}, { category: 'relevant' }), '2020-11-11', 'credit-union-loan')).not.toBe('eligible');
    expect(outcome(careLeaver(AREA.liverpool, AREA.leeds, {}, { category: 'relevant' }), '2020-11-12', 'credit-union-loan')).toBe('unknown');
  });

  it('GM mentors stay planned', () => {
    const e = entitlement(careLeaver(AREA.bolton, AREA.bolton), '2026-11-23', 'mentor');
    expect(e.outcome).not.toBe('eligible');
    expect(e.pending.some((o) => o.offerId === 'gm-mentor' && o.status === 'planned')).toBe(true);
  });

  it('Bolton Lads & Girls Club: a youth support worker for care leavers of any council living in Bolton, from the day its undated page was read (partial)', () => {
    const e = entitlement(careLeaver(AREA.leeds, AREA.bolton), '2026-12-03', 'mentor');
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'blgc-care-leavers-mentoring', endsOn: '2029-06-15' });
    expect(e.reasons.map((r) => r.code)).toContain('offer-is-partial');
    expect(outcome(careLeaver(AREA.leeds, AREA.bolton), '2026-12-02', 'mentor')).not.toBe('eligible');
    expect(entitlement(careLeaver(AREA.bolton, AREA.leeds), '2026-12-03', 'mentor').decidingOfferId).not.toBe('blgc-care-leavers-mentoring');
    // Until the 25th birthday: the day before and the day of it.
    expect(outcome(careLeaver(AREA.leeds, AREA.bolton), '2029-06-14', 'mentor')).toBe('eligible');
    expect(entitlement(careLeaver(AREA.leeds, AREA.bolton), '2029-06-15', 'mentor').decidingOfferId).toBeNull();
  });
});

describe('Council local offers added on 3 December 2026 (pages without a date: in force from the day first read)', () => {
  const EAST_SUSSEX = 'E10000011';
  const LEWES = 'E07000063';
  const BUCKS = 'E06000060';
  const TELFORD = 'E06000020';

  /**
   * A council's partial travel help for its own care leavers, from an undated page first read on
   * `readOn`: eligible (said to be partial) on that day and after, unknown the day before (its
   * start is not known), and not given to another council's care leaver living there.
   */
  function expectPartialTravelFromDayRead(council: string, residence: string, offerId: string, readOn: string): void {
    const p = careLeaver(council, residence);
    const e = entitlement(p, readOn, TRAVEL);
    expect(e).toMatchObject({ outcome: 'eligible', provider: { code: council }, decidingOfferId: offerId });
    expect(e.reasons.map((r) => r.code)).toContain('offer-is-partial');
    // The page does not say how much is paid: the answer gives the share only as a maximum.
    expect(e.value).toMatchObject({ type: 'percentage', percent: 100, upTo: true });
    expect(e.reasons[0]!.message).toContain('up to 100%');
    expect(outcome(p, addDays(readOn, -1), TRAVEL)).toBe('unknown');
    expect(outcome(p, addDays(readOn, 1), TRAVEL)).toBe('eligible');
    expect(entitlement(careLeaver(AREA.bolton, residence), readOn, TRAVEL).decidingOfferId).not.toBe(offerId);
  }

  it("East Sussex pays its care leavers' travel to health appointments (partial)", () => {
    expectPartialTravelFromDayRead(EAST_SUSSEX, LEWES, 'east-sussex-travel-health-appointments', '2026-12-02');
  });

  it("Surrey's help with family visits for care leavers in education is a lead only (an earlier copy of its page): unknown, never a no", () => {
    const inEducation = careLeaver(AREA.surrey, AREA.guildford, { inFullTimeEducation: true });
    const e = entitlement(inEducation, '2026-12-03', TRAVEL);
    expect(e.outcome).toBe('unknown');
    expect(e.offers.map((o) => o.offerId)).toContain('surrey-travel-family-visits-in-education');
    expect(outcome(careLeaver(AREA.surrey, AREA.guildford, { inFullTimeEducation: false }), '2026-12-03', TRAVEL)).toBe('unknown');
  });

  it("Staffordshire's Virtual School mentor: for its care leavers in further education; unknown for others (partial), and before the page was read", () => {
    const atCollege = careLeaver(AREA.staffordshire, AREA.stafford, { inFullTimeEducation: true, inHigherEducation: false });
    expect(entitlement(atCollege, '2026-12-03', 'mentor')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'staffordshire-virtual-school-education-mentor' });
    expect(outcome(atCollege, '2026-12-04', 'mentor')).toBe('eligible');
    expect(outcome(atCollege, '2026-12-02', 'mentor')).toBe('unknown');
    expect(outcome(careLeaver(AREA.staffordshire, AREA.stafford, { inFullTimeEducation: false }), '2026-12-03', 'mentor')).toBe('unknown');
    expect(outcome(careLeaver(AREA.staffordshire, AREA.stafford, { inFullTimeEducation: true, inHigherEducation: true }), '2026-12-03', 'mentor')).toBe('unknown');
    expect(outcome(careLeaver(AREA.staffordshire, AREA.stafford), '2026-12-03', 'mentor')).toBe('unknown');
  });

  it("Buckinghamshire's one-off help with travel to an interview (partial)", () => {
    expectPartialTravelFromDayRead(BUCKS, BUCKS, 'buckinghamshire-interview-travel-costs', '2026-12-02');
  });

  it("Dorset's travel contribution is for qualifying care leavers on an apprenticeship, 16 to the 21st birthday", () => {
    const DORSET = 'E06000059';
    // Born 2006-01-01: 21 on 2027-01-01.
    const qualifying = (facts: { onApprenticeship?: boolean }) =>
      careLeaver(DORSET, DORSET, facts, { dateOfBirth: '2006-01-01', category: 'qualifying' });
    expect(entitlement(qualifying({ onApprenticeship: true }), '2026-12-31', TRAVEL)).toMatchObject({
      outcome: 'eligible',
      decidingOfferId: 'dorset-apprenticeship-travel-qualifying',
    });
    expect(entitlement(qualifying({ onApprenticeship: true }), '2027-01-01', TRAVEL).decidingOfferId).not.toBe('dorset-apprenticeship-travel-qualifying');
    expect(outcome(qualifying({ onApprenticeship: false }), '2026-12-31', TRAVEL)).toBe('unknown');
    // The page was first read on 1 December 2026: eligible from then, its start unknown the day before.
    expect(outcome(qualifying({ onApprenticeship: true }), '2026-12-01', TRAVEL)).toBe('eligible');
    expect(outcome(qualifying({ onApprenticeship: true }), '2026-11-30', TRAVEL)).toBe('unknown');
    expect(entitlement(careLeaver(DORSET, DORSET, { onApprenticeship: true }, { dateOfBirth: '2006-01-01' }), '2026-12-31', TRAVEL).decidingOfferId).not.toBe(
      'dorset-apprenticeship-travel-qualifying',
    );
  });

  it("Newcastle's directory entry: no rent guarantor and no deposit in principle for its care leavers, from the day it was read", () => {
    const p = careLeaver(AREA.newcastle, AREA.newcastle);
    expect(entitlement(p, '2026-11-23', 'rent-guarantor')).toMatchObject({ outcome: 'not-eligible', reasons: [{ code: 'offer-not-given' }] });
    // "In principle": the no says the entry leaves room for exceptions, so an adviser knows to ask.
    expect(entitlement(p, '2026-11-23', 'rent-guarantor').reasons[0]!.message).toMatch(/does not give this \(acting as guarantor for a private tenancy \(not .* in principle; exceptions .*case by case\)\)$/);
    expect(outcome(p, '2026-11-23', 'rent-deposit')).toBe('not-eligible');
    // The entry is known only as first read on 23 November: what Newcastle gave before is not known.
    expect(entitlement(p, '2026-11-22', 'rent-guarantor')).toMatchObject({ outcome: 'unknown', reasons: [{ code: 'earlier-not-known', date: '2026-11-23' }] });
    expect(outcome(p, '2026-11-24', 'rent-guarantor')).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.sunderland, AREA.newcastle), '2026-11-23', 'rent-guarantor')).not.toBe('not-eligible');
  });

  it('Telford and Wrekin pays bus or train tickets to see family and friends (partial)', () => {
    expectPartialTravelFromDayRead(TELFORD, TELFORD, 'telford-and-wrekin-travel-family-contact', '2026-12-01');
  });
});

describe('Scotland: dental treatment free under 26, eye examinations free for everyone, buses free from 5 to 21', () => {
  const DENTAL = 'free-dental-treatment';
  const EYES = 'free-eye-care';

  it('dental treatment from 24 August 2021 until the day before the 26th birthday; before that day unknown, not no', () => {
    // Born 2000-01-10: 21 when the rule began, 26 on 2026-01-10.
    const scot = careLeaver(AREA.stirling, AREA.stirling, {}, { dateOfBirth: '2000-01-10' });
    expect(outcome(scot, '2021-08-23', DENTAL)).toBe('unknown');
    expect(entitlement(scot, '2021-08-24', DENTAL)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-free-dental-treatment-under-26', endsOn: '2026-01-10' });
    expect(outcome(scot, '2026-01-09', DENTAL)).toBe('eligible');
    expect(outcome(scot, '2026-01-10', DENTAL)).not.toBe('eligible');
  });

  it('eye examinations from 1 April 2006, for a care leaver of any council living in Scotland', () => {
    const scot = careLeaver(AREA.stirling, AREA.stirling, {}, { dateOfBirth: '1988-01-01' });
    expect(outcome(scot, '2006-03-31', EYES)).toBe('unknown');
    expect(entitlement(scot, '2006-04-01', EYES)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-free-eye-examinations' });
    expect(entitlement(careLeaver(AREA.leeds, AREA.stirling), '2026-11-23', EYES)).toMatchObject({ outcome: 'eligible', provider: { code: 'S92000003' } });
  });

  it('bus travel free from 31 January 2022 until the day before the 22nd birthday; a Leeds care leaver of 20 moving to Stirling gains it', () => {
    // Born 2003-06-01: 22 on 2025-06-01.
    const scot = careLeaver(AREA.stirling, AREA.stirling, {}, { dateOfBirth: '2003-06-01' });
    expect(outcome(scot, '2022-01-30', TRAVEL)).toBe('unknown');
    expect(entitlement(scot, '2022-01-31', TRAVEL)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'scotland-free-bus-travel-under-22', endsOn: '2025-06-01' });
    expect(outcome(scot, '2025-05-31', TRAVEL)).toBe('eligible');
    expect(outcome(scot, '2025-06-01', TRAVEL)).not.toBe('eligible');
    const moved = compareMove(careLeaver(AREA.leeds, AREA.leeds, {}, { dateOfBirth: '2006-06-15' }), { to: AREA.stirling, on: '2026-11-23' }, embeddedDataset);
    expect(moved.changes.find((c) => c.kind === TRAVEL)?.after).toMatchObject({ outcome: 'eligible', provider: { code: 'S92000003' } });
  });

  it('a Leeds care leaver aged 22 moving to Stirling keeps free dental treatment and eye examinations, now from Scotland', () => {
    const moved = compareMove(careLeaver(AREA.leeds, AREA.leeds), { to: AREA.stirling, on: '2026-11-23' }, embeddedDataset);
    for (const kind of [DENTAL, EYES]) {
      const change = moved.changes.find((c) => c.kind === kind)!;
      expect([change.before.outcome, change.after.outcome]).toEqual(['eligible', 'eligible']);
      expect(change.after.provider?.code).toBe('S92000003');
    }
  });
});

describe('Wales: a third off bus fares from 16 to 21 inclusive with a mytravelpass', () => {
  // The scheme's terms are undated: in force from the day they were read (5 December 2026).
  const READ = '2026-12-05';

  it('unknown the day before the terms were read; a third off from that day, for a care leaver of any council living in Wales', () => {
    const welsh = careLeaver(AREA.powys, AREA.powys, {}, { dateOfBirth: '2006-06-15' });
    expect(outcome(welsh, '2026-12-04', TRAVEL)).toBe('unknown');
    expect(entitlement(welsh, READ, TRAVEL)).toMatchObject({
      outcome: 'eligible',
      decidingOfferId: 'wales-mytravelpass',
      provider: { code: 'W92000004' },
      value: { type: 'percentage', percent: 33 },
      endsOn: '2028-06-15',
    });
    expect(entitlement(careLeaver(AREA.leeds, AREA.powys, {}, { dateOfBirth: '2006-06-15' }), READ, TRAVEL)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-mytravelpass' });
  });

  it('"inclusive": still at 21 (the day before the 22nd birthday), not from the 22nd birthday, where the answer is unknown, not no', () => {
    // Born 2005-12-06: 21 on 2026-12-06, 22 on 2027-12-06.
    const welsh = careLeaver(AREA.powys, AREA.powys, {}, { dateOfBirth: '2005-12-06' });
    expect(outcome(welsh, '2027-12-05', TRAVEL)).toBe('eligible');
    expect(outcome(welsh, '2027-12-06', TRAVEL)).toBe('unknown');
  });

  it('from the 16th birthday, the first day a care leaver can be asked about (the engine refuses younger people)', () => {
    // Born 2011-01-10: 16 on 2027-01-10 (a relevant child at 16), 22 on 2033-01-10.
    const young = careLeaver(AREA.powys, AREA.powys, {}, { dateOfBirth: '2011-01-10', category: 'relevant' });
    expect(entitlement(young, '2027-01-10', TRAVEL)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-mytravelpass', endsOn: '2033-01-10' });
  });

  it('for people living in Wales only: a Leeds care leaver of 20 gains it by moving to Powys', () => {
    const leeds = careLeaver(AREA.leeds, AREA.leeds, {}, { dateOfBirth: '2006-06-15' });
    expect(entitlement(leeds, READ, TRAVEL)?.decidingOfferId).not.toBe('wales-mytravelpass');
    const moved = compareMove(leeds, { to: AREA.powys, on: READ }, embeddedDataset);
    expect(moved.changes.find((c) => c.kind === TRAVEL)?.after).toMatchObject({ outcome: 'eligible', provider: { code: 'W92000004' } });
  });
});

describe('Wales: NHS dental treatment free under 18, or at 18 in full-time education', () => {
  const DENTAL = 'free-dental-treatment';
  // Born 2007-06-20: 18 on 2025-06-20, 19 on 2026-06-20.
  const born = { dateOfBirth: '2007-06-20' } as const;

  it('confirmed by the Welsh Government’s announcement of 25 March 2024: unknown the day before', () => {
    const child = careLeaver(AREA.powys, AREA.powys, {}, { ...born, category: 'relevant' });
    expect(outcome(child, '2024-03-24', DENTAL)).toBe('unknown');
    expect(entitlement(child, '2024-03-25', DENTAL)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-free-dental-treatment-under-18', provider: { code: 'W92000004' }, endsOn: '2025-06-20' });
  });

  it('at 18 only in full-time education, to the 19th birthday; past it, or not in education, unknown (other grounds are not encoded), never a no', () => {
    const student = careLeaver(AREA.powys, AREA.powys, { inFullTimeEducation: true }, born);
    expect(outcome(student, '2025-06-20', DENTAL)).toBe('eligible');
    expect(outcome(student, '2026-06-19', DENTAL)).toBe('eligible');
    expect(outcome(student, '2026-06-20', DENTAL)).toBe('unknown');
    const workingChild = careLeaver(AREA.powys, AREA.powys, { inFullTimeEducation: false }, { ...born, category: 'relevant' });
    expect(outcome(workingChild, '2025-06-19', DENTAL)).toBe('eligible');
    const working = careLeaver(AREA.powys, AREA.powys, { inFullTimeEducation: false }, born);
    expect(outcome(working, '2025-06-20', DENTAL)).toBe('unknown');
  });

  it('for people living in Wales: an English council’s care leaver of 17 living in Powys gets it; a Powys care leaver living in Leeds is answered by England’s rules', () => {
    const english = careLeaver(AREA.leeds, AREA.powys, {}, { ...born, category: 'relevant' });
    expect(entitlement(english, '2025-01-01', DENTAL)?.decidingOfferId).toBe('wales-free-dental-treatment-under-18');
    const away = careLeaver(AREA.powys, AREA.leeds, {}, { ...born, category: 'relevant' });
    expect(entitlement(away, '2025-01-01', DENTAL)?.decidingOfferId).not.toBe('wales-free-dental-treatment-under-18');
  });
});

describe('Wales: free NHS sight tests for care leavers under 18, or under 19 in full-time education', () => {
  const EYES = 'free-eye-care';
  // Undated pages: in force from the day they were read (5 December 2026). Born 2009-01-20: 18 on 2027-01-20, 19 on 2028-01-20.
  const born = { dateOfBirth: '2009-01-20' } as const;

  it('from the day the pages were read, for a care leaver of 17 living in Wales; unknown the day before', () => {
    const child = careLeaver(AREA.powys, AREA.powys, {}, { ...born, category: 'relevant' });
    expect(outcome(child, '2026-12-04', EYES)).toBe('unknown');
    expect(entitlement(child, '2026-12-05', EYES)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'wales-free-sight-tests-under-18', endsOn: '2027-01-20' });
  });

  it('from 18 only in full-time education, to the 19th birthday; otherwise unknown, never a no', () => {
    const student = careLeaver(AREA.powys, AREA.powys, { inFullTimeEducation: true }, born);
    expect(outcome(student, '2027-01-20', EYES)).toBe('eligible');
    expect(outcome(student, '2028-01-19', EYES)).toBe('eligible');
    expect(outcome(student, '2028-01-20', EYES)).toBe('unknown');
    expect(outcome(careLeaver(AREA.powys, AREA.powys, { inFullTimeEducation: false }, born), '2027-01-20', EYES)).toBe('unknown');
  });
});

describe('Northern Ireland: prescriptions free for everyone', () => {
  // Free since 1 April 2010; Northern Ireland's councils of today (and their codes) begin on 1 April 2015.
  it('for a care leaver of any council living there, from the first day its councils can be asked about', () => {
    const belfast = 'N09000003';
    const resident = careLeaver(AREA.leeds, belfast, {}, { dateOfBirth: '1995-01-01' });
    expect(entitlement(resident, '2015-04-01', RX)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'northern-ireland-free-prescriptions', provider: { code: 'N92000002' } });
    expect(outcome(careLeaver(AREA.leeds, belfast), '2026-11-23', RX)).toBe('eligible');
    // Northern Ireland has domestic rates, not council tax: nothing is encoded for it.
    expect(outcome(careLeaver(AREA.leeds, belfast), '2026-11-23', 'council-tax-exemption')).toBe('unknown');
  });

  it('dental treatment free under 18, or at 18 in full-time education, from the day the undated page was read', () => {
    const belfast = 'N09000003';
    // Born 2008-12-20: 18 on 2026-12-20, 19 on 2027-12-20.
    const child = careLeaver(AREA.leeds, belfast, {}, { dateOfBirth: '2008-12-20', category: 'relevant' });
    expect(outcome(child, '2026-12-04', 'free-dental-treatment')).toBe('unknown');
    expect(entitlement(child, '2026-12-05', 'free-dental-treatment')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'northern-ireland-dental-treatment-under-18', endsOn: '2026-12-20' });
    const student = careLeaver(AREA.leeds, belfast, { inFullTimeEducation: true }, { dateOfBirth: '2008-12-20' });
    expect(outcome(student, '2027-12-19', 'free-dental-treatment')).toBe('eligible');
    expect(outcome(student, '2027-12-20', 'free-dental-treatment')).toBe('unknown');
    expect(outcome(careLeaver(AREA.leeds, belfast, { inFullTimeEducation: false }, { dateOfBirth: '2008-12-20' }), '2026-12-20', 'free-dental-treatment')).toBe('unknown');
  });
});
