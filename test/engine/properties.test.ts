import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_KINDS, KIND_INFO, addDays, birthday, type Kind, type Value, type ValueType, compareMove, evaluate, type Dataset, type Offer, type Person } from '../../src/index.js';
import { COUNCILS, PLACES_TO_LIVE, fictional, fictionalDataset } from '../fixtures/fictional.js';
import { lawfulCategory } from '../fixtures/lawful-category.js';

const dateBetween = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((d) => addDays(from, d));

const person: fc.Arbitrary<Person> = fc.record(
  {
    dateOfBirth: dateBetween('1996-01-01', 365 * 14),
    category: fc.constantFrom('eligible', 'relevant', 'former-relevant', 'qualifying'),
    responsibleAuthority: fc.constantFrom(...COUNCILS),
    residence: fc.constantFrom(...PLACES_TO_LIVE),
    facts: fc.record(
      {
        household: fc.constantFrom('alone', 'only-care-leavers', 'with-others'),
        noRecourseToPublicFunds: fc.boolean(),
        livingWithFormerFosterCarer: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['dateOfBirth', 'category', 'responsibleAuthority', 'residence'] },
);
const onDate = dateBetween('2012-01-01', 365 * 25);
const personAndDate = fc
  .tuple(person, onDate)
  .filter(([p, on]) => on >= birthday(p.dateOfBirth, 16)) // no care leaver is under 16
  .map(([p, on]): [Person, string] => [lawfulCategory(p, on), on]);

/** A fictional extra offer of one kind, open to everyone in an age band. */
const extraOffer = fc.record({
  kind: fc.constantFrom(...ALL_KINDS),
  from: fc.integer({ min: 16, max: 22 }),
  span: fc.integer({ min: 1, max: 8 }),
  start: dateBetween('2010-01-01', 365 * 20),
});


describe('engine invariants (fictional data)', () => {
  it('evaluation is deterministic and never throws on valid input', () => {
    fc.assert(
      fc.property(personAndDate, ([p, on]) => {
        const a = evaluate(p, on, fictionalDataset, fictional);
        const b = evaluate(structuredClone(p), on, fictionalDataset, fictional);
        expect(b).toEqual(a);
        expect(a.entitlements).toHaveLength(ALL_KINDS.length);
        // What the Entitlement union promises: an eligible answer has a value, a provider and a deciding offer; no other has any.
        for (const e of a.entitlements) {
          const decided = [e.value, e.provider, e.decidingOfferId].map((x) => x !== null);
          expect(decided).toEqual(e.outcome === 'eligible' ? [true, true, true] : [false, false, false]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a kind's outcome never depends on offers of other kinds", () => {
    fc.assert(
      fc.property(personAndDate, fc.constantFrom(...ALL_KINDS), ([p, on], kind) => {
        const only: Dataset = {
          // Each document's offers and claims of that kind only (a claim of a kind with no offer would need sources).
          documents: fictionalDataset.documents.map((d) => ({
            ...d,
            offers: d.offers.filter((o) => o.kind === kind),
            ...(d.coverage === undefined ? {} : { coverage: d.coverage.filter((c) => c.kinds.includes(kind)).map((c) => ({ ...c, kinds: [kind] })) }),
          })),
        };
        const full = evaluate(p, on, fictionalDataset, fictional).entitlements.find((e) => e.kind === kind)!;
        const alone = evaluate(p, on, only, fictional).entitlements.find((e) => e.kind === kind)!;
        expect([alone.outcome, alone.value, alone.decidingOfferId]).toEqual([full.outcome, full.value, full.decidingOfferId]);
      }),
      { numRuns: 200 },
    );
  });

  it('moving to the area one already lives in keeps every kind, or it stays neither or unknown', () => {
    fc.assert(
      fc.property(personAndDate, ([p, on]) => {
        const move = compareMove(p, { to: p.residence as string, on }, fictionalDataset, fictional);
        for (const c of move.changes) {
          expect(['kept', 'neither', 'unknown']).toContain(c.change);
          // kept only for what was had; neither only for what was not
          if (c.change === 'kept') expect(c.before.outcome).toBe('eligible');
          if (c.change === 'neither') expect(c.before.outcome).toBe('not-eligible');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('adding an offer never turns an eligible into not-eligible', () => {
    fc.assert(
      fc.property(personAndDate, extraOffer, ([p, on], extra) => {
        const offer: Offer = {
          id: 'fictional-extra-offer',
          kind: extra.kind,
          title: 'Extra (fictional)',
          description: 'Fictional offer added by a property test.',
          confidence: 'confirmed',
          lastChecked: '2026-11-23',
          sources: [{ title: 'Fictional', publisher: 'tests', file: 'test/engine/properties.test.ts' }],
          versions: {
            [extra.start]: {
              status: 'in-force',
              value: valueFor(extra.kind),
              eligibility: [{ type: 'age', from: extra.from, until: extra.from + extra.span }],
            },
          },
        };
        const [first, ...rest] = fictionalDataset.documents;
        const bigger: Dataset = { documents: [{ ...first!, offers: [...first!.offers, offer] }, ...rest] };
        const before = evaluate(p, on, fictionalDataset, fictional).entitlements;
        const after = evaluate(p, on, bigger, fictional).entitlements;
        before.forEach((e, i) => {
          if (e.outcome === 'eligible') expect(after[i]!.outcome).toBe('eligible');
        });
      }),
      { numRuns: 200 },
    );
  });
});

function valueFor(kind: Kind): Value {
  const type = KIND_INFO[kind].valueType as ValueType;
  switch (type) {
    case 'percentage':
      return { type: 'percentage', percent: 30 };
    case 'money':
      return { type: 'money', amount: 10, period: 'once' };
    case 'count':
      return { type: 'count', count: 1, unit: 'journeys' };
    case 'service':
      return { type: 'service' };
  }
}

describe('move changes and their confidence', () => {
  it('a change is firm exactly when every offer it rests on is confirmed, and its message says "probably" otherwise', () => {
    fc.assert(
      fc.property(personAndDate, fc.constantFrom(...PLACES_TO_LIVE), ([p, on], to) => {
        for (const c of compareMove(p, { to, on }, fictionalDataset, fictional).changes) {
          expect(c.firm).toBe(c.confidence === 'confirmed');
          if (c.change !== 'unknown') expect(c.message.includes('probably')).toBe(!c.firm);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('end dates do not depend on what else was asked', () => {
  it('a kind’s answer and end date are the same asked alone or with every kind', () => {
    fc.assert(
      fc.property(personAndDate, fc.constantFrom(...ALL_KINDS), ([p, on], kind) => {
        const alone = evaluate(p, on, fictionalDataset, { ...fictional, kinds: [kind] }).entitlements[0]!;
        const withAll = evaluate(p, on, fictionalDataset, fictional).entitlements.find((e) => e.kind === kind)!;
        expect(alone).toEqual(withAll);
      }),
      { numRuns: 200 },
    );
  });
});


describe('which value decides (fictional data)', () => {
  /** A share a fictional travel offer gives: a percentage, perhaps capped in journeys, perhaps only "up to". */
  const share = fc.record(
    {
      type: fc.constant('percentage' as const),
      percent: fc.constantFrom(25, 50, 100),
      journeys: fc.constantFrom(10, 40),
      upTo: fc.boolean(),
    },
    { requiredKeys: ['type', 'percent'] },
  );
  /** The order the engine promises: share, then no cap over a cap (more journeys over fewer), then stated over "up to". */
  const rank = (v: { percent: number; journeys?: number; upTo?: boolean }): number[] => [v.percent, v.journeys ?? Infinity, v.upTo === true ? 0 : 1];
  const better = (a: number[], b: number[]): number => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? 1 : -1;
    return 0;
  };
  const travelOffer = (id: string, value: Value): Offer => ({
    id,
    kind: 'free-travel',
    title: `Travel offer ${id} (fictional)`,
    description: 'Fictional offer made by a property test.',
    confidence: 'confirmed',
    lastChecked: '2026-11-23',
    sources: [{ title: 'Fictional', publisher: 'tests', file: 'test/engine/properties.test.ts' }],
    versions: { '2020-01-01': { status: 'in-force', value, eligibility: [{ type: 'age', from: 18, until: 25 }] } },
  });
  const datasetOf = (offers: Offer[]): Dataset => ({
    documents: [{ schemaVersion: 1, provider: { code: 'org:fictional-travel', name: 'Fictional travel' }, layer: 'other', fictional: true, offers }],
  });
  const twenty: Person = { dateOfBirth: '2006-01-01', category: 'former-relevant', responsibleAuthority: COUNCILS[0], residence: PLACES_TO_LIVE[0] };

  it('the better value decides, whatever order the offers come in; on a full tie the first id', () => {
    fc.assert(
      fc.property(share, share, (a, b) => {
        const answer = (offers: Offer[]) => evaluate(twenty, '2026-06-01', datasetOf(offers), { ...fictional, kinds: ['free-travel'] }).entitlements[0]!;
        const forwards = answer([travelOffer('a', a), travelOffer('b', b)]);
        const backwards = answer([travelOffer('b', b), travelOffer('a', a)]);
        const expected = better(rank(a), rank(b)) >= 0 ? 'a' : 'b';
        expect(forwards.outcome).toBe('eligible');
        expect(forwards.decidingOfferId).toBe(expected);
        expect(backwards.decidingOfferId).toBe(expected);
        expect(forwards.value).toEqual(expected === 'a' ? a : b);
      }),
      { numRuns: 150 },
    );
  });
});
