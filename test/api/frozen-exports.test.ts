import { describe, expect, it } from 'vitest';
import { ALL_KINDS, ENGLISH_MESSAGES, embeddedDataset, evaluate, FACT_FLAGS, KIND_INFO, ukGeography } from '../../src/index.js';

// Test files are modules, so strict mode: writing to a frozen object throws a TypeError.
const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;

describe('exported tables are frozen, so no caller can change every later answer', () => {
  it('ALL_KINDS cannot be pushed to, sorted or shortened', () => {
    const before = [...ALL_KINDS];
    const kinds = ALL_KINDS as string[];
    expect(() => kinds.push('pets')).toThrow(TypeError);
    expect(() => kinds.sort()).toThrow(TypeError);
    expect(() => { kinds.length = 1; }).toThrow(TypeError);
    expect(ALL_KINDS).toEqual(before);
    expect(evaluate(person, '2026-11-23', embeddedDataset).entitlements).toHaveLength(before.length);
  });

  it('KIND_INFO and its entries cannot be changed', () => {
    const info = KIND_INFO as unknown as Record<string, { label: string; valueType: string; alsoAccepts?: string[] }>;
    expect(() => { info.pets = { label: 'Pets', valueType: 'service' }; }).toThrow(TypeError);
    expect(() => { info.mentor!.label = 'Befriender'; }).toThrow(TypeError);
    expect(() => info['crisis-fund']!.alsoAccepts!.push('count')).toThrow(TypeError);
    expect(KIND_INFO.mentor.label).toBe('Mentor');
  });

  it('FACT_FLAGS cannot be changed', () => {
    const flags = FACT_FLAGS as Record<string, string>;
    expect(() => { flags['full-time-education'] = 'inHigherEducation'; }).toThrow(TypeError);
    expect(() => { flags.pets = 'hasPets'; }).toThrow(TypeError);
    expect(FACT_FLAGS['full-time-education']).toBe('inFullTimeEducation');
  });

  it("ukGeography's methods cannot be replaced, nor the roles it gives changed", () => {
    const geography = ukGeography as { has: (code: string) => boolean };
    expect(() => { geography.has = () => false; }).toThrow(TypeError);
    const roles = ukGeography.rolesOf?.('E08000001') as { livedIn: boolean } | undefined;
    expect(() => { roles!.livedIn = false; }).toThrow(TypeError);
    expect(ukGeography.has('E08000001')).toBe(true);
    expect(Object.isFrozen(ENGLISH_MESSAGES)).toBe(true);
  });
});
