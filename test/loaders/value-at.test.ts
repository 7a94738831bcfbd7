import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/loaders/value-at.js';

describe('valueAt', () => {
  it('follows field names and list positions, and gives undefined past the end of what was written', () => {
    const document = { offers: [{ kind: 'mentor', versions: { '2025-01-01': { eligibility: [{ type: 'age' }] } } }] };
    expect(valueAt(document, ['offers', 0, 'kind'])).toBe('mentor');
    expect(valueAt(document, ['offers', 0, 'versions', '2025-01-01', 'eligibility', 0])).toEqual({ type: 'age' });
    expect(valueAt(document, [])).toBe(document);
    expect(valueAt(document, ['offers', 1, 'kind'])).toBeUndefined();
    expect(valueAt(document, ['offers', 0, 'kind', 'length', 'x'])).toBeUndefined();
    expect(valueAt('text', ['offers'])).toBeUndefined();
  });
});
