import { describe, expect, it } from 'vitest';
import { compareMove, embeddedDataset } from '../../src/index.js';
import { AREA, careLeaver } from './helpers.js';

// Scenarios from DOMAIN.md on the embedded data: what a move changes, and how sure it is.
const TAX = 'council-tax-exemption';
const change = (from: string, responsible: string, to: string, on: string, kind: string, facts = {}) =>
  compareMove(careLeaver(responsible, from, facts), { to, on }, embeddedDataset).changes.find((c) => c.kind === kind)!;

describe('moves on the embedded data', () => {
  it('an Oldham care leaver moving to Warrington probably loses the council tax exemption: Oldham’s rule is known from the press', () => {
    const c = change(AREA.oldham, AREA.oldham, AREA.warrington, '2026-11-23', TAX, { household: 'alone', liableForCouncilTax: true });
    expect(c.change).toBe('lost');
    expect(c.firm).toBe(false);
    expect(c.confidence).toBe('reported');
    expect(c.message).toMatch(/^Council tax exemption: probably lost .*the sources are reports: Oldham care leavers won't pay council tax till 25 \(Oldham Times\) and 1 more/);
  });

  it('free prescriptions are probably kept on a move in England: the sources disagree on when the national change began, and the answer says so', () => {
    const c = change(AREA.bolton, AREA.bolton, AREA.leeds, '2026-12-03', 'free-prescriptions');
    expect(c.change).toBe('kept');
    expect(c.firm).toBe(false);
    expect(c.confidence).toBe('uncertain');
    expect(c.message).toMatch(/probably kept .*\(the sources are vague or disagree: Care leavers to get free prescriptions and dental care until they are 25 \(LBC\) and 5 more\)/);
  });

  it('a Bolton care leaver moving within Greater Manchester: 100% from Bolton becomes 100% from the GM guarantee, firmly (both confirmed)', () => {
    const c = change(AREA.bolton, AREA.bolton, AREA.stockport, '2026-11-23', TAX, { livingWithFormerFosterCarer: false, liableForCouncilTax: true });
    expect(c.change).toBe('changed');
    expect([c.before.provider?.code, c.after.provider?.code]).toEqual([AREA.bolton, 'E47000001']);
    expect(c.firm).toBe(true);
  });

  it('Staying Put, had neither before nor after, is "neither", not "kept"', () => {
    const c = change(AREA.bolton, AREA.bolton, AREA.leeds, '2026-11-23', 'staying-put', { livingWithFormerFosterCarer: false });
    expect(c.change).toBe('neither');
    expect(c.message).toMatch(/not entitled before or after the move/);
  });
});
