import { describe, expect, it } from 'vitest';
import { joinedNames } from '../../src/lists/joined-names.js';

describe('joinedNames', () => {
  it('joins as in a sentence, with the word given before the last name', () => {
    expect(joinedNames([], 'and')).toBe('');
    expect(joinedNames(['Bolton'], 'or')).toBe('Bolton');
    expect(joinedNames(['age', 'residence'], 'or')).toBe('age or residence');
    expect(joinedNames(['Bolton', 'Bury', 'Wigan'], 'and')).toBe('Bolton, Bury and Wigan');
    expect(joinedNames(Object.freeze(['a', 'b', 'c', 'd']), 'or')).toBe('a, b, c or d');
  });
});
