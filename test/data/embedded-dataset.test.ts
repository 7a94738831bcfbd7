import { describe, expect, it } from 'vitest';
import { checkDataset, embeddedDataset } from '../../src/index.js';

describe('the embedded dataset', () => {
  it('is valid and deeply frozen, so it can be trusted without validating it again at run time', () => {
    expect(checkDataset(embeddedDataset).success).toBe(true);
    expect(Object.isFrozen(embeddedDataset)).toBe(true);
    expect(Object.isFrozen(embeddedDataset.documents[0]!.offers[0]!.versions)).toBe(true);
    expect(() => {
      (embeddedDataset.documents as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
