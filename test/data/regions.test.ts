import { describe, expect, it } from 'vitest';
import { dataReport, embeddedDataset, isUnencoded } from '../../src/index.js';
import { AREA, careLeaver, entitlement, outcome } from './helpers.js';

// Scenarios written from the councils' own pages (cited in each document), one region at a time,
// each with a birthday boundary and an effective-date boundary. careLeaver() is born 2004-06-15.
const TAX = 'council-tax-exemption';
const named = { liableForCouncilTax: true, household: 'alone' } as const;
const DONCASTER = 'E08000017';
const BIRMINGHAM = 'E08000025';
const NORWICH = 'E07000148';
const NORFOLK = 'E10000020';

describe('Yorkshire and the Humber: Doncaster (its own care leavers, from 1 April 2018, until 25)', () => {
  const own = careLeaver(DONCASTER, DONCASTER, named, { dateOfBirth: '1996-01-10' });
  it('starts on 1 April 2018', () => {
    expect(outcome(own, '2018-03-31', TAX)).not.toBe('eligible');
    expect(entitlement(own, '2018-04-01', TAX)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'doncaster-council-tax-care-leavers' });
  });
  it('ends on the 25th birthday', () => {
    expect(outcome(own, '2021-01-09', TAX)).toBe('eligible');
    expect(outcome(own, '2021-01-10', TAX)).toBe('not-eligible');
  });
  it('not for another council’s care leaver', () => {
    expect(outcome(careLeaver(AREA.bolton, DONCASTER, named), '2026-11-23', TAX)).toBe('not-eligible');
  });
});

describe('West Midlands: Birmingham (its own care leavers to 21 from April 2017; to 25 confirmed by January 2024)', () => {
  it('from 1 April 2017 to the 21st birthday', () => {
    const own = careLeaver(BIRMINGHAM, BIRMINGHAM, named, { dateOfBirth: '1998-06-01' }); // 21 on 2019-06-01
    expect(outcome(own, '2017-03-31', TAX)).not.toBe('eligible');
    expect(outcome(own, '2017-04-01', TAX)).toBe('eligible');
    expect(outcome(own, '2019-05-31', TAX)).toBe('eligible');
    expect(outcome(own, '2019-06-01', TAX)).not.toBe('eligible');
  });
  it('from 21 to 25 once the page of 31 January 2024 confirms it, unknown the day before', () => {
    const own = careLeaver(BIRMINGHAM, BIRMINGHAM, named, { dateOfBirth: '2001-01-10' }); // 23 in January 2024
    expect(outcome(own, '2024-01-30', TAX)).toBe('unknown');
    expect(outcome(own, '2024-01-31', TAX)).toBe('eligible');
  });
});

describe('East of England: Norwich (Norfolk’s care leavers living alone or with care leavers, from 1 April 2018, until 25)', () => {
  const norfolk = careLeaver(NORFOLK, NORWICH, named, { dateOfBirth: '1996-01-10' });
  it('starts on 1 April 2018 and ends on the 25th birthday', () => {
    expect(outcome(norfolk, '2018-03-31', TAX)).not.toBe('eligible');
    expect(outcome(norfolk, '2018-04-01', TAX)).toBe('eligible');
    expect(outcome(norfolk, '2021-01-09', TAX)).toBe('eligible');
    expect(outcome(norfolk, '2021-01-10', TAX)).not.toBe('eligible');
  });
  it('another council’s care leaver gets unknown: the page does not say', () => {
    expect(outcome(careLeaver(AREA.bolton, NORWICH, named), '2026-11-23', TAX)).toBe('unknown');
  });
});

describe('the data report on the embedded data', () => {
  // Floors: a data change that lowers them fails here (raise them when the data improves). On
  // 2 December 2026 they were lowered once, when offers known only as a promise (agreed, planned,
  // ambition) stopped counting as a rule their council applies (those answers were wrong noes), and
  // Cambridgeshire's guarantor claim, read from its part for 16 and 17 year olds, was withdrawn.
  const report = dataReport(embeddedDataset, { on: '2026-11-23', kinds: [TAX] });
  it('covers England’s 296 billing areas and 153 children’s services authorities', () => {
    expect([report.billingAreas, report.childrensServicesAuthorities, report.otherPairs]).toEqual([296, 153, 296 * 152]);
  });
  // Lowered from 10,700 to 10,650 on 2 December 2026 (night): Harrow's and Kirklees's care leavers
  // living elsewhere were answered "no" where they live, but both councils' own pages promise them
  // help of a kind not stated, so those answers are now unknown.
  // Own floor lowered from 197 to 196 on 3 December 2026: a "no" known only as confirmed by the
  // day its source was read (Hillingdon's directory entry, read on 2 December) no longer reaches
  // back before that day, so on 23 November Hillingdon's answer is unknown.
  // Other floor lowered from 10,650 to 10,390 on 3 December 2026 (evening): Durham's and Tameside's
  // pages do not say whether other councils' care leavers qualify, and they had been encoded as
  // eligible on an assumption; those answers are now unknown (the rule in docs/data.md).
  // Raised to 198 and 10,580 on 4 December 2026 (later): Sutton's reduction page for 2025-26, and
  // Wirral's, Havering's and Reigate and Banstead's own pages, found for leads left by a review.
  it('council tax: known for the own council’s care leaver in at least 198 billing areas, another council’s in at least 10,580 pairs', () => {
    const [tax] = report.kinds;
    expect(tax!.ownKnown).toBeGreaterThanOrEqual(198);
    expect(tax!.otherKnown).toBeGreaterThanOrEqual(10_580);
  });
  it('the local offer: travel, mentors, rent guarantors, deposits, crisis funds, leisure and housing register priority known for the own council’s care leaver in at least as many billing areas as on 2 December 2026', () => {
    const floors = {
      'free-travel': 82,
      // 33 of them London boroughs, through the City of London's Step Up Mentoring (about 150 places);
      // 55 before Cambridgeshire's programme, known only from its launch post of July 2023, became
      // unknown after it (the audit of 3 December 2026); 49 when BCP's, known only from a recruitment
      // item of October 2019, did the same; 44 when Warwickshire's volunteer mentors, known only from
      // the DfE report of November 2020, became unknown after it (the audit of 3 December 2026, evening:
      // Warwickshire's five districts); 43 when Wolverhampton's Grandmentors, known from a press release
      // of November 2023, became unknown after it
      mentor: 43,
      // 39 before Devon's, known only from another council's minute of early 2018, became unknown after it
      // (8 districts); 30 when Walsall's, known only from a news item of September 2021, did the same
      'rent-guarantor': 30,
      'rent-deposit': 31, // 44 before Croydon's (an old undated news item) and Kent's (a report of 2018, 12 districts) became unknown
      'crisis-fund': 47,
      // 66 before Havering's pass, known only from its launch report of August 2021, became unknown after
      // it; 61 when Sunderland's (2018), Oldham's (2019) and Blackpool's (2022), each known from one dated
      // item, did the same and Wolverhampton's, known only from an undated launch item, became unknown
      'leisure-access': 61,
      'housing-register-priority': 26,
    } as const;
    const kinds = Object.keys(floors) as (keyof typeof floors)[];
    const local = dataReport(embeddedDataset, { on: '2026-12-02', kinds });
    expect(local.kinds.map((k) => [k.kind, k.ownKnown >= floors[k.kind as keyof typeof floors]])).toEqual(kinds.map((k) => [k, true]));
  });
  it('at least 99 children’s services authorities have a council tax policy of their own encoded', () => {
    expect(report.councilTaxPolicies.length).toBeGreaterThanOrEqual(102);
    expect(report.councilTaxPoliciesForTheirCareLeavers.length).toBeGreaterThanOrEqual(report.councilTaxPolicies.length);
  });
});

describe('kinds added for real offers: housing register priority and winter fuel', () => {
  const CUMBERLAND = 'E06000063';
  const WESTMORLAND = 'E06000064';

  it('Salford’s own care leaver living in Salford has Band 1 on its register (undated motion: known from the day read)', () => {
    const own = careLeaver(AREA.salford, AREA.salford);
    expect(outcome(own, '2026-12-01', 'housing-register-priority')).toBe('unknown');
    expect(entitlement(own, '2026-12-02', 'housing-register-priority').decidingOfferId).toBe('salford-housing-register-band-1');
    expect(outcome(careLeaver(AREA.bolton, AREA.salford), '2026-12-02', 'housing-register-priority')).not.toBe('eligible');
  });

  it('Bury gives its own care leavers Band 1 until their 21st birthday; from 21 to 25 the sources leave it open', () => {
    // Born 15 June 2004: 21 on 15 June 2025, 25 on 15 June 2029.
    const own = careLeaver(AREA.bury, AREA.bury);
    expect(outcome(own, '2026-12-01', 'housing-register-priority')).toBe('unknown'); // before the day the pages were read
    const before21 = careLeaver(AREA.bury, AREA.bury, {}, { dateOfBirth: '2005-12-03' });
    expect(outcome(before21, '2026-12-01', 'housing-register-priority')).toBe('unknown'); // aged 20, the day before the pages were read
    expect(entitlement(before21, '2026-12-02', 'housing-register-priority')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'bury-housing-register-band-1', endsOn: '2026-12-03' });
    expect(outcome(careLeaver(AREA.bury, AREA.bury, {}, { dateOfBirth: '2005-12-02' }), '2026-12-02', 'housing-register-priority')).toBe('unknown');
    expect(outcome(own, '2029-06-14', 'housing-register-priority')).toBe('unknown');
    expect(outcome(own, '2029-06-15', 'housing-register-priority')).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.bolton, AREA.bury, {}, { dateOfBirth: '2005-12-03' }), '2026-12-02', 'housing-register-priority')).not.toBe('eligible');
  });

  it('Westmorland and Furness raises its own care leavers’ band from 18, and not another council’s', () => {
    const own = careLeaver(WESTMORLAND, WESTMORLAND);
    expect(outcome(own, '2026-12-02', 'housing-register-priority')).toBe('eligible');
    expect(outcome(careLeaver(CUMBERLAND, WESTMORLAND), '2026-12-02', 'housing-register-priority')).not.toBe('eligible');
  });

  it('Cumberland pays its care leavers a winter heating allowance of £30 a month', () => {
    const e = entitlement(careLeaver(CUMBERLAND, CUMBERLAND), '2026-12-02', 'winter-fuel-allowance');
    expect([e.outcome, e.decidingOfferId]).toEqual(['eligible', 'cumberland-winter-heating-allowance']);
    expect(e.value).toMatchObject({ type: 'money', amount: 30, period: 'month' });
  });
});

describe('a council’s stated "no" (status not-offered, from the Care Leaver Offer directory, read 2 December 2026)', () => {
  const THURROCK = 'E06000034';
  const HULL = 'E06000010';
  const HILLINGDON = 'E09000017';
  const adult = { dateOfBirth: '2006-07-01' } as const;

  it('Thurrock does not act as guarantor for its care leavers: not eligible, citing the directory; a deposit it does pay', () => {
    const own = careLeaver(THURROCK, THURROCK, {}, adult);
    const guarantor = entitlement(own, '2026-12-02', 'rent-guarantor');
    expect(guarantor.outcome).toBe('not-eligible');
    expect(guarantor.sources.map((s) => s.url)).toContain('https://www.careleaveroffer.co.uk/organisations/31732-thurrock-council');
    expect(guarantor.offers.map((o) => [o.offerId, o.status, o.confidence])).toContainEqual(['thurrock-rent-guarantor-not-offered', 'not-offered', 'reported']);
    expect(outcome(own, '2026-12-02', 'rent-deposit')).toBe('eligible');
  });

  it('Hull: no guarantor, but Band B on its register for its care leavers living in Hull, until the 25th birthday', () => {
    const own = careLeaver(HULL, HULL, {}, adult);
    expect(outcome(own, '2026-12-02', 'rent-guarantor')).toBe('not-eligible');
    expect(entitlement(own, '2026-12-02', 'housing-register-priority').decidingOfferId).toBe('kingston-upon-hull-housing-register-band-b');
    expect(outcome(own, '2031-06-30', 'housing-register-priority')).toBe('eligible');
    expect(outcome(own, '2031-07-01', 'housing-register-priority')).not.toBe('eligible');
  });

  it('Hull’s council tax help, after a means assessment, is "up to 100%": the council does not say how much it pays', () => {
    const e = entitlement(careLeaver(HULL, HULL, { ...named, passedMeansAssessment: true }, adult), '2026-12-02', TAX);
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'kingston-upon-hull-council-tax-care-leavers' });
    expect(e.value).toMatchObject({ type: 'percentage', percent: 100, upTo: true });
    expect(e.reasons[0]!.message).toContain('up to 100%');
  });

  it('Hillingdon’s own care leaver living in Hillingdon gets no council tax exemption (the entry says it has none)', () => {
    const e = entitlement(careLeaver(HILLINGDON, HILLINGDON, named, adult), '2026-12-02', TAX);
    expect(e.outcome).toBe('not-eligible');
    expect(e.offers.map((o) => o.offerId)).toContain('hillingdon-council-tax-not-offered');
  });
});

describe('help that depends on the tenancy (the tenancy fact)', () => {
  const HULL = 'E06000010';
  const HAMMERSMITH = 'E09000013';
  const adult = { dateOfBirth: '2006-07-01' } as const;

  it('Hull pays the first two weeks’ rent in a council home only; for another home the answer stays unknown (a narrow offer)', () => {
    const on = '2026-12-02';
    expect(outcome(careLeaver(HULL, HULL, { tenancy: 'council' }, adult), on, 'first-rent-paid')).toBe('eligible');
    expect(outcome(careLeaver(HULL, HULL, { tenancy: 'housing-association' }, adult), on, 'first-rent-paid')).toBe('unknown');
    const missing = entitlement(careLeaver(HULL, HULL, {}, adult), on, 'first-rent-paid');
    expect(missing.outcome).toBe('unknown');
    expect(missing.reasons.some((r) => r.code === 'fact-missing' && r.fact === 'tenancy')).toBe(true);
  });

  it('Hammersmith & Fulham fits flooring for a council or housing association home, not a private let', () => {
    const on = '2026-12-02';
    expect(outcome(careLeaver(HAMMERSMITH, HAMMERSMITH, { tenancy: 'housing-association' }, adult), on, 'furniture-package')).toBe('eligible');
    expect(outcome(careLeaver(HAMMERSMITH, HAMMERSMITH, { tenancy: 'private-rented' }, adult), on, 'furniture-package')).not.toBe('eligible');
  });

  it('Manchester’s Household Support Fund top-up is for care leavers with a tenancy of their own, in its window', () => {
    const own = careLeaver(AREA.manchester, AREA.manchester, { tenancy: 'private-rented' }, adult);
    expect(entitlement(own, '2025-06-01', 'crisis-fund')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'manchester-household-support-care-leavers' });
    const without = entitlement(careLeaver(AREA.manchester, AREA.manchester, { tenancy: 'none' }, adult), '2025-06-01', 'crisis-fund');
    expect(without.outcome).toBe('unknown');
    // Manchester has a crisis-fund offer, just not its whole rule: said so, and not listed as "nothing encoded".
    expect(without.reasons.map((r) => r.code)).toContain('whole-rule-not-encoded');
    expect(isUnencoded(without)).toBe(false);
    // A one-off window (partial): the day before it began the answer is unknown, not a no.
    expect(outcome(own, '2024-09-30', 'crisis-fund')).toBe('unknown');
    expect(outcome(own, '2024-10-01', 'crisis-fund')).toBe('eligible');
  });
});

describe('two councils guarantee an interview to any care-experienced applicant (Milton Keynes, Cumberland)', () => {
  const MILTON_KEYNES = 'E06000042';
  const CUMBERLAND = 'E06000063';
  const CROYDON = 'E09000008';
  const adult = { dateOfBirth: '2006-07-01' };

  it('on a tie, the offer of a council concerned decides: a Milton Keynes care leaver is told of Milton Keynes’s own', () => {
    const e = entitlement(careLeaver(MILTON_KEYNES, MILTON_KEYNES, {}, adult), '2026-12-02', 'guaranteed-interview');
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'milton-keynes-guaranteed-interview', provider: { code: MILTON_KEYNES } });
    // So is a Cumberland care leaver living there of Cumberland's. Looked after by Milton Keynes and living in Cumberland, both
    // councils are concerned: the offer in force longest decides (Milton Keynes's, since 2023; Cumberland's is confirmed from 2026).
    expect(entitlement(careLeaver(CUMBERLAND, CUMBERLAND, {}, adult), '2026-12-02', 'guaranteed-interview').decidingOfferId).toBe('cumberland-guaranteed-interview');
    expect(entitlement(careLeaver(MILTON_KEYNES, CUMBERLAND, {}, adult), '2026-12-02', 'guaranteed-interview').decidingOfferId).toBe('milton-keynes-guaranteed-interview');
  });

  it('where neither council is concerned, the offer in force longest decides, so the answer does not change when an equal offer joins (a Croydon care leaver)', () => {
    for (const on of ['2026-11-30', '2026-12-01', '2026-12-02']) {
      expect(entitlement(careLeaver(CROYDON, CROYDON, {}, adult), on, 'guaranteed-interview').decidingOfferId).toBe('milton-keynes-guaranteed-interview');
    }
    // Cumberland's offer, confirmed in force from 1 December 2026, makes no change on that day.
    expect(entitlement(careLeaver(CROYDON, CROYDON, {}, adult), '2026-11-30', 'guaranteed-interview').endsOn).toBeNull();
  });
});

describe('on a tie of value, an offer for everyone it names decides before a partial one', () => {
  it('the Covenant’s Connects decides education, employment and training before John Lewis’s programme (partial), to the 26th birthday', () => {
    const e = entitlement(careLeaver('E08000001', 'E08000001', {}, { dateOfBirth: '2004-06-15' }), '2026-11-23', 'education-employment-training');
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'care-leaver-covenant-connects', endsOn: '2030-06-15' });
    // After the 26th birthday only John Lewis's programme, partial, is left: it decides then.
    const later = entitlement(careLeaver('E08000001', 'E08000001', {}, { dateOfBirth: '2004-06-15' }), '2030-06-15', 'education-employment-training');
    expect(later.decidingOfferId).toMatch(/^john-lewis/);
  });
});
