import { describe, expect, it } from 'vitest';
import { type Dataset, type OfferDocument, InvalidInputError, checkOfferDocument, decideGuaranteeReport, embeddedDataset, explainGuaranteeReport, guaranteeReport } from '../../src/index.js';
import {
  ASHFORD_VALE,
  BROOKMERE,
  FCA,
  FICTLAND,
  RIVERTON,
  brookmereDocument,
  fictional,
  fictionalDataset,
} from '../fixtures/fictional.js';

// Everything here is FICTIONAL (see test/fixtures/fictional.ts) but the tests of the real Greater Manchester guarantee.
const options = { ...fictional, members: [ASHFORD_VALE, BROOKMERE, RIVERTON] };

type Condition = OfferDocument['offers'][number]['versions'][string]['eligibility'][number];

/**
 * The fictional dataset with Brookmere's council tax offer made to match the guarantee item (18 to
 * 25, the region's care leavers, living in Brookmere), then changed: another last birthday or value,
 * conditions added, partial, or another status.
 */
function brookmereWith(change: {
  until?: number;
  value?: { type: 'percentage'; percent: number; upTo?: boolean };
  extra?: readonly Condition[];
  partial?: boolean;
  status?: 'in-force' | 'withdrawn' | 'not-offered';
  responsibility?: Condition;
}): Dataset {
  const offer = brookmereDocument.offers[0]!;
  const version = offer.versions['2017-04-01']!;
  const changed: OfferDocument = {
    ...brookmereDocument,
    offers: [
      {
        ...offer,
        ...(change.partial === true ? { partial: true } : {}),
        versions: {
          '2017-04-01': {
            ...version,
            ...(change.value === undefined ? {} : { value: change.value }),
            status: change.status ?? 'in-force',
            eligibility: [
              { type: 'age', from: 18, until: change.until ?? 25 },
              change.responsibility ?? { type: 'responsible-authority', scope: 'within', areas: [FCA] },
              { type: 'residence', within: [BROOKMERE] },
              ...(change.extra ?? []),
            ],
          },
        },
      },
    ],
  };
  return { documents: fictionalDataset.documents.map((d) => (d === brookmereDocument ? changed : d)) };
}

function withBrookmereUntil(until: number, value?: { type: 'percentage'; percent: number; upTo?: boolean }): Dataset {
  return brookmereWith({ until, ...(value === undefined ? {} : { value }) });
}

describe('guaranteeReport', () => {
  it('lists each in-force item of the regional guarantee with every member', () => {
    const report = guaranteeReport(FCA, { on: '2026-11-23' }, fictionalDataset, options);
    expect(report.region).toEqual({ code: FCA, name: 'Fictional Combined Authority' });
    expect(report.members.map((m) => m.code)).toEqual([RIVERTON, ASHFORD_VALE, BROOKMERE].sort());
    // the planned mentor item is not in force, so it is not an item
    expect(report.items.map((i) => i.offerId)).toEqual(['fca-council-tax', 'fca-travel']);
    expect(report.items[1]!.provider.code).toBe('org:fictional-transport');
  });

  it('finds a member that gives less to some households, or stops at a lower age, falls short', () => {
    const item = guaranteeReport(FCA, { on: '2026-11-23' }, fictionalDataset, options).items[0]!;
    const ashford = item.members.find((m) => m.member.code === ASHFORD_VALE)!;
    expect(ashford.result).toBe('falls-short');
    expect(ashford.offerId).toBe('ashford-vale-council-tax');
    expect(ashford.reasons.map((r) => r.code)).toEqual(['worse-value', 'wider-responsibility']);
    const brookmere = item.members.find((m) => m.member.code === BROOKMERE)!;
    expect(brookmere.result).toBe('falls-short');
    expect(brookmere.reasons.map(({ code, message }) => ({ code, message }))).toEqual([
      {
        code: 'narrower-age',
        message: 'runs from the 18th birthday until the 21st birthday, shorter than the guarantee (from the 18th birthday until the 25th birthday)',
      },
      {
        code: 'narrower-responsibility',
        message: 'covers only its own care leavers; the guarantee covers care leavers of any council in Fictional Combined Authority',
      },
      { code: 'same-value', message: 'gives 100%, as the guarantee does' },
    ]);
  });

  it('finds a member that matches every aspect meets it, and one that goes further exceeds it', () => {
    const meets = guaranteeReport(FCA, { on: '2026-11-23' }, withBrookmereUntil(25), options).items[0]!;
    expect(meets.members.find((m) => m.member.code === BROOKMERE)).toMatchObject({
      result: 'meets',
      reasons: [{ code: 'same-value', message: 'gives 100%, as the guarantee does' }],
    });
    const exceeds = guaranteeReport(FCA, { on: '2026-11-23' }, withBrookmereUntil(26), options).items[0]!;
    expect(exceeds.members.find((m) => m.member.code === BROOKMERE)).toMatchObject({
      result: 'exceeds',
      reasons: [{ code: 'wider-age' }, { code: 'same-value' }],
    });
  });

  it('reads the councils an offer leaves out (except): England but Brookmere falls short of the region, England but Riverton does not', () => {
    const report = (except: string) =>
      guaranteeReport(FCA, { on: '2026-11-23' }, brookmereWith({ responsibility: { type: 'responsible-authority', scope: 'within', areas: [FICTLAND], except: [except] } }), options).items[0]!.members.find(
        (m) => m.member.code === BROOKMERE,
      )!;
    const leavesItselfOut = report(BROOKMERE);
    expect(leavesItselfOut.result).toBe('falls-short');
    expect(leavesItselfOut.reasons[0]).toMatchObject({
      code: 'narrower-responsibility',
      mine: { scope: 'within', areas: [FICTLAND], except: [BROOKMERE] },
      message: expect.stringMatching(/^covers care leavers of any council in .+ but Brookmere.*; the guarantee covers /),
    });
    // Riverton lies outside the region: leaving it out still reaches every care leaver the guarantee names.
    const leavesOthersOut = report(RIVERTON);
    expect(leavesOthersOut.result).toBe('exceeds');
    expect(leavesOthersOut.reasons[0]).toMatchObject({ code: 'wider-responsibility', mine: { except: [RIVERTON] } });
  });

  it('reads a lead that leaves the member out beside the member\'s own offer as one: reaching the region while the own offer is in force, not once it is withdrawn', () => {
    const withOwnOffer = (status: 'in-force' | 'withdrawn', dated: { dateIs?: 'confirmed-by'; notBefore?: string } = {}): Dataset => {
      const dataset = brookmereWith({ responsibility: { type: 'responsible-authority', scope: 'within', areas: [FICTLAND], except: [BROOKMERE] } });
      return {
        documents: dataset.documents.map((d) => {
          if (d.provider.code !== BROOKMERE) return d;
          const lead = d.offers[0]!;
          const own = {
            ...lead,
            id: 'brookmere-own-care-leavers',
            title: "Brookmere's exemption for its own care leavers (fictional)",
            versions: {
              '2017-04-01': { ...lead.versions['2017-04-01']!, status: 'in-force' as const, eligibility: [{ type: 'age' as const, from: 18, until: 25 }, { type: 'responsible-authority' as const, scope: 'own' as const }, { type: 'residence' as const, within: [BROOKMERE] }] },
              '2026-01-01': { ...lead.versions['2017-04-01']!, ...dated, status, eligibility: [{ type: 'age' as const, from: 18, until: 25 }, { type: 'responsible-authority' as const, scope: 'own' as const }, { type: 'residence' as const, within: [BROOKMERE] }] },
            },
          };
          return { ...d, offers: [lead, own] };
        }),
      };
    };
    const brookmere = (dataset: Dataset, on: string) => guaranteeReport(FCA, { on }, dataset, options).items[0]!.members.find((m) => m.member.code === BROOKMERE)!;
    expect(brookmere(withOwnOffer('in-force'), '2026-11-23').result).toBe('exceeds');
    // The own offer was in force until its withdrawal: the day before it, the two still reach the region together.
    expect(brookmere(withOwnOffer('withdrawn'), '2025-12-31').result).toBe('exceeds');
    const afterWithdrawal = brookmere(withOwnOffer('withdrawn'), '2026-01-01');
    expect(afterWithdrawal.result).toBe('falls-short');
    expect(afterWithdrawal.reasons[0]).toMatchObject({ code: 'narrower-responsibility', mine: { except: [BROOKMERE] } });
    // A withdrawal known only as confirmed by its date, not before 1 October 2025: in the window of
    // doubt the own offer may still be in force, so the two may still reach the region together.
    const doubtful = withOwnOffer('withdrawn', { dateIs: 'confirmed-by', notBefore: '2025-10-01' });
    expect(brookmere(doubtful, '2025-09-30').result).toBe('exceeds');
    expect(brookmere(doubtful, '2025-10-01').result).toBe('exceeds');
    expect(brookmere(doubtful, '2025-12-31').result).toBe('exceeds');
    expect(brookmere(doubtful, '2026-01-01').result).toBe('falls-short');
  });

  it('finds a member whose source gives only "up to" the guarantee\'s share falls short of it', () => {
    const upTo = guaranteeReport(FCA, { on: '2026-11-23' }, withBrookmereUntil(25, { type: 'percentage', percent: 100, upTo: true }), options).items[0]!;
    const brookmere = upTo.members.find((m) => m.member.code === BROOKMERE)!;
    expect(brookmere.result).toBe('falls-short');
    expect(brookmere.reasons.map((r) => r.code)).toEqual(['worse-value']);
    expect(brookmere.reasons[0]!.message).toBe("gives up to 100%, not the guarantee's 100% for certain");
    const upToHalf = guaranteeReport(FCA, { on: '2026-11-23' }, withBrookmereUntil(25, { type: 'percentage', percent: 50, upTo: true }), options).items[0]!;
    expect(upToHalf.members.find((m) => m.member.code === BROOKMERE)!.reasons[0]!.message).toBe("gives up to 50%, less than the guarantee's 100%");
    // The same share stated outright meets it (the case above), and "up to" more than the guarantee exceeds nothing it lacks.
    const stated = guaranteeReport(FCA, { on: '2026-11-23' }, withBrookmereUntil(25, { type: 'percentage', percent: 100, upTo: false }), options).items[0]!;
    expect(stated.members.find((m) => m.member.code === BROOKMERE)!.result).toBe('meets');
  });

  it('says unknown, naming why, when a member has nothing of its own encoded', () => {
    const report = guaranteeReport(FCA, { on: '2026-11-23' }, fictionalDataset, options);
    for (const item of report.items) {
      expect(item.members.find((m) => m.member.code === RIVERTON)).toMatchObject({
        result: 'unknown',
        offerId: null,
        value: null,
        reasons: [{ code: 'nothing-encoded' }],
      });
    }
  });

  it('finds a member a source says does not give the item falls short, naming the source’s date', () => {
    const rivertonSaysNo: Dataset = {
      documents: [
        ...fictionalDataset.documents,
        {
          schemaVersion: 1,
          provider: { code: RIVERTON, name: 'Riverton (fictional)' },
          layer: 'local',
          fictional: true,
          offers: [
            {
              id: 'riverton-no-travel',
              kind: 'free-travel',
              title: 'Riverton pays no travel for its care leavers (fictional)',
              description: 'Fictional: a freedom of information answer says Riverton pays no travel costs.',
              sources: [{ title: 'Fictional answer', url: 'https://example.org/fictional-foi', publisher: 'Fictional' }],
              lastChecked: '2026-11-23',
              confidence: 'confirmed',
              versions: {
                '2024-03-21': {
                  status: 'not-offered',
                  value: { type: 'percentage', percent: 100 },
                  eligibility: [{ type: 'responsible-authority', scope: 'own' }],
                },
              },
            },
          ],
        },
      ],
    };
    const travel = guaranteeReport(FCA, { on: '2026-11-23' }, rivertonSaysNo, options).items[1]!;
    expect(travel.members.find((m) => m.member.code === RIVERTON)).toMatchObject({
      result: 'falls-short',
      offerId: 'riverton-no-travel',
      value: null,
      reasons: [{ code: 'member-does-not-offer', message: 'a source says Riverton gives no free or discounted travel as of 23 November 2026' }],
    });
    // A no for 16 and 17 year olds says nothing of the travel item (from 18): still unknown.
    const onlyUnder18: Dataset = {
      documents: rivertonSaysNo.documents.map((d) =>
        d.provider.code !== RIVERTON
          ? d
          : {
              ...d,
              offers: d.offers.map((o) => ({
                ...o,
                versions: Object.fromEntries(
                  Object.entries(o.versions).map(([date, v]) => [date, { ...v, eligibility: [...v.eligibility, { type: 'age' as const, from: 16, until: 18 }] }]),
                ),
              })),
            },
      ),
    };
    const under18 = guaranteeReport(FCA, { on: '2026-11-23' }, onlyUnder18, options).items[1]!;
    expect(under18.members.find((m) => m.member.code === RIVERTON)).toMatchObject({ result: 'unknown', reasons: [{ code: 'not-in-force' }] });
  });

  it('has no items before the guarantee began', () => {
    expect(guaranteeReport(FCA, { on: '2018-01-01' }, fictionalDataset, options).items).toEqual([]);
  });

  it('throws InvalidInputError for an impossible date or an unknown region', () => {
    expect(() => guaranteeReport(FCA, { on: '2025-02-30' }, fictionalDataset, options)).toThrow(InvalidInputError);
    expect(() => guaranteeReport('E47999999', { on: '2025-01-01' }, fictionalDataset, options)).toThrow(/not a known area code/);
  });

  it('reports the real Greater Manchester guarantee for its ten councils', () => {
    const report = guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset);
    expect(report.members).toHaveLength(10);
    const councilTax = report.items.find((i) => i.kind === 'council-tax-exemption')!;
    const stockport = councilTax.members.find((m) => m.member.code === 'E08000007')!;
    // Stockport's own scheme is for its own care leavers; whether it covers other GM councils' is not stated
    expect(stockport.result).toBe('unknown');
    expect(stockport.reasons[0]?.code).toBe('not-settled');
    expect(stockport.reasons.map((r) => r.code)).toContain('narrower-responsibility');
    // Manchester's exemption reaches any council's care leavers but leaves out those with no recourse
    // to public funds, and (its care test being a former relevant child's) qualifying care leavers
    const manchester = councilTax.members.find((m) => m.member.code === 'E08000003')!;
    expect(manchester.result).toBe('falls-short');
    expect(manchester.reasons.map((r) => r.code)).toEqual(['narrower-conditions', 'narrower-categories', 'wider-responsibility', 'same-value']);
    expect(manchester.reasons[0]?.message).toBe('is only for those with recourse to public funds, unlike the guarantee');
  });

  it('lists an item known only as in force by a later date, saying it may not yet apply (the GM travel pass in 2024)', () => {
    const report = guaranteeReport('E47000001', { on: '2024-01-15' }, embeddedDataset);
    const travel = report.items.find((i) => i.kind === 'free-travel');
    expect(travel?.startNotKnown).toEqual({ inForceBy: '2025-09-01', notBefore: '2020-11-11' });
    expect(report.items.find((i) => i.kind === 'council-tax-exemption')?.startNotKnown).toBeNull();
  });

  it('leaves a member unknown, not short, before a "not known" record dated only by when it was read (Stockport in 2025)', () => {
    for (const on of ['2025-06-01', '2026-11-22', '2026-11-23']) {
      const stockport = guaranteeReport('E47000001', { on }, embeddedDataset).items[0]!.members.find((m) => m.member.code === 'E08000007')!;
      expect([on, stockport.result, stockport.reasons[0]?.code]).toEqual([on, 'unknown', 'not-settled']);
    }
  });

  it('keeps each reason\'s data beside its words, so a script need not read English', () => {
    const manchester = guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset).items[0]!.members.find((m) => m.member.code === 'E08000003')!;
    expect(manchester.reasons[0]).toEqual({
      code: 'narrower-conditions',
      conditions: [{ type: 'fact', fact: 'noRecourseToPublicFunds', equals: false }],
      message: expect.any(String),
    });
  });

  it('compares areas by containment: England-wide is wider than Greater Manchester-wide', () => {
    const report = guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset);
    const wigan = report.items.find((i) => i.kind === 'council-tax-exemption')!.members.find((m) => m.member.code === 'E08000010')!;
    // Wider in whose care leavers, but its 100% is only for those living alone (liable for council tax is no narrowing)
    expect(wigan.reasons.map((r) => r.code)).toEqual(['narrower-conditions', 'wider-responsibility', 'same-value']);
    const data = decideGuaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset).items.find((i) => i.kind === 'council-tax-exemption')!;
    expect(data.members.find((m) => m.member.code === 'E08000010')!.reasons[0]).toEqual({
      code: 'narrower-conditions',
      conditions: [{ type: 'fact', fact: 'household', equals: 'alone' }],
    });
    expect(wigan.result).toBe('falls-short');
  });
});

describe('a member offer whose later version has no known start (fictional data)', () => {
  function brookmereChanging(laterUntil: number): Dataset {
    const offer = brookmereDocument.offers[0]!;
    const earlier = offer.versions['2017-04-01']!;
    const eligibility = (until: number) => [
      { type: 'age' as const, from: 18, until },
      { type: 'responsible-authority' as const, scope: 'within' as const, areas: [FCA] },
      { type: 'residence' as const, within: [BROOKMERE] },
    ];
    const changed: OfferDocument = {
      ...brookmereDocument,
      offers: [
        {
          ...offer,
          versions: {
            '2017-04-01': { ...earlier, value: { type: 'percentage', percent: 100 }, eligibility: eligibility(25) },
            '2024-01-01': { ...earlier, dateIs: 'confirmed-by', value: { type: 'percentage', percent: 100 }, eligibility: eligibility(laterUntil) },
          },
        },
      ],
    };
    return { documents: fictionalDataset.documents.map((d) => (d === brookmereDocument ? changed : d)) };
  }
  const brookmereOn = (data: Dataset, on: string) =>
    guaranteeReport(FCA, { on }, data, options).items[0]!.members.find((m) => m.member.code === BROOKMERE)!;

  it('meets the item at least where one version meets it and the other exceeds it', () => {
    // The earlier version (to 25) meets the item; the later (to 26) exceeds it.
    const both = brookmereOn(brookmereChanging(26), '2023-06-01');
    expect(both.result).toBe('meets');
    expect(both.offerId).toBe('brookmere-council-tax');
    expect(brookmereOn(brookmereChanging(26), '2024-01-01').result).toBe('exceeds');
    // Both versions alike: their common result.
    expect(brookmereOn(brookmereChanging(25), '2023-06-01').result).toBe('meets');
  });

  it('is unknown, naming the date, where one version would meet the item and the other fall short', () => {
    const split = brookmereOn(brookmereChanging(21), '2023-06-01');
    expect(split.result).toBe('unknown');
    expect(split.reasons.map((r) => r.code)).toEqual(['member-version-start-unknown']);
    expect(split.reasons[0]!.message).toContain('1 January 2024');
    // From the date the later version is confirmed by, it alone decides: narrower, so it falls short.
    expect(brookmereOn(brookmereChanging(21), '2024-01-01').result).toBe('falls-short');
  });
});

/**
 * Brookmere's document with a fictional travel offer of its own: from 18 until `until`, for the
 * care leavers of `areas` (the region's by default) living in Brookmere.
 */
function brookmereWithTravel(until: number, areas: readonly string[] = [FCA]): OfferDocument {
  return {
    ...brookmereDocument,
    offers: [
      ...brookmereDocument.offers,
      {
        ...brookmereDocument.offers[0]!,
        id: 'brookmere-travel',
        kind: 'free-travel',
        title: 'Brookmere bus pass (fictional)',
        versions: {
          '2019-04-01': {
            status: 'in-force',
            value: { type: 'percentage', percent: 100 },
            eligibility: [
              { type: 'age', from: 18, until },
              { type: 'category', in: ['relevant', 'former-relevant', 'qualifying'] },
              { type: 'responsible-authority', scope: 'within', areas: [...areas] },
              { type: 'residence', within: [BROOKMERE] },
            ],
          },
        },
      },
    ],
  };
}

describe('a guarantee item whose later version has no known start (fictional data)', () => {
  // FICTIONAL: the FCA travel pass runs to 21, and to 25 by 1 September 2025 from a date not known.
  function withBrookmereTravelUntil(until: number): Dataset {
    const travel = brookmereWithTravel(until);
    return { documents: fictionalDataset.documents.map((d) => (d === brookmereDocument ? travel : d)) };
  }
  const travelOn = (data: Dataset, on: string) => guaranteeReport(FCA, { on }, data, options).items.find((i) => i.offerId === 'fca-travel');
  const brookmere = (data: Dataset, on: string) => travelOn(data, on)!.members.find((m) => m.member.code === BROOKMERE)!;

  it('is reported in the window with both versions, where it was left out', () => {
    const item = travelOn(fictionalDataset, '2024-01-01')!;
    expect(item.versionDate).toBe('2019-04-01');
    expect(item.laterVersion).toEqual({ versionDate: '2025-09-01', value: { type: 'percentage', percent: 100 } });
    // Before the window opens and from the date the later version is confirmed by: one version only.
    expect(travelOn(fictionalDataset, '2019-03-31')).toBeUndefined();
    expect(travelOn(fictionalDataset, '2025-09-01')!.laterVersion).toBeNull();
    expect(travelOn(fictionalDataset, '2025-09-01')!.versionDate).toBe('2025-09-01');
  });

  it('keeps a result both versions give, and meets where one is met and the other exceeded', () => {
    expect(brookmere(withBrookmereTravelUntil(26), '2024-01-01').result).toBe('exceeds');
    const toTwentyFive = brookmere(withBrookmereTravelUntil(25), '2024-01-01');
    expect(toTwentyFive.result).toBe('meets'); // exceeds the pass to 21, meets the pass to 25
    expect(toTwentyFive.reasons.map((r) => r.code)).toEqual(['same-value']);
    expect(brookmere(withBrookmereTravelUntil(25), '2025-09-01').result).toBe('meets');
    expect(brookmere(withBrookmereTravelUntil(20), '2024-01-01').result).toBe('falls-short'); // short of both
    expect(brookmere(fictionalDataset, '2024-01-01').reasons.map((r) => r.code)).toEqual(['nothing-encoded']);
  });

  it('is unknown, naming the date, where the member meets one version and falls short of the other', () => {
    const split = brookmere(withBrookmereTravelUntil(21), '2024-01-01');
    expect(split.result).toBe('unknown');
    expect(split.offerId).toBe('brookmere-travel');
    expect(split.reasons.map((r) => r.code)).toEqual(['item-version-start-unknown']);
    expect(split.reasons[0]!.message).toContain('1 September 2025');
    expect(split.reasons[0]!.message).toContain('FCA travel pass (fictional)');
    // The window opens with the earlier version (no date sets a later start); from the date the
    // later version is confirmed by, it alone decides.
    expect(brookmere(withBrookmereTravelUntil(21), '2019-04-01').result).toBe('unknown');
    expect(brookmere(withBrookmereTravelUntil(21), '2025-08-31').result).toBe('unknown');
    expect(brookmere(withBrookmereTravelUntil(21), '2025-09-01').result).toBe('falls-short');
  });
});

describe('conditions on other facts, partial offers and withdrawals (fictional data)', () => {
  /** Brookmere's offer made to match the item (18 to 25, the region's care leavers), with changes. */
  const brookmereAgainstCouncilTax = (dataset: Dataset) =>
    guaranteeReport(FCA, { on: '2026-11-23' }, dataset, options).items[0]!.members.find((m) => m.member.code === BROOKMERE)!;

  it('meets the item when it matches it (the baseline of the cases below)', () => {
    expect(brookmereAgainstCouncilTax(brookmereWith({})).result).toBe('meets');
  });

  it('falls short when it asks a fact the guarantee does not (only private renters), naming the condition', () => {
    const tenancy: Condition = { type: 'fact', fact: 'tenancy', in: ['private-rented'] };
    const member = decideGuaranteeReport(FCA, { on: '2026-11-23' }, brookmereWith({ extra: [tenancy] }), options).items[0]!.members.find((m) => m.member.code === BROOKMERE)!;
    expect(member.result).toBe('falls-short');
    expect(member.reasons[0]).toEqual({ code: 'narrower-conditions', conditions: [tenancy] });
    const words = guaranteeReport(FCA, { on: '2026-11-23' }, brookmereWith({ extra: [tenancy] }), options);
    expect(words.items[0]!.members.find((m) => m.member.code === BROOKMERE)!.reasons[0]).toMatchObject({
      message: 'is only for those whose tenancy is private-rented, unlike the guarantee',
    });
  });

  it('meets the item when its condition on a fact lets through everyone the guarantee\'s does', () => {
    const regional = fictionalDataset.documents.find((d) => d.layer === 'regional')!;
    const item = regional.offers[0]!;
    const itemVersion = Object.values(item.versions)[0]!;
    const withTenancy = (tenancies: readonly string[]): Condition => ({ type: 'fact', fact: 'tenancy', in: tenancies } as Condition);
    const narrowItem: OfferDocument = {
      ...regional,
      offers: [{ ...item, versions: { [Object.keys(item.versions)[0]!]: { ...itemVersion, eligibility: [...itemVersion.eligibility, withTenancy(['council', 'private-rented'])] } } }, ...regional.offers.slice(1)],
    };
    const dataset = (member: readonly string[]): Dataset => {
      const base = brookmereWith({ extra: [withTenancy(member)] });
      return { documents: base.documents.map((d) => (d === regional ? narrowItem : d)) };
    };
    expect(brookmereAgainstCouncilTax(dataset(['council', 'private-rented', 'housing-association'])).result).toBe('exceeds');
    expect(brookmereAgainstCouncilTax(dataset(['council', 'private-rented'])).result).toBe('meets');
    expect(brookmereAgainstCouncilTax(dataset(['council'])).result).toBe('falls-short');
  });

  it('counts only the categories each can reach at its ages: an offer from 18 reaches no eligible or relevant child', () => {
    // The item (18 to 25, no category named) against a member naming former relevant care leavers: the same people.
    const member = brookmereAgainstCouncilTax(brookmereWith({ extra: [{ type: 'category', in: ['former-relevant', 'qualifying'] }] }));
    expect(member.result).toBe('meets');
    // Leaving out qualifying care leavers, whom the item reaches at 18 to 25, falls short.
    expect(brookmereAgainstCouncilTax(brookmereWith({ extra: [{ type: 'category', in: ['former-relevant'] }] })).reasons[0]?.code).toBe('narrower-categories');
  });

  it('reads two category conditions as the categories both allow: former relevant only leaves out qualifying care leavers', () => {
    const both = brookmereAgainstCouncilTax(
      brookmereWith({ extra: [{ type: 'category', in: ['former-relevant'] }, { type: 'category', in: ['relevant', 'former-relevant', 'qualifying'] }] }),
    );
    expect(both.result).toBe('falls-short');
    expect(both.reasons).toContainEqual(expect.objectContaining({ code: 'narrower-categories', categories: ['qualifying'] }));
  });

  it('reads an any-of condition as a condition the guarantee does not ask, naming it', () => {
    const anyOf: Condition = { type: 'any-of', conditions: [{ type: 'fact', fact: 'inFullTimeEducation', equals: true }, { type: 'fact', fact: 'inHigherEducation', equals: true }] };
    const member = decideGuaranteeReport(FCA, { on: '2026-11-23' }, brookmereWith({ extra: [anyOf] }), options).items[0]!.members.find((m) => m.member.code === BROOKMERE)!;
    expect(member.result).toBe('falls-short');
    expect(member.reasons[0]).toEqual({ code: 'narrower-conditions', conditions: [anyOf] });
  });

  it('reads two responsible-authority conditions by the narrower: the region\'s care leavers and Brookmere\'s own is Brookmere\'s own', () => {
    const own: Condition = { type: 'responsible-authority', scope: 'own' };
    const member = brookmereAgainstCouncilTax(brookmereWith({ extra: [own] }));
    expect(member.result).toBe('falls-short');
    expect(member.reasons.map((r) => r.code)).toContain('narrower-responsibility');
    // The same conditions the other way round read the same.
    const reversed = brookmereAgainstCouncilTax(brookmereWith({ responsibility: own, extra: [{ type: 'responsible-authority', scope: 'within', areas: [FCA] }] }));
    expect(reversed.reasons).toEqual(member.reasons);
  });

  it('says a service is given as the guarantee gives it, not "gives provided"', () => {
    const service = { type: 'service' as const, detail: 'a mentor' };
    const decided = decideGuaranteeReport(FCA, { on: '2026-11-23' }, fictionalDataset, options);
    const item = decided.items[0]!;
    const asService = { ...decided, items: [{ ...item, members: [{ ...item.members[0]!, reasons: [{ code: 'same-value' as const, mine: service, theirs: service }] }] }] };
    expect(explainGuaranteeReport(asService, fictional).items[0]!.members[0]!.reasons[0]!.message).toBe('gives it, as the guarantee does');
  });

  it('does not count being liable for council tax as leaving anyone out of a council tax exemption', () => {
    expect(brookmereAgainstCouncilTax(brookmereWith({ extra: [{ type: 'fact', fact: 'liableForCouncilTax', equals: true }] })).result).toBe('meets');
  });

  it('falls short when its offer is partial (limited places) and the guarantee is not', () => {
    const member = brookmereAgainstCouncilTax(brookmereWith({ partial: true }));
    expect(member.result).toBe('falls-short');
    expect(member.reasons.map((r) => r.code)).toEqual(['member-partial', 'same-value']);
  });

  it('falls short when its offer is withdrawn on the date, as when a source says it is not offered', () => {
    for (const status of ['withdrawn', 'not-offered'] as const) {
      const member = brookmereAgainstCouncilTax(brookmereWith({ status }));
      expect(member.result, status).toBe('falls-short');
      expect(member.reasons.map((r) => r.code), status).toEqual(['member-does-not-offer']);
    }
  });
});

describe('an item its provider gives itself (deliveredBy: provider; fictional data)', () => {
  const on = '2026-11-23';
  type Travel = OfferDocument['offers'][number];
  const regional = fictionalDataset.documents.find((d) => d.provider.code === FCA)!;
  const travel = regional.offers.find((o) => o.id === 'fca-travel')!;

  /** The fictional dataset with the region's travel pass changed, and Brookmere's document replaced when one is given. */
  function withTravel(change: (offer: Travel) => Travel, brookmere: OfferDocument = brookmereDocument): Dataset {
    const changed: OfferDocument = { ...regional, offers: regional.offers.map((o) => (o === travel ? change(o) : o)) };
    return { documents: fictionalDataset.documents.map((d) => (d === regional ? changed : d === brookmereDocument ? brookmere : d)) };
  }
  const delivered = (offer: Travel): Travel => ({ ...offer, deliveredBy: 'provider' });
  /** Every version's conditions on places replaced. */
  const placedBy = (offer: Travel, places: readonly Condition[]): Travel => ({
    ...offer,
    versions: Object.fromEntries(
      Object.entries(offer.versions).map(([date, v]) => [
        date,
        { ...v, eligibility: [...v.eligibility.filter((c) => c.type !== 'residence' && c.type !== 'responsible-authority'), ...places] },
      ]),
    ),
  });
  const resultsOf = (dataset: Dataset, date = on) =>
    Object.fromEntries(guaranteeReport(FCA, { on: date }, dataset, options).items[1]!.members.map((m) => [m.member.code, m.result]));

  it('is delivered to each member it reaches, saying who gives it, and not to a council outside the region', () => {
    const item = guaranteeReport(FCA, { on }, withTravel(delivered), options).items[1]!;
    expect(item.deliveredBy).toBe('provider');
    expect(item.members.find((m) => m.member.code === ASHFORD_VALE)).toEqual({
      member: { code: ASHFORD_VALE, name: 'Ashford Vale' },
      result: 'delivered',
      offerId: null,
      value: null,
      reasons: [
        {
          code: 'delivered-by-provider',
          memberName: 'Ashford Vale',
          providerName: 'Fictional Transport',
          message: 'Fictional Transport gives it directly; Ashford Vale needs no offer of its own',
        },
      ],
    });
    // Riverton lies outside the region: the pass does not reach its care leavers, so its own offer is what counts.
    expect(resultsOf(withTravel(delivered))).toEqual({ [ASHFORD_VALE]: 'delivered', [BROOKMERE]: 'delivered', [RIVERTON]: 'unknown' });
  });

  it('is compared with members\' own offers as before when it is left to the members (the default)', () => {
    const item = guaranteeReport(FCA, { on }, fictionalDataset, options).items[1]!;
    expect(item.deliveredBy).toBe('members');
    expect(resultsOf(fictionalDataset)).toEqual({ [ASHFORD_VALE]: 'unknown', [BROOKMERE]: 'unknown', [RIVERTON]: 'unknown' });
    expect(resultsOf(withTravel((o) => ({ ...o, deliveredBy: 'members' })))).toEqual(resultsOf(fictionalDataset));
  });

  it('lets a member whose own offer goes further exceed it, and one whose own offer is narrower still have it delivered', () => {
    const wider = guaranteeReport(FCA, { on }, withTravel(delivered, brookmereWithTravel(26, [FICTLAND])), options).items[1]!;
    expect(wider.members.find((m) => m.member.code === BROOKMERE)).toMatchObject({
      result: 'exceeds',
      offerId: 'brookmere-travel',
      reasons: [{ code: 'wider-age' }, { code: 'wider-responsibility' }, { code: 'same-value' }],
    });
    const narrower = guaranteeReport(FCA, { on }, withTravel(delivered, brookmereWithTravel(21, [BROOKMERE])), options).items[1]!;
    expect(narrower.members.find((m) => m.member.code === BROOKMERE)).toMatchObject({ result: 'delivered', offerId: null, reasons: [{ code: 'delivered-by-provider' }] });
    // Left to the members, the narrower offer falls short.
    const own = guaranteeReport(FCA, { on }, withTravel((o) => o, brookmereWithTravel(21, [BROOKMERE])), options).items[1]!;
    expect(own.members.find((m) => m.member.code === BROOKMERE)!.result).toBe('falls-short');
  });

  it('is not delivered to a member whose care leavers, or whose area, its conditions leave out', () => {
    const onlyAshfordsCareLeavers = withTravel((o) =>
      placedBy(delivered(o), [
        { type: 'responsible-authority', scope: 'within', areas: [ASHFORD_VALE] },
        { type: 'residence', within: [FCA] },
      ]),
    );
    expect(resultsOf(onlyAshfordsCareLeavers)).toEqual({ [ASHFORD_VALE]: 'delivered', [BROOKMERE]: 'unknown', [RIVERTON]: 'unknown' });
    const onlyLivingInBrookmere = withTravel((o) =>
      placedBy(delivered(o), [
        { type: 'responsible-authority', scope: 'within', areas: [FCA] },
        { type: 'residence', within: [BROOKMERE] },
      ]),
    );
    expect(resultsOf(onlyLivingInBrookmere)).toEqual({ [ASHFORD_VALE]: 'unknown', [BROOKMERE]: 'delivered', [RIVERTON]: 'unknown' });
    // For any council's care leavers living anywhere: it reaches Riverton's too.
    expect(resultsOf(withTravel((o) => placedBy(delivered(o), [{ type: 'responsible-authority', scope: 'any' }])))).toEqual({
      [ASHFORD_VALE]: 'delivered',
      [BROOKMERE]: 'delivered',
      [RIVERTON]: 'delivered',
    });
    // Where it reaches is among alternatives: which one holds is not known, so nothing is claimed.
    const alternatives = withTravel((o) =>
      placedBy(delivered(o), [
        { type: 'any-of', conditions: [{ type: 'residence', within: [FCA] }, { type: 'fact', fact: 'inHigherEducation', equals: true }] },
      ]),
    );
    expect(resultsOf(alternatives)).toEqual({ [ASHFORD_VALE]: 'unknown', [BROOKMERE]: 'unknown', [RIVERTON]: 'unknown' });
  });

  it('is delivered in the window before its later version, whose start is not known, when both versions reach the member', () => {
    const item = guaranteeReport(FCA, { on: '2024-01-15' }, withTravel(delivered), options).items[1]!;
    expect(item.laterVersion?.versionDate).toBe('2025-09-01');
    expect(resultsOf(withTravel(delivered), '2024-01-15')).toEqual({ [ASHFORD_VALE]: 'delivered', [BROOKMERE]: 'delivered', [RIVERTON]: 'unknown' });
    // A member the later version reaches and the earlier does not: either may apply, so it is not settled.
    const laterReachesBrookmere = withTravel((o) => {
      const d = delivered(o);
      const versions = Object.entries(d.versions);
      const [firstDate, first] = versions[0]!;
      const [secondDate, second] = versions[1]!;
      return {
        ...d,
        versions: {
          [firstDate]: { ...first, eligibility: first.eligibility.map((c) => (c.type === 'responsible-authority' ? { ...c, areas: [ASHFORD_VALE] } : c)) },
          [secondDate]: second,
        },
      };
    });
    const window = guaranteeReport(FCA, { on: '2024-01-15' }, laterReachesBrookmere, options).items[1]!;
    expect(window.members.find((m) => m.member.code === ASHFORD_VALE)!.result).toBe('delivered');
    expect(window.members.find((m) => m.member.code === BROOKMERE)).toMatchObject({ result: 'unknown', reasons: [{ code: 'item-version-start-unknown' }] });
  });

  it('lists, by default, a council outside the region that it names as taking part, and reaches its care leavers', () => {
    // FICTIONAL: the pass also for Riverton's care leavers living in Riverton, which is not in the region.
    const withRiverton = withTravel((o) =>
      placedBy(delivered(o), [
        { type: 'responsible-authority', scope: 'within', areas: [FCA, RIVERTON] },
        { type: 'residence', within: [FCA, RIVERTON] },
      ]),
    );
    const byDefault = { geography: fictional.geography };
    expect(guaranteeReport(FCA, { on }, fictionalDataset, byDefault).members.map((m) => m.code)).toEqual([ASHFORD_VALE, BROOKMERE]);
    const report = guaranteeReport(FCA, { on }, withRiverton, byDefault);
    expect(report.members.map((m) => m.code)).toEqual([RIVERTON, ASHFORD_VALE, BROOKMERE].sort());
    expect(report.items[1]!.members.map((m) => [m.member.code, m.result])).toEqual([
      [RIVERTON, 'delivered'],
      [ASHFORD_VALE, 'delivered'],
      [BROOKMERE, 'delivered'],
    ].sort());
    // A nation named (care leavers of any council in it) is no council taking part.
    const anyCouncil = withTravel((o) => placedBy(delivered(o), [{ type: 'responsible-authority', scope: 'within', areas: [FICTLAND] }]));
    expect(guaranteeReport(FCA, { on }, anyCouncil, byDefault).members.map((m) => m.code)).toEqual([ASHFORD_VALE, BROOKMERE]);
    // Members given by the caller are the members: nothing is added.
    expect(guaranteeReport(FCA, { on }, withRiverton, { ...byDefault, members: [BROOKMERE] }).members.map((m) => m.code)).toEqual([BROOKMERE]);
  });

  it('is refused by validate outside a regional document, naming the field and the fix', () => {
    const checked = checkOfferDocument({ ...brookmereDocument, offers: [{ ...brookmereDocument.offers[0]!, deliveredBy: 'provider' }] });
    expect(checked.success).toBe(false);
    if (!checked.success) {
      expect(checked.issues).toEqual([expect.objectContaining({ code: 'delivery-outside-guarantee', path: ['offers', 0, 'deliveredBy'] })]);
      expect(checked.issues[0]!.message).toMatch(/layer is local: remove deliveredBy, or make the document layer: regional/);
    }
  });

  it('adds as taking part only a council that exists on the date: not a nation, nor a council since abolished (UK registry)', () => {
    // The real Greater Manchester pass, changed to name England and Cumbria (abolished on 2023-04-01) too.
    const gm = embeddedDataset.documents.find((d) => d.provider.code === 'E47000001')!;
    const naming = (extra: readonly string[]): Dataset => ({
      documents: embeddedDataset.documents.map((d) =>
        d !== gm
          ? d
          : {
              ...d,
              offers: d.offers.map((o) =>
                o.id !== 'gm-travel-pass'
                  ? o
                  : {
                      ...o,
                      versions: Object.fromEntries(
                        Object.entries(o.versions).map(([date, v]) => [
                          date,
                          { ...v, eligibility: v.eligibility.map((c) => (c.type === 'responsible-authority' && c.areas !== undefined ? { ...c, areas: [...c.areas, ...extra] } : c)) },
                        ]),
                      ),
                    },
              ),
            },
      ),
    });
    const members = (on: string) => guaranteeReport('E47000001', { on }, naming(['E92000001', 'E10000006'])).members.map((m) => m.code);
    expect(members('2026-11-23')).toHaveLength(10);
    expect(members('2023-03-31')).toEqual(expect.arrayContaining(['E10000006']));
    expect(members('2023-03-31')).toHaveLength(11);
    expect(members('2023-04-01')).not.toContain('E10000006');
  });

  it('is how the Greater Manchester travel pass reaches all ten councils, while the council tax exemption is left to them', () => {
    const report = guaranteeReport('E47000001', { on }, embeddedDataset);
    const travelPass = report.items.find((i) => i.offerId === 'gm-travel-pass')!;
    expect(travelPass.deliveredBy).toBe('provider');
    expect(travelPass.members.map((m) => m.result)).toEqual(Array(10).fill('delivered'));
    expect(travelPass.members[0]!.reasons[0]!.message).toBe('Transport for Greater Manchester gives it directly; Bolton needs no offer of its own');
    expect(report.items.find((i) => i.offerId === 'gm-council-tax-exemption')!.deliveredBy).toBe('members');
  });
});
