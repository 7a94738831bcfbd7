import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/cli/render-table.js';

describe('renderTable', () => {
  it('aligns the columns under a rule, one for each heading', () => {
    expect(renderTable(['kind', 'outcome'], [['mentor', 'eligible']], { indent: 0 })).toBe('kind    outcome\n──────  ────────\nmentor  eligible\n');
  });

  it('prints nothing when no row remains, not headers over an empty rule', () => {
    expect(renderTable(['kind', 'outcome'], [])).toBe('');
  });
});
