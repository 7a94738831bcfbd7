import { describe, expect, it } from 'vitest';
import { areaStandingOn, compareMove, embeddedDataset, moveMatrix } from '../../src/index.js';
import { issuesOf } from '../fixtures/issues-of.js';

const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;


describe('error paths', () => {
  it('compareMove with an empty move reports both on and to', () => {
    expect(issuesOf(() => compareMove(person, {} as never, embeddedDataset)).map((i) => i.path)).toEqual([['on'], ['to']]);
  });

  it("a move matrix's compare names from and to by their own paths, even for the same bad area", () => {
    const matrix = moveMatrix(person, { areas: ['E08000001', 'E08000003'], on: '2026-11-23' }, embeddedDataset);
    expect(issuesOf(() => matrix.compare('E99999998', 'E99999999')).map((i) => i.path)).toEqual([['from'], ['to']]);
    expect(issuesOf(() => matrix.compare('E99999998', 'E99999998')).map((i) => i.path)).toEqual([['from'], ['to']]);
  });

  it('undefined and null are written as such, with no article', () => {
    const messages = issuesOf(() => areaStandingOn(undefined as never, '2026-01-01')).map((i) => i.message);
    expect(messages[0]).toMatch(/^undefined is not an area/);
    const toNull = issuesOf(() => compareMove(person, { to: null, on: '2026-11-23' } as never, embeddedDataset));
    expect(toNull[0]?.message).toMatch(/^this is null, not text/);
  });
});
