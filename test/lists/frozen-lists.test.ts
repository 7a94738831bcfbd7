import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findOf, someOf } from '../../src/lists/frozen-lists.js';

describe('list operations for frozen lists', () => {
  it('answer as some and find do, on frozen and unfrozen lists alike', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -20, max: 20 }), fc.boolean(), (items, limit, frozen) => {
        const list = frozen ? Object.freeze([...items]) : items;
        const test = (n: number) => n > limit;
        expect(someOf(list, test)).toBe(items.some(test));
        expect(findOf(list, test)).toBe(items.find(test));
      }),
    );
  });

  it('stop at the first item that passes', () => {
    const seen: number[] = [];
    expect(someOf(Object.freeze([1, 2, 3]), (n) => (seen.push(n), n === 2))).toBe(true);
    expect(seen).toEqual([1, 2]);
    expect(findOf(Object.freeze([1, 2, 3]), (n) => (seen.push(n), n > 1))).toBe(2);
    expect(seen).toEqual([1, 2, 1, 2]);
  });
});
