import { describe, expect, it } from 'vitest';
import { type Dataset, decide, embeddedDataset, evaluate, type Kind, type Person } from '../../src/index.js';
import { ASHFORD_VALE, BROOKMERE, FCA, NORTHSHIRE, RIVERTON, fictional, fictionalDataset, sam } from '../fixtures/fictional.js';

function entitlement(person: Person, on: string, kind: Kind) {
  return evaluate(person, on, fictionalDataset, fictional).entitlements.find((e) => e.kind === kind)!;
}

describe('evaluate', () => {
  it('answers every kind, in vocabulary order', () => {
    const result = evaluate(sam, '2026-01-01', fictionalDataset, fictional);
    expect(result.entitlements[0]?.kind).toBe('council-tax-exemption');
    expect(new Set(result.entitlements.map((e) => e.kind)).size).toBe(result.entitlements.length);
    expect(result.on).toBe('2026-01-01');
    expect(result.residence).toBe(BROOKMERE);
  });

  it('gives the deciding offer, its provider, a reason in English and its sources', () => {
    const e = entitlement(sam, '2026-01-01', 'council-tax-exemption');
    expect(e.outcome).toBe('eligible');
    expect(e.value).toEqual({ type: 'percentage', percent: 100 });
    expect(e.provider).toEqual({ code: FCA, name: 'Fictional Combined Authority' });
    expect(e.decidingOfferId).toBe('fca-council-tax');
    expect(e.reasons[0]).toMatchObject({ code: 'offer-applies', offerId: 'fca-council-tax' });
    expect(e.reasons[0]?.message).toContain('100%');
    expect(e.sources[0]?.title).toBe('Fictional test fixture');
  });

  it('says when an entitlement ends, as a birthday in words', () => {
    const e = entitlement(sam, '2026-01-01', 'council-tax-exemption');
    expect(e.endsOn).toBe('2029-06-15');
    expect(e.reasons.find((r) => r.code === 'ends-on-birthday')?.message).toBe('ends on the 25th birthday, 15 June 2029 (FCA council tax floor (fictional))');
  });

  it('says what follows when another offer takes over at the end date', () => {
    const northshireLeaver: Person = { ...sam, responsibleAuthority: NORTHSHIRE, residence: 'E07999001', facts: { noRecourseToPublicFunds: false } };
    const e = entitlement(northshireLeaver, '2024-01-01', 'council-tax-exemption');
    expect(e.decidingOfferId).toBe('northshire-council-tax');
    expect(e.endsOn).toBe('2025-06-15');
    expect(e.reasons.find((r) => r.code === 'ends-on-birthday')?.message).toBe(
      'ends on the 21st birthday, 15 June 2025 (Northshire pays council tax (fictional)); from then 100% from Oakley District Council',
    );
  });

  it('gives answers whose dataset parts are the embedded dataset\'s own frozen objects, and a copy that can be changed', () => {
    const bolton: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };
    const tax = decide(bolton, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements[0]!;
    expect(tax.sources.length).toBeGreaterThan(0);
    expect(Object.isFrozen(tax.sources)).toBe(true);
    expect(() => (tax.sources as unknown[]).push({ title: 'changed' })).toThrow(TypeError);
    const copy = structuredClone(tax);
    (copy.sources as unknown[]).push({ title: 'changed' }); // a copy can be changed (docs/embedding.md)
    expect(copy.sources).toHaveLength(tax.sources.length + 1);
  });

  it('reads a dataset object once: a change made in place is not seen, the same change in a new object is', () => {
    const dataset = structuredClone(fictionalDataset) as { documents: { offers: { id: string; versions: Record<string, { value?: unknown }> }[] }[] };
    const alone: Person = { ...sam, residence: ASHFORD_VALE, facts: { household: 'alone' } };
    const tax = (d: unknown) => evaluate(alone, '2026-01-01', d as Dataset, fictional).entitlements.find((e) => e.kind === 'council-tax-exemption')!;
    expect(tax(dataset).value).toEqual({ type: 'percentage', percent: 100 });
    // Halve every council tax offer in place: the engine keeps what it first read.
    for (const document of dataset.documents) {
      for (const offer of document.offers) {
        for (const version of Object.values(offer.versions)) if (offer.id.includes('council-tax') && version.value !== undefined) version.value = { type: 'percentage', percent: 50 };
      }
    }
    expect(tax(dataset).value).toEqual({ type: 'percentage', percent: 100 });
    expect(tax({ documents: [...dataset.documents] }).value).toEqual({ type: 'percentage', percent: 50 });
  });

  describe('layers', () => {
    it('the best value wins across layers and every contributing offer is kept', () => {
      const withOthers: Person = { ...sam, residence: ASHFORD_VALE, facts: { household: 'with-others' } };
      const e = entitlement(withOthers, '2026-01-01', 'council-tax-exemption');
      expect(e.decidingOfferId).toBe('fca-council-tax');
      expect(e.value).toEqual({ type: 'percentage', percent: 100 });
      const eligible = e.offers.filter((o) => o.state === 'eligible').map((o) => [o.offerId, o.value]);
      expect(eligible).toEqual([
        ['fca-council-tax', { type: 'percentage', percent: 100 }],
        ['ashford-vale-council-tax', { type: 'percentage', percent: 50 }],
      ]);
    });
    it('on equal value the more local offer decides', () => {
      const alone: Person = { ...sam, residence: ASHFORD_VALE, facts: { household: 'alone' } };
      expect(entitlement(alone, '2026-01-01', 'council-tax-exemption').decidingOfferId).toBe('ashford-vale-council-tax');
    });
    it('a share stated outright beats the same share given only as a maximum, whatever the layer', () => {
      const ashford = fictionalDataset.documents.find((d) => d.provider.code === ASHFORD_VALE)!;
      const upToHundred: Dataset = {
        documents: fictionalDataset.documents.map((d) =>
          d !== ashford
            ? d
            : {
                ...d,
                offers: d.offers.map((o) => ({
                  ...o,
                  versions: {
                    '2020-04-01': { ...o.versions['2020-04-01']!, value: { type: 'percentage', percent: 100, upTo: true } },
                  },
                })),
              },
        ),
      };
      const alone: Person = { ...sam, residence: ASHFORD_VALE, facts: { household: 'alone' } };
      const e = evaluate(alone, '2026-01-01', upToHundred, fictional).entitlements.find((k) => k.kind === 'council-tax-exemption')!;
      // Equal shares would go to the local offer (the case above); "up to 100%" ranks below a stated 100%.
      expect(e.decidingOfferId).toBe('fca-council-tax');
      expect(e.offers.find((o) => o.offerId === 'ashford-vale-council-tax')?.value).toEqual({ type: 'percentage', percent: 100, upTo: true });
      // Alone with the regional offer gone, the local one decides and says "up to".
      const localOnly: Dataset = { documents: upToHundred.documents.filter((d) => d.provider.code !== FCA) };
      const local = evaluate(alone, '2026-01-01', localOnly, fictional).entitlements.find((k) => k.kind === 'council-tax-exemption')!;
      expect(local.decidingOfferId).toBe('ashford-vale-council-tax');
      expect(local.reasons[0]?.message).toContain('up to 100%');
    });
    it('an amount stated outright beats the same amount given only as a maximum', () => {
      const allowance = (id: string, upTo: boolean) => ({
        id,
        kind: 'setting-up-home-allowance' as const,
        title: `Allowance ${id} (fictional)`,
        description: 'Fictional offer made by a test.',
        confidence: 'confirmed' as const,
        lastChecked: '2026-11-23',
        sources: [{ title: 'Fictional', publisher: 'tests', file: 'test/engine/evaluate.test.ts' }],
        versions: { '2020-01-01': { status: 'in-force' as const, value: { type: 'money' as const, amount: 3000, period: 'once' as const, upTo }, eligibility: [{ type: 'age' as const, from: 18 }] } },
      });
      const dataset: Dataset = {
        documents: [{ schemaVersion: 1, provider: { code: 'org:fictional-grants', name: 'Fictional grants' }, layer: 'other', fictional: true, offers: [allowance('a', true), allowance('b', false)] }],
      };
      const e = evaluate(sam, '2026-01-01', dataset, { ...fictional, kinds: ['setting-up-home-allowance'] }).entitlements[0]!;
      // On a tie the first id would decide; the stated £3,000 wins over "up to £3,000".
      expect(e.decidingOfferId).toBe('b');
      expect(e.offers.find((o) => o.offerId === 'a')?.value).toEqual({ type: 'money', amount: 3000, period: 'once', upTo: true });
    });
    it('a regional floor gives members\' care leavers what their own council does not', () => {
      // Brookmere's own offer stops at 21; the regional floor runs to 25.
      const e = entitlement(sam, '2026-01-01', 'council-tax-exemption');
      expect(e.offers.find((o) => o.offerId === 'brookmere-council-tax')?.state).toBe('not-eligible');
      expect(e.outcome).toBe('eligible');
    });
  });

  describe('which offers are assessed', () => {
    it('leaves out offers certainly for other places that say nothing about the person\'s own', () => {
      const e = entitlement(sam, '2026-01-01', 'council-tax-exemption');
      expect(e.offers.map((o) => o.offerId).sort()).toEqual(['brookmere-council-tax', 'fca-council-tax']);
    });
    it('keeps an offer of the place they live in that excludes them, with the reason', () => {
      const northshireLeaver: Person = { ...sam, responsibleAuthority: NORTHSHIRE };
      const e = entitlement(northshireLeaver, '2026-01-01', 'council-tax-exemption');
      expect(e.offers.map((o) => o.offerId).sort()).toEqual(['brookmere-council-tax', 'fca-council-tax', 'northshire-council-tax']);
      expect(e.offers.find((o) => o.offerId === 'brookmere-council-tax')?.reasons.map((r) => r.message)).toContain(
        'Brookmere council tax (fictional): is for care leavers of Brookmere, not of Northshire',
      );
    });
  });

  describe('household-dependent values', () => {
    const outsider: Person = { ...sam, responsibleAuthority: RIVERTON, residence: ASHFORD_VALE };
    it('with the household unknown give the range and name the fact', () => {
      const e = entitlement(outsider, '2026-01-01', 'council-tax-exemption');
      expect(e.outcome).toBe('eligible');
      expect(e.value).toEqual({
        type: 'range',
        low: { type: 'percentage', percent: 50 },
        high: { type: 'percentage', percent: 100 },
        dependsOn: 'household',
      });
      expect(e.reasons.find((r) => r.code === 'value-depends-on-household')?.fact).toBe('household');
    });
    it('with the household known give its value', () => {
      expect(entitlement({ ...outsider, facts: { household: 'only-care-leavers' } }, '2026-01-01', 'council-tax-exemption').value).toEqual({ type: 'percentage', percent: 100 });
      expect(entitlement({ ...outsider, facts: { household: 'with-others' } }, '2026-01-01', 'council-tax-exemption').value).toEqual({ type: 'percentage', percent: 50 });
    });
  });

  describe('dated versions', () => {
    it('use the version in force on the day: the day before, of and after a change', () => {
      const amount = (on: string) => {
        const v = entitlement(sam, on, 'setting-up-home-allowance').value;
        return v?.type === 'money' ? v.amount : null;
      };
      expect(amount('2023-03-31')).toBe(2000);
      expect(amount('2023-04-01')).toBe(3000);
      expect(amount('2023-04-02')).toBe(3000);
    });
    it('report the next change date while a version is in force', () => {
      expect(entitlement(sam, '2023-03-31', 'setting-up-home-allowance').endsOn).toBe('2023-04-01');
    });
    it('give nothing before an offer begins', () => {
      // Aged 16 the day before the FCA's council tax floor begins.
      const e = entitlement({ ...sam, dateOfBirth: '2002-06-15', category: 'relevant' }, '2019-03-31', 'council-tax-exemption');
      expect(e.offers.find((o) => o.offerId === 'fca-council-tax')?.state).toBe('not-applicable');
      expect(entitlement(sam, '2022-06-15', 'council-tax-exemption').outcome).toBe('eligible');
    });
  });

  describe('a version known only as confirmed in force by a date', () => {
    const inAshford: Person = { ...sam, residence: ASHFORD_VALE };
    it('gives unknown before that date where the versions disagree', () => {
      // Aged 22 on 2026-06-14? No: use 2025-08-31, aged 21: the old version says no, the new one yes.
      const e = entitlement(inAshford, '2025-08-31', 'free-travel');
      expect(e.outcome).toBe('unknown');
      expect(e.reasons.map((r) => r.code)).toContain('version-start-unknown');
    });
    it('applies from that date', () => {
      expect(entitlement(inAshford, '2025-09-01', 'free-travel').outcome).toBe('eligible');
      expect(entitlement(inAshford, '2025-09-02', 'free-travel').outcome).toBe('eligible');
    });
    it('says, before the earliest it could have begun, that it had not begun, and between which dates it did', () => {
      const offer = (dateIs?: 'confirmed-by') => ({
        id: 'fictional-guarantor',
        kind: 'rent-guarantor' as const,
        title: 'Fictional guarantor',
        description: 'Fictional offer made by a test.',
        confidence: 'confirmed' as const,
        lastChecked: '2026-11-23',
        sources: [{ title: 'Fictional', publisher: 'tests', file: 'test/engine/evaluate.test.ts' }],
        versions: {
          '2025-06-01': {
            ...(dateIs === undefined ? {} : { dateIs, notBefore: '2024-01-01' }),
            status: 'in-force' as const,
            value: { type: 'service' as const, detail: 'guarantor' },
            eligibility: [{ type: 'age' as const, from: 18, until: 25 }],
          },
        },
      });
      const dataset = (o: ReturnType<typeof offer>): Dataset => ({
        documents: [{ schemaVersion: 1, provider: { code: 'org:fictional', name: 'Fictional' }, layer: 'other', fictional: true, offers: [o] }],
      });
      const reason = (o: ReturnType<typeof offer>) =>
        evaluate(sam, '2023-06-01', dataset(o), { ...fictional, kinds: ['rent-guarantor'] }).entitlements[0]!.offers[0]!.reasons[0]!;
      expect(reason(offer('confirmed-by'))).toMatchObject({
        code: 'not-yet-in-force',
        date: '2025-06-01',
        message: 'Fictional guarantor: had not begun: it began on or after 1 January 2024, and was in force by 1 June 2025',
      });
      // A dated start is said as it is.
      expect(reason(offer()).message).toBe('Fictional guarantor: begins on 1 June 2025');
    });

    it('does not blur answers the versions agree on', () => {
      expect(entitlement(inAshford, '2024-06-14', 'free-travel').outcome).toBe('eligible'); // aged 19
    });
  });

  describe('statuses other than in force', () => {
    it('never make anyone eligible but are reported', () => {
      const e = entitlement(sam, '2026-01-01', 'mentor');
      expect(e.outcome).not.toBe('eligible');
      expect(e.pending.map((p) => [p.offerId, p.status])).toEqual([['fca-mentor', 'planned']]);
    });
  });
});
