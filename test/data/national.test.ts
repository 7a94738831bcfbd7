import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/index.js';
import { AREA, careLeaver, entitlement, outcome } from './helpers.js';
import { isUnencoded } from '../../src/index.js';

// England's baseline. careLeaver() is born 2004-06-15 (21 on 2025-06-15, 25 on 2029-06-15).
describe('England: personal adviser', () => {
  const kentInLeeds = careLeaver(AREA.kent, AREA.leeds);

  it('a former relevant care leaver has one before and after the 21st birthday, on request from 21, until the 25th', () => {
    const at20 = entitlement(kentInLeeds, '2025-06-14', 'personal-adviser');
    // The 21st birthday is a change: from then the adviser is something to ask for.
    expect(at20).toMatchObject({ decidingOfferId: 'england-personal-adviser', provider: { code: AREA.kent, name: 'Kent County Council' }, endsOn: '2025-06-15' });
    expect(at20.reasons.find((r) => r.code === 'ends-on-birthday')?.message).toBe(
      'ends on the 21st birthday, 15 June 2025 (Personal adviser until the 21st birthday); from then provided from Kent County Council (on request, with a needs assessment, until the 25th birthday)',
    );
    const at21 = entitlement(kentInLeeds, '2025-06-15', 'personal-adviser');
    expect(at21).toMatchObject({ decidingOfferId: 'england-personal-adviser-21-to-25', endsOn: '2029-06-15' });
    expect(at21.value).toMatchObject({ type: 'service', detail: expect.stringMatching(/^on request, with a needs assessment/) });
    expect(outcome(kentInLeeds, '2029-06-14', 'personal-adviser')).toBe('eligible');
    expect(outcome(kentInLeeds, '2029-06-15', 'personal-adviser')).toBe('not-eligible');
  });

  it('the duties of the council that looked after them name that council as the provider', () => {
    for (const kind of ['personal-adviser', 'setting-up-home-allowance'] as const) {
      expect(entitlement(kentInLeeds, '2026-11-23', kind).provider?.code, kind).toBe(AREA.kent);
    }
  });

  it('names that council as its own documents do (one name in a table), or as the registry does when it has none', () => {
    // Bolton's own setting up home allowance and the national personal adviser duty: both "Bolton Council".
    const bolton = careLeaver(AREA.bolton, AREA.bolton);
    expect(entitlement(bolton, '2026-11-23', 'personal-adviser').provider).toEqual({ code: AREA.bolton, name: 'Bolton Council' });
    expect(entitlement(bolton, '2026-11-23', 'setting-up-home-allowance').provider).toEqual({ code: AREA.bolton, name: 'Bolton Council' });
    // Hartlepool (E06000001) has no document of its own in the data.
    expect(entitlement(careLeaver('E06000001', AREA.leeds), '2026-11-23', 'personal-adviser').provider).toEqual({ code: 'E06000001', name: 'Hartlepool' });
  });

  it('a qualifying care leaver of 22 is not eligible (England settles the kind)', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.leeds, {}, { category: 'qualifying' }), '2026-11-23', 'personal-adviser')).toBe('not-eligible');
  });
});

describe('England: Staying Put', () => {
  it('with a former foster carer until the 21st birthday', () => {
    const p = careLeaver(AREA.kent, AREA.maidstone, { livingWithFormerFosterCarer: true });
    expect(outcome(p, '2025-06-14', 'staying-put')).toBe('eligible');
    expect(outcome(p, '2025-06-15', 'staying-put')).toBe('not-eligible');
  });

  it('not when living elsewhere, and not before 13 May 2014', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.maidstone, { livingWithFormerFosterCarer: false }), '2023-01-01', 'staying-put')).toBe('not-eligible');
    const older = careLeaver(AREA.kent, AREA.maidstone, { livingWithFormerFosterCarer: true }, { dateOfBirth: '1995-01-01' });
    expect(outcome(older, '2014-05-12', 'staying-put')).toBe('not-eligible');
    expect(outcome(older, '2014-05-13', 'staying-put')).toBe('eligible');
  });
});

describe('England: higher education bursary', () => {
  it('£2,000 for a former relevant care leaver in higher education; not for a qualifying one', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.leeds, { inHigherEducation: true }), '2026-11-23', 'higher-education-bursary');
    expect(e.outcome).toBe('eligible');
    expect(e.value).toMatchObject({ type: 'money', amount: 2000 });
    expect(outcome(careLeaver(AREA.kent, AREA.leeds, { inHigherEducation: true }, { category: 'qualifying' }), '2026-11-23', 'higher-education-bursary')).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.leeds, { inHigherEducation: false }), '2026-11-23', 'higher-education-bursary')).toBe('not-eligible');
  });
});

describe('England: setting up home allowance', () => {
  it('£2,000, then £3,000 from 1 April 2023', () => {
    const p = careLeaver(AREA.kent, AREA.leeds);
    expect(entitlement(p, '2023-03-31', 'setting-up-home-allowance').value).toMatchObject({ amount: 2000 });
    expect(entitlement(p, '2023-04-01', 'setting-up-home-allowance').value).toMatchObject({ amount: 3000 });
  });

  it('is not claimed as settled: past 25 the answer is unknown, not not-eligible', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.leeds), '2029-06-15', 'setting-up-home-allowance')).toBe('unknown');
  });
});

describe('DWP: shared accommodation rate exemption', () => {
  // Born 1998-01-01: 22 on 2020-01-01, 25 on 2023-01-01.
  const p = careLeaver(AREA.kent, AREA.leeds, { noRecourseToPublicFunds: false }, { dateOfBirth: '1998-01-01' });

  it('under 22 until 30 May 2021, under 25 from 31 May 2021', () => {
    expect(outcome(p, '2021-05-30', 'shared-accommodation-rate-exemption')).toBe('not-eligible');
    expect(entitlement(p, '2021-05-31', 'shared-accommodation-rate-exemption')).toMatchObject({
      outcome: 'eligible',
      provider: { code: 'org:dwp' },
    });
    expect(outcome(p, '2022-12-31', 'shared-accommodation-rate-exemption')).toBe('eligible');
    expect(outcome(p, '2023-01-01', 'shared-accommodation-rate-exemption')).toBe('not-eligible');
  });
});

describe('England: prescriptions', () => {
  // Born 2006-01-01: 19 on 2025-01-01 (before the national change for care leavers of December 2025).
  it('free at 16 to 18 in full-time education, not (before December 2025) for being a care leaver', () => {
    const student = careLeaver(AREA.kent, AREA.maidstone, { inFullTimeEducation: true }, { dateOfBirth: '2006-01-01', category: 'former-relevant' });
    expect(outcome(student, '2024-12-31', 'free-prescriptions')).toBe('eligible');
    expect(outcome(student, '2025-01-01', 'free-prescriptions')).not.toBe('eligible');
    const working = careLeaver(AREA.kent, AREA.maidstone, { inFullTimeEducation: false }, { dateOfBirth: '2006-01-01', category: 'former-relevant' });
    expect(outcome(working, '2024-12-31', 'free-prescriptions')).not.toBe('eligible');
  });

  it('free on another national ground (benefits, certificates), care leaver or not', () => {
    const exempt = careLeaver(AREA.kent, AREA.maidstone, { otherwiseExemptFromPrescriptionCharges: true }, { dateOfBirth: '1990-01-01' });
    expect(entitlement(exempt, '2024-01-01', 'free-prescriptions')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-prescriptions-other-exemption' });
  });
});

describe('England: apprenticeship bursary (DfE)', () => {
  const apprentice = careLeaver(AREA.kent, AREA.leeds, { onApprenticeship: true }); // 25 on 2029-06-15
  it('£1,000 once for apprenticeships begun from 1 August 2018, £3,000 from 1 August 2023', () => {
    expect(outcome(apprentice, '2023-07-31', 'apprenticeship-bursary')).toBe('eligible');
    expect(entitlement(apprentice, '2023-07-31', 'apprenticeship-bursary').value).toMatchObject({ amount: 1000, period: 'once' });
    expect(entitlement(apprentice, '2023-08-01', 'apprenticeship-bursary').value).toMatchObject({ amount: 3000, period: 'once' });
  });
  it('under 25, and only on an apprenticeship (England settles the kind)', () => {
    expect(outcome(apprentice, '2029-06-14', 'apprenticeship-bursary')).toBe('eligible');
    expect(outcome(apprentice, '2029-06-15', 'apprenticeship-bursary')).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.leeds, { onApprenticeship: false }), '2026-11-23', 'apprenticeship-bursary')).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.leeds), '2026-11-23', 'apprenticeship-bursary')).toBe('unknown'); // the fact is needed
  });
});

describe('England: priority need for housing', () => {
  const p = careLeaver(AREA.kent, AREA.leeds); // 18 on 2022-06-15, 21 on 2025-06-15
  it('automatic from the 18th birthday until the 21st', () => {
    expect(outcome({ ...p, category: 'relevant' }, '2022-06-14', 'housing-priority-need')).toBe('not-eligible');
    expect(outcome(p, '2022-06-15', 'housing-priority-need')).toBe('eligible');
    expect(outcome(p, '2025-06-14', 'housing-priority-need')).toBe('eligible');
  });
  it('from 21 only if the council finds them vulnerable: unknown until that finding is given, naming it', () => {
    expect(outcome(p, '2025-06-15', 'housing-priority-need')).toBe('unknown');
    expect(entitlement(p, '2025-06-15', 'housing-priority-need').reasons.map((r) => r.code)).toContain('fact-missing');
    const found = (foundVulnerableFromCare: boolean) => ({ ...p, facts: { ...p.facts, foundVulnerableFromCare } });
    expect(outcome(found(true), '2025-06-15', 'housing-priority-need')).toBe('eligible');
    expect(outcome(found(false), '2025-06-15', 'housing-priority-need')).toBe('not-eligible');
    // The day before the 21st birthday the automatic rule still holds, whatever the finding.
    expect(outcome(found(false), '2025-06-14', 'housing-priority-need')).toBe('eligible');
  });
});

describe('England: shared accommodation rate exemption and no recourse to public funds', () => {
  it('does not apply to someone with no recourse to public funds', () => {
    expect(outcome(careLeaver(AREA.kent, AREA.leeds, { noRecourseToPublicFunds: true }), '2026-11-23', 'shared-accommodation-rate-exemption')).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.kent, AREA.leeds, { noRecourseToPublicFunds: false }), '2026-11-23', 'shared-accommodation-rate-exemption')).toBe('eligible');
  });
});

describe('an English council’s care leaver living in Wales or Scotland', () => {
  const inPowys = careLeaver(AREA.kent, AREA.powys, { noRecourseToPublicFunds: false });
  it('keeps the duties of the council that looked after them, and the DWP’s exemption', () => {
    expect(entitlement(inPowys, '2026-11-23', 'personal-adviser')).toMatchObject({ outcome: 'eligible', provider: { code: AREA.kent } });
    expect(outcome(inPowys, '2026-11-23', 'setting-up-home-allowance')).toBe('eligible');
    expect(outcome(inPowys, '2026-11-23', 'shared-accommodation-rate-exemption')).toBe('eligible');
  });
  it('is under Wales’s rules for prescriptions, and England’s housing rule does not answer for Wales', () => {
    expect(entitlement(inPowys, '2026-11-23', 'free-prescriptions').decidingOfferId).toBe('wales-free-prescriptions');
    expect(outcome(inPowys, '2026-11-23', 'housing-priority-need')).toBe('unknown');
  });
});


describe('Care Leaver Covenant: the Civil Service Care Leavers Internship Scheme (DfE)', () => {
  // Born 15 June 2004: 18 on 2022-06-15, 31 on 2035-06-15. Any council's care leaver, anywhere.
  const INTERN = 'internships';
  const inKent = careLeaver(AREA.kent, AREA.maidstone);
  const scheme = (person: Person, on: string) =>
    entitlement(person, on, INTERN).offers.find((o) => o.offerId === 'dfe-civil-service-care-leavers-internship')?.state;

  it('is open from the 18th birthday to the day before the 31st, wherever the care leaver lives', () => {
    expect(scheme({ ...inKent, category: 'relevant' }, '2022-06-14')).not.toBe('eligible');
    expect(scheme(inKent, '2022-06-15')).toBe('eligible');
    expect(scheme(inKent, '2035-06-14')).toBe('eligible');
    expect(scheme(inKent, '2035-06-15')).toBe('not-eligible');
    expect(scheme(careLeaver(AREA.bolton, AREA.powys), '2026-12-02')).toBe('eligible');
  });

  it('is known in force from the 2020 round (7 September 2020), not before', () => {
    const older = careLeaver(AREA.kent, AREA.maidstone, {}, { dateOfBirth: '1998-01-10' });
    expect(scheme(older, '2020-09-06')).toBe('unknown');
    expect(scheme(older, '2020-09-07')).toBe('eligible');
  });

  it('needs the leaving care package: a qualifying care leaver is not eligible', () => {
    expect(scheme({ ...inKent, category: 'qualifying' }, '2026-12-02')).toBe('not-eligible');
  });
});

describe('DHSC: NHS guaranteed interviews and paid NHS internships (announced 23 December 2025)', () => {
  it('are promises: they make no one eligible and settle no one’s answer', () => {
    const inKent = careLeaver(AREA.kent, AREA.maidstone);
    const interview = entitlement(inKent, '2026-12-02', 'guaranteed-interview');
    expect(interview.offers.find((o) => o.offerId === 'dhsc-nhs-guaranteed-interview-care-leavers')?.state).not.toBe('eligible');
    const internship = entitlement(inKent, '2026-12-02', 'internships');
    expect(internship.offers.find((o) => o.offerId === 'dhsc-nhs-paid-internships-pilot')?.state).not.toBe('eligible');
    expect(internship.decidingOfferId).toBe('dfe-civil-service-care-leavers-internship');
  });
});

// SI 2025/706: from 10 July 2025 no local connection test for eligible, relevant and former relevant
// children under 25 joining a council's housing register in England. careLeaver() is 21 on 2025-07-10.
describe('England: no local connection test for the housing register', () => {
  const kentInLeeds = careLeaver(AREA.kent, AREA.leeds);

  it('applies from 10 July 2025, not the day before (then each council’s own rule, not encoded)', () => {
    expect(outcome(kentInLeeds, '2025-07-09', 'housing-register-access')).toBe('unknown');
    const from = entitlement(kentInLeeds, '2025-07-10', 'housing-register-access');
    expect(from).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-housing-register-no-local-connection-test', provider: { code: AREA.england } });
    expect(outcome(kentInLeeds, '2025-07-11', 'housing-register-access')).toBe('eligible');
  });

  it('until the 25th birthday; after it, and for a qualifying care leaver, the council’s own rule decides (unknown)', () => {
    expect(entitlement(kentInLeeds, '2026-11-23', 'housing-register-access').endsOn).toBe('2029-06-15');
    expect(outcome(kentInLeeds, '2029-06-14', 'housing-register-access')).toBe('eligible');
    expect(outcome(kentInLeeds, '2029-06-15', 'housing-register-access')).toBe('unknown');
    expect(outcome(careLeaver(AREA.kent, AREA.leeds, {}, { category: 'qualifying' }), '2026-11-23', 'housing-register-access')).toBe('unknown');
  });

  it('a relevant child of 17 too; and not by this rule for someone living in Wales', () => {
    const seventeen: Person = { ...careLeaver(AREA.kent, AREA.leeds), dateOfBirth: '2009-01-10', category: 'relevant' };
    expect(outcome(seventeen, '2026-11-23', 'housing-register-access')).toBe('eligible');
    const inPowys = entitlement(careLeaver(AREA.kent, AREA.powys), '2026-11-23', 'housing-register-access');
    expect(inPowys.outcome).toBe('unknown');
    // England's rule is for registers in England: it is not even assessed for someone living in Powys.
    expect(inPowys.offers.some((o) => o.offerId === 'england-housing-register-no-local-connection-test')).toBe(false);
  });
});

// Children's Wellbeing and Schools Act 2026, s7: Staying Close support, enacted 29 April 2026 and
// not yet in force (prospective) in the copy read.
describe('England: Staying Close support (enacted, not in force)', () => {
  const kentInLeeds = careLeaver(AREA.kent, AREA.leeds);

  it('answers no one yet: unknown, with the enacted duty named as pending (so not summed up as "nothing encoded")', () => {
    const e = entitlement(kentInLeeds, '2026-12-02', 'staying-close');
    expect(e.outcome).toBe('unknown');
    expect(e.pending.map((o) => o.offerId)).toEqual(['england-staying-close-duty']);
    expect(e.pending[0]!.provider).toMatchObject({ code: AREA.kent });
    expect(isUnencoded(e)).toBe(false);
  });

  it('is not pending for a qualifying care leaver or from the 25th birthday (a duty that does not apply, so not summed up as "nothing encoded")', () => {
    const qualifying = entitlement(careLeaver(AREA.kent, AREA.leeds, {}, { category: 'qualifying' }), '2026-12-02', 'staying-close');
    expect(qualifying.pending).toEqual([]);
    expect(isUnencoded(qualifying)).toBe(false);
    expect(entitlement(kentInLeeds, '2029-06-14', 'staying-close').pending).toHaveLength(1);
    expect(entitlement(kentInLeeds, '2029-06-15', 'staying-close').pending).toEqual([]);
  });

  it('was not there before Royal Assent', () => {
    expect(entitlement(kentInLeeds, '2026-04-28', 'staying-close').pending).toEqual([]);
    expect(entitlement(kentInLeeds, '2026-04-29', 'staying-close').pending).toHaveLength(1);
  });
});

// Children's Wellbeing and Schools Act 2026, s9: no finding of intentional homelessness for a
// relevant child or a former relevant child under 25; enacted, not in force at Royal Assent.
describe('England: not found intentionally homeless (enacted, not in force)', () => {
  it('is pending for a former relevant care leaver under 25 living in England, and answers no one yet', () => {
    const e = entitlement(careLeaver(AREA.kent, AREA.leeds), '2026-12-02', 'no-intentional-homelessness');
    expect(e.outcome).toBe('unknown');
    expect(e.pending.map((o) => o.offerId)).toContain('england-no-intentional-homelessness');
    const pendingOn = (on: string) => entitlement(careLeaver(AREA.kent, AREA.leeds), on, 'no-intentional-homelessness').pending.map((o) => o.offerId);
    expect(pendingOn('2026-04-28')).not.toContain('england-no-intentional-homelessness');
    expect(pendingOn('2026-04-29')).toContain('england-no-intentional-homelessness');
    expect(pendingOn('2029-06-14')).toContain('england-no-intentional-homelessness');
    expect(pendingOn('2029-06-15')).not.toContain('england-no-intentional-homelessness');
    expect(entitlement(careLeaver(AREA.kent, AREA.powys), '2026-12-02', 'no-intentional-homelessness').pending.map((o) => o.offerId)).not.toContain('england-no-intentional-homelessness');
  });
});
