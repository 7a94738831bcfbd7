import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  areaStandingOn,
  checkDataset,
  embeddedDataset,
  ENGLISH_MESSAGES,
  checkOfferDocument,
  checkPerson,
  compareMove,
  evaluate,
  guaranteeReport,
  InvalidInputError,
  type Kind,
  moveMatrix,
  parsePerson,
  type Person,
  timeline,
} from '../../src/index.js';
import { issuesOf } from '../fixtures/issues-of.js';
import { ASHFORD_VALE, BROOKMERE, FCA, fictional, fictionalDataset, sam } from '../fixtures/fictional.js';


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
    // A date written day first, as in the UK, is shown written as the engine wants it.
    expect(issuesOf(() => evaluate({ ...sam, dateOfBirth: '15/06/2004' }, '2026-01-01', fictionalDataset, fictional))[0]!.message).toMatch(/got "15\/06\/2004"; read day first, write 2004-06-15$/);
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

describe('bad input a plain JavaScript caller can give (found by a review of the API)', () => {
  it('names a kind that is not one, suggesting the near one, and an unknown leap-day rule', () => {
    expect(issuesOf(() => evaluate(sam, '2026-01-01', fictionalDataset, { ...fictional, kinds: ['Mentor' as Kind] }))).toEqual([
      expect.objectContaining({ code: 'invalid-value', path: ['options', 'kinds', 0], message: expect.stringContaining('did you mean "mentor"') }),
    ]);
    expect(issuesOf(() => evaluate(sam, '2026-01-01', fictionalDataset, { ...fictional, kinds: 'mentor' as unknown as Kind[] }))[0]).toMatchObject({
      code: 'invalid-type',
      path: ['options', 'kinds'],
    });
    const leap = issuesOf(() => evaluate(sam, '2026-01-01', fictionalDataset, { ...fictional, leapDayBirthday: 'March-1' as 'march-1' }));
    expect(leap[0]).toMatchObject({ code: 'invalid-value', path: ['options', 'leapDayBirthday'] });
    expect(issuesOf(() => evaluate(sam, '2026-01-01', fictionalDataset, null as unknown as undefined))[0]).toMatchObject({ path: ['options'] });
  });

  it('refuses anyone under 16 (no care leaver is), naming the date of birth, and accepts the 16th birthday', () => {
    const child = { ...sam, category: 'relevant' as const };
    const issues = issuesOf(() => evaluate(child, '2020-06-14', fictionalDataset, fictional));
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-value', path: ['person', 'dateOfBirth'] })]);
    expect(issues[0]!.message).toContain('16th birthday, 2020-06-15');
    expect(evaluate(child, '2020-06-15', fictionalDataset, fictional).entitlements.length).toBeGreaterThan(0);
    for (const category of ['eligible', 'qualifying'] as const) {
      expect(() => evaluate({ ...sam, dateOfBirth: '2024-01-01', category }, '2026-11-23', fictionalDataset, fictional)).toThrow(/under 16/);
    }
  });

  it('says "an eligible child", and what is wrong with a Date or a number given as a date', () => {
    expect(issuesOf(() => evaluate({ ...sam, category: 'eligible' }, '2026-01-01', fictionalDataset, fictional))[0]!.message).toMatch(/^an eligible child is under 18/);
    expect(issuesOf(() => evaluate(sam, new Date() as unknown as string, fictionalDataset, fictional))[0]!.message).toContain('Date object');
    expect(issuesOf(() => evaluate({ ...sam, dateOfBirth: 20040615 as unknown as string }, '2026-01-01', fictionalDataset, fictional))[0]).toMatchObject({
      path: ['person', 'dateOfBirth'],
      message: expect.stringContaining('got 20040615'),
    });
  });

  it('refuses dates outside 1900 to 2199, where birthdays and arithmetic would go wrong', () => {
    expect(issuesOf(() => evaluate({ ...sam, dateOfBirth: '9980-06-15' }, '9999-12-31', fictionalDataset, fictional)).map((i) => i.path.join('.'))).toEqual([
      'person.dateOfBirth',
      'on',
    ]);
    expect(issuesOf(() => evaluate(sam, '1899-12-31', fictionalDataset, fictional))[0]!.message).toContain('from 1900 to 2199');
  });

  it('gives InvalidInputError, not a TypeError, for a missing move, period or list of areas', () => {
    expect(issuesOf(() => compareMove(sam, undefined as unknown as { to: string; on: string }, fictionalDataset, fictional))[0]).toMatchObject({ path: ['move'] });
    expect(issuesOf(() => timeline(sam, undefined as unknown as { from: string; until: string }, fictionalDataset, fictional))[0]).toMatchObject({ path: ['period'] });
    expect(issuesOf(() => moveMatrix(sam, { on: '2026-01-01' } as unknown as { areas: string[]; on: string }, fictionalDataset, fictional))[0]).toMatchObject({
      path: ['areas'],
    });
    expect(issuesOf(() => guaranteeReport(FCA, undefined as unknown as { on: string }, fictionalDataset, fictional))[0]).toMatchObject({ path: ['period'] });
    expect(checkOfferDocument(null).success).toBe(false);
    expect(checkDataset({ documents: [null] }).success).toBe(false);
  });

  it('refuses a move with a field it does not have, or dated before the residence history begins, rather than ignoring it or answering from nowhere (from a fuzzer\'s report)', () => {
    const extra = issuesOf(() => compareMove(sam, { to: ASHFORD_VALE, on: '2026-01-01', from: BROOKMERE } as unknown as { to: string; on: string }, fictionalDataset, fictional));
    expect(extra).toEqual([expect.objectContaining({ code: 'unknown-key', path: ['from'], message: expect.stringContaining('a move has only "to" and "on"') })]);
    const history = { ...sam, residence: [{ from: '2025-01-01', area: BROOKMERE }] };
    const early = issuesOf(() => compareMove(history, { to: ASHFORD_VALE, on: '2024-06-01' }, fictionalDataset, fictional));
    expect(early).toEqual([expect.objectContaining({ code: 'invalid-date', path: ['on'], message: expect.stringContaining('before their residence history begins (2025-01-01)') })]);
    expect(compareMove(history, { to: ASHFORD_VALE, on: '2025-01-01' }, fictionalDataset, fictional).from).toBe(BROOKMERE); // the day it begins
    expect(compareMove(sam, { to: BROOKMERE, on: '2026-01-01' }, fictionalDataset, fictional).from).toBe(BROOKMERE); // staying put compares the place with itself
  });

  it('checks the members given to a guarantee report: a list of known codes, each once', () => {
    const report = (members: unknown) => () => guaranteeReport(FCA, { on: '2026-01-01' }, fictionalDataset, { ...fictional, members: members as string[] });
    expect(issuesOf(report(ASHFORD_VALE))[0]).toMatchObject({ code: 'invalid-type', path: ['members'] });
    expect(issuesOf(report([ASHFORD_VALE, 'E99999999', ASHFORD_VALE])).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown-area', 'members.1'],
      ['invalid-value', 'members.2'],
    ]);
  });
});

describe('bad options and members, named rather than a TypeError', () => {
  const bolton: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };

  it('a geography that is not one, a message table missing entries, a value JSON cannot write', () => {
    expect(issuesOf(() => evaluate(bolton, '2026-11-23', embeddedDataset, { geography: 'uk' as never }))).toMatchObject([{ code: 'invalid-type', path: ['options', 'geography'] }]);
    expect(issuesOf(() => evaluate(bolton, '2026-11-23', embeddedDataset, { messages: 'en' as never }))).toMatchObject([{ code: 'invalid-type', path: ['options', 'messages'] }]);
    const [missing] = issuesOf(() => evaluate(bolton, '2026-11-23', embeddedDataset, { messages: {} as never }));
    expect(missing!.path.slice(0, 2)).toEqual(['options', 'messages']);
    expect(missing!.message).toMatch(/every entry of ENGLISH_MESSAGES is needed/);
    expect(issuesOf(() => evaluate(bolton, '2026-11-23', embeddedDataset, { kinds: [1n] as never }))[0]!.message).toMatch(/^a bigint is not a kind/);
    expect(issuesOf(() => moveMatrix(bolton, { areas: [Object.create(null)], on: '2026-11-23' }, embeddedDataset))).toMatchObject([{ code: 'unknown-area', path: ['areas', 0] }]);
    expect(evaluate(bolton, '2026-11-23', embeddedDataset, { messages: { ...ENGLISH_MESSAGES, date: (d: string) => d }, kinds: ['personal-adviser'] }).entitlements[0]!.reasons.some((r) => /2029-06-15/.test(r.message))).toBe(true);
  });

  it('guaranteeReport: null options, a region with no guarantee, members that are not councils of the date or the region itself', () => {
    expect(issuesOf(() => guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset, null as never))).toMatchObject([{ code: 'invalid-type', path: ['options'] }]);
    const [noGuarantee] = issuesOf(() => guaranteeReport('E08000001', { on: '2026-11-23' }, embeddedDataset));
    expect(noGuarantee).toMatchObject({ code: 'invalid-value', path: ['region'] });
    // A council given for its region: the region whose guarantee it comes under is named.
    expect(noGuarantee!.message).toBe(
      'E08000001 (Bolton) lies within E47000001 (Greater Manchester), whose guarantee is in the dataset: give E47000001 as the region (and E08000001 as its only member to compare that council alone)',
    );
    const [noneThere] = issuesOf(() => guaranteeReport('E47000003', { on: '2026-11-23' }, embeddedDataset));
    expect(noneThere).toMatchObject({ code: 'invalid-value', path: ['region'] });
    expect(noneThere!.message).toMatch(/^E47000003 \(West Yorkshire\) has no guarantee in the dataset .*E47000001 \(Greater Manchester Combined Authority\).*\. A region can encode its own as a document of layer regional/);
    // Leeds lies within West Yorkshire, which has none: the list of regions, not a region to give.
    expect(issuesOf(() => guaranteeReport('E08000035', { on: '2026-11-23' }, embeddedDataset))[0]!.message).toMatch(/^E08000035 \(Leeds\) has no guarantee in the dataset/);
    expect(issuesOf(() => guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset, { members: ['E08000001', 'E47000001', 'E92000001', 'E07000150'] }))).toMatchObject([
      { code: 'invalid-value', path: ['members', 1] },
      { code: 'wrong-kind-of-area', path: ['members', 2] },
      { code: 'area-not-on-date', path: ['members', 3] },
    ]);
    // A county is a council: county combined authorities have them as members.
    expect(guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset, { members: ['E08000001', 'E10000008'] }).members.map((m) => m.code)).toEqual(['E08000001', 'E10000008']);
  });

  it('areaStandingOn takes a code as well as an area, and names a code it does not know', () => {
    const corby = areaStandingOn('E07000150', '2026-11-23');
    expect(corby.ok && corby.area.code).toBe('E06000061');
    expect(issuesOf(() => areaStandingOn('E07999999', '2026-11-23'))).toMatchObject([{ code: 'unknown-area' }]);
    // Dorset County's area went to Dorset Council and to Bournemouth, Christchurch and Poole.
    const dorset = areaStandingOn('E10000009', '2026-11-23');
    expect(dorset.ok ? [] : dorset.successors.map((a) => a.code)).toEqual(['E06000058', 'E06000059']);
  });
});
