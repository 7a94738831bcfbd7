import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, type OfferDocument, type Person, addDays, checkOfferDocument, coveringDocuments, decide, embeddedDataset, evaluate, isAreaCovered, loadOfferDocument, timeline } from '../../src/index.js';
import { BROOKMERE, FICTLAND, fictional, sam } from '../fixtures/fictional.js';

// FICTIONAL: Fictland makes prescriptions free for under-25s from 1 April 2011, but its document
// is the whole rule for prescriptions only from 1 June 2013 (say, when older local schemes it
// does not encode were closed). Before that date the kind is not settled, so a "no" is unknown.
const source = [{ title: 'Fictional test fixture', publisher: 'care-leaver-entitlements tests', file: 'test/engine/dated-coverage.test.ts' }];
const fictlandPrescriptions: OfferDocument = {
  schemaVersion: 1,
  provider: { code: FICTLAND, name: 'Fictland' },
  layer: 'national',
  fictional: true,
  coverage: [{ kinds: ['free-prescriptions'], areas: [FICTLAND], from: '2013-06-01' }],
  offers: [
    {
      id: 'fict-prescriptions-under-25',
      kind: 'free-prescriptions',
      title: 'Free prescriptions under 25 (fictional)',
      description: 'Fictional: free prescriptions until the 25th birthday.',
      confidence: 'confirmed',
      lastChecked: '2026-11-23',
      sources: source,
      versions: {
        '2011-04-01': { status: 'in-force', value: { type: 'service' }, eligibility: [{ type: 'age', until: 25 }] },
      },
    },
  ],
};
const dataset: Dataset = { documents: [fictlandPrescriptions] };
const RX = 'free-prescriptions';
/** Born 1 January 1980: 31 in 2011, well past the offer's age limit. */
const older = { ...sam, dateOfBirth: '1980-01-01' };

function outcomeOn(on: string, person = older) {
  return evaluate(person, on, dataset, { ...fictional, kinds: [RX] }).entitlements[0]!.outcome;
}

describe('a coverage claim with a start date (fictional data)', () => {
  it('settles the kind only from its date: unknown the day before, not eligible on it and after', () => {
    expect(outcomeOn('2013-05-31')).toBe('unknown');
    expect(outcomeOn('2013-06-01')).toBe('not-eligible');
    expect(outcomeOn('2020-01-01')).toBe('not-eligible');
    // Asked in the other order in one process: the place views of the two stretches are kept apart.
    expect(outcomeOn('2013-05-31')).toBe('unknown');
  });

  it('leaves an eligible answer as it is before the date (an offer that applies needs no claim)', () => {
    expect(outcomeOn('2012-01-01', { ...sam, dateOfBirth: '1990-01-01' })).toBe('eligible'); // 22
  });

  it('ends an unknown answer on the date the claim starts, and a timeline names the claim as the cause', () => {
    const decided = decide(older, '2012-01-01', dataset, { ...fictional, kinds: [RX] }).entitlements[0]!;
    expect(decided).toMatchObject({ outcome: 'unknown', endsOn: '2013-06-01' });
    const t = timeline(older, { from: '2012-01-01', until: '2014-01-01' }, dataset, { ...fictional, kinds: [RX] });
    expect(t.events.map((e) => [e.on, e.before, e.after, e.causes])).toEqual([
      ['2013-06-01', 'unknown', 'not-eligible', [{ cause: 'coverage', areas: [FICTLAND] }]],
    ]);
  });

  it('is reported by the coverage functions only from its date', () => {
    expect(coveringDocuments(dataset, RX, BROOKMERE, '2013-05-31', fictional.geography)).toEqual([]);
    expect(coveringDocuments(dataset, RX, BROOKMERE, '2013-06-01', fictional.geography)).toEqual([
      { provider: { code: FICTLAND, name: 'Fictland' }, layer: 'national', how: 'claim', claimArea: FICTLAND },
    ]);
    expect(isAreaCovered(dataset, RX, BROOKMERE, '2013-05-31', fictional.geography)).toBe(false);
    expect(isAreaCovered(dataset, RX, BROOKMERE, '2013-06-01', fictional.geography)).toBe(true);
  });

  it('a start date that is not a calendar date is refused, naming the field', () => {
    const yaml = [
      'schemaVersion: 1',
      'fictional: true',
      'provider: { code: E99990000, name: Fictland }',
      'layer: national',
      'coverage:',
      '  - kinds: [free-prescriptions]',
      '    areas: [E99990000]',
      "    from: '2013-02-30'",
      'offers: []',
    ].join('\n');
    const result = loadOfferDocument(yaml, 'fictional.yaml');
    expect(result.success).toBe(false);
    if (!result.success) {
      const issue = result.issues.find((i) => i.path.join('.') === 'coverage.0.from');
      expect(issue).toMatchObject({ line: 8 });
      expect(issue?.message).toMatch(/date/i);
    }
  });
});

// FICTIONAL: an offer whose later version is known only as in force by a date (no start date).
function twoVersions(earlier: number, later: number): Dataset {
  return {
    documents: [
      {
        schemaVersion: 1,
        provider: { code: BROOKMERE, name: 'Brookmere' },
        layer: 'local',
        fictional: true,
        offers: [
          {
            id: 'fict-brookmere-travel',
            kind: 'free-travel',
            title: 'Brookmere travel discount (fictional)',
            description: 'Fictional: a travel discount whose later rate has no known start date.',
            confidence: 'confirmed',
            lastChecked: '2026-11-23',
            sources: source,
            versions: {
              '2020-01-01': { status: 'in-force', value: { type: 'percentage', percent: earlier }, eligibility: [{ type: 'age', from: 18, until: 25 }] },
              '2024-01-01': { dateIs: 'confirmed-by', status: 'in-force', value: { type: 'percentage', percent: later }, eligibility: [{ type: 'age', from: 18, until: 25 }] },
            },
          },
        ],
      },
    ],
  };
}

describe('a later version with no known start, eligible under both versions (fictional data)', () => {
  const travel = (data: Dataset, on: string) => evaluate(sam, on, data, { ...fictional, kinds: ['free-travel'] }).entitlements[0]!;

  it('is eligible with the lesser value before the date it is confirmed by, and names the other value', () => {
    const rising = travel(twoVersions(50, 100), '2023-06-01');
    expect(rising).toMatchObject({ outcome: 'eligible', value: { type: 'percentage', percent: 50 }, endsOn: '2024-01-01' });
    const reason = rising.reasons.find((r) => r.code === 'lesser-of-two-versions');
    expect(reason).toMatchObject({ date: '2024-01-01', offerId: 'fict-brookmere-travel' });
    expect(reason?.message).toContain('the lesser of the two');
    expect(reason?.message).toContain('100%');
    const data = decide(sam, '2023-06-01', twoVersions(50, 100), { ...fictional, kinds: ['free-travel'] }).entitlements[0]!;
    expect(data.reasons.find((r) => r.code === 'lesser-of-two-versions')).toMatchObject({ other: { type: 'percentage', percent: 100 } });
    // A later cut: the lesser is the later version's value.
    expect(travel(twoVersions(100, 50), '2023-06-01')).toMatchObject({ outcome: 'eligible', value: { type: 'percentage', percent: 50 } });
  });

  it('gives the later value from the date it is confirmed by; before 18 neither version applies', () => {
    expect(travel(twoVersions(50, 100), '2024-01-01')).toMatchObject({ outcome: 'eligible', value: { type: 'percentage', percent: 100 } });
    expect(travel(twoVersions(50, 100), '2023-12-31').value).toEqual({ type: 'percentage', percent: 50 });
    // Aged 17 on 2022-06-14: neither version applies, a plain no; the day after, 18, the lesser value.
    const young = { ...sam, category: 'relevant' as const };
    expect(evaluate(young, '2022-06-14', twoVersions(50, 100), { ...fictional, kinds: ['free-travel'] }).entitlements[0]!.outcome).toBe('not-eligible');
  });

  it('property: in the window, any two rates give eligible with the lower of them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 564 }), (earlier, later, day) => {
        const on = addDays('2022-06-15', day); // from the 18th birthday to 2023-12-31, the day before the later version's date
        const answer = travel(twoVersions(earlier, later), on);
        expect(answer.outcome).toBe('eligible');
        expect(answer.value).toEqual({ type: 'percentage', percent: Math.min(earlier, later) });
      }),
      { numRuns: 60 },
    );
  });
});

describe('a coverage claim for a kind its document has no offer of (fictional data)', () => {
  // FICTIONAL: Fictland says it gives no travel concession to care leavers at all.
  const claimOnly = (sources?: typeof source): OfferDocument => ({
    ...fictlandPrescriptions,
    coverage: [{ kinds: ['free-travel'], areas: [FICTLAND], from: '2020-01-01', ...(sources === undefined ? {} : { sources }) }],
  });

  it('is refused without sources, naming the claim and the kind', () => {
    const loaded = checkOfferDocument(claimOnly());
    expect(loaded.success).toBe(false);
    if (!loaded.success) {
      expect(loaded.issues).toEqual([expect.objectContaining({ code: 'claim-without-sources', path: ['coverage', 0, 'sources'] })]);
      expect(loaded.issues[0]!.message).toContain('free-travel');
    }
  });

  it('gives a "no" that names the claim and cites its sources, from the date it holds', () => {
    const data: Dataset = { documents: [claimOnly(source)] };
    const travel = (on: string) => evaluate({ ...sam, dateOfBirth: '2000-01-01' }, on, data, { ...fictional, kinds: ['free-travel'] }).entitlements[0]!;
    expect(travel('2019-12-31').outcome).toBe('unknown');
    const no = travel('2020-01-01');
    expect(no.outcome).toBe('not-eligible');
    expect(no.sources).toEqual(source);
    expect(no.reasons.map((r) => r.code)).toEqual(['no-offer-applies', 'whole-rule-claimed']);
    expect(no.reasons[1]!.message).toBe('Fictland says it gives no free or discounted travel in Fictland beyond what is encoded here');
  });

  it('is not named where the document has an offer of the kind, which speaks for it', () => {
    const no = evaluate(older, '2020-01-01', dataset, { ...fictional, kinds: [RX] }).entitlements[0]!;
    expect(no.outcome).toBe('not-eligible');
    expect(no.reasons.map((r) => r.code)).not.toContain('whole-rule-claimed');
    expect(no.sources).toEqual(source);
  });
});

describe('a claim for residents only (Wales and Scotland: rules about homes there)', () => {
  const cardiffCareLeaver = (residence: string): Person => ({ dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'W06000015', residence, facts: { household: 'alone', liableForCouncilTax: true } });
  const tax = (residence: string) => decide(cardiffCareLeaver(residence), '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements[0]!;

  it("settles Wales's council tax for a care leaver living in Wales", () => {
    expect(tax('W06000015').outcome).toBe('eligible');
  });

  it('does not settle what Cardiff gives its care leavers living in England: unknown, naming Cardiff (it answered a firm "not eligible" in Bristol)', () => {
    const bristol = tax('E06000023');
    expect(bristol.outcome).toBe('unknown');
    expect(bristol.reasons).toContainEqual(expect.objectContaining({ code: 'no-offer-encoded', areas: ['W06000015'] }));
    expect(tax('E08000035').reasons).toContainEqual(expect.objectContaining({ code: 'no-offer-encoded', areas: ['W06000015', 'E08000035'] }));
  });
});
