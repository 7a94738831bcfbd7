import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADULT_AGE,
  type CalendarDate,
  type Person,
  addDays,
  birthday,
  compareMove,
  decideTimeline,
  embeddedDataset,
  evaluate,
  isWithin,
  listAreas,
  timeline,
} from '../../src/index.js';
import { containersAtAnyTime } from '../../src/areas/containers-at-any-time.js';
import { type CatalogueEntry, entriesConcerning, placesOf } from '../../src/data/document-catalogue.js';
import { CATALOGUE_ROWS } from '../../src/data/embedded-catalogue.generated.js';
import { catalogueEntryFromRow } from '../../src/data/catalogue-row.js';
import { placeGuard } from '../../src/engine/place-guard.js';
import { EMBEDDED_KINDS, embeddedDatasetFor } from '../../src/data/embedded-dataset-for.js';
import { GM10, onceAllExist } from './helpers.js';

const areas = listAreas({ current: true });
/** Council tax billing areas in the four nations (where someone can live), and the councils that look after children. */
const PLACES_TO_LIVE = areas.filter((a) => a.billsCouncilTax).map((a) => a.code);
const RESPONSIBLE = areas.filter((a) => a.childrensServices).map((a) => a.code);

/** Places drawn half the time from Greater Manchester, whose offers name one another most. */
const place = (all: readonly string[]) => fc.oneof(fc.constantFrom(...all), fc.constantFrom(...GM10));

/** A care leaver aged 16 to 25 on a date from 2018 to 2029, sometimes with a move in their history, with some facts. */
const personOnDate = fc
  .record({
    on: fc.integer({ min: 0, max: 12 * 365 }).map((d) => addDays('2018-01-01', d)),
    ageDays: fc.integer({ min: 16 * 365 + 5, max: 26 * 365 - 5 }),
    responsible: place(RESPONSIBLE),
    livesIn: place(PLACES_TO_LIVE),
    movedFrom: fc.option(fc.record({ area: place(PLACES_TO_LIVE), daysBefore: fc.integer({ min: 1, max: 900 }) }), { nil: undefined }),
    to: place(PLACES_TO_LIVE),
    facts: fc.record(
      {
        household: fc.constantFrom('alone', 'only-care-leavers', 'with-others'),
        tenancy: fc.constantFrom('council', 'housing-association', 'private-rented', 'none'),
        liableForCouncilTax: fc.boolean(),
        noRecourseToPublicFunds: fc.boolean(),
        workingWithLeavingCareService: fc.boolean(),
        inFullTimeEducation: fc.boolean(),
        registeredGpArea: place(PLACES_TO_LIVE),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ on: drawn, ageDays, responsible, livesIn, movedFrom, to, facts }) => {
    const on = onceAllExist(drawn, [responsible, livesIn, to]);
    const dateOfBirth = addDays(on, -ageDays);
    const adult = on >= birthday(dateOfBirth, ADULT_AGE);
    const start = movedFrom === undefined ? on : addDays(on, -movedFrom.daysBefore);
    const residence: Person['residence'] =
      movedFrom === undefined || start <= dateOfBirth
        ? livesIn
        : [
            { from: dateOfBirth, area: movedFrom.area },
            { from: addDays(on, -Math.floor(movedFrom.daysBefore / 2)), area: livesIn },
          ];
    const person: Person = { dateOfBirth, category: adult ? 'former-relevant' : 'relevant', responsibleAuthority: responsible, residence, facts };
    return { person, on: on as CalendarDate, to };
  });

describe('the embedded dataset for some places', () => {
  it('loads every document when no places are given, in the same order', async () => {
    const all = await embeddedDatasetFor();
    expect(all.documents).toEqual(embeddedDataset.documents);
    expect(Object.isFrozen(all.documents[0]!.offers[0]!)).toBe(true);
    expect([...EMBEDDED_KINDS].sort()).toEqual([...new Set(embeddedDataset.documents.flatMap((d) => d.offers.map((o) => o.kind)))].sort());
  });

  it('loads a small part of the documents for a move from Bolton to Leeds: the two councils, Greater Manchester, the national documents', async () => {
    const dataset = await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000001', 'E08000035'] });
    const providers = dataset.documents.map((d) => d.provider.code);
    expect(providers).toEqual(expect.arrayContaining(['E08000001', 'E08000035', 'E47000001', 'E92000001', 'org:nhs-greater-manchester']));
    expect(providers).not.toContain('E09000002'); // Barking and Dagenham
    expect(providers).not.toContain('E08000002'); // Bury: its offers are for those living in Bury
    expect(dataset.documents.length).toBeLessThan(embeddedDataset.documents.length / 5);
  });

  it('gives the same dataset object for places that need the same documents, of the last 16 choices made', async () => {
    const bolton = await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000001'] });
    expect(await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000001'] })).toBe(bolton);
    // Bolton twice, or in another order with Leeds: the same documents.
    expect(await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000001', 'E08000001'] })).toBe(bolton);
    const move = await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000001', 'E08000035'] });
    expect(move).not.toBe(bolton);
    expect(await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000035', 'E08000001'] })).toBe(move);
    // Forty other councils' documents later (at least sixteen other choices), Bolton's is made afresh (equal, not the same object).
    const others = listAreas({ current: true, nation: 'England' }).filter((a) => a.childrensServices && a.code !== 'E08000001').slice(0, 40);
    for (const area of others) await embeddedDatasetFor({ responsible: area.code, residences: [area.code] });
    const again = await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000001'] });
    expect(again).not.toBe(bolton);
    expect(again).toEqual(bolton);
  });

  it('gives the same answers as the whole dataset: evaluate, a move and a timeline, on any date (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(personOnDate, async ({ person, on, to }) => {
        const part = await embeddedDatasetFor(placesOf(person, to));
        expect(evaluate(person, on, part)).toEqual(evaluate(person, on, embeddedDataset));
        expect(compareMove(person, { to, on }, part)).toEqual(compareMove(person, { to, on }, embeddedDataset));
        const period = { from: on, until: addDays(on, 3 * 365) };
        expect(timeline(person, period, part)).toEqual(timeline(person, period, embeddedDataset));
      }),
      { numRuns: 60 },
    );
  });

  it('a timeline event names only causes of its own kind: the birthdays, versions, moves and changes of geography behind that kind (fast-check)', () => {
    const kindOf = new Map(embeddedDataset.documents.flatMap((d) => d.offers.map((o) => [o.id, o.kind] as const)));
    fc.assert(
      fc.property(personOnDate, ({ person, on }) => {
        const { events } = decideTimeline(person, { from: on, until: addDays(on, 6 * 365) }, embeddedDataset);
        for (const event of events) {
          expect(event.causes.length).toBeGreaterThan(0);
          for (const cause of event.causes) if (cause.cause === 'version') expect(kindOf.get(cause.offerId)).toBe(event.kind);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the embedded dataset for places no longer on the map', () => {
  // Councils abolished in England's reorganisations, each with its successor: a care leaver who
  // lived there, or was looked after there, is asked about on dates before and after the change.
  const abolished = listAreas({ current: false }).filter((a) => a.nation === 'England' && a.billsCouncilTax && a.endDate !== undefined && a.replacedBy.length === 1);
  /** Current councils that existed before the earliest of those changes (2009). */
  const longStanding = areas.filter((a) => a.startDate === undefined);

  it('gives the same answers as the whole dataset for a residence history through an abolished council, and for one that looked after them (fast-check)', async () => {
    expect(abolished.length).toBeGreaterThan(30);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...abolished),
        fc.constantFrom(...longStanding.filter((a) => a.billsCouncilTax).map((a) => a.code)),
        fc.constantFrom(...longStanding.filter((a) => a.childrensServices).map((a) => a.code)),
        fc.integer({ min: -900, max: 900 }),
        fc.boolean(),
        async (gone, now, responsible, daysFromEnd, lookedAfter) => {
          const lookedAfterThere = lookedAfter && gone.childrensServices; // a district looks after no children
          const end = gone.endDate!;
          const on = addDays(end, daysFromEnd) as CalendarDate;
          const dateOfBirth = addDays(end, -22 * 365);
          const movedOn = addDays(end, -400);
          const person: Person = {
            dateOfBirth,
            category: 'former-relevant',
            responsibleAuthority: lookedAfterThere ? (on < end ? gone.code : gone.replacedBy[0]!) : responsible,
            residence: [
              { from: dateOfBirth, area: gone.code },
              { from: movedOn, area: now },
            ],
          };
          const part = await embeddedDatasetFor(placesOf(person));
          expect(evaluate(person, on, part)).toEqual(evaluate(person, on, embeddedDataset));
          if (!lookedAfterThere) {
            // Across the council's end: the move out of it, and its successor taking over.
            const period = { from: addDays(end, -900), until: addDays(end, 900) };
            expect(timeline(person, period, part)).toEqual(timeline(person, period, embeddedDataset));
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('choosing documents by place', () => {
  const entry = (provider: string, guards: CatalogueEntry['guards'], claimAreas: string[] = []): CatalogueEntry => ({
    provider,
    claimAreas,
    guards,
    load: () => Promise.reject(new Error('not loaded in this test')),
  });
  const only = (area: string) => [area];

  it('keeps a document for its provider, its coverage claims or an offer that concerns the person, and nothing else', () => {
    const boltonOwn = entry('E08000001', [{ residence: ['E08000001'], responsible: ['E08000001'], provider: 'E08000001' }]);
    const forAnyone = entry('org:fictional', [{ residence: null, responsible: null, provider: 'org:fictional' }]);
    const claim = entry('org:claims', [{ residence: ['E06000001'], responsible: null, provider: 'org:claims' }], ['E08000035']);
    const forLeedsCareLeavers = entry('E06000001', [{ residence: null, responsible: ['E08000035'], provider: 'E06000001' }]);
    const entries = [boltonOwn, forAnyone, claim, forLeedsCareLeavers];
    expect(entriesConcerning(entries, { responsible: 'E08000035', residences: ['E08000035'] }, only)).toEqual([forAnyone, claim, forLeedsCareLeavers]);
    expect(entriesConcerning(entries, { responsible: 'E08000001', residences: ['E08000001'] }, only)).toEqual([boltonOwn, forAnyone]);
    // Someone Bolton looked after, living in Leeds: Bolton's own offer is for those living in Bolton.
    expect(entriesConcerning(entries, { responsible: 'E08000001', residences: ['E08000035'] }, only)).toEqual([boltonOwn, forAnyone, claim]);
  });

  it('a whole nation named by a guard does not bring in another council’s offer for its own care leavers living anywhere in it', () => {
    const derby = entry('E06000015', [{ residence: ['E92000001'], responsible: ['E06000015'], provider: 'E06000015' }]);
    const england = (area: string) => [area, 'E92000001'];
    expect(entriesConcerning([derby], { responsible: 'E08000001', residences: ['E08000001'] }, england)).toEqual([]);
    expect(entriesConcerning([derby], { responsible: 'E06000015', residences: ['E08000001'] }, england)).toEqual([derby]);
  });

  it('the catalogue lists every embedded document, in order, with its provider, its claims’ areas and its offers’ place guards', () => {
    const catalogue = CATALOGUE_ROWS.map(catalogueEntryFromRow);
    expect(catalogue.map((e) => e.provider)).toEqual(embeddedDataset.documents.map((d) => d.provider.code));
    embeddedDataset.documents.forEach((document, i) => {
      const guards = document.offers.map((offer) => placeGuard(Object.values(offer.versions), (offer.provider ?? document.provider).code));
      expect(new Set(catalogue[i]!.guards.map((g) => JSON.stringify(g))), document.provider.code).toEqual(new Set(guards.map((g) => JSON.stringify(g))));
      expect(new Set(catalogue[i]!.claimAreas), document.provider.code).toEqual(new Set((document.coverage ?? []).flatMap((claim) => claim.areas)));
    });
  });

  it('an area lies within a container on some date only if the container is among its containers at any time (fast-check)', () => {
    const codes = areas.map((a) => a.code);
    const containers = [...new Set(['E92000001', 'W92000004', 'S92000003', 'E47000001', 'E47000014', 'E47000010', 'E10000016', ...codes.slice(0, 50)])];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...containers), fc.integer({ min: 0, max: 40 * 365 }), (area, container, days) => {
        if (isWithin(area, container, addDays('2000-01-01', days))) expect(containersAtAnyTime(area)).toContain(container);
      }),
      { numRuns: 3000 },
    );
    expect(containersAtAnyTime('E08000021')).toEqual(expect.arrayContaining(['E08000021', 'E92000001', 'E47000014']));
  });
});
