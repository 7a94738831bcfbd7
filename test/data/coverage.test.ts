import { describe, expect, it } from 'vitest';
import { type Dataset, type Offer, citedSources, coverage, coveringDocuments, createGeography, decide, embeddedDataset, evaluate, isAreaCovered } from '../../src/index.js';
import { BROOKMERE, fictional, fictionalDataset, fictionalGeography, sam } from '../fixtures/fictional.js';

// A small slice of the real geography, enough for coverage: England, Greater Manchester and some
// of its councils, Gloucestershire and Stroud, Wales.
const geography = createGeography([
  { code: 'E92000001', name: 'England' },
  { code: 'W92000004', name: 'Wales' },
  { code: 'E47000001', name: 'Greater Manchester', within: [{ code: 'E92000001' }] },
  { code: 'E08000004', name: 'Oldham', within: [{ code: 'E92000001' }, { code: 'E47000001' }] },
  { code: 'E08000007', name: 'Stockport', within: [{ code: 'E92000001' }, { code: 'E47000001' }] },
  { code: 'E10000013', name: 'Gloucestershire', within: [{ code: 'E92000001' }] },
  { code: 'E07000082', name: 'Stroud', within: [{ code: 'E10000013' }], county: 'E10000013' },
  { code: 'W06000023', name: 'Powys', within: [{ code: 'W92000004' }] },
]);
const on = '2026-11-23';
/** The fictional dataset with one more offer in Brookmere's document. */
function withBrookmereOffer(offer: Offer): Dataset {
  return {
    documents: fictionalDataset.documents.map((d) => (d.provider.code !== BROOKMERE ? d : { ...d, offers: [...d.offers, offer] })),
  };
}
/** The embedded data without Stockport's own document, so that only the GM guarantee speaks for it. */
const withoutStockport = { documents: embeddedDataset.documents.filter((d) => d.provider.code !== 'E08000007') };

describe('coveringDocuments and isAreaCovered', () => {
  it('a council with its own offer of a kind is covered for it', () => {
    expect(coveringDocuments(embeddedDataset, 'council-tax-exemption', 'E08000004', on, geography)).toEqual([
      { provider: { code: 'E08000004', name: 'Oldham Council' }, layer: 'local', how: 'own-offer' },
    ]);
  });

  it('a council without its own offer is not covered by its region’s guarantee (Stockport)', () => {
    expect(isAreaCovered(withoutStockport, 'council-tax-exemption', 'E08000007', on, geography)).toBe(false);
    expect(isAreaCovered(embeddedDataset, 'council-tax-exemption', 'E08000007', on, geography)).toBe(true);
  });

  it('England’s claim covers every council within England for the kinds national law settles', () => {
    for (const kind of ['personal-adviser', 'staying-put', 'higher-education-bursary', 'shared-accommodation-rate-exemption'] as const) {
      expect(coveringDocuments(embeddedDataset, kind, 'E07000082', on, geography)).toEqual([
        { provider: { code: 'E92000001', name: 'England' }, layer: 'national', how: 'claim', claimArea: 'E92000001' },
      ]);
    }
  });

  it('England claims neither the setting up home allowance nor prescriptions', () => {
    expect(isAreaCovered(embeddedDataset, 'setting-up-home-allowance', 'E08000007', on, geography)).toBe(false);
    expect(isAreaCovered(embeddedDataset, 'free-prescriptions', 'E08000007', on, geography)).toBe(false);
  });

  it('Wales covers council tax for a Welsh council, England does not cover it for English ones', () => {
    expect(isAreaCovered(embeddedDataset, 'council-tax-exemption', 'W06000023', on, geography)).toBe(true);
    expect(isAreaCovered(embeddedDataset, 'council-tax-exemption', 'E10000013', on, geography)).toBe(false);
  });

  it('an offer-level provider override does not make its provider covered (TfGM)', () => {
    expect(isAreaCovered(embeddedDataset, 'free-travel', 'E47000001', on, geography)).toBe(true);
    expect(coveringDocuments(embeddedDataset, 'free-travel', 'E08000004', on, geography)).toEqual([]);
  });

  it('uses the UK registry when no geography is given', () => {
    expect(isAreaCovered(embeddedDataset, 'council-tax-exemption', 'W06000023', on)).toBe(true);
    expect(isAreaCovered(embeddedDataset, 'staying-put', 'E08000007', on)).toBe(true);
  });
});

describe('coverage', () => {
  it('lists every kind for one area, saying who covers it', () => {
    const report = coverage(withoutStockport, { area: 'E08000007', on, geography });
    expect(report.areas).toEqual(['E08000007']);
    expect(report.on).toBe(on);
    expect(report.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['council-tax-exemption', 'personal-adviser']));
    const tax = report.entries.find((e) => e.kind === 'council-tax-exemption')!;
    expect(tax).toMatchObject({ area: 'E08000007', areaName: 'Stockport', covered: false, coveredBy: [] });
    const adviser = report.entries.find((e) => e.kind === 'personal-adviser')!;
    expect(adviser.covered).toBe(true);
    expect(adviser.coveredBy[0]).toMatchObject({ layer: 'national', how: 'claim' });
  });

  it('by default lists every area the dataset names, on the latest last-checked date', () => {
    const report = coverage(embeddedDataset, { geography });
    const latest = embeddedDataset.documents.flatMap((d) => d.offers.map((o) => o.lastChecked)).sort().at(-1);
    expect(report.on).toBe(latest);
    expect(report.areas).toEqual(expect.arrayContaining(['E92000001', 'E47000001', 'E08000004', 'W92000004', 'S92000003']));
    expect(report.areas).not.toContain('org:tfgm');
    expect([...report.areas].sort()).toEqual(report.areas);
    expect(report.entries.find((e) => e.area === 'E08000005' && e.kind === 'council-tax-exemption')?.covered).toBe(true);
  });

  it('an empty dataset covers nothing', () => {
    const report = coverage({ documents: [] }, { area: 'E08000004', on });
    expect(report.entries.every((e) => !e.covered)).toBe(true);
  });
});

describe('coveringDocuments and isAreaCovered', () => {
  it('agree for every kind and a spread of areas (the engine and the report share one rule)', async () => {
    const { ALL_KINDS, coveringDocuments, embeddedDataset, isAreaCovered } = await import('../../src/index.js');
    const areas = ['E08000001', 'E08000004', 'E08000007', 'E10000016', 'E07000082', 'W06000015', 'S12000049', 'E08000035'];
    for (const kind of ALL_KINDS) {
      for (const area of areas) {
        expect(isAreaCovered(embeddedDataset, kind, area, '2026-11-23'), `${kind} ${area}`).toBe(
          coveringDocuments(embeddedDataset, kind, area, '2026-11-23').length > 0,
        );
      }
    }
  });
});

describe('a council known only for a promise is not covered (fictional Brookmere)', () => {
  // Sam (fictional) is a Brookmere care leaver living in Brookmere, 22 on 23 November 2026.
  const mentorWith = (status: 'in-force' | 'withdrawn' | 'agreed' | 'planned' | 'ambition' | 'unknown'): Dataset =>
    withBrookmereOffer({
      id: 'brookmere-mentor',
      kind: 'mentor',
      title: 'Brookmere mentoring (fictional)',
      description: 'Fictional: a mentor for its own care leavers to 21.',
      sources: [{ title: 'Fictional source', url: 'https://example.org/fictional', publisher: 'Fictional' }],
      lastChecked: '2026-11-23',
      confidence: 'confirmed',
      versions: {
        '2026-01-01': {
          status,
          value: { type: 'service' },
          eligibility: [
            { type: 'age', from: 18, until: 21 },
            { type: 'responsible-authority', scope: 'own' },
          ],
        },
      },
    });
  const mentorOutcome = (dataset: Dataset) =>
    evaluate(sam, '2026-11-23', dataset, { ...fictional, kinds: ['mentor'] }).entitlements[0]!.outcome;

  it.each(['agreed', 'planned', 'ambition', 'unknown'] as const)('an offer only %s leaves Sam unknown, never not-eligible', (status) => {
    expect(isAreaCovered(mentorWith(status), 'mentor', BROOKMERE, on, fictionalGeography)).toBe(false);
    expect(mentorOutcome(mentorWith(status))).toBe('unknown');
  });

  it('an offer in force but marked partial (a one-off payment, a pilot) covers nothing: Sam, outside its ages, stays unknown', () => {
    const partial: Dataset = {
      documents: mentorWith('in-force').documents.map((d) =>
        d.provider.code !== BROOKMERE ? d : { ...d, offers: d.offers.map((o) => (o.id === 'brookmere-mentor' ? { ...o, partial: true } : o)) },
      ),
    };
    expect(isAreaCovered(partial, 'mentor', BROOKMERE, on, fictionalGeography)).toBe(false);
    expect(mentorOutcome(partial)).toBe('unknown');
    // The reason says that Brookmere has an offer of the kind, but not its whole rule.
    const reasons = evaluate(sam, '2026-11-23', partial, { ...fictional, kinds: ['mentor'] }).entitlements[0]!.reasons;
    expect(reasons.find((r) => r.code === 'whole-rule-not-encoded')?.message).toBe(
      'the mentor offers encoded for Brookmere are not their whole rule (one-off, for some care leavers or part of the kind only, or not settled), so what they give here is not known',
    );
    expect(reasons.some((r) => r.code === 'no-offer-encoded')).toBe(false);
    // It still makes those it reaches eligible: someone like Sam but 20, within its ages.
    const younger = { ...sam, dateOfBirth: '2006-06-15' };
    const reached = evaluate(younger, '2026-11-23', partial, { ...fictional, kinds: ['mentor'] }).entitlements[0]!;
    expect(reached.outcome).toBe('eligible');
    // ... and says that it is a scheme with limited reach, right after the offer that applies.
    expect(reached.reasons.map((r) => r.code).slice(0, 2)).toEqual(['offer-applies', 'offer-is-partial']);
    expect(reached.reasons[1]!.message).toMatch(/^Brookmere .* \(Brookmere[^)]*\) is a scheme with limited places, a pilot or for some care leavers only: ask whether a place is open$/);
    expect(reached.offers.find((o) => o.offerId === 'brookmere-mentor')?.partial).toBe(true);
    // The same offer, not partial, is Brookmere's whole rule: no such reason.
    const whole = evaluate(younger, '2026-11-23', mentorWith('in-force'), { ...fictional, kinds: ['mentor'] }).entitlements[0]!;
    expect(whole.outcome).toBe('eligible');
    expect(whole.reasons.some((r) => r.code === 'offer-is-partial')).toBe(false);
    expect(whole.offers.find((o) => o.offerId === 'brookmere-mentor')?.partial).toBe(false);
  });

  it.each(['in-force', 'withdrawn'] as const)('an offer %s covers Brookmere: Sam, outside its ages, is not eligible', (status) => {
    expect(isAreaCovered(mentorWith(status), 'mentor', BROOKMERE, on, fictionalGeography)).toBe(true);
    expect(mentorOutcome(mentorWith(status))).toBe('not-eligible');
  });
});

describe('a source saying a council does not give a kind (status not-offered, fictional Brookmere)', () => {
  // Sam (fictional) is a Brookmere care leaver living in Brookmere, 22 on 23 November 2026.
  const guarantorVersions = (
    versions: Record<string, 'not-offered' | 'in-force' | 'withdrawn'>,
    dateIs?: 'confirmed-by',
    detail: string | null = 'acting as guarantor for a private tenancy',
  ): Dataset =>
    withBrookmereOffer({
      id: 'brookmere-no-guarantor',
      kind: 'rent-guarantor',
      title: 'Brookmere does not act as rent guarantor (fictional)',
      description: 'Fictional: a directory entry says Brookmere does not act as guarantor for its care leavers.',
      sources: [{ title: 'Fictional directory', url: 'https://example.org/fictional-directory', publisher: 'Fictional' }],
      lastChecked: '2026-11-23',
      confidence: 'reported',
      versions: Object.fromEntries(
        Object.entries(versions).map(([date, status]) => [
          date,
          {
            status,
            ...(dateIs === undefined ? {} : { dateIs }),
            value: { type: 'service' as const, ...(detail === null ? {} : { detail }) },
            eligibility: [{ type: 'responsible-authority' as const, scope: 'own' as const }],
          },
        ]),
      ),
    });
  const guarantor = (dataset: Dataset, on: string) =>
    evaluate(sam, on, dataset, { ...fictional, kinds: ['rent-guarantor'] }).entitlements[0]!;

  it('without the offer Sam is unknown; with it, not eligible, saying so and citing the source', () => {
    expect(guarantor(fictionalDataset, on).outcome).toBe('unknown');
    const dataset = guarantorVersions({ '2024-03-21': 'not-offered' });
    expect(isAreaCovered(dataset, 'rent-guarantor', BROOKMERE, on, fictionalGeography)).toBe(true);
    const answer = guarantor(dataset, on);
    expect(answer.outcome).toBe('not-eligible');
    // The provider's word comes first, said once, and its source is the one cited.
    expect(answer.reasons[0]).toMatchObject({
      code: 'offer-not-given',
      message: 'Brookmere does not act as rent guarantor (fictional): a source says Brookmere Council does not give this (acting as guarantor for a private tenancy)',
    });
    expect(answer.reasons.filter((r) => r.offerId === 'brookmere-no-guarantor' && r.code === 'status-not-in-force')).toEqual([]);
    expect(citedSources(answer).map((s) => s.url)).toEqual(['https://example.org/fictional-directory']);
    expect(answer.sources.map((s) => s.url)).toEqual(['https://example.org/fictional-directory']);
    expect(answer.offers.map((o) => [o.offerId, o.status, o.confidence])).toEqual([['brookmere-no-guarantor', 'not-offered', 'reported']]);
    // Not a promise: it is the answer, not something pending.
    expect(answer.pending).toEqual([]);
  });

  it("the no says what the source refuses, in the version's detail, and only that sentence when it has none", () => {
    const withDetail = guarantorVersions({ '2024-03-21': 'not-offered' }, undefined, 'acting as guarantor (case by case exceptions not ruled out)');
    const data = decide(sam, on, withDetail, { ...fictional, kinds: ['rent-guarantor'] }).entitlements[0]!;
    expect(data.reasons[0]).toEqual({
      code: 'offer-not-given',
      offerId: 'brookmere-no-guarantor',
      offerTitle: 'Brookmere does not act as rent guarantor (fictional)',
      providerName: 'Brookmere Council',
      detail: 'acting as guarantor (case by case exceptions not ruled out)',
    });
    expect(guarantor(withDetail, on).reasons[0]!.message).toBe(
      'Brookmere does not act as rent guarantor (fictional): a source says Brookmere Council does not give this (acting as guarantor (case by case exceptions not ruled out))',
    );
    const bareData = guarantorVersions({ '2024-03-21': 'not-offered' }, undefined, null);
    expect(decide(sam, on, bareData, { ...fictional, kinds: ['rent-guarantor'] }).entitlements[0]!.reasons[0]).not.toHaveProperty('detail');
    const bare = guarantor(bareData, on);
    expect(bare.outcome).toBe('not-eligible');
    expect(bare.reasons[0]).toEqual({
      code: 'offer-not-given',
      offerId: 'brookmere-no-guarantor',
      message: 'Brookmere does not act as rent guarantor (fictional): a source says Brookmere Council does not give this',
    });
    // An offer withdrawn is not the provider's refusal: its detail is not said as one.
    const withdrawn = guarantor(guarantorVersions({ '2020-01-01': 'in-force', '2024-03-21': 'withdrawn' }), on);
    expect(withdrawn.outcome).toBe('not-eligible');
    expect(withdrawn.reasons.find((r) => r.code === 'status-not-in-force')!.message).toBe('Brookmere does not act as rent guarantor (fictional): is withdrawn, not in force');
  });

  it('a later version that starts the offer turns the answer on its date, and the no says when it ends', () => {
    const dataset = guarantorVersions({ '2024-03-21': 'not-offered', '2027-01-01': 'in-force' });
    const before = guarantor(dataset, '2026-12-31');
    expect(before.outcome).toBe('not-eligible');
    expect(before.endsOn).toBe('2027-01-01');
    expect(guarantor(dataset, '2027-01-01').outcome).toBe('eligible');
  });

  it.each(['not-offered', 'withdrawn'] as const)(
    'a "no" (%s) known only as confirmed by a date says nothing of the days before it: unknown then, not eligible from it',
    (status) => {
      const dataset = guarantorVersions({ '2026-11-23': status }, 'confirmed-by');
      const before = guarantor(dataset, '2026-11-22');
      expect(before.outcome).toBe('unknown');
      expect(before.reasons[0]).toMatchObject({
        code: 'earlier-not-known',
        date: '2026-11-23',
        message:
          "Brookmere does not act as rent guarantor (fictional): a source says it is not given as of 23 November 2026; nothing says what was given before then, so this date's answer is not known",
      });
      expect(before.endsOn).toBe('2026-11-23');
      expect(guarantor(dataset, '2026-11-23').outcome).toBe('not-eligible');
      expect(guarantor(dataset, '2026-11-24').outcome).toBe('not-eligible');
    },
  );

  it('a "no" keyed on its start (not only confirmed by it) gives not eligible on the days before too: nothing was offered then', () => {
    const dataset = guarantorVersions({ '2026-11-23': 'not-offered' });
    expect(guarantor(dataset, '2026-11-22').outcome).toBe('not-eligible');
  });
});

describe('the sources cited beside a "no"', () => {
  it('are those the no rests on: the offers that ended for the person, and a claim standing alone', () => {
    const over25 = { dateOfBirth: '1990-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
    const [tax] = evaluate(over25, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements;
    expect(tax!.outcome).toBe('not-eligible');
    expect(citedSources(tax!).map((s) => s.publisher)).toEqual(expect.arrayContaining(['Bolton Council', 'Greater Manchester Combined Authority']));
    // Aged 25: Devon's needs-assessed pass (a partial offer, to the 25th birthday) does not reach them,
    // so the no rests on the claim, whose source is the same answer.
    const devon = { dateOfBirth: '2000-06-15', category: 'former-relevant', responsibleAuthority: 'E10000008', residence: 'E07000040' } as const;
    const [travel] = evaluate(devon, '2026-12-03', embeddedDataset, { kinds: ['free-travel'] }).entitlements;
    expect(travel!.outcome).toBe('not-eligible');
    expect(citedSources(travel!).map((s) => s.title)).toEqual(['Bus travel for care leavers (freedom of information response)']);
  });
});
