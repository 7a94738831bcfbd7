import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPerson, evaluate, InvalidInputError, parsePerson, type Person } from '../../src/index.js';
import { fictional, fictionalDataset, sam } from '../fixtures/fictional.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues;
  }
  throw new Error('expected an InvalidInputError');
}

describe('bad input', () => {
  it('checkPerson gives typed issues with paths', () => {
    const result = checkPerson({ dateOfBirth: '2025-02-30', category: 'retired', responsibleAuthority: 'Bolton', residence: 'E08000001', pet: 'cat' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-format', 'dateOfBirth'],
      ['invalid-value', 'category'],
      ['invalid-format', 'responsibleAuthority'],
      ['unknown-key', 'pet'],
    ]);
  });
  it('parsePerson throws an error that holds the issues and names the first field', () => {
    const issues = issuesOf(() => parsePerson({}));
    expect(issues[0]?.path).toEqual(['dateOfBirth']);
    expect(() => parsePerson({})).toThrow(/dateOfBirth/);
  });
  it('evaluate rejects an invalid person with paths under person', () => {
    const issues = issuesOf(() => evaluate({ ...sam, dateOfBirth: '2004-13-01' }, '2026-01-01', fictionalDataset, fictional));
    expect(issues[0]).toMatchObject({ code: 'invalid-format', path: ['person', 'dateOfBirth'] });
  });
  it('evaluate rejects an impossible date', () => {
    const issues = issuesOf(() => evaluate(sam, '2025-02-30', fictionalDataset, fictional));
    expect(issues[0]).toMatchObject({ code: 'invalid-date', path: ['on'] });
  });
  it('evaluate rejects a date before the date of birth', () => {
    const issues = issuesOf(() => evaluate(sam, '2004-06-14', fictionalDataset, fictional));
    expect(issues[0]?.message).toContain('before the date of birth');
  });
  it('evaluate rejects an area code the geography does not know', () => {
    const issues = issuesOf(() => evaluate({ ...sam, residence: 'E08999999' }, '2026-01-01', fictionalDataset, fictional));
    expect(issues[0]).toMatchObject({ code: 'unknown-area', path: ['person', 'residence'] });
  });
  it('evaluate rejects an invalid dataset before evaluating anything', () => {
    const broken = { documents: [{ ...fictionalDataset.documents[0]!, layer: 'galactic' }] } as never;
    const issues = issuesOf(() => evaluate(sam, '2026-01-01', broken, fictional));
    expect(issues[0]?.path).toEqual(['documents', 0, 'layer']);
  });
  it('never throws anything but InvalidInputError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (person, on) => {
        try {
          evaluate(person as Person, on as string, fictionalDataset, fictional);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a person changed after a first evaluation', () => {
  it('is validated again, so an impossible date or a removed field is an InvalidInputError, never a wrong answer', () => {
    const person: { -readonly [K in keyof Person]: Person[K] } = { ...sam };
    expect(() => evaluate(person, '2026-01-01', fictionalDataset, fictional)).not.toThrow();
    person.dateOfBirth = '2004-02-30';
    expect(() => evaluate(person, '2026-01-01', fictionalDataset, fictional)).toThrow(InvalidInputError);
    (person as { dateOfBirth: unknown }).dateOfBirth = null;
    expect(() => evaluate(person, '2026-01-01', fictionalDataset, fictional)).toThrow(InvalidInputError);
  });
});
