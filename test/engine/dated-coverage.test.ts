import { describe, expect, it } from 'vitest';
import { type Dataset, type OfferDocument, coveringDocuments, decide, evaluate, isAreaCovered, loadOfferDocument, timeline } from '../../src/index.js';
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
