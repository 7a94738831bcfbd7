import { describe, expect, it } from 'vitest';
import { InvalidInputError, createGeography, decideTimeline, embeddedDataset, evaluate, knownOnlyBy, timeline, type Person } from '../../src/index.js';
import { BROOKMERE, FCA, FICTLAND, RIVERTON, fictional, fictionalDataset, sam } from '../fixtures/fictional.js';

describe('timeline', () => {
  it('lists every date an outcome changes, with before and after', () => {
    // a relevant child of 17 on the first date becomes former relevant on the 18th birthday
    const t = timeline({ ...sam, category: 'relevant' }, { from: '2022-01-01', until: '2030-01-01' }, fictionalDataset, { ...fictional, kinds: ['council-tax-exemption', 'personal-adviser'] });
    expect(t.events.map((e) => [e.on, e.kind, e.before, e.after])).toEqual([
      ['2022-06-15', 'council-tax-exemption', 'not-eligible', 'eligible'],
      ['2025-06-15', 'council-tax-exemption', 'eligible', 'eligible'],
      ['2029-06-15', 'council-tax-exemption', 'eligible', 'not-eligible'],
      ['2029-06-15', 'personal-adviser', 'eligible', 'not-eligible'],
    ]);
  });
  it('reports a change of provider at the 21st birthday even when the outcome stays', () => {
    const t = timeline(sam, { from: '2022-07-01', until: '2025-12-31' }, fictionalDataset, { ...fictional, kinds: ['council-tax-exemption'] });
    // Before 21 both Brookmere and the region give 100%: Brookmere (more local) decides; after 21 only the region.
    expect(t.events.map((e) => [e.on, e.providerBefore?.code, e.providerAfter?.code])).toEqual([['2025-06-15', BROOKMERE, 'E47999001']]);
  });
  it('includes moves from a residence history', () => {
    const mover: Person = { ...sam, residence: [{ from: '2020-01-01', area: BROOKMERE }, { from: '2026-03-01', area: RIVERTON }] };
    const t = timeline(mover, { from: '2026-01-01', until: '2026-12-31' }, fictionalDataset, { ...fictional, kinds: ['council-tax-exemption'] });
    expect(t.events.map((e) => [e.on, e.before, e.after])).toEqual([['2026-03-01', 'eligible', 'unknown']]);
  });
  it('includes effective dates of new versions', () => {
    const t = timeline(sam, { from: '2023-01-01', until: '2023-12-31' }, fictionalDataset, { ...fictional, kinds: ['setting-up-home-allowance'] });
    expect(t.events.map((e) => e.on)).toEqual(['2023-04-01']);
  });
  it('rejects until before from', () => {
    expect(() => timeline(sam, { from: '2026-01-01', until: '2025-01-01' }, fictionalDataset, fictional)).toThrow(InvalidInputError);
  });
});

describe('changes of geography', () => {
  // Riverton joins the Fictional Combined Authority on 1 January 2027 in this geography.
  const joining = createGeography([
    { code: FICTLAND, name: 'Fictland' },
    { code: FCA, name: 'Fictional Combined Authority', within: [{ code: FICTLAND }] },
    { code: BROOKMERE, name: 'Brookmere', within: [{ code: FICTLAND }, { code: FCA, from: '2011-04-01' }] },
    { code: RIVERTON, name: 'Riverton', within: [{ code: FICTLAND }, { code: FCA, from: '2027-01-01' }] },
  ]);
  const inRiverton: Person = { ...sam, residence: RIVERTON };

  it('endsOn and the timeline name the day a council joins a combined authority', () => {
    const before = evaluate(inRiverton, '2026-06-01', fictionalDataset, { geography: joining, kinds: ['council-tax-exemption'] }).entitlements[0]!;
    expect(before.outcome).not.toBe('eligible');
    expect(before.endsOn).toBe('2027-01-01');
    expect(evaluate(inRiverton, '2027-01-01', fictionalDataset, { geography: joining, kinds: ['council-tax-exemption'] }).entitlements[0]!.outcome).toBe('eligible');
    const t = timeline(inRiverton, { from: '2026-06-01', until: '2027-06-01' }, fictionalDataset, { geography: joining, kinds: ['council-tax-exemption'] });
    expect(t.events.map((e) => e.on)).toContain('2027-01-01');
  });
});

describe('causes', () => {
  it("an event names only its own kind's causes, never another kind's offers nor another council's (embedded data)", () => {
    const bolton: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };
    const { events } = decideTimeline(bolton, { from: '2022-07-01', until: '2030-01-01' }, embeddedDataset);
    const on = (date: string, kind: string) => events.find((e) => e.on === date && e.kind === kind)?.causes;
    // Before: every offer with a version that day, of any kind and any council (Darlington's council tax, say).
    expect(on('2023-04-01', 'setting-up-home-allowance')).toEqual([
      { cause: 'version', offerId: 'england-setting-up-home-allowance' },
      { cause: 'version', offerId: 'bolton-setting-up-home-allowance' },
      { cause: 'version', offerId: 'bolton-setting-up-home-allowance-earlier' },
    ]);
    expect(on('2026-01-07', 'free-prescriptions')).toEqual([{ cause: 'version', offerId: 'england-care-leavers-prescriptions-to-25' }]);
    expect(on('2029-06-15', 'council-tax-exemption')).toEqual([{ cause: 'birthday', age: 25 }]);
  });
});

describe('knownOnlyBy', () => {
  const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;

  it('names the offers of an event whose version is keyed by the date a source confirms it, not the date it began', () => {
    const t = timeline(person, { from: '2025-06-01', until: '2026-06-01' }, embeddedDataset, { kinds: ['free-prescriptions'] });
    expect(t.events.map((e) => e.on)).toEqual(['2026-01-07']);
    expect(knownOnlyBy(t.events[0]!, embeddedDataset)).toEqual([
      { offerId: 'england-care-leavers-prescriptions-to-25', title: 'Free NHS prescriptions for care leavers until the 25th birthday' },
    ]);
  });

  it('gives each event the confidence of the weakest offer its new answer rests on', () => {
    const t = timeline(person, { from: '2025-06-01', until: '2030-01-01' }, embeddedDataset, { kinds: ['free-prescriptions', 'council-tax-exemption'] });
    const rx = t.events.find((e) => e.kind === 'free-prescriptions' && e.after === 'eligible')!;
    expect(rx.confidence).toBe('uncertain');
    // The GM guarantee's end on the 25th birthday rests on GMCA's own pages; an unknown answer rests on nothing.
    expect(t.events.find((e) => e.kind === 'council-tax-exemption' && e.on === '2029-06-15')?.confidence).toBe('confirmed');
    for (const e of t.events.filter((e) => e.after === 'unknown')) expect(e.confidence).toBe('confirmed');
  });

  it('gives each event the confidence of the answer before it too (that of the start, or of the kind\'s last event)', () => {
    const t = timeline(person, { from: '2025-06-01', until: '2030-01-01' }, embeddedDataset, { kinds: ['free-prescriptions'] });
    const gained = t.events.find((e) => e.after === 'eligible')!;
    expect([gained.before, gained.confidenceBefore]).toEqual(['unknown', 'confirmed']);
    // The answer the national change gave (uncertain) is what ends on the 25th birthday.
    const ended = t.events.find((e) => e.on === '2029-06-15')!;
    expect([ended.before, ended.confidenceBefore, ended.after]).toEqual(['eligible', 'uncertain', 'unknown']);
    // From the start: a timeline beginning after the change has the start's confidence before its first event.
    const later = timeline(person, { from: '2026-06-01', until: '2030-01-01' }, embeddedDataset, { kinds: ['free-prescriptions'] });
    expect(later.events[0]).toMatchObject({ on: '2029-06-15', confidenceBefore: 'uncertain' });
  });

  it('names none for a birthday, or a version that began on its date', () => {
    const t = timeline(person, { from: '2029-01-01', until: '2029-12-31' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
    expect(t.events.length).toBeGreaterThan(0);
    for (const event of t.events) expect(knownOnlyBy(event, embeddedDataset)).toEqual([]);
    // The shared accommodation rate exemption's change of 31 May 2021 is a dated start (the DWP's).
    const sar = timeline({ ...person, dateOfBirth: '1998-01-10' }, { from: '2021-01-01', until: '2021-12-31' }, embeddedDataset, { kinds: ['shared-accommodation-rate-exemption'] });
    const may = sar.events.find((e) => e.on === '2021-05-31');
    expect(may).toBeDefined();
    expect(knownOnlyBy(may!, embeddedDataset)).toEqual([]);
  });
});
