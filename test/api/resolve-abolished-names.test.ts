import { describe, expect, it } from 'vitest';
import { embeddedDataset, evaluate, resolveArea, searchAreas } from '../../src/index.js';

describe('a name whose council was abolished without a recorded successor, on a date', () => {
  it.each([
    ['Derry', 'N09000005'],
    ['Armagh', 'N09000002'],
  ])('resolveArea(%j, { on }) gives the area that existed then, as searchAreas does', (name, code) => {
    const on = '2026-11-23';
    const result = resolveArea(name, { on });
    expect(result.ok && result.area.code).toBe(code);
    expect(result.ok && result.note).toMatch(new RegExp(`was abolished on 2015-04-01; chose .*\\(${code}\\), which existed on ${on}`));
    expect(searchAreas(name, { on }).map((a) => a.code)).toContain(code);
  });

  it('the area chosen is one evaluate accepts', () => {
    const derry = resolveArea('Derry', { on: '2026-11-23' });
    if (!derry.ok) throw new Error(derry.issue.message);
    const answer = evaluate({ dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: derry.area.code }, '2026-11-23', embeddedDataset, { kinds: ['mentor'] });
    expect(answer.entitlements).toHaveLength(1);
  });

  it('before 2015 the name still means the old council; without a date, the note names the one that exists now', () => {
    const before = resolveArea('Derry', { on: '2010-01-01' });
    expect(before.ok && before.area.code).toBe('NIR-A');
    const undated = resolveArea('Derry');
    expect(undated.ok && undated.note).toMatch(/did you mean Derry City and Strabane \(N09000005\), which exists now\?$/);
  });

  it('an abolished council with a recorded successor still resolves to itself, its note naming the successor', () => {
    const allerdale = resolveArea('Allerdale', { on: '2026-11-23' });
    expect(allerdale.ok && allerdale.area.code).toBe('E07000026');
    expect(allerdale.ok && allerdale.note).toMatch(/replaced by Cumberland \(E06000063\)/);
  });
});
