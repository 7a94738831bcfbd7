import { describe, expect, it } from 'vitest';
import { type Kind, type Person, describeValue } from '../../src/index.js';
import { AREA, careLeaver, entitlement, outcome } from './helpers.js';

// Corrections from the audit of 3 December 2026 (each checked against the stored page it cites),
// on both sides of each date and birthday they move.
const TAX = 'council-tax-exemption';

/** One offer's assessment in a person's answer for a kind on a date. */
const assessed = (person: Person, on: string, kind: Kind, offerId: string) => entitlement(person, on, kind).offers.find((o) => o.offerId === offerId);

describe('corrections from the audit of 3 December 2026', () => {
  it('Luton funds driving lessons from the 17th birthday (its page: 17 to 25), not only from 18', () => {
    const p = careLeaver(AREA.luton, AREA.luton, {}, { dateOfBirth: '2009-12-10', category: 'relevant' });
    expect(outcome(p, '2026-12-09', 'driving-lessons')).toBe('not-eligible'); // 16
    expect(outcome(p, '2026-12-10', 'driving-lessons')).toBe('eligible'); // 17th birthday
    expect(outcome(p, '2026-12-11', 'driving-lessons')).toBe('eligible');
  });

  it('Luton funds hobbies and interests from the 16th birthday (its page: 16 to 25)', () => {
    const p = careLeaver(AREA.luton, AREA.luton, {}, { dateOfBirth: '2010-12-10', category: 'relevant' });
    const hobbies = (on: string) => assessed(p, on, 'leisure-access', 'luton-hobbies-interests-funding')?.state;
    expect(() => hobbies('2026-12-09')).toThrow(/under 16/); // 15: no care leaver yet, so not asked
    expect(hobbies('2026-12-10')).toBe('eligible'); // 16th birthday
    expect(hobbies('2026-12-11')).toBe('eligible');
  });

  it('Cambridgeshire’s mentoring programme is a limited scheme known only from its launch post of 31 July 2023: unknown from the next day', () => {
    const p = careLeaver(AREA.cambridgeshire, AREA.cambridge);
    const mentoring = (on: string) => assessed(p, on, 'mentor', 'cambridgeshire-care-leavers-mentoring');
    expect(mentoring('2023-07-31')?.state).toBe('eligible');
    expect(mentoring('2023-07-31')?.partial).toBe(true);
    expect(mentoring('2023-08-01')?.state).toBe('unknown');
    expect(outcome(p, '2026-12-03', 'mentor')).toBe('unknown');
  });

  it('Warwickshire paid council tax from 18 to 25 after the Cabinet decision of 14 May 2020; from November 2025 the years from 21 are unknown', () => {
    const at22 = careLeaver(AREA.warwickshire, AREA.warwick, { liableForCouncilTax: true }, { dateOfBirth: '1998-01-10' });
    expect(outcome(at22, '2020-05-13', TAX)).toBe('unknown');
    expect(outcome(at22, '2020-05-14', TAX)).toBe('eligible');
    expect(outcome(at22, '2020-05-15', TAX)).toBe('eligible');
    const at26 = careLeaver(AREA.warwickshire, AREA.warwick, {}, { dateOfBirth: '2001-01-10' });
    expect(outcome(at26, '2025-11-27', TAX)).toBe('eligible'); // 24
    expect(outcome(at26, '2025-11-28', TAX)).toBe('unknown');
    const at19 = careLeaver(AREA.warwickshire, AREA.warwick, {}, { dateOfBirth: '2001-01-10' });
    expect(outcome(at19, '2020-05-14', TAX)).toBe('eligible');
    expect(entitlement(at19, '2020-05-14', TAX).endsOn).toBe('2022-01-10'); // the 21st birthday: then the payment from 21 to 25
    expect(entitlement(at19, '2022-01-10', TAX).decidingOfferId).toBe('warwickshire-council-tax-care-leavers-21-to-25');
    expect(entitlement(at19, '2022-01-10', TAX).endsOn).toBe('2025-11-28');
  });

  it('Ashfield’s own page gives a discount of up to 100%, known in force by the report of 22 April 2019', () => {
    const p = careLeaver(AREA.nottinghamshire, AREA.ashfield, {}, { dateOfBirth: '2000-01-10' });
    expect(outcome(p, '2019-04-21', TAX)).toBe('unknown');
    expect(describeValue(entitlement(p, '2019-04-22', TAX).value)).toBe('up to 100%');
    expect(describeValue(entitlement(p, '2024-12-03', TAX).value)).toBe('up to 100%');
  });

  it('where the council says "up to 100%" without saying when less is given, the answer says "up to 100%" (Herefordshire, Rushcliffe)', () => {
    expect(describeValue(entitlement(careLeaver(AREA.herefordshire, AREA.herefordshire), '2026-12-03', TAX).value)).toBe('up to 100%');
    const rushcliffe = careLeaver(AREA.nottinghamshire, AREA.rushcliffe, { liableForCouncilTax: true }, { dateOfBirth: '1999-01-10' });
    expect(describeValue(entitlement(rushcliffe, '2018-04-01', TAX).value)).toBe('up to 100%'); // 19, the scheme's first day
    expect(describeValue(entitlement(rushcliffe, '2020-06-01', TAX).value)).toBe('up to 100%'); // 21, under the extension to 25
  });
});

describe('national corrections from the audit of 3 December 2026', () => {
  const ENGLAND_PERSON = { dateOfBirth: '1996-01-10' } as const; // 22 on 1 April 2018
  it('a personal adviser to 25 from 1 April 2018, when section 3 of the 2017 Act came into force', () => {
    const p = careLeaver(AREA.bolton, AREA.bolton, {}, ENGLAND_PERSON);
    expect(outcome(p, '2018-03-31', 'personal-adviser')).toBe('not-eligible');
    expect(outcome(p, '2018-04-01', 'personal-adviser')).toBe('eligible');
    expect(outcome(p, '2018-04-02', 'personal-adviser')).toBe('eligible');
  });

  it('priority need for housing at 18 to 20: a qualifying care leaver is unknown (were they looked after at 16 or 17?), not refused', () => {
    const qualifying = careLeaver(AREA.bolton, AREA.bolton, {}, { dateOfBirth: '2006-06-15', category: 'qualifying' });
    expect(outcome(qualifying, '2026-12-03', 'housing-priority-need')).toBe('unknown');
    const formerRelevant = careLeaver(AREA.bolton, AREA.bolton, {}, { dateOfBirth: '2006-06-15' });
    expect(outcome(formerRelevant, '2026-12-03', 'housing-priority-need')).toBe('eligible');
    expect(outcome(qualifying, '2027-06-15', 'housing-priority-need')).not.toBe('eligible'); // 21
  });

  it('the shared accommodation rate exemption to 25 rests on the DWP’s own press release (confirmed), from Monday 31 May 2021', () => {
    const p = careLeaver(AREA.bolton, AREA.bolton, { noRecourseToPublicFunds: false }, { dateOfBirth: '1998-01-10' });
    const e = (on: string) => entitlement(p, on, 'shared-accommodation-rate-exemption');
    expect(e('2021-05-30').outcome).toBe('not-eligible'); // 23, after the old limit of 22
    expect(e('2021-05-31').outcome).toBe('eligible');
    expect(e('2021-05-31').offers.find((o) => o.offerId === 'england-shared-accommodation-rate-exemption')?.confidence).toBe('confirmed');
  });
});

describe('Lincolnshire’s own page: its care leavers living in the county pay no council tax until 25', () => {
  const OFFER = 'lincolnshire-council-tax-care-leavers-in-lincolnshire';
  it('known from the day the page was first read (2 December 2026), at reported confidence', () => {
    const p = careLeaver(AREA.lincolnshire, AREA.westLindsey, { liableForCouncilTax: true }, { dateOfBirth: '2003-06-15' });
    expect(outcome(p, '2026-12-01', TAX)).toBe('unknown');
    const e = entitlement(p, '2026-12-02', TAX);
    expect([e.outcome, e.decidingOfferId]).toEqual(['eligible', OFFER]);
    expect(e.offers.find((o) => o.offerId === OFFER)?.confidence).toBe('reported');
  });
  it('reaches 21 to 24-year-olds in Lincoln, whose own older scheme ends earlier; ends on the 25th birthday', () => {
    const p = careLeaver(AREA.lincolnshire, AREA.lincoln, { liableForCouncilTax: true }, { dateOfBirth: '2002-12-10' });
    expect(entitlement(p, '2026-12-03', TAX).decidingOfferId).toBe(OFFER); // 23
    const state = (on: string) => assessed(p, on, TAX, OFFER)?.state;
    expect(state('2027-12-09')).toBe('eligible');
    expect(state('2027-12-10')).toBe('not-eligible'); // the 25th birthday
  });
  it('is not for another council’s care leaver living in Lincolnshire', () => {
    const p = careLeaver(AREA.bolton, AREA.westLindsey, { liableForCouncilTax: true }, { dateOfBirth: '2003-06-15' });
    expect(assessed(p, '2026-12-03', TAX, OFFER)?.state).not.toBe('eligible');
  });
});

describe('South East and East of England corrections from the audit of 3 December 2026', () => {
  it('Surrey’s 75% is for a care leaver living alone; on a shared bill the county pays its part of their share only', () => {
    const alone = careLeaver(AREA.surrey, AREA.leeds, { household: 'alone', liableForCouncilTax: true });
    expect(describeValue(entitlement(alone, '2026-12-03', TAX).value)).toBe('75%');
    const sharing = careLeaver(AREA.surrey, AREA.leeds, { household: 'with-others', liableForCouncilTax: true });
    expect(outcome(sharing, '2026-12-03', TAX)).toBe('unknown');
    const inGuildford = careLeaver(AREA.surrey, AREA.guildford, { household: 'with-others', liableForCouncilTax: true });
    expect(describeValue(entitlement(inGuildford, '2026-12-03', TAX).value)).not.toBe('75%');
  });
  it('Waverley’s discount is for relevant and former relevant care leavers (its definition), not qualifying ones', () => {
    const facts = { household: 'alone', liableForCouncilTax: true } as const;
    const state = (category: 'former-relevant' | 'qualifying') =>
      assessed(careLeaver(AREA.surrey, AREA.waverley, facts, { category }), '2026-12-03', TAX, 'waverley-council-tax-care-leavers')?.state;
    expect(state('former-relevant')).toBe('eligible');
    expect(state('qualifying')).toBe('not-eligible');
  });
  it('Thurrock’s exemption to 21 is confirmed by its freedom of information answer of 25 July 2023, which also says it is only for its own care leavers', () => {
    const own = careLeaver(AREA.thurrock, AREA.thurrock, {}, { dateOfBirth: '2004-01-10' });
    expect(outcome(own, '2023-07-24', TAX)).toBe('unknown');
    expect(outcome(own, '2023-07-25', TAX)).toBe('eligible');
    const other = careLeaver(AREA.bolton, AREA.thurrock, {}, { dateOfBirth: '2004-01-10' });
    const refusal = (on: string) => assessed(other, on, TAX, 'thurrock-council-tax-other-councils-care-leavers-not-offered')?.state;
    expect(refusal('2023-07-24')).toBe('unknown');
    expect(refusal('2023-07-25')).toBe('not-eligible');
  });
  it('Staffordshire’s payment of council tax to 21 is confirmed by its own money page', () => {
    const p = careLeaver(AREA.staffordshire, AREA.stafford, {}, { dateOfBirth: '2006-01-10' });
    const e = entitlement(p, '2026-12-03', TAX);
    expect(e.offers.find((o) => o.offerId === 'staffordshire-council-tax-care-leavers')?.confidence).toBe('confirmed');
    expect(e.outcome).toBe('eligible');
  });
});

describe('dated schemes from the audit of 3 December 2026: known while their sources say they ran', () => {
  const stateOf = (responsible: string, residence: string, on: string, kind: Parameters<typeof entitlement>[2], offerId: string, more = {}) =>
    assessed(careLeaver(responsible, residence, {}, { dateOfBirth: '2000-01-10', ...more }), on, kind, offerId);
  it('Kent’s rent guarantor pilot: running by 11 March 2019 (partial), unknown from the next day', () => {
    expect(stateOf(AREA.kent, AREA.maidstone, '2018-05-31', 'rent-guarantor', 'kent-rent-guarantor-pilot')?.state).toBe('not-applicable');
    expect(stateOf(AREA.kent, AREA.maidstone, '2019-03-11', 'rent-guarantor', 'kent-rent-guarantor-pilot')?.state).toBe('eligible');
    expect(stateOf(AREA.kent, AREA.maidstone, '2019-03-11', 'rent-guarantor', 'kent-rent-guarantor-pilot')?.partial).toBe(true);
    expect(stateOf(AREA.kent, AREA.maidstone, '2019-03-12', 'rent-guarantor', 'kent-rent-guarantor-pilot')?.state).toBe('unknown');
  });
  it('Milton Keynes’s £70,000 deposit fund: launched in Care Leavers Week 2021, in force by 27 October, unknown after', () => {
    expect(stateOf(AREA.miltonKeynes, AREA.miltonKeynes, '2021-10-24', 'rent-deposit', 'milton-keynes-rent-deposit')?.state).toBe('not-applicable');
    expect(stateOf(AREA.miltonKeynes, AREA.miltonKeynes, '2021-10-27', 'rent-deposit', 'milton-keynes-rent-deposit')?.state).toBe('eligible');
    expect(stateOf(AREA.miltonKeynes, AREA.miltonKeynes, '2021-10-28', 'rent-deposit', 'milton-keynes-rent-deposit')?.state).toBe('unknown');
  });
  it('Southampton’s reduction of 2019: in force, up to 100% case by case, for relevant and former relevant care leavers', () => {
    const p = careLeaver(AREA.bolton, AREA.southampton, {}, { dateOfBirth: '1998-01-10' });
    const e = entitlement(p, '2019-04-01', TAX);
    expect(e.outcome).toBe('eligible');
    expect(describeValue(e.value)).toBe('up to 100%');
    const qualifying = careLeaver(AREA.bolton, AREA.southampton, {}, { dateOfBirth: '1998-01-10', category: 'qualifying' });
    expect(assessed(qualifying, '2019-04-01', TAX, 'southampton-council-tax-care-leavers')?.state).toBe('not-eligible');
  });
});

describe('Wolverhampton’s Swift travel card pilot', () => {
  it('is known running from the care leavers’ workshops of 10 August 2019 to the DfE report of 11 November 2020, unknown after', () => {
    const pilot = (on: string) =>
      assessed(careLeaver(AREA.wolverhampton, AREA.wolverhampton, {}, { dateOfBirth: '2000-01-10' }), on, 'free-travel', 'wolverhampton-swift-travel-card-pilot')?.state;
    expect(pilot('2019-08-10')).toBe('eligible');
    expect(pilot('2020-11-11')).toBe('eligible');
    expect(pilot('2020-11-12')).toBe('unknown');
  });
});

describe('Hertfordshire’s council tax payment to 21', () => {
  it('was proposed in January 2024 for April; its start is not stated, so it is known from the day its page was read, not before April 2024', () => {
    const state = (on: string) =>
      assessed(careLeaver(AREA.hertfordshire, AREA.leeds, {}, { dateOfBirth: '2005-01-10' }), on, TAX, 'hertfordshire-council-tax-care-leavers')?.state;
    expect(state('2024-01-14')).toBe('not-applicable');
    expect(state('2024-01-15')).toBe('not-eligible'); // planned, not in force
    expect(state('2024-04-01')).toBe('unknown');
    expect(state('2025-12-01')).toBe('unknown');
    expect(state('2025-12-31')).toBe('unknown');
    expect(state('2026-01-09')).toBe('unknown'); // 20
    expect(state('2026-01-10')).toBe('not-eligible'); // 21, whichever version applies
    const younger = (on: string) =>
      assessed(careLeaver(AREA.hertfordshire, AREA.leeds, {}, { dateOfBirth: '2006-01-10' }), on, TAX, 'hertfordshire-council-tax-care-leavers')?.state;
    expect(younger('2026-11-22')).toBe('unknown');
    expect(younger('2026-11-23')).toBe('eligible');
  });
});

describe('"up to" amounts from the councils’ own words (audit of 3 December 2026)', () => {
  it('Brighton & Hove’s care leaver relief pays up to 100% to 25, known from its budget news of 2024', () => {
    const p = careLeaver(AREA.brighton, AREA.brighton, {}, { dateOfBirth: '2002-01-10' });
    expect(outcome(p, '2024-03-31', TAX)).toBe('unknown');
    expect(describeValue(entitlement(p, '2024-04-01', TAX).value)).toBe('up to 100%');
    expect(describeValue(entitlement(p, '2026-12-03', TAX).value)).toBe('up to 100%');
  });
  it('Kent’s 16+ Travel Saver for care leavers saves up to 50% (KCC’s own words), in the 2024-25 school year', () => {
    const p = careLeaver(AREA.kent, AREA.maidstone, { inFullTimeEducation: true }, { dateOfBirth: '2005-01-10' });
    const e = entitlement(p, '2024-06-10', 'free-travel');
    expect(describeValue(e.offers.find((o) => o.offerId === 'kent-16-plus-travel-saver-care-leavers')!.value)).toBe('up to 50%');
  });
});

describe('Walsall’s exemption', () => {
  it('is known in force from the council’s Care Leavers Week news of October 2022', () => {
    const p = careLeaver(AREA.walsall, AREA.walsall, { liableForCouncilTax: true }, { dateOfBirth: '2001-01-10' });
    expect(outcome(p, '2022-10-30', TAX)).toBe('unknown');
    expect(outcome(p, '2022-10-31', TAX)).toBe('eligible');
    expect(outcome(p, '2026-01-10', TAX)).not.toBe('eligible'); // 25
  });
});

describe('Coventry’s corporate parenting strategy', () => {
  it('promises its care leavers living in Coventry are not found intentionally homeless while they work with the council (from the day it was read)', () => {
    const p = careLeaver(AREA.coventry, AREA.coventry);
    expect(outcome(p, '2026-11-22', 'no-intentional-homelessness')).toBe('unknown');
    const e = entitlement(p, '2026-11-23', 'no-intentional-homelessness');
    expect([e.outcome, e.decidingOfferId]).toEqual(['eligible', 'coventry-no-intentional-homelessness']);
    expect(outcome(careLeaver(AREA.coventry, AREA.birmingham), '2026-11-23', 'no-intentional-homelessness')).toBe('unknown'); // living in Birmingham
  });
});

describe('Stoke-on-Trent’s housing register', () => {
  it('gives its care leavers living in the city the highest priority, known from the day its page was read (3 December 2026)', () => {
    const p = careLeaver(AREA.stoke, AREA.stoke);
    expect(outcome(p, '2026-12-02', 'housing-register-priority')).toBe('unknown');
    expect(entitlement(p, '2026-12-03', 'housing-register-priority').decidingOfferId).toBe('stoke-on-trent-housing-register-highest-priority');
  });
});

describe('the second check of 3 December 2026 (London, the North, the South West)', () => {
  const offer = (responsible: string, residence: string, on: string, kind: Parameters<typeof entitlement>[2], id: string, facts = {}, more = {}) =>
    assessed(careLeaver(responsible, residence, facts, more), on, kind, id);
  it('"up to" where the council gives only a maximum: Newcastle, AREA.bcp (100% to 23, 50% at 24), South Hams, Tameside', () => {
    expect(describeValue(offer(AREA.newcastle, AREA.newcastle, '2026-12-03', TAX, 'newcastle-upon-tyne-council-tax-care-leavers', { household: 'alone', liableForCouncilTax: true })!.value)).toBe('up to 100%');
    expect(describeValue(offer(AREA.bcp, AREA.bcp, '2026-12-03', TAX, 'bournemouth-christchurch-and-poole-council-tax-care-leavers', { household: 'alone', liableForCouncilTax: true })!.value)).toBe('up to 100%');
    expect(describeValue(offer(AREA.devon, AREA.southHams, '2026-12-03', TAX, 'south-hams-council-tax-care-leavers')!.value)).toBe('up to 100%');
    expect(describeValue(offer(AREA.tameside, AREA.tameside, '2026-12-03', TAX, 'tameside-council-tax-discount', { liableForCouncilTax: true })!.value)).toBe('up to 100%');
  });
  it('limited schemes are partial: Cumbria’s Brighter Futures mentoring (80 places), Barnsley’s ring-fenced apprenticeships (10 at a time)', () => {
    expect(offer(AREA.cumberland, AREA.cumberland, '2026-12-03', 'mentor', 'cumberland-brighter-futures-mentoring')?.partial).toBe(true);
    expect(offer(AREA.barnsley, AREA.barnsley, '2026-12-03', 'apprenticeships', 'barnsley-ring-fenced-apprenticeships')?.partial).toBe(true);
  });
  it('schemes known from one dated item are unknown the day after it: Havering’s leisure pass (3 August 2021), Barnet’s Driving Ahead (7 June 2024), AREA.bcp’s mentoring (25 October 2019)', () => {
    expect(offer(AREA.havering, AREA.havering, '2021-08-03', 'leisure-access', 'havering-leisure-pass', {}, { dateOfBirth: '2000-01-10' })?.state).toBe('eligible');
    expect(offer(AREA.havering, AREA.havering, '2021-08-04', 'leisure-access', 'havering-leisure-pass', {}, { dateOfBirth: '2000-01-10' })?.state).toBe('unknown');
    expect(offer(AREA.barnet, AREA.barnet, '2024-06-07', 'driving-lessons', 'barnet-driving-ahead')?.state).toBe('eligible');
    expect(offer(AREA.barnet, AREA.barnet, '2024-06-08', 'driving-lessons', 'barnet-driving-ahead')?.state).toBe('unknown');
    expect(offer(AREA.bcp, AREA.bcp, '2019-10-25', 'mentor', 'bournemouth-christchurch-and-poole-care-leaver-mentoring', {}, { dateOfBirth: '2000-01-10' })?.state).toBe('eligible');
    expect(offer(AREA.bcp, AREA.bcp, '2019-10-26', 'mentor', 'bournemouth-christchurch-and-poole-care-leaver-mentoring', {}, { dateOfBirth: '2000-01-10' })?.state).toBe('unknown');
  });
  it('Rochdale’s exemption is confirmed by the council’s own policy page of April 2024', () => {
    expect(offer(AREA.rochdale, AREA.rochdale, '2026-12-03', TAX, 'rochdale-council-tax-exemption')?.confidence).toBe('confirmed');
  });
});

describe('dates found on the pages (second check)', () => {
  it('TfL’s half-price photocard for London care leavers opened for applications on 21 February 2024', () => {
    const card = (on: string) =>
      assessed(careLeaver(AREA.camden, AREA.camden, {}, { dateOfBirth: '2002-01-10' }), on, 'free-travel', 'tfl-care-leaver-oyster-photocard')?.state;
    expect(card('2024-02-20')).toBe('not-applicable');
    expect(card('2024-02-21')).toBe('eligible');
  });
  it('Devon pays the council tax of its care leavers living outside the county, known from West Devon’s news of 3 October 2023', () => {
    const state = (on: string) =>
      assessed(careLeaver(AREA.devon, AREA.leeds, {}, { dateOfBirth: '2002-01-10' }), on, TAX, 'devon-council-tax-care-leavers-out-of-county')?.state;
    expect(state('2023-10-02')).toBe('unknown');
    expect(state('2023-10-03')).toBe('eligible');
  });
});

describe('Westminster’s relief', () => {
  it('is known again from the decision of 6 March 2024, which says care leavers then got 100% relief automatically', () => {
    const p = careLeaver(AREA.westminster, AREA.westminster, {}, { dateOfBirth: '2003-01-10' });
    expect(outcome(p, '2021-04-01', TAX)).toBe('unknown');
    expect(outcome(p, '2024-03-05', TAX)).toBe('unknown');
    expect(outcome(p, '2024-03-06', TAX)).toBe('eligible');
  });
});

describe('Devon’s rent guarantee', () => {
  it('is known from another council’s minute of early 2018 only: in force by 1 June 2018, unknown from the next day', () => {
    const state = (on: string) =>
      assessed(careLeaver(AREA.devon, AREA.exeter, {}, { dateOfBirth: '1998-01-10' }), on, 'rent-guarantor', 'devon-rent-guarantor')?.state;
    expect(state('2018-06-01')).toBe('eligible');
    expect(state('2018-06-02')).toBe('unknown');
  });
});

describe('Warrington’s free bus travel', () => {
  it('was announced on 7 March 2024 for April; no source says it began, so from April 2024 it is unknown', () => {
    const state = (on: string) =>
      assessed(careLeaver(AREA.bolton, AREA.warrington, {}, { dateOfBirth: '2002-01-10' }), on, 'free-travel', 'warrington-care-leavers-free-bus-travel')?.state;
    expect(state('2024-03-06')).toBe('not-applicable');
    expect(state('2024-03-07')).toBe('not-eligible'); // agreed, not in force
    expect(state('2024-04-01')).toBe('unknown');
  });
});

describe('Kent’s rent deposit', () => {
  it('is known from a report of spring 2018 only: in force by 1 June 2018, unknown from the next day', () => {
    const p = careLeaver(AREA.kent, AREA.maidstone, {}, { dateOfBirth: '1998-01-10' });
    expect(assessed(p, '2018-06-01', 'rent-deposit', 'kent-rent-deposit')?.state).toBe('eligible');
    expect(assessed(p, '2018-06-02', 'rent-deposit', 'kent-rent-deposit')?.state).toBe('unknown');
  });
});

describe('Bolton: other councils\u2019 care leavers under reciprocal agreements (a regional analyst review)', () => {
  // Bolton's page: other councils' care leavers qualify only under reciprocal agreements with some
  // neighbouring councils, which it does not name.
  const facts = { liableForCouncilTax: true, livingWithFormerFosterCarer: false };
  it('leaves a neighbouring council\u2019s care leaver living in Bolton unknown, naming the record', () => {
    const e = entitlement(careLeaver('E06000008', AREA.bolton, facts), '2026-12-03', 'council-tax-exemption'); // Blackburn with Darwen
    expect(e.outcome).toBe('unknown');
    expect(e.offers.find((o) => o.offerId === 'bolton-council-tax-reciprocal-agreements')?.state).toBe('unknown');
  });
  it('does not concern a care leaver of a council that does not border Bolton', () => {
    const e = entitlement(careLeaver('E08000034', AREA.bolton, facts), '2026-12-03', 'council-tax-exemption'); // Kirklees
    expect(e.offers.find((o) => o.offerId === 'bolton-council-tax-reciprocal-agreements')?.state).not.toBe('unknown');
  });
});

describe('the review of 4 December 2026', () => {
  it('Brent’s rent deposit scheme names no age and no place: a Brent care leaver renting outside London is not left out by the TfL card’s limits', () => {
    const BRENT = 'E09000005';
    const deposit = assessed(careLeaver(BRENT, AREA.leeds, {}, { dateOfBirth: '1999-06-15' }), '2026-12-04', 'rent-deposit', 'brent-rent-deposit')!;
    expect(deposit.reasons.map((r) => r.code)).not.toContain('residence-outside');
    expect(deposit.reasons.map((r) => r.code)).not.toContain('age-limit-passed');
    expect(deposit.reasons.map((r) => r.code)).toContain('status-not-in-force'); // agreed, not yet known to have started
  });
});

describe('the leads checked on 4 December 2026, later', () => {
  const REIGATE = 'E07000211';
  const SUTTON = 'E09000029';
  const WIRRAL = 'E08000015';
  const HALTON = 'E06000006';
  const STOCKTON = 'E06000004';

  it('Reigate and Banstead (its notes to the 2022/23 bills): from 1 April 2020, nothing to pay alone or only with care leavers, half with others, to the 25th birthday', () => {
    const alone = careLeaver(AREA.surrey, REIGATE, { household: 'alone' }, { dateOfBirth: '2000-06-15' });
    expect(outcome(alone, '2020-03-31', TAX)).toBe('not-eligible'); // the scheme began on 1 April 2020
    expect(describeValue(entitlement(alone, '2020-04-01', TAX).value)).toBe('100%');
    expect(describeValue(entitlement({ ...alone, facts: { household: 'only-care-leavers' } }, '2020-04-01', TAX).value)).toBe('100%');
    expect(describeValue(entitlement({ ...alone, facts: { household: 'with-others' } }, '2020-04-01', TAX).value)).toBe('50%');
    expect(outcome(alone, '2025-06-14', TAX)).toBe('eligible'); // 24
    expect(outcome(alone, '2025-06-15', TAX)).toBe('not-eligible'); // the 25th birthday
    // Another council's care leaver living there: the notes do not say.
    expect(outcome(careLeaver(AREA.leeds, REIGATE, { household: 'alone' }, { dateOfBirth: '2004-06-15' }), '2026-12-04', TAX)).toBe('unknown');
  });

  it('Sutton: before 2025-26 its own care leavers under 25 had the top band only where no one works (partial); from 2025-26 the charge is reduced to zero', () => {
    const p = careLeaver(SUTTON, SUTTON, { passedMeansAssessment: true }, { dateOfBirth: '2002-06-15' });
    const before = entitlement(p, '2025-03-31', TAX);
    expect(before.outcome).toBe('eligible');
    expect(before.decidingOfferId).toBe('sutton-council-tax-care-leavers-not-working');
    expect(before.reasons.map((r) => r.code)).toContain('offer-is-partial');
    const after = entitlement(p, '2025-04-01', TAX);
    expect(after.decidingOfferId).toBe('sutton-council-tax-care-leavers');
    expect(after.reasons.map((r) => r.code)).not.toContain('offer-is-partial');
    expect(outcome(p, '2027-06-14', TAX)).toBe('eligible'); // 24
    expect(outcome(p, '2027-06-15', TAX)).toBe('not-eligible'); // the 25th birthday
    // Savings over the limit: Sutton's own offer does not apply (the answer stays unknown, as the
    // offer for other councils' care leavers, whose terms are not known, names every English council).
    expect(assessed({ ...p, facts: { passedMeansAssessment: false } }, '2026-12-04', TAX, 'sutton-council-tax-care-leavers')?.state).toBe('not-eligible');
    expect(outcome(careLeaver(AREA.leeds, SUTTON, { passedMeansAssessment: true }), '2026-12-04', TAX)).toBe('unknown');
  });

  it('Havering’s Council Tax Support takes up to the whole bill for its care leavers under 25, by the 2021/22 booklet', () => {
    const p = careLeaver(AREA.havering, AREA.havering, { passedMeansAssessment: true }, { dateOfBirth: '2000-06-15' });
    expect(outcome(p, '2021-03-31', TAX)).toBe('unknown');
    expect(describeValue(entitlement(p, '2021-04-01', TAX).value)).toBe('up to 100%');
    expect(outcome(p, '2025-06-15', TAX)).toBe('not-eligible'); // the 25th birthday
  });

  it('Wirral’s resolutions: the care leavers’ discount brought the bill to nothing in 2021/22 and after, to the 25th birthday', () => {
    const p = careLeaver(WIRRAL, WIRRAL, {}, { dateOfBirth: '2000-06-15' });
    expect(outcome(p, '2021-03-31', TAX)).toBe('unknown');
    const answer = entitlement(p, '2021-04-01', TAX);
    expect(answer.offers.find((o) => o.offerId === answer.decidingOfferId)?.confidence).toBe('confirmed');
    expect(answer.endsOn).toBe('2025-06-15');
  });

  it('Halton’s exemption is confirmed by the council’s own release', () => {
    const answer = entitlement(careLeaver(HALTON, HALTON), '2026-12-04', TAX);
    expect(answer.outcome).toBe('eligible');
    expect(answer.offers.find((o) => o.offerId === answer.decidingOfferId)?.confidence).toBe('confirmed');
  });

  it('Stockton’s guarantor pilot and guaranteed interviews were agreed by the Cabinet on 18 July 2024; neither answers anyone yet', () => {
    const p = careLeaver(STOCKTON, STOCKTON);
    expect(assessed(p, '2024-07-17', 'rent-guarantor', 'stockton-on-tees-rent-guarantor-pilot')?.status).toBe(null);
    expect(assessed(p, '2024-07-18', 'rent-guarantor', 'stockton-on-tees-rent-guarantor-pilot')?.status).toBe('agreed');
    expect(assessed(p, '2026-12-04', 'guaranteed-interview', 'stockton-on-tees-guaranteed-interview')?.status).toBe('agreed');
    expect(entitlement(p, '2026-12-04', 'guaranteed-interview').pending.map((o) => o.offerId)).toContain('stockton-on-tees-guaranteed-interview');
  });

  it('North Somerset’s Junction 21 mentors ("aged 10 to 21") are read to the 21st birthday', () => {
    const p = careLeaver(AREA.northSomerset, AREA.northSomerset, {}, { dateOfBirth: '2005-12-04' });
    const mentor = (on: string) => assessed(p, on, 'mentor', 'north-somerset-junction-21-mentoring')?.state;
    expect(mentor('2026-12-03')).toBe('eligible'); // 20
    expect(mentor('2026-12-04')).toBe('not-eligible'); // the 21st birthday
  });
});

describe('offers for other councils’ care leavers leave the council’s own out (except)', () => {
  it('a Sutton care leaver over the savings limit is not eligible: the lead about other councils’ care leavers no longer speaks for Sutton’s own', () => {
    const p = careLeaver('E09000029', 'E09000029', { passedMeansAssessment: false }, { dateOfBirth: '2004-06-15' });
    const answer = entitlement(p, '2026-12-04', TAX);
    expect(answer.outcome).toBe('not-eligible');
    const others = answer.offers.find((o) => o.offerId === 'sutton-council-tax-other-councils-care-leavers');
    expect(others?.state).toBe('not-eligible');
    expect(others?.reasons[0]).toMatchObject({ code: 'responsible-authority-excepted', message: "Sutton council tax exemption for other councils' care leavers: is for other councils' care leavers, not those of Sutton" });
    // Another council's care leaver living in Sutton is still unknown.
    expect(outcome(careLeaver(AREA.leeds, 'E09000029', { passedMeansAssessment: true }), '2026-12-04', TAX)).toBe('unknown');
  });

  it('a district’s lead leaves out its county’s care leavers, whom the district’s own offer answers (Reigate and Banstead, Surrey)', () => {
    const p = careLeaver(AREA.surrey, 'E07000211', { household: 'alone' }, { dateOfBirth: '2004-06-15' });
    const others = entitlement(p, '2026-12-04', TAX).offers.find((o) => o.offerId === 'reigate-and-banstead-council-tax-other-councils-care-leavers');
    expect(others?.reasons.map((r) => r.code)).toEqual(['responsible-authority-excepted']);
  });
});

// Corrections from the audit of 4 December 2026 (66 council tax offers read again against their pages).
describe('corrections from the audit of 4 December 2026', () => {
  const BASSETLAW = 'E07000171';

  it('Bassetlaw’s exemption to 25 is known in force from its leader’s column of the 2018 World Cup (by 15 July 2018), not only from the county-wide reports of April 2019', () => {
    const p = careLeaver(AREA.nottinghamshire, BASSETLAW, {}, { dateOfBirth: '1998-01-10' });
    expect(outcome(p, '2018-07-14', TAX)).toBe('unknown');
    expect(outcome(p, '2018-07-15', TAX)).toBe('eligible');
    expect(outcome(p, '2018-07-16', TAX)).toBe('eligible');
    expect(entitlement(p, '2018-07-15', TAX).decidingOfferId).toBe('bassetlaw-council-tax-care-leavers');
    expect(entitlement(p, '2018-07-15', TAX).endsOn).toBe('2023-01-10'); // the 25th birthday
    // Another council's care leaver living there: not stated, so unknown from the same date.
    const other = careLeaver(AREA.thurrock, BASSETLAW, {}, { dateOfBirth: '1998-01-10' });
    expect(assessed(other, '2018-07-15', TAX, 'bassetlaw-council-tax-other-councils-care-leavers')?.state).toBe('unknown');
  });

  it('Luton’s mentoring scheme had run "for over a year" by 27 October 2020: in force by 27 October 2019, and no earliest start is known', () => {
    const p = careLeaver(AREA.luton, AREA.luton, {}, { dateOfBirth: '2000-01-10' });
    const mentoring = (on: string) => assessed(p, on, 'mentor', 'luton-care-leaver-mentoring-scheme');
    expect(mentoring('2018-12-31')?.state).toBe('unknown'); // was not-eligible: a start no source gives (1 January 2019)
    expect(mentoring('2019-10-26')?.reasons.map((r) => r.code)).toEqual(['version-start-unknown']);
    expect(mentoring('2019-10-27')?.state).toBe('eligible');
    expect(mentoring('2020-10-27')?.state).toBe('eligible');
    expect(mentoring('2020-10-28')?.state).toBe('unknown');
  });

  it('offers known from the provider’s own minutes or policy are confirmed (Kent’s guarantor pilot, Southampton’s), and limited programmes are partial (the six Goal 17 councils)', () => {
    const kent = careLeaver(AREA.kent, 'E07000110', {}, { dateOfBirth: '2000-01-10' });
    expect(assessed(kent, '2019-03-11', 'rent-guarantor', 'kent-rent-guarantor-pilot')).toMatchObject({ state: 'eligible', confidence: 'confirmed', partial: true });
    const southampton = careLeaver(AREA.southampton, AREA.southampton, {}, { dateOfBirth: '2000-01-10' });
    expect(assessed(southampton, '2024-06-01', 'rent-guarantor', 'southampton-rent-guarantor-pilot')).toMatchObject({ state: 'eligible', confidence: 'confirmed' });
    for (const [council, id] of [
      [AREA.southampton, 'southampton-mentor-goal-17'],
      ['E06000036', 'bracknell-forest-mentor-goal-17'],
      ['E06000016', 'leicester-care-leaver-mentoring-dfe-funded'],
    ] as const) {
      expect(assessed(careLeaver(council, council, {}, { dateOfBirth: '2000-01-10' }), '2024-06-01', 'mentor', id)?.partial, id).toBe(true);
    }
  });

  it('Bolton’s £3,000 setting up home allowance says it is for those who turned 18 after 1 April 2023 (£2,000 before), and cites the local offer that says so', () => {
    const p = careLeaver(AREA.bolton, AREA.bolton, {}, { dateOfBirth: '2006-01-10' });
    const allowance = assessed(p, '2026-12-04', 'setting-up-home-allowance', 'bolton-setting-up-home-allowance');
    expect(allowance?.state).toBe('eligible');
    expect(allowance?.value).toMatchObject({ type: 'money', amount: 3000, detail: expect.stringContaining('turned 18 after 1 April 2023') });
    expect(allowance?.sources.map((s) => s.title)).toContain('Finances (young people leaving care local offer)');
  });

  it('an undated report of about 2021 does not confirm Calderdale’s guaranteed apprenticeship interview today: unknown', () => {
    const p = careLeaver('E08000033', 'E08000033', {}, { dateOfBirth: '2004-01-10' });
    expect(assessed(p, '2026-12-04', 'guaranteed-interview', 'calderdale-apprenticeship-guaranteed-interview')?.state).toBe('unknown');
  });

  it('Ashfield’s free leisure is known from the report of 22 July 2022, as the other Nottinghamshire districts’ from theirs, and unknown after', () => {
    const p = careLeaver(AREA.nottinghamshire, AREA.ashfield, {}, { dateOfBirth: '2004-01-10' });
    const leisure = (on: string) => assessed(p, on, 'leisure-access', 'ashfield-free-leisure-care-leavers')?.state;
    expect([leisure('2022-07-22'), leisure('2022-07-23'), leisure('2026-12-04')]).toEqual(['eligible', 'unknown', 'unknown']);
  });

  it('the South Hams and West Devon leisure pass began in early 2024 (the councils’ 2024 news), not by October 2023', () => {
    const devon = 'E10000008';
    for (const [district, id] of [
      ['E07000044', 'south-hams-leisure-pass-devon-care-leavers'],
      ['E07000047', 'west-devon-leisure-pass-devon-care-leavers'],
    ] as const) {
      const p = careLeaver(devon, district, {}, { dateOfBirth: '2004-01-10' });
      const pass = (on: string) => assessed(p, on, 'leisure-access', id)?.state;
      expect([pass('2023-12-31'), pass('2024-01-01'), pass('2024-07-15'), pass('2024-07-16')], id).toEqual(['not-applicable', 'unknown', 'unknown', 'eligible']);
    }
  });

  it('Dorset’s page gives a care leaver who does not live alone a 25% reduction: known from the day it was read', () => {
    const p = careLeaver('E06000059', 'E06000059', { liableForCouncilTax: true, household: 'with-others' }, { dateOfBirth: '2004-01-10' });
    expect(outcome(p, '2026-12-03', TAX)).toBe('unknown');
    expect(describeValue(entitlement(p, '2026-12-04', TAX).value)).toBe('25%');
    expect(entitlement(p, '2026-12-04', TAX).decidingOfferId).toBe('dorset-council-tax-care-leavers-shared');
  });

  it('Windsor and Maidenhead’s agreed extension to 25 is for all care leavers living in the borough, so another council’s is refused only for its status', () => {
    const p = careLeaver('E06000039', 'E06000040', {}, { dateOfBirth: '2000-01-10' }); // a Slough care leaver aged 22
    const extension = assessed(p, '2022-06-01', TAX, 'windsor-and-maidenhead-council-tax-care-leavers-22-to-24');
    expect(extension?.reasons.map((r) => r.code)).toEqual(['status-not-in-force']); // was also responsible-authority-outside
  });

  it('North Devon’s discount is known in force by 17 October 2023 (the reports disagree on when in October it began)', () => {
    const p = careLeaver('E10000008', 'E07000043', {}, { dateOfBirth: '2004-01-10' });
    const discount = (on: string) => assessed(p, on, TAX, 'north-devon-council-tax-care-leavers')?.state;
    expect([discount('2023-10-01'), discount('2023-10-02'), discount('2023-10-16'), discount('2023-10-17')]).toEqual(['not-applicable', 'unknown', 'unknown', 'eligible']);
  });

  it('Tameside’s own page is the source of its discount: confirmed, not uncertain', () => {
    const p = careLeaver(AREA.tameside, AREA.tameside, { liableForCouncilTax: true }, { dateOfBirth: '2004-01-10' });
    expect(assessed(p, '2026-12-04', TAX, 'tameside-council-tax-discount')).toMatchObject({ state: 'eligible', confidence: 'confirmed' });
  });

  it('Warwickshire’s mentors were commissioned to be recruited (agreed, not in force), and its ring-fenced apprenticeships are partial with no earliest start', () => {
    const p = careLeaver(AREA.warwickshire, AREA.warwick, {}, { dateOfBirth: '2000-01-10' });
    expect(assessed(p, '2020-11-11', 'mentor', 'warwickshire-mentors')?.state).not.toBe('eligible');
    const apprenticeships = (on: string) => assessed(p, on, 'apprenticeships', 'warwickshire-ring-fenced-apprenticeships');
    expect(apprenticeships('2018-06-01')?.reasons.map((r) => r.code)).toEqual(['version-start-unknown']); // was "not yet begun"
    expect(apprenticeships('2019-12-31')).toMatchObject({ state: 'eligible', partial: true });
  });

  it('Thurrock’s exemption from 21 to 25 "in exceptional cases" cites the report that says so', () => {
    const p = careLeaver(AREA.thurrock, AREA.thurrock, {}, { dateOfBirth: '2004-06-15' });
    const offer = assessed(p, '2026-12-04', TAX, 'thurrock-council-tax-care-leavers-21-to-25');
    expect(offer?.state).toBe('unknown');
    expect(offer?.sources.map((s) => s.publisher)).toContain('Thurrock Gazette');
  });
});

describe('rules that depend on when a care leaver turned 18 (birthday conditions, 4 December 2026)', () => {
  const SUHA = 'setting-up-home-allowance';
  const bolton = (dateOfBirth: string) => careLeaver(AREA.bolton, AREA.bolton, {}, { dateOfBirth });

  it('Bolton gives £3,000 to those who turned 18 after 1 April 2023 and £2,000 to those who turned 18 on or before it (its local offer)', () => {
    // 18th birthdays on 31 March, 1 April and 2 April 2023.
    const answer = (dateOfBirth: string) => entitlement(bolton(dateOfBirth), '2026-12-04', SUHA);
    expect([answer('2005-03-31').decidingOfferId, answer('2005-03-31').value]).toEqual(['bolton-setting-up-home-allowance-earlier', expect.objectContaining({ amount: 2000 })]);
    expect([answer('2005-04-01').decidingOfferId, answer('2005-04-01').value]).toEqual(['bolton-setting-up-home-allowance-earlier', expect.objectContaining({ amount: 2000 })]);
    expect([answer('2005-04-02').decidingOfferId, answer('2005-04-02').value]).toEqual(['bolton-setting-up-home-allowance', expect.objectContaining({ amount: 3000 })]);
  });

  it('the national guidance’s £3,000 does not outbid Bolton’s own £2,000 for the earlier cohort; the answer says what the guidance recommends', () => {
    const e = entitlement(bolton('2004-01-10'), '2026-12-04', SUHA);
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'bolton-setting-up-home-allowance-earlier', provider: { name: 'Bolton Council' } });
    expect(e.reasons.find((r) => r.code === 'recommendation-not-followed')?.message).toContain('recommends £3,000');
    // A council with no rule of its own encoded still gets the guidance's amount (Salford).
    const salford = entitlement(careLeaver('E08000006', 'E08000006', {}, { dateOfBirth: '2004-01-10' }), '2026-12-04', SUHA);
    expect(salford).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-setting-up-home-allowance', value: { amount: 3000 } });
  });

  it('before 1 April 2023 neither Bolton offer is in force, and the guidance of the day (£2,000) answers', () => {
    const e = entitlement(bolton('2004-01-10'), '2023-03-31', SUHA);
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'england-setting-up-home-allowance', value: { amount: 2000 } });
    expect(entitlement(bolton('2004-01-10'), '2023-04-01', SUHA).decidingOfferId).toBe('bolton-setting-up-home-allowance-earlier');
  });

  it('Medway gives £3,000 to those who turned 18 after 1 May 2023 and £2,000 to those who turned 18 by then (its money page)', () => {
    const medway = (dateOfBirth: string) => entitlement(careLeaver('E06000035', 'E06000035', {}, { dateOfBirth }), '2026-12-04', SUHA);
    expect([medway('2005-04-30').decidingOfferId, medway('2005-04-30').value]).toEqual(['medway-setting-up-home-allowance-earlier', expect.objectContaining({ amount: 2000 })]);
    expect([medway('2005-05-01').decidingOfferId, medway('2005-05-01').value]).toEqual(['medway-setting-up-home-allowance-earlier', expect.objectContaining({ amount: 2000 })]);
    expect([medway('2005-05-02').decidingOfferId, medway('2005-05-02').value]).toEqual(['medway-setting-up-home-allowance', expect.objectContaining({ amount: 3000 })]);
    // Known from an undated page read on 4 December 2026: before then Medway's own rule may or may not
    // have applied, so it does not set the guidance aside, and the answer says it may.
    const earlier = entitlement(careLeaver('E06000035', 'E06000035', {}, { dateOfBirth: '2005-05-01' }), '2025-06-01', SUHA);
    expect(earlier.offers.find((o) => o.offerId === 'medway-setting-up-home-allowance-earlier')?.state).toBe('unknown');
    expect(earlier.decidingOfferId).toBe('england-setting-up-home-allowance');
    expect(earlier.reasons.find((r) => r.code === 'own-rule-unsettled')).toMatchObject({ offerId: 'medway-setting-up-home-allowance-earlier' });
    // From the day the page confirms it, Medway's own £2,000 answers (the day before, the guidance still does).
    const around = (on: string) => entitlement(careLeaver('E06000035', 'E06000035', {}, { dateOfBirth: '2005-05-01' }), on, SUHA).decidingOfferId;
    expect([around('2026-12-03'), around('2026-12-04')]).toEqual(['england-setting-up-home-allowance', 'medway-setting-up-home-allowance-earlier']);
  });

  it('Wigan’s first wifi and TV licence are for those who turned 18 after 9 September 2019 (its accommodation page)', () => {
    const wigan = (dateOfBirth: string) =>
      assessed(careLeaver(AREA.wigan, AREA.wigan, {}, { dateOfBirth }), '2020-06-01', 'household-bills-first-year', 'wigan-first-year-wifi-tv-licence')?.state;
    expect([wigan('2001-09-09'), wigan('2001-09-10'), wigan('2001-09-11')]).toEqual(['not-eligible', 'eligible', 'eligible']);
  });
});

describe('councils’ own setting up home allowances, read from their pages (4 December 2026, night)', () => {
  const SUHA = 'setting-up-home-allowance';
  // A county's care leaver lives in one of its districts (Dacorum, Elmbridge, Adur).
  const HOME: Readonly<Record<string, string>> = { E10000015: 'E07000096', E10000030: 'E07000207', E10000032: 'E07000223' };
  const own = (council: string, on = '2026-12-04') => entitlement(careLeaver(council, HOME[council] ?? council, {}, { dateOfBirth: '2004-01-10' }), on, SUHA);

  it('each council’s own stated amount answers for its care leavers, in place of the guidance’s £3,000', () => {
    const cases: [string, string, number, boolean][] = [
      ['E06000009', 'blackpool-setting-up-home-allowance', 3000, true],
      ['E06000020', 'telford-and-wrekin-setting-up-home-allowance', 3559, true],
      ['E06000041', 'wokingham-setting-up-home-allowance', 3000, true],
      ['E06000063', 'cumberland-setting-up-home-allowance', 3499.5, true],
      ['E09000001', 'city-of-london-setting-up-home-allowance', 3000, true],
      ['E09000013', 'hammersmith-and-fulham-setting-up-home-allowance', 3000, true],
      ['E10000015', 'hertfordshire-setting-up-home-allowance', 3000, false],
      ['E10000030', 'surrey-setting-up-home-allowance', 3000, true],
      ['E10000032', 'west-sussex-setting-up-home-allowance', 3000, true],
    ];
    for (const [council, id, amount, upTo] of cases) {
      const e = own(council);
      expect([e.outcome, e.decidingOfferId], council).toEqual(['eligible', id]);
      expect(e.value, council).toMatchObject({ type: 'money', amount, ...(upTo ? { upTo: true } : {}) });
    }
  });

  it('Hertfordshire’s £3,000 rule names 1 April 2023, so it did not begin before; from then it is known only by the day its page was read', () => {
    expect(own('E10000015', '2023-03-31').decidingOfferId).toBe('england-setting-up-home-allowance');
    expect(own('E10000015', '2023-03-31').offers.find((o) => o.offerId === 'hertfordshire-setting-up-home-allowance')?.state).toBe('not-applicable');
    expect(own('E10000015', '2023-04-01').offers.find((o) => o.offerId === 'hertfordshire-setting-up-home-allowance')?.state).toBe('unknown');
  });

  it('another council’s care leaver living there is not given it (each is for the council’s own care leavers)', () => {
    const e = entitlement(careLeaver('E08000001', 'E07000207', {}, { dateOfBirth: '2006-01-10' }), '2026-12-04', SUHA);
    expect(e.decidingOfferId).not.toBe('surrey-setting-up-home-allowance');
  });
});

