import { describe, expect, it } from 'vitest';
import { compareMove, InvalidInputError, type Person } from '../../src/index.js';
import { ASHFORD_VALE, BROOKMERE, NORTHSHIRE, OAKLEY, RIVERTON, fictional, fictionalDataset, sam } from '../fixtures/fictional.js';

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
