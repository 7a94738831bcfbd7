import { describe, expect, it } from 'vitest';
import { checkPerson, checkOfferDocument, checkDataset, embeddedDataset, evaluate, InvalidInputError, MAX_REPORTED_ISSUES } from '../../src/index.js';

const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001' };

describe('a very large or unreadable input', () => {
  it('checkPerson reports a residence of 70,000 bad periods, capped, without throwing', () => {
    const result = checkPerson({ ...person, residence: Array(70000).fill({}) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(result.issues.at(-1)).toMatchObject({ code: 'too-many-issues', message: expect.stringMatching(/^and \d+ more issues/) });
  });

  it('evaluate refuses it with an InvalidInputError carrying at most the cap', () => {
    let caught: unknown;
    try {
      evaluate({ ...person, residence: Array(70000).fill({}) } as never, '2026-11-23', embeddedDataset);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const error = caught as InvalidInputError;
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(error.issues.at(-1)?.code).toBe('too-many-issues');
    expect(error.message).toMatch(/\(and 139999 more\)$/);
  });

  it('an InvalidInputError keeps at most the cap, counting the rest', () => {
    const issues = Array.from({ length: 1000 }, (_, i) => ({ code: 'invalid-value' as const, path: [i], message: 'bad' }));
    const error = new InvalidInputError('list', issues);
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(error.issues.at(-1)?.message).toMatch(/^and 900 more issues/);
    expect(error.message).toMatch(/\(and 999 more\)$/);
  });

  it('check functions never throw, even for an input whose reading throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    for (const check of [checkPerson, checkOfferDocument, checkDataset]) {
      const result = check(hostile);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues[0]?.code).toBe('invalid-input');
    }
    expect(() => evaluate(hostile as never, '2026-11-23', embeddedDataset)).toThrow(InvalidInputError);
  });
});
