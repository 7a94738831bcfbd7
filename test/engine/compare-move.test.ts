import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareMove, embeddedDataset, evaluate, InvalidInputError, listAreas, type Person, weakestSupport } from '../../src/index.js';
import { ASHFORD_VALE, BROOKMERE, NORTHSHIRE, OAKLEY, RIVERTON, fictional, fictionalDataset, nationalDocument, sam } from '../fixtures/fictional.js';

const change = (person: Person, to: string, on: string, kind: string) =>
  compareMove(person, { to, on }, fictionalDataset, fictional).changes.find((c) => c.kind === kind)!;

describe('compareMove', () => {
  it('keeps what stays the same', () => {
    expect(change(sam, ASHFORD_VALE, '2026-01-01', 'personal-adviser').change).toBe('kept');
  });
  it('reports a change of provider as changed', () => {
    const c = change({ ...sam, facts: { household: 'alone' } }, ASHFORD_VALE, '2026-01-01', 'council-tax-exemption');
    expect(c.change).toBe('changed');
    expect(c.before.provider?.code).toBe('E47999001');
    expect(c.after.provider?.code).toBe(ASHFORD_VALE);
  });
  it('reports gained and lost', () => {
    const northshire: Person = { ...sam, responsibleAuthority: NORTHSHIRE, residence: BROOKMERE, facts: { noRecourseToPublicFunds: false } };
    expect(change(northshire, OAKLEY, '2026-01-01', 'council-tax-exemption').change).toBe('gained');
    expect(change({ ...northshire, residence: OAKLEY }, BROOKMERE, '2026-01-01', 'council-tax-exemption').change).toBe('lost');
  });
  it('reports unknown when the new area has nothing encoded', () => {
    const c = change(sam, RIVERTON, '2026-01-01', 'council-tax-exemption');
    expect(c.change).toBe('unknown');
    expect(c.after.reasons.map((r) => r.code)).toContain('no-offer-encoded');
    expect(c.message).toContain('not known after the move');
  });
  it('says how sure a probable change is and names its sources: "the only source" for one, the first and how many more for several', () => {
    const withAdviser = (confidence: 'reported' | 'uncertain', extraSources: number) => ({
      documents: fictionalDataset.documents.map((d) =>
        d !== nationalDocument
          ? d
          : {
              ...d,
              offers: d.offers.map((o) =>
                o.kind !== 'personal-adviser'
                  ? o
                  : { ...o, confidence, sources: [...o.sources, ...Array.from({ length: extraSources }, (_, i) => ({ title: `Fictional report ${i + 1}`, publisher: 'tests', file: 'test/fixtures/fictional.ts' }))] },
              ),
            },
      ),
    });
    const message = (confidence: 'reported' | 'uncertain', extraSources: number) =>
      compareMove(sam, { to: ASHFORD_VALE, on: '2026-01-01' }, withAdviser(confidence, extraSources), fictional).changes.find((c) => c.kind === 'personal-adviser')!.message;
    expect(message('reported', 0)).toMatch(/probably kept .*\(the only source is reported: Fictional test fixture \(care-leaver-entitlements tests\)\)/);
    expect(message('reported', 1)).toMatch(/\(the sources are reports: Fictional test fixture \(care-leaver-entitlements tests\) and 1 more\)/);
    expect(message('uncertain', 0)).toMatch(/\(the only source is uncertain: Fictional test fixture/);
    expect(message('uncertain', 2)).toMatch(/\(the sources are vague or disagree: Fictional test fixture \(care-leaver-entitlements tests\) and 2 more\)/);
  });
  it('names where the person moves from and to', () => {
    const move = compareMove(sam, { to: RIVERTON, on: '2026-01-01' }, fictionalDataset, fictional);
    expect([move.from, move.to, move.on]).toEqual([BROOKMERE, RIVERTON, '2026-01-01']);
  });
  it('rejects an unknown destination with a typed issue', () => {
    expect(() => compareMove(sam, { to: 'E99999999', on: '2026-01-01' }, fictionalDataset, fictional)).toThrow(InvalidInputError);
    try {
      compareMove(sam, { to: 'Leeds', on: '2026-01-01' }, fictionalDataset, fictional);
    } catch (error) {
      expect((error as InvalidInputError).issues[0]?.path).toEqual(['to']);
    }
  });
});

describe('the weakest offer a change rests on', () => {
  const places = listAreas({ current: true, nation: 'England' }).filter((a) => a.billsCouncilTax).map((a) => a.code);
  const councils = listAreas({ current: true, nation: 'England' }).filter((a) => a.childrensServices).map((a) => a.code);

  it('is the same for a move and the move back, when offers are equally weak (property over real places)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...councils), fc.constantFrom(...places), fc.constantFrom(...places), (responsible, from, to) => {
        const person: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: responsible, residence: from, facts: { liableForCouncilTax: true, household: 'alone' } };
        const there = compareMove(person, { to, on: '2026-12-03' }, embeddedDataset);
        const back = compareMove({ ...person, residence: to }, { to: from, on: '2026-12-03' }, embeddedDataset);
        expect(there.changes.map((c) => [c.kind, c.weakest?.offerId ?? null])).toEqual(back.changes.map((c) => [c.kind, c.weakest?.offerId ?? null]));
        const before = evaluate(person, '2026-12-03', embeddedDataset).entitlements;
        const after = evaluate({ ...person, residence: to }, '2026-12-03', embeddedDataset).entitlements;
        before.forEach((b, i) => expect(weakestSupport(b, after[i]!)?.offerId).toBe(weakestSupport(after[i]!, b)?.offerId));
      }),
      { numRuns: 150 },
    );
  });

  it('of two equally weak offers, is the one whose id sorts first, whichever side it is on', () => {
    // Stockton-on-Tees's and Knowsley's council tax answers for their own care leavers each rest on a reported offer.
    const person: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E06000004', residence: 'E06000004', facts: { liableForCouncilTax: true, household: 'alone' } };
    const [a] = evaluate(person, '2026-12-03', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements;
    const [b] = evaluate({ ...person, responsibleAuthority: 'E08000011', residence: 'E08000011' }, '2026-12-03', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements;
    const ids = [a!, b!].flatMap((e) => e.offers.filter((o) => o.offerId === e.decidingOfferId));
    expect(ids.map((o) => o.confidence)).toEqual([ids[0]!.confidence, ids[0]!.confidence]);
    expect(ids[0]!.confidence).not.toBe('confirmed');
    const first = [...ids.map((o) => o.offerId)].sort()[0];
    expect(first).toBe('knowsley-council-tax-care-leavers');
    expect(weakestSupport(a!, b!)?.offerId).toBe(first);
    expect(weakestSupport(b!, a!)?.offerId).toBe(first);
  });
});
