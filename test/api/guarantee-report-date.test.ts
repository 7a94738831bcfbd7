import { describe, expect, it } from 'vitest';
import { embeddedDataset, guaranteeReport, InvalidInputError } from '../../src/index.js';

describe('guaranteeReport for a region on a date it did not exist', () => {
  it('is refused with area-not-on-date at region, not answered with an empty report', () => {
    let caught: unknown;
    try {
      guaranteeReport('E47000001', { on: '1950-01-01' }, embeddedDataset);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).issues).toEqual([
      expect.objectContaining({ code: 'area-not-on-date', path: ['region'], message: expect.stringMatching(/^E47000001 \(Greater Manchester\) began on \d{4}-\d\d-\d\d, so did not exist on 1950-01-01/) }),
    ]);
  });

  it('still answers on a date it existed', () => {
    expect(guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset).items.length).toBeGreaterThan(0);
  });
});
