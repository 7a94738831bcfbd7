import { describe, expect, it } from 'vitest';
import { type OtherAdults, type Person, decide, embeddedDataset } from '../../src/index.js';
import { careLeaver, entitlement } from './helpers.js';

// A council tax disregard leaves the care leaver out when the adults in a shared home are counted:
// 25% off the bill with exactly one other counted adult, nothing with two or more (docs/data.md,
// "Disregards"). The fact otherAdults says which; without it the answer is unknown and names it.

const TAX = 'council-tax-exemption';

const CARDIFF = 'W06000015';
const EDINBURGH = 'S12000036';
const ESSEX = 'E10000012';
const TENDRING = 'E07000076';
const EPPING_FOREST = 'E07000072';
const ROCHFORD = 'E07000075';
const REDCAR = 'E06000003';
const RUNNYMEDE = 'E07000212';

function shared(person: Person, otherAdults: OtherAdults | undefined): Person {
  const facts = { ...person.facts, household: 'with-others' as const, ...(otherAdults === undefined ? {} : { otherAdults }) };
  return { ...person, facts };
}

/** The three answers for one care leaver: with one other counted adult, two or more, and not said. */
function answers(person: Person, on: string) {
  return {
    one: entitlement(shared(person, 'one'), on, TAX),
    twoOrMore: entitlement(shared(person, 'two-or-more'), on, TAX),
    notSaid: entitlement(shared(person, undefined), on, TAX),
  };
}

/** Born 15 June 2006: 20 on 2026-11-23, for the schemes that end at 21 and are dated by when their pages were read. */
const YOUNGER = { dateOfBirth: '2006-06-15' };

/**
 * With two or more other counted adults the scheme gives nothing (offer-not-given); the answer is
 * "not eligible" unless something else may still give (Essex's own plan for its care leavers, not
 * settled, keeps it unknown).
 */
const CASES: readonly { readonly name: string; readonly person: Person; readonly on: string; readonly offer: string; readonly twoOrMore: 'not-eligible' | 'unknown' }[] = [
  { name: 'Wales (a Welsh council\'s care leaver, from April 2019)', person: careLeaver(CARDIFF, CARDIFF), on: '2026-11-23', offer: 'wales-council-tax-care-leavers-with-others', twoOrMore: 'not-eligible' },
  {
    name: 'Scotland (a Scottish council\'s care leaver, from April 2018)',
    person: careLeaver(EDINBURGH, EDINBURGH, { lookedAfterOnOrAfter16thBirthday: true }),
    on: '2026-11-23',
    offer: 'scotland-council-tax-care-leavers-with-others',
    twoOrMore: 'not-eligible',
  },
  { name: 'Tendring (an Essex care leaver under 21)', person: careLeaver(ESSEX, TENDRING, {}, YOUNGER), on: '2026-11-23', offer: 'tendring-council-tax-care-leavers-with-others', twoOrMore: 'unknown' },
  { name: 'Epping Forest (an Essex care leaver under 21)', person: careLeaver(ESSEX, EPPING_FOREST, {}, YOUNGER), on: '2026-11-23', offer: 'epping-forest-council-tax-care-leavers-with-others', twoOrMore: 'unknown' },
  { name: 'Rochford (an Essex care leaver under 21)', person: careLeaver(ESSEX, ROCHFORD, {}, YOUNGER), on: '2026-11-23', offer: 'rochford-council-tax-care-leavers-with-others', twoOrMore: 'unknown' },
  { name: 'Redcar and Cleveland (its own care leaver)', person: careLeaver(REDCAR, REDCAR), on: '2026-11-23', offer: 'redcar-and-cleveland-council-tax-care-leavers-with-others', twoOrMore: 'not-eligible' },
  {
    name: 'Runnymede (a Bolton care leaver under 25 working with a leaving care service, from April 2020)',
    person: careLeaver('E08000001', RUNNYMEDE, { workingWithLeavingCareService: true }),
    on: '2026-11-23',
    offer: 'runnymede-council-tax-care-leavers-with-others',
    twoOrMore: 'not-eligible',
  },
];

describe('council tax disregards in a shared home, by how many other adults count', () => {
  for (const { name, person, on, offer, twoOrMore } of CASES) {
    it(`${name}: 25% with one other counted adult, nothing with two or more, unknown when not said`, () => {
      const { one, twoOrMore: shared2, notSaid } = answers(person, on);
      expect(one).toMatchObject({ outcome: 'eligible', decidingOfferId: offer, value: { type: 'percentage', percent: 25 } });
      expect(shared2.outcome).toBe(twoOrMore);
      // The scheme's own word for two or more: its not-offered record applies (and decides, where nothing else may give).
      expect(shared2.offers.find((o) => o.offerId === `${offer}-two-or-more`)).toMatchObject({ status: 'not-offered', conditionsHold: true });
      if (twoOrMore === 'not-eligible') {
        // The refusal says why nothing is given, not only that a source says so.
        expect(shared2.reasons.find((r) => r.code === 'offer-not-given')?.message).toMatch(/does not give this \(no discount: with two or more other counted adults/);
      }
      expect(notSaid.outcome).toBe('unknown');
      const decided = decide(shared(person, undefined), on, embeddedDataset, { kinds: [TAX] }).entitlements[0]!;
      expect(decided.reasons).toContainEqual(expect.objectContaining({ code: 'fact-missing', fact: 'otherAdults' }));
    });
  }

  it('Norwich: 25% for a Norfolk care leaver with just one other adult; its page is silent on two or more, and on other councils\' care leavers, so both stay unknown', () => {
    const norfolk = careLeaver('E10000020', 'E07000148');
    const { one, twoOrMore, notSaid } = answers(norfolk, '2026-11-23');
    expect(one).toMatchObject({ outcome: 'eligible', decidingOfferId: 'norwich-council-tax-care-leaver-one-other-adult', value: { type: 'percentage', percent: 25 } });
    expect(twoOrMore.outcome).toBe('unknown');
    expect(notSaid.outcome).toBe('unknown');
    expect(answers(careLeaver('E08000001', 'E07000148'), '2026-11-23').one.outcome).toBe('unknown');
    // From April 2018: the day before, and of.
    const older = careLeaver('E10000020', 'E07000148', {}, { dateOfBirth: '1998-06-15' });
    expect(entitlement(shared(older, 'one'), '2018-03-31', TAX).outcome).not.toBe('eligible');
    expect(entitlement(shared(older, 'one'), '2018-04-01', TAX).outcome).toBe('eligible');
  });

  it('keeps the older rule where the new fact is given: alone, a Welsh care leaver pays nothing, whatever otherAdults says', () => {
    const alone = entitlement(careLeaver(CARDIFF, CARDIFF, { household: 'alone' }), '2026-11-23', TAX);
    expect(alone).toMatchObject({ outcome: 'eligible', value: { type: 'percentage', percent: 100 } });
  });

  it('starts with each scheme: a Welsh care leaver sharing with one other adult gets nothing from the disregard before April 2019, the day before and of', () => {
    const person = shared(careLeaver(CARDIFF, CARDIFF, {}, { dateOfBirth: '2000-06-15' }), 'one');
    expect(entitlement(person, '2019-03-31', TAX).outcome).not.toBe('eligible');
    expect(entitlement(person, '2019-04-01', TAX).outcome).toBe('eligible');
  });

  it('ends with each scheme\'s age: Tendring\'s on the 21st birthday, Wales\'s on the 25th', () => {
    const tendring = shared(careLeaver(ESSEX, TENDRING, {}, { dateOfBirth: '2005-12-01' }), 'one');
    expect(entitlement(tendring, '2026-11-30', TAX).outcome).toBe('eligible');
    expect(entitlement(tendring, '2026-12-01', TAX).outcome).not.toBe('eligible');
    const wales = shared(careLeaver(CARDIFF, CARDIFF), 'one');
    expect(entitlement(wales, '2029-06-14', TAX).outcome).toBe('eligible');
    expect(entitlement(wales, '2029-06-15', TAX).outcome).not.toBe('eligible');
  });

  it('leaves a care leaver of an English council in Wales unknown: whether the Welsh rule covers them is not settled, whatever the household', () => {
    for (const otherAdults of ['one', 'two-or-more'] as const) {
      expect(entitlement(shared(careLeaver('E08000001', CARDIFF), otherAdults), '2026-11-23', TAX).outcome).toBe('unknown');
    }
  });
});
