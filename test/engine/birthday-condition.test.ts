import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type Condition,
  type Dataset,
  type Offer,
  type OfferDocument,
  type Person,
  addDays,
  checkOfferDocument,
  decide,
  decideTimeline,
  evaluate,
  guaranteeReport,
  offerDocumentJsonSchema,
} from '../../src/index.js';
import { rememberingEverywhere, withoutRememberedAnswers } from '../../src/engine/remembered-answers.js';
import { BROOKMERE, FCA, brookmereDocument, fictional, fictionalDataset, lawfulOn, nationalDocument } from '../fixtures/fictional.js';

// FICTIONAL offers (see test/fixtures/fictional.ts): a rule that depends on when someone turned 18
// (`type: birthday`), and national guidance that recommends an amount (`recommendation: true`).

const source = { title: 'Fictional test fixture', publisher: 'care-leaver-entitlements tests', file: 'test/engine/birthday-condition.test.ts' };

function allowance(id: string, amount: number, eligibility: readonly Condition[], extra: Partial<Offer> = {}): Offer {
  return {
    id,
    kind: 'setting-up-home-allowance',
    title: `${id} (fictional)`,
    description: 'Fictional: a setting up home allowance.',
    confidence: 'confirmed',
    lastChecked: '2026-12-04',
    sources: [source],
    versions: { '2023-04-01': { status: 'in-force', value: { type: 'money', amount, period: 'once' }, eligibility: [...eligibility] } },
    ...extra,
  };
}

const own: Condition = { type: 'responsible-authority', scope: 'own' };
const upTo25: Condition = { type: 'age', until: 25 };

/** Brookmere: £3,000 for those who turned 18 on or after 2 April 2023, £2,000 for those who turned 18 before. */
const brookmereCohorts: OfferDocument = {
  ...brookmereDocument,
  offers: [
    allowance('brookmere-allowance-later', 3000, [upTo25, own, { type: 'birthday', age: 18, from: '2023-04-02' }]),
    allowance('brookmere-allowance-earlier', 2000, [upTo25, own, { type: 'birthday', age: 18, before: '2023-04-02' }]),
  ],
};
/** Only Brookmere's cohorts (the national allowance left out, so that the two offers decide alone). */
const cohortsOnly: Dataset = { documents: [brookmereCohorts] };

const bornOn = (dateOfBirth: string): Person => ({ dateOfBirth, category: 'former-relevant', responsibleAuthority: BROOKMERE, residence: BROOKMERE });
const allowanceOf = (dateOfBirth: string, on: string, dataset: Dataset = cohortsOnly) =>
  evaluate(lawfulOn(bornOn(dateOfBirth), on), on, dataset, { ...fictional, kinds: ['setting-up-home-allowance'] }).entitlements[0]!;

describe('a birthday condition (type: birthday)', () => {
  it('gives each cohort its amount, on the day before, of and after the date the later cohort starts', () => {
    // 18th birthdays on 1, 2 and 3 April 2023.
    expect(allowanceOf('2005-04-01', '2026-12-04')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'brookmere-allowance-earlier', value: { amount: 2000 } });
    expect(allowanceOf('2005-04-02', '2026-12-04')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'brookmere-allowance-later', value: { amount: 3000 } });
    expect(allowanceOf('2005-04-03', '2026-12-04')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'brookmere-allowance-later', value: { amount: 3000 } });
    // `before` is exclusive: an 18th birthday on 2 April 2023 is not in the earlier cohort; on 1 April it is not in the later one.
    const stateOf = (dateOfBirth: string, offerId: string) => allowanceOf(dateOfBirth, '2026-12-04').offers.find((o) => o.offerId === offerId)?.state;
    expect(stateOf('2005-04-02', 'brookmere-allowance-earlier')).toBe('not-eligible');
    expect(stateOf('2005-04-01', 'brookmere-allowance-earlier')).toBe('eligible');
    expect(stateOf('2005-04-01', 'brookmere-allowance-later')).toBe('not-eligible');
  });

  it('says why an offer is not for someone: the birthday the condition names and the person’s own', () => {
    const answer = allowanceOf('2005-04-01', '2026-12-04');
    const later = answer.offers.find((o) => o.offerId === 'brookmere-allowance-later')!;
    expect(later.state).toBe('not-eligible');
    expect(later.reasons).toEqual([
      expect.objectContaining({
        code: 'birthday-outside',
        date: '2023-04-01',
        message: 'brookmere-allowance-later (fictional): is for those whose 18th birthday falls on or after 2 April 2023; theirs is on 1 April 2023',
      }),
    ]);
    const decided = decide(bornOn('2005-04-03'), '2026-12-04', cohortsOnly, { ...fictional, kinds: ['setting-up-home-allowance'] }).entitlements[0]!;
    const earlier = decided.offers.find((o) => o.offerId === 'brookmere-allowance-earlier')!;
    expect(earlier.reasons).toEqual([{ code: 'birthday-outside', offerId: 'brookmere-allowance-earlier', offerTitle: 'brookmere-allowance-earlier (fictional)', age: 18, date: '2023-04-03', before: '2023-04-02' }]);
  });

  it('holds for someone not yet 18, whose 18th birthday is ahead', () => {
    const relevant: Person = { ...bornOn('2009-01-10'), category: 'relevant' };
    expect(evaluate(relevant, '2026-12-04', cohortsOnly, { ...fictional, kinds: ['setting-up-home-allowance'] }).entitlements[0]).toMatchObject({
      outcome: 'eligible',
      decidingOfferId: 'brookmere-allowance-later',
    });
  });

  it('follows the leap-day rule for someone born on 29 February', () => {
    // Born 29 February 2004: the 18th birthday in 2022 (a common year) is 1 March or 28 February.
    const span: OfferDocument = {
      ...brookmereDocument,
      offers: [allowance('brookmere-march', 1000, [own, { type: 'birthday', age: 18, from: '2022-03-01' }])],
    };
    const ask = (leapDayBirthday: 'march-1' | 'february-28') =>
      evaluate(bornOn('2004-02-29'), '2026-12-04', { documents: [span] }, { ...fictional, kinds: ['setting-up-home-allowance'], leapDayBirthday }).entitlements[0]!.outcome;
    expect(ask('march-1')).toBe('eligible');
    expect(ask('february-28')).not.toBe('eligible');
  });

  it('never changes the answer with the date asked about, and adds no change date', () => {
    fc.assert(
      // Born 2003 to early 2007: 16 or over from 1 April 2023.
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 2000 }), (born, later) => {
        const dateOfBirth = addDays('2003-01-01', born);
        const first = addDays('2023-04-01', later % 400);
        const again = addDays(first, later);
        // Stay before the 25th birthday, where the age condition ends the offers.
        if (again >= addDays(dateOfBirth, 25 * 365)) return;
        const a = allowanceOf(dateOfBirth, first);
        const b = allowanceOf(dateOfBirth, again);
        expect([b.outcome, b.decidingOfferId]).toEqual([a.outcome, a.decidingOfferId]);
      }),
      { numRuns: 80, seed: 20261204 },
    );
    // From the offers' start to before the 25th birthday (2 April 2030): no change, the 18th birthday included.
    const t = decideTimeline(bornOn('2005-04-02'), { from: '2023-04-02', until: '2030-04-01' }, cohortsOnly, { ...fictional, kinds: ['setting-up-home-allowance'] });
    expect(t.events).toEqual([]);
  });

  // A date no version and no other rule names: only the condition itself can keep the cohorts apart.
  const midYear: Dataset = {
    documents: [
      {
        ...brookmereDocument,
        offers: [
          allowance('brookmere-allowance-later', 3000, [upTo25, own, { type: 'birthday', age: 18, from: '2023-06-15' }]),
          allowance('brookmere-allowance-earlier', 2000, [upTo25, own, { type: 'birthday', age: 18, before: '2023-06-15' }]),
        ],
      },
    ],
  };

  it('keeps apart, in answers remembered per class of person, people whose 18th birthdays fall on either side of the date', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 12 }), fc.constantFrom('2024-01-10', '2026-12-04'), (days, on) => {
        const people = days.map((d) => bornOn(addDays('2005-06-12', d)));
        const ask = () => people.flatMap((p) => [p, p]).map((p) => decide(p, on, midYear, { ...fictional, kinds: ['setting-up-home-allowance'] }));
        expect(rememberingEverywhere(ask)).toEqual(withoutRememberedAnswers(ask));
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });

  it('is refused without a date, or with dates the wrong way round, naming the field and the fix', () => {
    const broken = (condition: Record<string, unknown>) => {
      const document = { ...brookmereDocument, offers: [allowance('x', 1000, [condition as Condition])] };
      const result = checkOfferDocument(document);
      expect(result.success).toBe(false);
      return result.success ? [] : result.issues;
    };
    expect(broken({ type: 'birthday', age: 18 })).toContainEqual(expect.objectContaining({ message: expect.stringContaining('needs `from`') }));
    expect(broken({ type: 'birthday', age: 18, from: '2023-04-02', before: '2023-04-02' })).toContainEqual(
      expect.objectContaining({ path: expect.arrayContaining(['before']), message: expect.stringContaining('earlier date than `before`') }),
    );
    expect(broken({ type: 'birthday', age: 18, from: '2023-02-30' })).toContainEqual(expect.objectContaining({ path: expect.arrayContaining(['from']) }));
  });

  it('is in the JSON Schema, which asks for `from` or `before`', () => {
    const text = JSON.stringify(offerDocumentJsonSchema());
    expect(text).toContain('"birthday"');
    expect(text).toContain('[{"required":["from"]},{"required":["before"]}]');
  });

  it('leaves people out in the guarantee report: a member whose offer holds only for a cohort falls short of a guarantee for all', () => {
    const own21: OfferDocument = {
      ...brookmereDocument,
      offers: [
        {
          ...brookmereDocument.offers[0]!,
          versions: {
            '2017-04-01': {
              status: 'in-force',
              value: { type: 'percentage', percent: 100 },
              eligibility: [
                { type: 'age', from: 18, until: 25 },
                { type: 'responsible-authority', scope: 'within', areas: [FCA] },
                { type: 'residence', within: [BROOKMERE] },
                { type: 'birthday', age: 18, from: '2020-04-01' },
              ],
            },
          },
        },
      ],
    };
    const data: Dataset = { documents: fictionalDataset.documents.map((d) => (d === brookmereDocument ? own21 : d)) };
    const item = guaranteeReport(FCA, { on: '2026-11-23' }, data, { ...fictional, members: [BROOKMERE] }).items[0]!;
    const brookmere = item.members.find((m) => m.member.code === BROOKMERE)!;
    expect(brookmere.result).toBe('falls-short');
    expect(brookmere.reasons).toContainEqual(
      expect.objectContaining({ code: 'narrower-conditions', message: 'is only for those whose 18th birthday falls on or after 1 April 2020, unlike the guarantee' }),
    );
  });
});

describe('a recommendation of national guidance (recommendation: true)', () => {
  // Fictland's allowance (£3,000 from 1 April 2023) as guidance, and Brookmere's own rule.
  const guidance: OfferDocument = {
    ...nationalDocument,
    offers: nationalDocument.offers.map((o) => (o.id === 'fict-setting-up-home' ? { ...o, recommendation: true as const } : o)),
  };
  const withOwn = (amount: number, eligibility: readonly Condition[] = [upTo25, own]): Dataset => ({
    documents: [guidance, { ...brookmereDocument, offers: [allowance('brookmere-allowance', amount, eligibility)] }],
  });
  const answer = (dataset: Dataset, dateOfBirth = '2004-06-15') => allowanceOf(dateOfBirth, '2026-12-04', dataset);

  it('yields to a council’s own rule that gives less, and the answer says what the guidance recommends', () => {
    const e = answer(withOwn(2000));
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'brookmere-allowance', value: { amount: 2000 } });
    expect(e.offers.find((o) => o.offerId === 'fict-setting-up-home')).toMatchObject({ state: 'eligible', recommendation: true });
    expect(e.reasons.map((r) => r.code)).toEqual(['offer-applies', 'recommendation-not-followed', 'ends-on-birthday']);
    expect(e.reasons[0]!.message).toBe('brookmere-allowance (fictional), from Brookmere Council: £2,000');
    expect(e.reasons[1]!.message).toBe(
      "Setting up home allowance (fictional): recommends £3,000; guidance is not a duty, so Brookmere Council's own rule is what applies",
    );
  });

  it('yields without a word to a council’s own rule that gives more', () => {
    const e = answer(withOwn(3500));
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'brookmere-allowance', value: { amount: 3500 } });
    expect(e.reasons.map((r) => r.code)).toEqual(['offer-applies', 'ends-on-birthday']);
  });

  it('answers where no offer of the council’s own applies (none encoded, or its conditions fail)', () => {
    expect(answer({ documents: [guidance] })).toMatchObject({ outcome: 'eligible', decidingOfferId: 'fict-setting-up-home', value: { amount: 3000 } });
    const onlyForLaterCohort = withOwn(2000, [upTo25, own, { type: 'birthday', age: 18, from: '2024-01-01' }]);
    expect(answer(onlyForLaterCohort)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'fict-setting-up-home' });
    expect(answer(onlyForLaterCohort, '2006-06-15')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'brookmere-allowance' });
  });

  it('answers where the council’s own rule is unknown, and says that rule would decide if it applied', () => {
    // Brookmere's rule needs a fact that is not given: it may or may not apply.
    const needsFact = withOwn(2000, [upTo25, own, { type: 'fact', fact: 'inFullTimeEducation', equals: true }]);
    const e = answer(needsFact);
    expect(e).toMatchObject({ outcome: 'eligible', decidingOfferId: 'fict-setting-up-home', value: { amount: 3000 } });
    expect(e.reasons.map((r) => r.code)).toEqual(['offer-applies', 'own-rule-unsettled', 'ends-on-birthday']);
    const data = decide(lawfulOn(bornOn('2004-06-15'), '2026-12-04'), '2026-12-04', needsFact, { ...fictional, kinds: ['setting-up-home-allowance'] });
    expect(data.entitlements[0]!.reasons[1]).toEqual({
      code: 'own-rule-unsettled',
      offerId: 'brookmere-allowance',
      offerTitle: 'brookmere-allowance (fictional)',
      providerName: 'Brookmere Council',
    });
    expect(e.reasons[1]!.message).toBe(
      "brookmere-allowance (fictional): Brookmere Council's own rule, not known on this date; if it applies, it is what they get rather than what the guidance recommends",
    );
    // Given the fact, the rule decides one way or the other, and the reason goes.
    const given = (inEducation: boolean) =>
      evaluate(lawfulOn({ ...bornOn('2004-06-15'), facts: { inFullTimeEducation: inEducation } }, '2026-12-04'), '2026-12-04', needsFact, {
        ...fictional,
        kinds: ['setting-up-home-allowance'],
      }).entitlements[0]!;
    expect(given(true)).toMatchObject({ decidingOfferId: 'brookmere-allowance', value: { amount: 2000 } });
    expect(given(false).reasons.map((r) => r.code)).toEqual(['offer-applies', 'ends-on-birthday']);
  });

  it('says so too in a window of doubt: a rule confirmed in force only by a later date', () => {
    const confirmedLater = withOwn(2000);
    const brookmere = confirmedLater.documents[1]!;
    const [offer] = brookmere.offers;
    const doubtful: Dataset = {
      documents: [
        confirmedLater.documents[0]!,
        { ...brookmere, offers: [{ ...offer!, versions: { '2026-06-01': { ...offer!.versions['2023-04-01']!, dateIs: 'confirmed-by', notBefore: '2023-04-01' } } }] },
      ],
    };
    // The day before the page confirms it: unknown, so the guidance answers and says so; from that day, the rule.
    const before = allowanceOf('2004-06-15', '2026-05-31', doubtful);
    expect(before).toMatchObject({ decidingOfferId: 'fict-setting-up-home', value: { amount: 3000 } });
    expect(before.reasons.map((r) => r.code)).toContain('own-rule-unsettled');
    const on = allowanceOf('2004-06-15', '2026-06-01', doubtful);
    expect(on).toMatchObject({ decidingOfferId: 'brookmere-allowance', value: { amount: 2000 } });
    expect(on.reasons.map((r) => r.code)).not.toContain('own-rule-unsettled');
  });

  it('without the flag, the better value wins as for any two offers', () => {
    const plain: Dataset = { documents: [nationalDocument, { ...brookmereDocument, offers: [allowance('brookmere-allowance', 2000, [upTo25, own])] }] };
    expect(answer(plain)).toMatchObject({ outcome: 'eligible', decidingOfferId: 'fict-setting-up-home', value: { amount: 3000 } });
  });
});
