import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_KINDS, addDays, birthday, compareMove, type Dataset, decide, embeddedDataset, evaluate, listAreas, type Person, type PersonFacts, ukGeography } from '../../src/index.js';
import { lawfulCategory } from '../fixtures/lawful-category.js';
import { ASHFORD_VALE, BROOKMERE, FCA, fictional, oneOfferDataset, regionalDocument } from '../fixtures/fictional.js';
import {
  isSharedDecision,
  rememberingEverywhere,
  sharedDecisionsGeneration,
  withRememberedAnswersLimit,
  withoutRememberedAnswers,
} from '../../src/engine/remembered-answers.js';

/**
 * The engine remembers a kind's answer per place and class of person (category, facts, where the
 * birthdays fall among the dates the answer turns on) and re-dates it for the next person of the
 * class. These tests hold every remembered answer to the one worked out afresh.
 */

/** Pairs of (council that looked after them, where they live), real places of the embedded data. */
const PLACES: readonly (readonly [string, string])[] = [
  ['E08000001', 'E08000001'], // Bolton, in Bolton
  ['E08000001', 'E08000003'], // Bolton's, in Manchester
  ['E08000009', 'E08000003'], // Trafford's, in Manchester
  ['E10000008', 'E07000040'], // Devon's, in East Devon
  ['E06000010', 'E06000010'], // Hull, which joined a combined authority on 2025-05-01
  ['E06000015', 'E07000032'], // Derby's, in Amber Valley (both joined one on 2024-02-27)
  ['E10000006', 'E07000026'], // Cumbria's, in Allerdale (both replaced on 2023-04-01)
  ['E09000012', 'E09000001'], // Hackney's, in the City of London
  ['E08000025', 'W06000015'], // Birmingham's, in Cardiff
  ['E10000016', 'S12000036'], // Kent's, in Edinburgh
  ['E10000016', 'E07000110'], // Kent's, in Maidstone (council tax to the end of the month of the 21st birthday)
  ['E06000052', 'E06000052'], // Cornwall, in Cornwall (council tax to the end of the financial year of the 25th)
];

const FACTS: fc.Arbitrary<PersonFacts> = fc.record(
  {
    household: fc.constantFrom('alone', 'only-care-leavers', 'with-others'),
    noRecourseToPublicFunds: fc.boolean(),
    liableForCouncilTax: fc.boolean(),
    inHigherEducation: fc.boolean(),
    workingWithLeavingCareService: fc.boolean(),
    registeredGpArea: fc.constantFrom('E08000003', 'E06000010', 'E10000008'),
  },
  { requiredKeys: [] },
);

/** A group of people of one place and category, with one or two sets of facts, born within about a year of each other. */
const group = fc
  .record({
    places: fc.constantFrom(...PLACES),
    // A few dates, so that groups meet each other's remembered answers: days before a change of
    // geography (Derby 2024-02-27, Hull 2025-05-01), of the national health costs rule (December
    // 2025, January 2026) and others.
    on: fc.constantFrom('2022-11-30', '2024-02-20', '2025-04-20', '2025-12-20', '2026-01-05', '2026-11-23', '2027-03-31'),
    age: fc.integer({ min: 16 * 365 + 5, max: 26 * 365 }),
    offsets: fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 2, maxLength: 6 }),
    category: fc.constantFrom('eligible', 'relevant', 'former-relevant', 'qualifying'),
    facts: fc.array(fc.option(FACTS, { nil: undefined }), { minLength: 1, maxLength: 2 }),
    leapDayBirthday: fc.constantFrom('march-1', 'february-28'),
    // Every kind, or a few: the facts a class is told apart by are those the kinds read.
    kinds: fc.option(fc.subarray([...ALL_KINDS], { minLength: 1, maxLength: 6 }), { nil: undefined }),
  })
  .map(({ places, on: asked, age, offsets, category, facts, leapDayBirthday, kinds }) => {
    let on: string = asked;
    // Cumbria and Allerdale were replaced on 2023-04-01: asked about the days before.
    if (places[0] === 'E10000006' && on >= '2023-04-01') on = addDays('2023-03-31', -(age % 300));
    const born = addDays(on, -age);
    const people = offsets
      .map((offset, i): Person => {
        const person: Person = { dateOfBirth: addDays(born, offset), category, responsibleAuthority: places[0], residence: places[1] };
        const given = facts[i % facts.length];
        return lawfulCategory(given === undefined ? person : { ...person, facts: given }, on);
      })
      .filter((p) => on >= birthday(p.dateOfBirth, 16, leapDayBirthday));
    return { on, people, leapDayBirthday, kinds };
  });

/**
 * English areas to give as a GP's area, other than Oldham, whose geography never changes: a person
 * giving one that does is answered afresh, never put in a class.
 */
function steadyAreasBesideOldham(): string[] {
  return listAreas({ current: true, nation: 'England' })
    .map((a) => a.code)
    .filter((code) => code !== 'E08000004' && (ukGeography.changeDates?.(code) ?? []).length === 0);
}

describe('answers remembered per place and class of person', () => {
  it('are the answers worked out afresh, explained and not, for people of one place born days or months apart', () => {
    fc.assert(
      fc.property(group, ({ on, people, leapDayBirthday, kinds }) => {
        const options = { leapDayBirthday, kinds };
        const remembered = rememberingEverywhere(() => people.map((p) => [decide(p, on, embeddedDataset, options), evaluate(p, on, embeddedDataset, options)]));
        const fresh = withoutRememberedAnswers(() => people.map((p) => [decide(p, on, embeddedDataset, options), evaluate(p, on, embeddedDataset, options)]));
        expect(remembered).toEqual(fresh);
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });

  it('date each person by their own birthdays: two Bolton care leavers born a day apart lose the council tax exemption a day apart', () => {
    const first: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };
    const second: Person = { ...first, dateOfBirth: '2004-06-16' };
    const tax = (p: Person) => rememberingEverywhere(() => evaluate(p, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements[0]!);
    tax(first);
    expect(tax(first).endsOn).toBe('2029-06-15');
    expect(tax(second).endsOn).toBe('2029-06-16');
    expect(tax(second).reasons.at(-1)?.message).toContain('16 June 2029');
    expect(tax(first).reasons.at(-1)?.message).toContain('15 June 2029');
  });

  it('leave a caller’s answer alone when the next person of the class is answered', () => {
    const first: Person = { dateOfBirth: '2005-03-01', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' };
    rememberingEverywhere(() => {
      decide(first, '2026-11-23', embeddedDataset);
      const answer = decide(first, '2026-11-23', embeddedDataset);
      const copy = structuredClone(answer);
      expect(decide(first, '2026-11-23', embeddedDataset).entitlements.every((e) => isSharedDecision(e))).toBe(true);
      decide({ ...first, dateOfBirth: '2005-03-02' }, '2026-11-23', embeddedDataset);
      expect(answer).toEqual(copy);
    });
  });

  it('are frozen where shared, explained and not, and each caller gets a list of its own to sort', () => {
    const person: Person = { dateOfBirth: '2005-03-01', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' };
    rememberingEverywhere(() => {
      const fresh = withoutRememberedAnswers(() => decide(person, '2026-11-23', embeddedDataset));
      decide(person, '2026-11-23', embeddedDataset);
      const [second, third] = [decide(person, '2026-11-23', embeddedDataset), decide(person, '2026-11-23', embeddedDataset)];
      expect(second.entitlements.every((e) => isSharedDecision(e) && Object.isFrozen(e) && Object.isFrozen(e.reasons) && e.offers.every(Object.isFrozen))).toBe(true);
      expect(() => (second.entitlements[0]!.reasons as unknown[]).push('changed')).toThrow(TypeError);
      // A caller sorting its list changes no one else's.
      expect(second.entitlements).not.toBe(third.entitlements);
      (second.entitlements as unknown[]).reverse(); // readonly in TypeScript; plain JavaScript can
      expect(decide(person, '2026-11-23', embeddedDataset).entitlements.map((e) => e.kind)).toEqual(fresh.entitlements.map((e) => e.kind));
      // The words of shared answers are shared too, and frozen the same way.
      evaluate(person, '2026-11-23', embeddedDataset);
      const explained = evaluate(person, '2026-11-23', embeddedDataset).entitlements[0]!;
      expect(Object.isFrozen(explained) && Object.isFrozen(explained.reasons[0])).toBe(true);
      // An answer worked out afresh is the caller's own, as before.
      expect(Object.isFrozen(fresh.entitlements[0])).toBe(false);
    });
  });

  it('share the words of a re-dated answer’s reasons that name no birthday, and word afresh those that do', () => {
    const first: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };
    const second: Person = { ...first, dateOfBirth: '2004-06-16' };
    const tax = (p: Person) => evaluate(p, '2026-11-22', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements[0]!;
    rememberingEverywhere(() => {
      tax(first);
      const remembered = tax(first);
      const redated = tax(second);
      const fresh = withoutRememberedAnswers(() => tax(second));
      expect(redated).toEqual(fresh);
      const undated = redated.reasons.filter((r) => r.date === undefined);
      expect(undated.length).toBeGreaterThan(0);
      for (const reason of undated) expect(remembered.reasons).toContain(reason); // the same object
      const dated = redated.reasons.filter((r) => r.date === '2029-06-16');
      expect(dated.length).toBeGreaterThan(0);
      for (const reason of dated) expect(remembered.reasons.includes(reason)).toBe(false);
    });
  });

  it('agree with answers worked out afresh on both sides of a move', () => {
    const person: Person = { dateOfBirth: '2004-11-24', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };
    const move = { to: 'E08000003', on: '2026-11-23' };
    for (const dateOfBirth of ['2004-11-24', '2004-11-23', '2004-11-22', '2001-11-23']) {
      const p = { ...person, dateOfBirth };
      expect(rememberingEverywhere(() => compareMove(p, move, embeddedDataset))).toEqual(withoutRememberedAnswers(() => compareMove(p, move, embeddedDataset)));
    }
  });

  it('tell apart people by each fact’s value, missing, no or yes, or each household (Manchester’s council tax and the GM travel pass; Durham’s council tax by household)', () => {
    const yesNo = [undefined, false, true] as const;
    const manchester = yesNo.flatMap((noRecourseToPublicFunds) =>
      yesNo.map((workingWithLeavingCareService) => ({ noRecourseToPublicFunds, workingWithLeavingCareService })),
    );
    const durham = [undefined, 'alone', 'only-care-leavers', 'with-others'].map((household) => ({ household }));
    const cases = [
      { places: ['E08000001', 'E08000003'], kinds: ['council-tax-exemption', 'free-travel'], facts: [undefined, ...manchester] },
      { places: ['E06000047', 'E06000047'], kinds: ['council-tax-exemption'], facts: [undefined, ...durham] },
    ] as const;
    for (const { places, kinds, facts } of cases) {
      const people = facts.map((given): Person => {
        const person: Person = { dateOfBirth: '2005-03-01', category: 'former-relevant', responsibleAuthority: places[0], residence: places[1] };
        // Only the facts given: a missing one is left out, not written as undefined.
        const written = Object.fromEntries(Object.entries(given ?? {}).filter(([, value]) => value !== undefined));
        return given === undefined ? person : { ...person, facts: written };
      });
      const askedThrice = (p: Person) => [1, 2, 3].map(() => decide(p, '2026-11-23', embeddedDataset, { kinds: [...kinds] }).entitlements);
      const remembered = rememberingEverywhere(() => people.map(askedThrice));
      const fresh = withoutRememberedAnswers(() => people.map(askedThrice));
      expect(remembered).toEqual(fresh);
      // The check can fail: the facts give different answers (an offer's assessment at least).
      expect(new Set(fresh.map((answers) => JSON.stringify(answers[0]))).size).toBeGreaterThan(facts.length / 2);
    }
  });

  it('keep the answers of every class of a place apart, in a grid of each fact’s value, category and birthdays a month apart (Bolton’s care leavers in Manchester)', () => {
    const yesNo = [undefined, false, true] as const;
    const facts = yesNo.flatMap((noRecourseToPublicFunds) => yesNo.map((workingWithLeavingCareService) => ({ noRecourseToPublicFunds, workingWithLeavingCareService })));
    const on = '2026-11-23';
    const people: Person[] = [];
    // Born a month apart from 26 years before the date asked to 16: birthdays on every side of the dates the answers turn on.
    for (let days = 16 * 365 + 5; days < 26 * 365; days += 31) {
      for (const given of facts) {
        const written = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
        const person: Person = { dateOfBirth: addDays(on, -days), category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003', facts: written };
        people.push(lawfulCategory(person, on));
      }
    }
    // Each person asked twice, so that every class keeps answers that the next of its people is given.
    const ask = () => people.flatMap((p) => [p, p]).map((p) => decide(p, on, embeddedDataset, { kinds: ['council-tax-exemption', 'free-travel'] }).entitlements);
    const remembered = rememberingEverywhere(ask);
    const fresh = withoutRememberedAnswers(ask);
    expect(remembered).toEqual(fresh);
    // The check can fail: the people's answers differ (outcomes, end dates, offers' assessments).
    expect(new Set(fresh.map((answers) => JSON.stringify(answers))).size).toBeGreaterThan(people.length / 4);
  });

  it('tell apart people by their GP’s area past the sixty-three areas a class number holds (Oldham’s prescription offer, 63rd and after)', () => {
    // Classes are numbers while a place has met at most 63 GP areas, strings after: the 63rd area
    // is Oldham, whose offer answers otherwise, so a 64th area mistaken for the 63rd would show.
    const others = steadyAreasBesideOldham();
    expect(others.length).toBeGreaterThan(68);
    const gpAreas = [...others.slice(0, 62), 'E08000004', ...others.slice(62, 68)];
    const people = gpAreas.map(
      (registeredGpArea): Person => ({
        dateOfBirth: '2005-03-01',
        category: 'former-relevant',
        responsibleAuthority: 'E08000004',
        residence: 'E08000004',
        facts: { registeredGpArea, otherwiseExemptFromPrescriptionCharges: false },
      }),
    );
    const options = { kinds: ['free-prescriptions'] } as const;
    const askedThrice = (p: Person) => [1, 2, 3].map(() => decide(p, '2026-11-23', embeddedDataset, options).entitlements);
    const remembered = rememberingEverywhere(() => people.map(askedThrice));
    const fresh = withoutRememberedAnswers(() => people.map(askedThrice));
    expect(remembered).toEqual(fresh);
    // The check can fail: Oldham's GP patients get its offer, the others not (England's rule instead).
    const deciding = fresh.map((answers) => answers[0]![0]!.decidingOfferId);
    expect(deciding[62]).toBe('nhs-gm-oldham-prescription-prepayment');
    expect(deciding.filter((id) => id === 'nhs-gm-oldham-prescription-prepayment')).toHaveLength(1);
  });

  it('are shared by a council’s own care leavers asked about one after another, and not kept for a place asked about once', () => {
    const person = (day: number): Person => ({ dateOfBirth: addDays('2003-01-01', day), category: 'former-relevant', responsibleAuthority: 'E08000002', residence: 'E08000002' });
    const asked = Array.from({ length: 15 }, (_, i) => decide(person(i % 3), '2026-11-24', embeddedDataset));
    expect(asked.slice(0, 9).some((a) => a.entitlements.some((e) => isSharedDecision(e)))).toBe(false);
    // From the tenth, a class's answers are shared (a person whose birthdays differ gets them re-dated, not shared).
    expect(asked.slice(10).some((a) => a.entitlements.every((e) => isSharedDecision(e)))).toBe(true);
    const once = decide({ ...person(0), responsibleAuthority: 'E08000004', residence: 'E08000004' }, '2026-11-24', embeddedDataset);
    expect(once.entitlements.some((e) => isSharedDecision(e))).toBe(false);
  });

  it('keep being remembered in a place of a few tens of classes while its first look-ups meet new ones, and stop where people never share a class', () => {
    // Classes by GP area (Oldham's prescription offer reads it), in a place and on a date no other test asks about.
    const gpAreas = steadyAreasBesideOldham();
    expect(gpAreas.length).toBeGreaterThan(160);
    const ask = (area: string) =>
      decide(
        { dateOfBirth: '2005-03-01', category: 'former-relevant', responsibleAuthority: 'E08000004', residence: 'E08000004', facts: { registeredGpArea: area } },
        '2026-11-25',
        embeddedDataset,
        { kinds: ['free-prescriptions'] },
      ).entitlements[0]!;
    for (let i = 0; i < 9; i++) ask(gpAreas[0]!); // a place is planned for from its tenth question
    // Forty look-ups, thirty of them the first of their class (three in four): ten classes asked twice, twenty once.
    for (let i = 1; i <= 10; i++) {
      ask(gpAreas[i]!);
      ask(gpAreas[i]!);
    }
    for (let i = 11; i <= 30; i++) ask(gpAreas[i]!);
    expect(isSharedDecision(ask(gpAreas[1]!))).toBe(true);
    // Then a hundred and thirty classes in a hundred and thirty-one look-ups: remembering stops.
    for (let i = 31; i <= 160; i++) ask(gpAreas[i]!);
    expect(isSharedDecision(ask(gpAreas[1]!))).toBe(false);
  });

  it('drop what they remember, and all it shared, once they keep as many entitlements as they may, and answer and word the same afterwards', () => {
    // Councils looking after their own care leavers, on a date no other test asks about, so that every place starts unasked.
    const councils = ['E08000001', 'E08000003', 'E08000009', 'E06000010', 'E06000052'];
    const on = '2030-02-13';
    const options = { kinds: ['council-tax-exemption'] } as const;
    const person = (council: string): Person => ({ dateOfBirth: '2008-05-20', category: 'former-relevant', responsibleAuthority: council, residence: council });
    /** The entitlement the second person of a class gets: the first to be shared, unless the limit is reached. */
    const askTwice = (council: string) => {
      decide(person(council), on, embeddedDataset, options);
      return decide(person(council), on, embeddedDataset, options).entitlements[0]!;
    };
    rememberingEverywhere(() => {
      // With a limit of none, the second person of a class drops everything: from here nothing is kept.
      const start = sharedDecisionsGeneration();
      expect(isSharedDecision(withRememberedAnswersLimit(0, () => askTwice(councils[0]!)))).toBe(false);
      expect(sharedDecisionsGeneration()).toBe(start + 1);
      withRememberedAnswersLimit(2, () => {
        const sharedBefore = [councils[1]!, councils[2]!].flatMap((council) => {
          const entitlement = askTwice(council);
          expect(isSharedDecision(entitlement)).toBe(true);
          return [entitlement, ...entitlement.reasons, ...entitlement.offers, ...entitlement.offers.flatMap((o) => o.reasons)];
        });
        expect(sharedBefore.length).toBeGreaterThan(4);
        // A third class while two entitlements are kept: every place starts again.
        expect(isSharedDecision(askTwice(councils[3]!))).toBe(false);
        expect(sharedDecisionsGeneration()).toBe(start + 2);
        expect(sharedBefore.filter((o) => isSharedDecision(o))).toEqual([]);
        // And a class is shared again from its second person in the new generation.
        expect(isSharedDecision(askTwice(councils[4]!))).toBe(true);
        for (const council of councils) {
          const ask = () => [decide(person(council), on, embeddedDataset, options), evaluate(person(council), on, embeddedDataset, options)];
          expect(ask()).toEqual(withoutRememberedAnswers(ask));
        }
      });
    });
  });

  it('pause after a generation whose kept answers were found again fewer times than they were kept, for twice the limit\'s calls, and not after one found often', () => {
    const councils = ['E08000001', 'E08000003', 'E08000009', 'E06000010'];
    const options = { kinds: ['council-tax-exemption'] } as const;
    const person = (council: string): Person => ({ dateOfBirth: '2009-05-20', category: 'former-relevant', responsibleAuthority: council, residence: council });
    /** The entitlement of the last of `times` people asked about in a council on `on`. */
    const ask = (council: string, on: string, times: number) => {
      let last = decide(person(council), on, embeddedDataset, options).entitlements[0]!;
      for (let i = 1; i < times; i++) last = decide(person(council), on, embeddedDataset, options).entitlements[0]!;
      return last;
    };
    const [bolton, manchester, wigan, hull] = councils as [string, string, string, string];
    withRememberedAnswersLimit(3, () => {
      const start = sharedDecisionsGeneration();
      // Three answers kept (a place plans from its tenth call, keeps from its eleventh), each found
      // again: the fourth to be kept reaches the limit, and no pause follows.
      for (const council of [bolton, manchester, wigan]) expect(isSharedDecision(ask(council, '2031-03-18', 11))).toBe(true);
      for (const council of [bolton, manchester, wigan]) expect(isSharedDecision(ask(council, '2031-03-18', 1))).toBe(true);
      expect(isSharedDecision(ask(hull, '2031-03-18', 11))).toBe(false);
      expect(sharedDecisionsGeneration()).toBe(start + 1);
      expect(isSharedDecision(ask(bolton, '2031-03-18', 11))).toBe(true); // kept again from the eleventh call
      // Three kept (Bolton's above, two more), none found again: the fourth reaches the limit, and
      // the next six calls are answered afresh, uncounted, so a place keeps again only from the seventeenth.
      for (const council of [manchester, wigan]) expect(isSharedDecision(ask(council, '2031-03-17', 11))).toBe(true);
      expect(isSharedDecision(ask(hull, '2031-03-17', 11))).toBe(false);
      expect(sharedDecisionsGeneration()).toBe(start + 2);
      expect(isSharedDecision(ask(bolton, '2031-03-17', 11))).toBe(false);
      expect(isSharedDecision(ask(bolton, '2031-03-17', 6))).toBe(true);
      // Answers are those worked out afresh all along.
      const all = () => councils.map((council) => decide(person(council), '2031-03-17', embeddedDataset, options));
      expect(all()).toEqual(withoutRememberedAnswers(all));
    });
  });

  it('tell apart people whose birthdays fall either side of the day their council joined a combined authority (Hull, 2025-05-01)', () => {
    const on = '2025-04-10';
    for (const [born, category] of [['2000-04-', 'former-relevant'], ['2004-04-', 'former-relevant'], ['2007-04-', 'relevant']] as const) {
      const people = Array.from({ length: 30 }, (_, i): Person => ({ dateOfBirth: addDays(`${born}15`, i), category, responsibleAuthority: 'E06000010', residence: 'E06000010' }));
      const remembered = rememberingEverywhere(() => people.map((p) => decide(p, on, embeddedDataset)));
      expect(remembered).toEqual(withoutRememberedAnswers(() => people.map((p) => decide(p, on, embeddedDataset))));
    }
  });

  it('tell apart people by the birthdays a category or a birthday condition turns on (fictional: the 18th birthday; turning 18 after 1 April 2023)', () => {
    const ask = (data: Dataset, people: readonly Person[], on: string) => () =>
      people.map((p) => decide(p, on, data, { ...fictional, kinds: ['mentor'] }).entitlements[0]!).map((e) => [e.outcome, e.endsOn]);

    // Relevant children only: the answer ends on each one's 18th birthday.
    const relevantOnly = oneOfferDataset('fict-mentor', 'mentor', [{ type: 'category', in: ['relevant'] }]);
    const children = ['2009-01-10', '2009-02-20', '2009-01-12'].map((dateOfBirth): Person => ({ dateOfBirth, category: 'relevant', responsibleAuthority: BROOKMERE, residence: BROOKMERE }));
    const freshChildren = withoutRememberedAnswers(ask(relevantOnly, children, '2026-11-23'));
    expect(freshChildren).toEqual([['eligible', '2027-01-10'], ['eligible', '2027-02-20'], ['eligible', '2027-01-12']]);
    expect(rememberingEverywhere(ask(relevantOnly, children, '2026-11-23'))).toEqual(freshChildren);

    // Those who turned 18 after 1 April 2023, until 25: adults born either side of 2 April 2005.
    const turnedLate = oneOfferDataset('fict-mentor', 'mentor', [{ type: 'birthday', age: 18, from: '2023-04-02' }, { type: 'age', until: 25 }]);
    const adults = ['2005-04-01', '2005-04-02', '2005-03-30', '2005-04-05'].map((dateOfBirth): Person => ({ dateOfBirth, category: 'former-relevant', responsibleAuthority: BROOKMERE, residence: BROOKMERE }));
    const freshAdults = withoutRememberedAnswers(ask(turnedLate, adults, '2026-11-23'));
    expect(freshAdults.map(([outcome]) => outcome)).toEqual(['unknown', 'eligible', 'unknown', 'eligible']);
    expect(rememberingEverywhere(ask(turnedLate, adults, '2026-11-23'))).toEqual(freshAdults);
  });

  it('tell apart people whose birthdays fall either side of the day their council joins a combined authority, with no offer dated that day (fictional)', () => {
    // Fictional: the Fictional Combined Authority's travel offer for 18 to 20 year olds, in force
    // since 2005; Ashford Vale joins the authority on 2011-04-01 (see the fictional geography).
    const dataset: Dataset = {
      documents: [
        {
          ...regionalDocument,
          offers: [
            {
              id: 'fca-early-travel',
              kind: 'free-travel',
              title: 'FCA early travel pass (fictional)',
              description: 'Fictional: care leavers living in the authority, 18 to 20.',
              confidence: 'confirmed',
              lastChecked: '2026-11-23',
              sources: [{ title: 'Fictional test fixture', publisher: 'care-leaver-entitlements tests', file: 'test/engine/remembered-answers.test.ts' }],
              versions: { '2005-01-01': { status: 'in-force', value: { type: 'percentage', percent: 100 }, eligibility: [{ type: 'age', from: 18, until: 21 }, { type: 'residence', within: [FCA] }] } },
            },
          ],
        },
      ],
    };
    const people = ['1990-03-20', '1990-04-10', '1990-03-25', '1990-04-20'].map((dateOfBirth): Person => ({ dateOfBirth, category: 'former-relevant', responsibleAuthority: ASHFORD_VALE, residence: ASHFORD_VALE }));
    const ask = () => people.map((p) => decide(p, '2011-03-01', dataset, { ...fictional, kinds: ['free-travel'] }).entitlements[0]!.endsOn);
    const fresh = withoutRememberedAnswers(ask);
    expect(fresh).toEqual([null, '2011-04-01', null, '2011-04-01']);
    expect(rememberingEverywhere(ask)).toEqual(fresh);
  });

  it('tell apart people whose 25th birthday is days before, on or after the date asked (one no offer names, one many do) or the date the national health costs rule changed', () => {
    for (const [boundary, on] of [['2026-11-23', '2026-11-23'], ['2026-10-14', '2026-10-14'], ['2025-12-23', '2025-12-01'], ['2026-01-07', '2025-12-01']] as const) {
      const people = [-3, -2, -1, 0, 1, 2, 3].map((d): Person => ({ dateOfBirth: addDays(boundary, d).replace(/^\d{4}/, (y) => String(Number(y) - 25)), category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' }));
      // Each person asked twice, one after another: the second asking keeps the answers, and the
      // next person of the same class is given them.
      const ask = () => people.flatMap((p) => [p, p]).map((p) => evaluate(p, on, embeddedDataset));
      expect(rememberingEverywhere(ask)).toEqual(withoutRememberedAnswers(ask));
    }
  });
});
