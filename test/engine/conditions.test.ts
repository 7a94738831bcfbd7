import { describe, expect, it } from 'vitest';
import { evaluate, timeline, type Kind, type Person } from '../../src/index.js';
import {
  ASHFORD_VALE, BROOKMERE, NORTHSHIRE, OAKLEY, PINEHURST, RIVERTON,
  fictional, fictionalDataset, lawfulOn, oneOfferDataset, sam,
} from '../fixtures/fictional.js';

/** Evaluates on a date, with the category the law allows that day (relevant before 18, former relevant from 18). */
function entitlement(person: Person, on: string, kind: Kind, options: object = {}) {
  const result = evaluate(lawfulOn(person, on), on, fictionalDataset, { ...fictional, ...options });
  return result.entitlements.find((e) => e.kind === kind)!;
}

describe('age condition (from a birthday inclusive, until a birthday exclusive)', () => {
  it('is met on the 16th birthday and after; the day before, no one is a care leaver yet (refused)', () => {
    // Under 16 no category of care leaver exists, so the question itself is refused, naming the date of birth.
    expect(() => entitlement(sam, '2020-06-14', 'personal-adviser')).toThrow(/under 16/);
    expect(entitlement(sam, '2020-06-15', 'personal-adviser').outcome).toBe('eligible');
    expect(entitlement(sam, '2020-06-16', 'personal-adviser').outcome).toBe('eligible');
  });
  it('is met the day before the 25th birthday and not on it or after', () => {
    expect(entitlement(sam, '2029-06-14', 'personal-adviser').outcome).toBe('eligible');
    expect(entitlement(sam, '2029-06-15', 'personal-adviser').outcome).toBe('not-eligible');
    expect(entitlement(sam, '2029-06-16', 'personal-adviser').outcome).toBe('not-eligible');
  });
  it('says which birthday decided', () => {
    const e = entitlement(sam, '2029-06-15', 'personal-adviser');
    expect(e.reasons.map((r) => r.code)).toContain('age-limit-passed');
    expect(e.reasons.find((r) => r.code === 'age-limit-passed')?.message).toContain('25th birthday, 15 June 2029');
  });

  describe('for someone born on 29 February', () => {
    const leapling: Person = { ...sam, dateOfBirth: '2004-02-29' };
    it('ends on 1 March in a common year by default', () => {
      expect(entitlement(leapling, '2029-02-28', 'personal-adviser').outcome).toBe('eligible');
      expect(entitlement(leapling, '2029-03-01', 'personal-adviser').outcome).toBe('not-eligible');
    });
    it('ends on 28 February with the february-28 rule', () => {
      const rule = { leapDayBirthday: 'february-28' };
      expect(entitlement(leapling, '2029-02-27', 'personal-adviser', rule).outcome).toBe('eligible');
      expect(entitlement(leapling, '2029-02-28', 'personal-adviser', rule).outcome).toBe('not-eligible');
    });
    it('ends on 29 February in a leap year under either rule', () => {
      // Staying put ends at 21 (2025, common) — and council tax in Brookmere at 21; use a 24th birthday check via dataset-free offer:
      const bornLeap: Person = { ...leapling, dateOfBirth: '2008-02-29' };
      // 25th birthday of someone born 2008-02-29 is 2033-03-01 (common year); 16th is 2024-02-29 (leap year).
      expect(() => entitlement(bornLeap, '2024-02-28', 'personal-adviser')).toThrow(/under 16/); // the day before: no care leaver yet
      expect(entitlement(bornLeap, '2024-02-29', 'personal-adviser').outcome).toBe('eligible');
      expect(entitlement(bornLeap, '2024-02-29', 'personal-adviser', { leapDayBirthday: 'february-28' }).outcome).toBe('eligible');
    });
  });
});

describe('care-leaver category condition', () => {
  it('is met for a listed category and not for another', () => {
    const inAshford: Person = { ...sam, residence: ASHFORD_VALE };
    expect(entitlement(inAshford, '2023-01-01', 'free-travel').outcome).toBe('eligible');
    // an eligible child (still looked after) is 17 at most; the pass is for relevant, former relevant and qualifying
    const eligibleChild: Person = { ...inAshford, category: 'eligible' };
    const e = entitlement(eligibleChild, '2022-06-14', 'free-travel');
    expect(e.outcome).not.toBe('eligible');
    expect(e.offers[0]?.reasons.map((r) => r.code)).toContain('category-not-covered');
    expect(entitlement({ ...inAshford, category: 'qualifying' }, '2023-01-01', 'free-travel').outcome).toBe('eligible');
  });
});

describe('care-leaver category condition over the 18th birthday (fictional offer for relevant children only)', () => {
  const relevantOnly = oneOfferDataset('fict-mentor-relevant', 'mentor', [{ type: 'category', in: ['relevant'] }], [{ kinds: ['mentor'], areas: ['E99990000'] }]);
  // Sam is born 2004-06-15: a relevant child at 17, former relevant from 2022-06-15.
  const relevant: Person = { ...sam, category: 'relevant' };

  it('met the day before the 18th birthday; from it not met, saying the relevant child became former relevant', () => {
    const t = timeline(relevant, { from: '2022-06-14', until: '2022-06-16' }, relevantOnly, { ...fictional, kinds: ['mentor'] });
    expect(t.start[0]?.outcome).toBe('eligible');
    expect(t.events.map((e) => [e.on, e.before, e.after])).toEqual([['2022-06-15', 'eligible', 'not-eligible']]);
    const reason = t.events[0]!.reasons.find((r) => r.code === 'category-not-covered');
    expect(reason?.message).toBe('fict-mentor-relevant (fictional): is for relevant care leavers, not former relevant ones (a relevant child becomes former relevant at 18)');
  });

  it('a former relevant child is not covered, with no word of a change of category', () => {
    const e = evaluate({ ...sam, category: 'former-relevant' }, '2023-01-01', relevantOnly, { ...fictional, kinds: ['mentor'] }).entitlements[0]!;
    expect(e.outcome).toBe('not-eligible');
    expect(e.offers[0]?.reasons.find((r) => r.code === 'category-not-covered')?.message).toBe('fict-mentor-relevant (fictional): is for relevant care leavers, not former relevant ones');
  });
});

describe('residence condition', () => {
  it('is met inside the area and not outside it', () => {
    expect(entitlement({ ...sam, residence: ASHFORD_VALE }, '2023-01-01', 'free-travel').outcome).toBe('eligible');
    const outside = entitlement({ ...sam, residence: RIVERTON }, '2023-01-01', 'free-travel');
    expect(outside.offers[0]?.state).toBe('not-eligible');
    expect(outside.offers[0]?.reasons.map((r) => r.code)).toContain('residence-outside');
  });
});

describe('responsible authority condition', () => {
  it('"own" is met for the provider\'s own care leavers wherever they live', () => {
    const northshireLeaver: Person = { ...sam, responsibleAuthority: NORTHSHIRE, residence: RIVERTON };
    const e = entitlement(northshireLeaver, '2023-01-01', 'council-tax-exemption');
    expect(e.outcome).toBe('eligible');
    expect(e.provider?.code).toBe(NORTHSHIRE);
  });
  it('"own" of a combined authority covers its member councils\' care leavers', () => {
    const e = entitlement({ ...sam, residence: ASHFORD_VALE, facts: { household: 'with-others' } }, '2026-01-01', 'council-tax-exemption');
    expect(e.decidingOfferId).toBe('fca-council-tax');
  });
  it('"own" is not met for another council\'s care leavers', () => {
    const e = entitlement({ ...sam, responsibleAuthority: RIVERTON, residence: BROOKMERE }, '2023-01-01', 'council-tax-exemption');
    const brookmere = e.offers.find((o) => o.offerId === 'brookmere-council-tax');
    expect(brookmere?.reasons.map((r) => r.code)).toContain('responsible-authority-outside');
  });
  it('"within" is met inside the areas and not outside', () => {
    expect(entitlement({ ...sam, residence: ASHFORD_VALE }, '2023-01-01', 'free-travel').outcome).toBe('eligible');
    const e = entitlement({ ...sam, responsibleAuthority: RIVERTON, residence: ASHFORD_VALE }, '2023-01-01', 'free-travel');
    expect(e.offers[0]?.reasons.map((r) => r.code)).toContain('responsible-authority-outside');
  });
});

describe('optional facts are three-valued', () => {
  const inOakley: Person = { ...sam, responsibleAuthority: NORTHSHIRE, residence: OAKLEY };
  it('a missing fact makes the outcome unknown and names the fact', () => {
    const e = entitlement(inOakley, '2026-01-01', 'council-tax-exemption');
    expect(e.outcome).toBe('unknown');
    expect(e.reasons.find((r) => r.code === 'fact-missing')?.fact).toBe('noRecourseToPublicFunds');
  });
  it('the fact given one way makes the person eligible', () => {
    expect(entitlement({ ...inOakley, facts: { noRecourseToPublicFunds: false } }, '2026-01-01', 'council-tax-exemption').outcome).toBe('eligible');
  });
  it('the fact given the other way makes them not eligible', () => {
    const e = entitlement({ ...inOakley, facts: { noRecourseToPublicFunds: true } }, '2026-01-01', 'council-tax-exemption');
    expect(e.outcome).toBe('not-eligible');
    expect(e.reasons.map((r) => r.code)).toContain('fact-not-met');
  });
  it('staying put needs livingWithFormerFosterCarer', () => {
    expect(entitlement(sam, '2023-01-01', 'staying-put').outcome).toBe('unknown');
    expect(entitlement({ ...sam, facts: { livingWithFormerFosterCarer: true } }, '2023-01-01', 'staying-put').outcome).toBe('eligible');
    expect(entitlement({ ...sam, facts: { livingWithFormerFosterCarer: false } }, '2023-01-01', 'staying-put').outcome).toBe('not-eligible');
  });
});

describe('areas with nothing encoded', () => {
  it('give unknown for the kind, never not-eligible, and name the council', () => {
    const e = entitlement({ ...sam, responsibleAuthority: RIVERTON, residence: PINEHURST }, '2026-01-01', 'council-tax-exemption');
    expect(e.outcome).toBe('unknown');
    const reason = e.reasons.find((r) => r.code === 'no-offer-encoded');
    expect(reason?.areas).toEqual([RIVERTON, PINEHURST]);
    expect(reason?.message).toContain('Riverton and Pinehurst');
  });
  it('a kind no provider has encoded is unknown', () => {
    expect(entitlement(sam, '2026-01-01', 'driving-lessons').outcome).toBe('unknown');
  });
  it('gives not-eligible only when every council concerned has encoded the kind', () => {
    const e = entitlement({ ...sam, responsibleAuthority: NORTHSHIRE, residence: BROOKMERE }, '2026-01-01', 'council-tax-exemption');
    expect(e.outcome).toBe('not-eligible');
    expect(e.reasons[0]?.code).toBe('no-offer-applies');
  });
});

describe('any-of condition (fictional offer)', () => {
  // Fictional: free under 19, or in full-time education.
  const anyOf = oneOfferDataset('fict-prescriptions', 'free-prescriptions', [
    { type: 'any-of', conditions: [{ type: 'age', until: 19 }, { type: 'fact', fact: 'inFullTimeEducation', equals: true }] },
  ], [{ kinds: ['free-prescriptions'], areas: ['E99990000'] }]);
  const prescriptions = (person: Person, on: string) =>
    evaluate(person, on, anyOf, fictional).entitlements.find((e) => e.kind === 'free-prescriptions')!;
  it('holds when one alternative holds (the day before the 19th birthday)', () => {
    expect(prescriptions(sam, '2023-06-14').outcome).toBe('eligible');
  });
  it('is unknown when no alternative holds and one is unknown, naming the fact', () => {
    const e = prescriptions(sam, '2023-06-15');
    expect(e.outcome).toBe('unknown');
    expect(e.reasons.find((r) => r.code === 'fact-missing')?.fact).toBe('inFullTimeEducation');
  });
  it('fails with every alternative\'s reason when none holds', () => {
    const e = prescriptions({ ...sam, facts: { inFullTimeEducation: false } }, '2023-06-15');
    expect(e.outcome).toBe('not-eligible');
    const reason = e.reasons.find((r) => r.code === 'none-of-alternatives');
    expect(reason?.message).toContain('ended on the 19th birthday, 15 June 2023');
    expect(reason?.message).toContain('inFullTimeEducation');
  });
  it('holds through the other alternative after the birthday', () => {
    expect(prescriptions({ ...sam, facts: { inFullTimeEducation: true } }, '2023-06-15').outcome).toBe('eligible');
  });
});
