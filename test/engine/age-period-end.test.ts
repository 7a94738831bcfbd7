import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type Dataset,
  type Offer,
  type OfferDocument,
  type Person,
  addDays,
  checkOfferDocument,
  decide,
  embeddedDataset,
  evaluate,
  guaranteeReport,
  timeline,
} from '../../src/index.js';
import { rememberingEverywhere, withoutRememberedAnswers } from '../../src/engine/remembered-answers.js';
import { ASHFORD_VALE, BROOKMERE, FCA, brookmereDocument, fictional, fictionalDataset, regionalDocument } from '../fixtures/fictional.js';

// FICTIONAL offers (see test/fixtures/fictional.ts): age bands that run on to the end of the month,
// or of the financial year, in which a birthday falls (`untilEndOf`).

const source = { title: 'Fictional test fixture', publisher: 'care-leaver-entitlements tests', file: 'test/engine/age-period-end.test.ts' };

function offer(id: string, kind: Offer['kind'], eligibility: Offer['versions'][string]['eligibility']): Offer {
  return {
    id,
    kind,
    title: `${id} (fictional)`,
    description: 'Fictional: an age band that runs on past a birthday.',
    confidence: 'confirmed',
    lastChecked: '2026-11-23',
    sources: [source],
    versions: { '2010-04-01': { status: 'in-force', value: { type: 'percentage', percent: 100 }, eligibility } },
  };
}

const lives: Offer['versions'][string]['eligibility'][number] = { type: 'residence', within: [FCA] };

const dataset: Dataset = {
  documents: [
    {
      ...regionalDocument,
      // The whole rule for both kinds in the authority, so that past the band the answer is "not eligible".
      coverage: [{ kinds: ['council-tax-exemption', 'free-travel'], areas: [FCA] }],
      offers: [
        // Council tax to the end of the month of the 21st birthday.
        offer('fca-tax-month', 'council-tax-exemption', [{ type: 'age', from: 18, until: 21, untilEndOf: 'month' }, lives]),
        // Travel to the end of the financial year of the 21st birthday, then another pass from the 22nd to the 25th.
        offer('fca-travel-year', 'free-travel', [{ type: 'age', from: 18, until: 21, untilEndOf: 'financial-year' }, lives]),
        offer('fca-travel-later', 'free-travel', [{ type: 'age', from: 22, until: 25 }, lives]),
      ],
    },
  ],
};

const person = (dateOfBirth: string): Person => ({ dateOfBirth, category: 'former-relevant', responsibleAuthority: ASHFORD_VALE, residence: ASHFORD_VALE });

function answer(dateOfBirth: string, on: string, kind: 'council-tax-exemption' | 'free-travel', leapDayBirthday: 'march-1' | 'february-28' = 'march-1') {
  return evaluate(person(dateOfBirth), on, dataset, { ...fictional, kinds: [kind], leapDayBirthday }).entitlements[0]!;
}

describe('an age band that runs on to the end of the month of a birthday (untilEndOf: month)', () => {
  // Born 10 November 2005: the 21st birthday is 10 November 2026; the month ends on 30 November.
  it('holds the day before, of and after the birthday, and on the last day of its month, and ends on the first of the next', () => {
    for (const on of ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-30']) {
      const e = answer('2005-11-10', on, 'council-tax-exemption');
      expect([on, e.outcome, e.endsOn]).toEqual([on, 'eligible', '2026-12-01']);
    }
    const after = answer('2005-11-10', '2026-12-01', 'council-tax-exemption');
    expect(after.outcome).toBe('not-eligible');
    expect(after.reasons.find((r) => r.code === 'age-limit-passed')).toMatchObject({
      date: '2026-12-01',
      message: 'fca-tax-month (fictional): ended on 1 December 2026, after the month of the 21st birthday',
    });
    // As data (decide): the birthday and the period.
    const decided = decide(person('2005-11-10'), '2026-12-01', dataset, { ...fictional, kinds: ['council-tax-exemption'] }).entitlements[0]!;
    expect(decided.reasons.find((r) => r.code === 'age-limit-passed')).toMatchObject({ age: 21, endOf: 'month', date: '2026-12-01' });
  });

  it('says why it ends where it ends: after the month of the birthday, not on the birthday', () => {
    const decided = decide(person('2005-11-10'), '2026-11-09', dataset, { ...fictional, kinds: ['council-tax-exemption'] }).entitlements[0]!;
    expect(decided.reasons.at(-1)).toMatchObject({ code: 'ends-on-birthday', age: 21, endOf: 'month', date: '2026-12-01' });
    const e = answer('2005-11-10', '2026-11-09', 'council-tax-exemption');
    expect(e.reasons.at(-1)!.message).toContain('ends on 1 December 2026, after the month of the 21st birthday');
  });

  it('runs a birthday on the last day of December into the new year, and one on the first of a month for the whole month', () => {
    expect(answer('2005-12-31', '2026-12-31', 'council-tax-exemption').endsOn).toBe('2027-01-01');
    expect(answer('2005-12-01', '2026-12-31', 'council-tax-exemption').outcome).toBe('eligible');
    expect(answer('2005-12-01', '2027-01-01', 'council-tax-exemption').outcome).toBe('not-eligible');
  });

  it('follows the leap-day rule for someone born on 29 February', () => {
    // 21st birthday in 2025, a common year: 1 March (so March is the month) or 28 February.
    expect(answer('2004-02-29', '2025-03-20', 'council-tax-exemption').outcome).toBe('eligible');
    expect(answer('2004-02-29', '2025-03-20', 'council-tax-exemption', 'february-28').outcome).toBe('not-eligible');
    expect(answer('2004-02-29', '2025-02-28', 'council-tax-exemption', 'february-28').endsOn).toBe('2025-03-01');
  });

  it('names the day after the month in the timeline, with the birthday and the period as its cause', () => {
    const t = timeline(person('2005-11-10'), { from: '2026-11-01', until: '2027-01-01' }, dataset, { ...fictional, kinds: ['council-tax-exemption'] });
    expect(t.events.map((e) => [e.on, e.causes])).toContainEqual(['2026-12-01', [{ cause: 'birthday', age: 21, endOf: 'month' }]]);
    expect(t.events.some((e) => e.on === '2026-11-10')).toBe(false);
  });
});

describe('an age band that runs on to the end of the financial year of a birthday (untilEndOf: financial-year)', () => {
  it('holds from the birthday to 31 March and ends on 1 April', () => {
    // Born 15 June 2005: the 21st birthday is 15 June 2026, in the financial year 2026-27.
    for (const on of ['2026-06-14', '2026-06-15', '2026-06-16', '2027-03-31']) expect(answer('2005-06-15', on, 'free-travel').outcome).toBe('eligible');
    expect(answer('2005-06-15', '2026-06-15', 'free-travel').endsOn).toBe('2027-04-01');
    expect(answer('2005-06-15', '2027-04-01', 'free-travel')).toMatchObject({ outcome: 'not-eligible' });
  });

  it('gives a birthday on 31 March one day more, and one on 1 April a whole year', () => {
    expect(answer('2005-03-31', '2026-03-31', 'free-travel').endsOn).toBe('2026-04-01');
    expect(answer('2005-03-31', '2026-04-01', 'free-travel').outcome).toBe('not-eligible');
    // Born 1 April: the year of the 21st birthday ends the day before the 22nd, when the later pass starts.
    const born = answer('2005-04-01', '2026-04-01', 'free-travel');
    expect(born.outcome).toBe('eligible');
    const next = answer('2005-04-01', '2027-04-01', 'free-travel');
    expect([next.outcome, next.decidingOfferId]).toEqual(['eligible', 'fca-travel-later']);
  });
});

describe('answers remembered per class of person, with bands that run on', () => {
  it('are those worked out afresh for people born through March and April (where a month, a year and a birthday can meet)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2026-03-15', '2026-04-01', '2026-11-23', '2027-03-31', '2027-04-01'),
        fc.array(fc.integer({ min: 0, max: 70 }), { minLength: 2, maxLength: 10 }),
        fc.constantFrom(2004, 2005, 2006),
        (on, days, year) => {
          const people = days.map((d) => person(addDays(`${year}-03-01`, d)));
          const ask = () => people.flatMap((p) => [p, p]).map((p) => decide(p, on, dataset, fictional));
          expect(rememberingEverywhere(ask)).toEqual(withoutRememberedAnswers(ask));
        },
      ),
      { numRuns: 60, seed: 20261204 },
    );
  });
});

describe('untilEndOf in documents and in the guarantee report', () => {
  it('is refused without `until`, naming the field and the fix', () => {
    const document: OfferDocument = { ...regionalDocument, offers: [offer('x', 'mentor', [{ type: 'age', from: 18, untilEndOf: 'month' }])] };
    const result = checkOfferDocument(document);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ path: expect.arrayContaining(['untilEndOf']), message: expect.stringContaining('needs `until`') }));
  });

  it('makes a member whose band runs to the end of the month of the 25th birthday go further than a guarantee to the 25th', () => {
    const own = brookmereDocument.offers[0]!;
    const version = own.versions['2017-04-01']!;
    const runsOn: OfferDocument = {
      ...brookmereDocument,
      offers: [
        {
          ...own,
          versions: {
            '2017-04-01': {
              ...version,
              status: 'in-force',
              eligibility: [
                { type: 'age', from: 18, until: 25, untilEndOf: 'month' },
                { type: 'responsible-authority', scope: 'within', areas: [FCA] },
                { type: 'residence', within: [BROOKMERE] },
              ],
            },
          },
        },
      ],
    };
    const data: Dataset = { documents: fictionalDataset.documents.map((d) => (d === brookmereDocument ? runsOn : d)) };
    const item = guaranteeReport(FCA, { on: '2026-11-23' }, data, { ...fictional, members: [BROOKMERE] }).items[0]!;
    const brookmere = item.members.find((m) => m.member.code === BROOKMERE)!;
    expect(brookmere.result).toBe('exceeds');
    expect(brookmere.reasons[0]).toMatchObject({
      code: 'wider-age',
      mine: { from: 18, until: 25, untilEndOf: 'month' },
      message: 'runs from the 18th birthday until the end of the month of the 25th birthday, longer than the guarantee (from the 18th birthday until the 25th birthday)',
    });
  });
});

describe('the real offers that run on (DOMAIN: Kent pays the month of the 21st birthday; Cornwall the financial year of the 25th)', () => {
  const kent = (dateOfBirth: string, on: string) =>
    evaluate({ dateOfBirth, category: 'former-relevant', responsibleAuthority: 'E10000016', residence: 'E07000110' }, on, embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements[0]!;
  it('Kent pays a Kent care leaver in Maidstone to the end of the month of the 21st birthday', () => {
    expect(kent('2005-11-10', '2026-11-23')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'kent-council-tax-care-leavers', endsOn: '2026-12-01' });
    expect(kent('2005-11-10', '2026-12-01').outcome).not.toBe('eligible');
  });
  const cornwall = (dateOfBirth: string, on: string) =>
    evaluate({ dateOfBirth, category: 'former-relevant', responsibleAuthority: 'E06000052', residence: 'E06000052', facts: { liableForCouncilTax: true } }, on, embeddedDataset, { kinds: ['council-tax-exemption'] })
      .entitlements[0]!;
  it('Cornwall exempts its own care leaver to the 31 March after the 25th birthday', () => {
    expect(cornwall('2001-06-15', '2026-11-23')).toMatchObject({ outcome: 'eligible', decidingOfferId: 'cornwall-council-tax-care-leavers', endsOn: '2027-04-01' });
    expect(cornwall('2001-06-15', '2027-03-31').outcome).toBe('eligible');
    expect(cornwall('2001-06-15', '2027-04-01').outcome).not.toBe('eligible');
  });
});
