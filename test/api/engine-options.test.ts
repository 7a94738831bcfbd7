import { describe, expect, it } from 'vitest';
import { compareMove, decide, decideGuaranteeReport, embeddedDataset, ENGLISH_MESSAGES, evaluate, guaranteeReport, timeline } from '../../src/index.js';
import { issuesOf } from '../fixtures/issues-of.js';

const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;


describe('engine options', () => {
  it('a kind given twice is refused, naming it, not answered twice', () => {
    const issues = issuesOf(() => evaluate(person, '2026-11-23', embeddedDataset, { kinds: ['mentor', 'mentor'] }));
    expect(issues).toEqual([expect.objectContaining({ path: ['options', 'kinds', 1], message: expect.stringMatching(/^"mentor" is given twice/) })]);
  });

  it('a misspelt option is refused with a did-you-mean, not ignored', () => {
    const options = { kind: ['mentor'] } as never;
    for (const run of [
      () => evaluate(person, '2026-11-23', embeddedDataset, options),
      () => decide(person, '2026-11-23', embeddedDataset, options),
      () => compareMove(person, { to: 'E08000003', on: '2026-11-23' }, embeddedDataset, options),
      () => timeline(person, { from: '2026-11-23', until: '2027-11-23' }, embeddedDataset, options),
    ]) {
      expect(issuesOf(run)).toEqual([{ code: 'unknown-key', path: ['options', 'kind'], message: 'unknown option "kind"; did you mean "kinds"?' }]);
    }
    expect(issuesOf(() => evaluate(person, '2026-11-23', embeddedDataset, { pets: true } as never))[0]?.message).toBe(
      'unknown option "pets"; the options are geography, leapDayBirthday, kinds, messages',
    );
  });

  it('a guarantee report refuses a misspelt option too, and takes its own (members, the message table)', () => {
    for (const run of [
      () => guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset, { member: ['E08000001'] } as never),
      () => decideGuaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset, { member: ['E08000001'] } as never),
    ]) {
      expect(issuesOf(run)).toEqual([{ code: 'unknown-key', path: ['options', 'member'], message: 'unknown option "member"; did you mean "members"?' }]);
    }
    const report = guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset, { members: ['E08000001'], messages: ENGLISH_MESSAGES, geography: undefined });
    expect(report.members.map((m) => m.code)).toEqual(['E08000001']);
  });

  it('every known option is accepted, the message table included', () => {
    const result = evaluate(person, '2026-11-23', embeddedDataset, { kinds: ['mentor'], leapDayBirthday: 'march-1', geography: undefined, messages: ENGLISH_MESSAGES });
    expect(result.entitlements.map((e) => e.kind)).toEqual(['mentor']);
  });
});
