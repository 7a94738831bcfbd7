import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Condition, type Geography, type OfferDocument, type Person, decide, embeddedDataset, listAreas, moveMatrix, ukGeography } from '../../src/index.js';
import { ASHFORD_VALE, BROOKMERE, FCA, fictionalGeography } from '../fixtures/fictional.js';
import { contextOn, setUpEngine } from '../../src/engine/evaluate.js';
import { assessOffer } from '../../src/engine/assess-offer.js';
import { concernsPerson } from '../../src/engine/place-guard.js';
import { onceAllExist } from '../data/helpers.js';

/** The UK geography without its shortcuts: the engine then tests every offer of a kind. */
const plainGeography: Geography = {
  isWithin: (area, container, on) => ukGeography.isWithin(area, container, on),
  councilsServing: (area, on) => ukGeography.councilsServing(area, on),
  nameOf: (code) => ukGeography.nameOf(code),
  has: (code) => ukGeography.has(code),
  changeDates: (area) => ukGeography.changeDates!(area),
};

const english = listAreas({ current: true, nation: 'England' });
const billing = english.filter((a) => a.billsCouncilTax).map((a) => a.code);
const responsible = english.filter((a) => a.childrensServices).map((a) => a.code);

describe('place views', () => {
  it('lists the areas containing a place, the place first', () => {
    expect(ukGeography.containersOf!('E08000001', '2026-11-23')).toEqual(expect.arrayContaining(['E08000001', 'E47000001', 'E92000001']));
    expect(ukGeography.containersOf!('E08000001', '2026-11-23')[0]).toBe('E08000001');
    expect(ukGeography.containersOf!('E07000110', '2026-11-23')).toContain('E10000016'); // Maidstone in Kent
  });

  it('lists as containers exactly the areas that isWithin says contain the place, on any date (property)', () => {
    const codes = listAreas().map((a) => a.code);
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.integer({ min: 0, max: 365 * 12 }), (area, days) => {
        const on = new Date(Date.UTC(2018, 0, 1 + days)).toISOString().slice(0, 10);
        const containing = codes.filter((container) => ukGeography.isWithin(area, container, on));
        expect([...ukGeography.containersOf!(area, on)].sort()).toEqual([...containing].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('finds, through the areas containing a place, exactly the answers a scan of every offer finds (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...billing),
        fc.constantFrom(...responsible),
        fc.integer({ min: 0, max: 365 * 8 }),
        (residence, responsibleAuthority, days) => {
          const person: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority, residence };
          const on = onceAllExist(new Date(Date.UTC(2022, 5, 15 + days)).toISOString().slice(0, 10), [residence, responsibleAuthority]);
          const fast = decide(person, on, embeddedDataset);
          const plain = decide(person, on, embeddedDataset, { geography: plainGeography });
          expect(fast.entitlements.map((e) => [e.kind, e.outcome, e.decidingOfferId, e.endsOn, e.offers.map((o) => o.offerId)])).toEqual(
            plain.entitlements.map((e) => [e.kind, e.outcome, e.decidingOfferId, e.endsOn, e.offers.map((o) => o.offerId)]),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('puts each area of a move matrix into words once, for every move from or to it', () => {
    const person: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };
    const matrix = moveMatrix(person, { areas: ['E08000001', 'E08000003', 'E08000035'], on: '2026-11-23' }, embeddedDataset);
    const toManchester = matrix.compare('E08000001', 'E08000003');
    const toLeeds = matrix.compare('E08000001', 'E08000035');
    expect(toLeeds.changes[0]!.before).toBe(toManchester.changes[0]!.before);
    expect(toLeeds.changes[0]!.before.reasons[0]!.message).toEqual(expect.any(String));
  });
});

describe('offers that concern a person', () => {
  const boltonInManchester: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' };
  const councilTax = (person: Person) => decide(person, '2026-11-23', embeddedDataset).entitlements.find((e) => e.kind === 'council-tax-exemption')!;

  it("leave out another council's offer for its own care leavers living anywhere in England, and keep those of their own places", () => {
    const ids = councilTax(boltonInManchester).offers.map((o) => o.offerId);
    expect(ids).not.toContain('derby-council-tax-care-leavers-living-elsewhere');
    expect(ids).toEqual(expect.arrayContaining(['gm-council-tax-exemption', 'manchester-council-tax-exemption', 'bolton-council-tax-exemption']));
  });

  it("keep that offer for the council's own care leavers", () => {
    const derbyInManchester: Person = { ...boltonInManchester, responsibleAuthority: 'E06000015' };
    expect(councilTax(derbyInManchester).offers.map((o) => o.offerId)).toContain('derby-council-tax-care-leavers-living-elsewhere');
  });

  it('leave out only offers that certainly do not apply (property: every offer left out is assessed not eligible)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...billing), fc.constantFrom(...responsible), fc.integer({ min: 0, max: 365 * 8 }), (residence, responsibleAuthority, days) => {
        const on = onceAllExist(new Date(Date.UTC(2022, 6, 1 + days)).toISOString().slice(0, 10), [residence, responsibleAuthority]);
        const person: Person = { ...boltonInManchester, residence, responsibleAuthority, facts: { liableForCouncilTax: true } };
        const context = contextOn(setUpEngine(person, { on }, embeddedDataset, {}), on);
        const inResidence = context.index.containment.within(ukGeography, residence, on);
        const inResponsible = context.index.containment.within(ukGeography, responsibleAuthority, on);
        for (const offers of context.index.byKind.values()) {
          for (const offer of offers) {
            if (concernsPerson(offer.guard, inResidence, inResponsible)) continue;
            expect(['not-eligible', 'not-applicable'], offer.offer.id).toContain(assessOffer(offer, context).state);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the end date of each answer', () => {
  it('is the first date on which the answer changes, found by deciding afresh on every date anything could change (property)', () => {
    // Every date anything can change on: each version date and notBefore, and each birthday an
    // age condition of the dataset names (inside any-of too).
    const dates = new Set<string>();
    const ages = new Set<number>();
    const collectAges = (conditions: readonly Condition[]): void => {
      for (const c of conditions) {
        if (c.type === 'age') for (const age of [c.from, c.until]) if (age !== undefined) ages.add(age);
        if (c.type === 'any-of') collectAges(c.conditions);
      }
    };
    for (const document of embeddedDataset.documents) {
      for (const offer of document.offers) {
        for (const [date, version] of Object.entries(offer.versions)) {
          dates.add(date);
          if (version.notBefore !== undefined) dates.add(version.notBefore);
          collectAges(version.eligibility);
        }
      }
    }
    const born = '2004-06-15';
    for (const age of ages) dates.add(`${2004 + age}-06-15`);
    const key = (e: { outcome: string; decidingOfferId: string | null; value: unknown }) => JSON.stringify([e.outcome, e.decidingOfferId, e.value]);
    fc.assert(
      fc.property(
        fc.constantFrom(...billing),
        fc.constantFrom(...responsible),
        fc.integer({ min: 0, max: 365 * 4 }),
        fc.boolean(),
        // A move after `on`, or (days before it) one behind them.
        fc.option(fc.tuple(fc.constantFrom(...billing), fc.oneof(fc.integer({ min: 1, max: 365 * 5 }), fc.integer({ min: -365 * 3, max: 0 }))), { nil: undefined }),
        (residence, responsibleAuthority, days, liable, move) => {
          const on = onceAllExist(new Date(Date.UTC(2023, 0, 1 + days)).toISOString().slice(0, 10), [residence, responsibleAuthority, ...(move === undefined ? [] : [move[0]])]);
          // Sometimes a residence history: living in one place, then moving to another, after `on` or on or before it.
          const movedOn = move === undefined ? undefined : new Date(Date.parse(on) + move[1] * 86_400_000).toISOString().slice(0, 10);
          const person: Person = {
            dateOfBirth: born,
            category: 'former-relevant',
            responsibleAuthority,
            residence: move === undefined || move[0] === residence ? residence : [{ from: born, area: residence }, { from: movedOn!, area: move[0] }],
            facts: { liableForCouncilTax: liable, household: 'alone' },
          };
          const places = [residence, responsibleAuthority, ...(move === undefined ? [] : [move[0]])];
          const candidates = [...dates, ...places.flatMap((p) => ukGeography.changeDates!(p)), ...(movedOn === undefined ? [] : [movedOn])]
            .filter((d) => d > on)
            .sort();
          const base = decide(person, on, embeddedDataset).entitlements;
          const expected = new Map<string, string | null>(base.map((e) => [e.kind, null]));
          const open = new Set(base.map((e) => e.kind));
          for (const date of [...new Set(candidates)]) {
            if (open.size === 0) break;
            for (const e of decide(person, date, embeddedDataset).entitlements) {
              if (!open.has(e.kind)) continue;
              if (key(e) !== key(base.find((b) => b.kind === e.kind)!)) {
                expected.set(e.kind, date);
                open.delete(e.kind);
              }
            }
          }
          expect(base.map((e) => [e.kind, e.endsOn])).toEqual(base.map((e) => [e.kind, expected.get(e.kind)]));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('the end date with a later move (fictional places)', () => {
  // Fictional: the combined authority pays half fares for anyone living in it, 18 to 25; Brookmere
  // pays full fares for anyone living there from 1 January 2027. Someone looked after by Ashford
  // Vale moves from Ashford Vale to Brookmere on 1 June 2026: the half fare goes on across the move
  // (same offer, same value), and the answer changes when Brookmere's offer starts, a date that only
  // an offer of the later place has.
  const travel = (provider: { code: string; name: string }, id: string, from: string, percent: number, area: string): OfferDocument => ({
    schemaVersion: 1,
    provider,
    layer: 'local',
    fictional: true,
    offers: [
      {
        id,
        kind: 'free-travel',
        title: `${provider.name} travel (fictional)`,
        description: 'Fictional: for the test of end dates with a later move.',
        confidence: 'confirmed',
        lastChecked: '2026-11-23',
        sources: [{ title: 'Fictional test fixture', publisher: 'care-leaver-entitlements tests', file: 'test/engine/place-view.test.ts' }],
        versions: {
          [from]: {
            status: 'in-force',
            value: { type: 'percentage', percent },
            eligibility: [
              { type: 'age', from: 18, until: 25 },
              { type: 'residence', within: [area] },
            ],
          },
        },
      },
    ],
  });
  const dataset = {
    documents: [
      travel({ code: FCA, name: 'Fictional Combined Authority' }, 'fca-half-fares', '2020-01-01', 50, FCA),
      travel({ code: BROOKMERE, name: 'Brookmere Council' }, 'brookmere-free-fares', '2027-01-01', 100, BROOKMERE),
    ],
  };
  const person: Person = {
    dateOfBirth: '2004-06-15',
    category: 'former-relevant',
    responsibleAuthority: ASHFORD_VALE,
    residence: [
      { from: '2022-06-15', area: ASHFORD_VALE },
      { from: '2026-06-01', area: BROOKMERE },
    ],
  };
  const travelOn = (on: string) => decide(person, on, dataset, { geography: fictionalGeography, kinds: ['free-travel'] }).entitlements[0]!;

  it('before the move, the half fare ends when Brookmere’s full fare starts, not at the move or the 25th birthday', () => {
    const before = travelOn('2026-03-01');
    expect([before.outcome, before.decidingOfferId, before.endsOn]).toEqual(['eligible', 'fca-half-fares', '2027-01-01']);
  });

  it('agrees with deciding on each side of that date', () => {
    expect(travelOn('2026-12-31').decidingOfferId).toBe('fca-half-fares');
    expect(travelOn('2027-01-01').decidingOfferId).toBe('brookmere-free-fares');
    expect(travelOn('2027-01-01').endsOn).toBe('2029-06-15');
  });
});
