import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareMove,
  coverage,
  decide,
  embeddedDataset,
  evaluate,
  InvalidInputError,
  listAreas,
  moveMatrix,
  type Person,
  resolveArea,
  timeline,
  ukGeography,
} from '../../src/index.js';
import { fictionalDataset, fictionalGeography, sam } from '../fixtures/fictional.js';

// Real areas (GSS codes).
const BOLTON = 'E08000001';
const MANCHESTER = 'E08000003';
const DEVON = 'E10000008'; // a county council: its districts bill council tax
const EAST_DEVON = 'E07000040'; // a district of Devon
const GREATER_MANCHESTER = 'E47000001'; // a combined authority
const ENGLAND = 'E92000001';
const CORBY = 'E07000150'; // abolished on 1 April 2021
const NORTH_NORTHAMPTONSHIRE = 'E06000061'; // began on 1 April 2021, replacing Corby and others
const NORTHAMPTONSHIRE = 'E10000021'; // the county council, abolished on 1 April 2021
const BELFAST = 'N09000003';

const person = (responsibleAuthority: string, residence: Person['residence']): Person => ({
  dateOfBirth: '2002-06-15', // 18 in 2020, 24 in 2026
  category: 'former-relevant',
  responsibleAuthority,
  residence,
});

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues.map((i) => ({ code: i.code, path: i.path.join('.'), message: i.message }));
  }
  throw new Error('expected an InvalidInputError');
}

describe('where someone lives must be a place to live', () => {
  it('refuses a county made of districts, naming it and what to give (Devon County answered council tax "not eligible")', () => {
    const [issue, ...rest] = issuesOf(() => evaluate(person(BOLTON, DEVON), '2026-12-03', embeddedDataset));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'wrong-kind-of-area', path: 'person.residence' });
    expect(issue!.message).toMatch(/^E10000008 \(Devon\) is a county council made of districts, not a place to live; give the council area they live in/);
  });

  it('refuses a combined authority and a nation', () => {
    expect(issuesOf(() => evaluate(person(BOLTON, GREATER_MANCHESTER), '2026-12-03', embeddedDataset))[0]!.message).toMatch(/Greater Manchester\) is a combined authority/);
    expect(issuesOf(() => evaluate(person(BOLTON, ENGLAND), '2026-12-03', embeddedDataset))[0]!.message).toMatch(/England\) is a nation/);
  });

  it('accepts a district, a unitary, a metropolitan borough and a Northern Ireland district', () => {
    for (const residence of [EAST_DEVON, NORTH_NORTHAMPTONSHIRE, MANCHESTER, BELFAST]) {
      expect(decide(person(BOLTON, residence), '2026-12-03', embeddedDataset).entitlements.length).toBeGreaterThan(0);
    }
  });

  it('refuses a place in a residence history, with the path of its period', () => {
    const history = [
      { from: '2002-06-15', area: BOLTON },
      { from: '2025-01-01', area: DEVON },
    ];
    expect(issuesOf(() => evaluate(person(BOLTON, history), '2026-12-03', embeddedDataset))).toMatchObject([{ code: 'wrong-kind-of-area', path: 'person.residence.1.area' }]);
  });

  it('refuses a county as the place someone moves to, and in a move matrix', () => {
    expect(issuesOf(() => compareMove(person(BOLTON, BOLTON), { to: DEVON, on: '2026-12-03' }, embeddedDataset))).toMatchObject([{ code: 'wrong-kind-of-area', path: 'to' }]);
    expect(issuesOf(() => moveMatrix(person(BOLTON, BOLTON), { areas: [BOLTON, GREATER_MANCHESTER], on: '2026-12-03' }, embeddedDataset))).toMatchObject([
      { code: 'wrong-kind-of-area', path: 'areas.1' },
    ]);
  });

  it('refuses no current billing area of any nation, whoever looked after the person (property)', () => {
    const places = listAreas({ current: true }).filter((a) => a.billsCouncilTax || a.tier === 'ni-district').map((a) => a.code);
    const councils = listAreas({ current: true }).filter((a) => a.childrensServices).map((a) => a.code);
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...councils), fc.integer({ min: 0, max: 3000 }), (residence, responsible, days) => {
        const on = new Date(Date.UTC(2023, 3, 1 + days)).toISOString().slice(0, 10);
        expect(decide(person(responsible, residence), on, embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every county, combined authority and nation as the residence (property)', () => {
    const notPlaces = listAreas({ current: true }).filter((a) => a.tier === 'upper' || a.tier === 'combined' || a.tier === 'nation').map((a) => a.code);
    fc.assert(
      fc.property(fc.constantFrom(...notPlaces), (residence) => {
        expect(issuesOf(() => decide(person(BOLTON, residence), '2026-12-03', embeddedDataset)).map((i) => i.code)).toEqual(['wrong-kind-of-area']);
      }),
    );
  });
});

describe('a GP practice\'s area (from a fuzzer\'s report)', () => {
  const withGp = (gp: string, residence = BOLTON): Person => ({ ...person(BOLTON, residence), facts: { registeredGpArea: gp } });
  const OLDHAM = 'E08000004';
  const oldhamScheme = (gp: string) =>
    evaluate(withGp(gp, OLDHAM), '2025-06-01', embeddedDataset, { kinds: ['free-prescriptions'] }).entitlements[0]!.offers.find((o) => o.offerId === 'nhs-gm-oldham-prescription-prepayment')!;

  it('wider than a scheme\'s area (Greater Manchester, England for an Oldham scheme) leaves it unknown, saying why; within it or elsewhere decides', () => {
    for (const gp of [GREATER_MANCHESTER, ENGLAND]) {
      const scheme = oldhamScheme(gp);
      expect(scheme.state, gp).toBe('unknown');
      expect(scheme.reasons.map((r) => r.code), gp).toContain('area-fact-too-wide');
    }
    expect(oldhamScheme(OLDHAM).reasons.map((r) => r.code)).not.toContain('area-fact-too-wide');
    expect(oldhamScheme(MANCHESTER).state).toBe('not-eligible'); // a GP in Manchester is not in Oldham
  });

  it('refuses an unknown code', () => {
    expect(issuesOf(() => evaluate(withGp('E08999999'), '2026-11-23', embeddedDataset))).toEqual([
      expect.objectContaining({ code: 'unknown-area', path: 'person.facts.registeredGpArea' }),
    ]);
    expect(evaluate(withGp(EAST_DEVON), '2026-11-23', embeddedDataset).entitlements.length).toBeGreaterThan(0);
  });
});

describe('a council must exist on the dates asked about', () => {
  it('Corby: accepted on its last day, refused from the day it was abolished, naming the council that replaced it', () => {
    expect(decide(person(BOLTON, CORBY), '2021-03-31', embeddedDataset).on).toBe('2021-03-31');
    for (const on of ['2021-04-01', '2021-04-02', '2026-12-03']) {
      const [issue] = issuesOf(() => decide(person(BOLTON, CORBY), on, embeddedDataset));
      expect(issue).toMatchObject({ code: 'area-not-on-date', path: 'person.residence' });
      expect(issue!.message).toBe(`E07000150 (Corby) ended on 2021-04-01, so did not exist on ${on}; give the council that replaced it, E06000061 (North Northamptonshire)`);
    }
  });

  it('North Northamptonshire: refused the day before it began, accepted on its first day and after', () => {
    const [issue] = issuesOf(() => decide(person(BOLTON, NORTH_NORTHAMPTONSHIRE), '2021-03-31', embeddedDataset));
    expect(issue).toMatchObject({ code: 'area-not-on-date', path: 'person.residence' });
    expect(issue!.message).toBe(
      'E06000061 (North Northamptonshire) began on 2021-04-01, after 2021-03-31; give the council they lived in on 2021-03-31 (it replaced E07000150 (Corby), E07000152 (East Northamptonshire), E07000153 (Kettering), E07000156 (Wellingborough)), or a residence history',
    );
    for (const on of ['2021-04-01', '2021-04-02']) expect(decide(person(BOLTON, NORTH_NORTHAMPTONSHIRE), on, embeddedDataset).on).toBe(on);
  });

  it("Northern Ireland's councils of 2015: before then, asks for later dates (the councils before them have no GSS code)", () => {
    const older: Person = { ...person(BOLTON, 'N09000005'), dateOfBirth: '1995-06-15' };
    const [issue] = issuesOf(() => decide(older, '2014-06-01', embeddedDataset));
    expect(issue!.message).toBe(
      'N09000005 (Derry City and Strabane) began on 2015-04-01, after 2014-06-01, and the councils before it have no code this package takes; ask about dates from 2015-04-01',
    );
    expect(decide(older, '2015-04-01', embeddedDataset).on).toBe('2015-04-01');
  });

  it('a timeline across the change needs a residence history, which it then accepts', () => {
    const period = { from: '2021-01-01', until: '2022-01-01' }; // aged 18 to 19
    expect(issuesOf(() => timeline(person(BOLTON, CORBY), period, embeddedDataset))[0]!.message).toMatch(
      /ended on 2021-04-01, so did not exist on 2022-01-01; give the council that replaced it, E06000061 \(North Northamptonshire\), or a residence history with a period from 2021-04-01/,
    );
    const history = [
      { from: '2002-06-15', area: CORBY },
      { from: '2021-04-01', area: NORTH_NORTHAMPTONSHIRE },
    ];
    expect(timeline(person(BOLTON, history), period, embeddedDataset).from).toBe('2021-01-01');
    // One day too late: Corby's period runs past its end.
    const late = [history[0]!, { from: '2021-04-02', area: NORTH_NORTHAMPTONSHIRE }];
    expect(issuesOf(() => timeline(person(BOLTON, late), period, embeddedDataset))).toMatchObject([{ code: 'area-not-on-date', path: 'person.residence.0.area' }]);
  });

  it('Northamptonshire as the responsible authority: accepted on its last day, refused after, naming both councils that took over', () => {
    expect(decide(person(NORTHAMPTONSHIRE, BOLTON), '2021-03-31', embeddedDataset).on).toBe('2021-03-31');
    const [issue] = issuesOf(() => decide(person(NORTHAMPTONSHIRE, BOLTON), '2021-04-01', embeddedDataset));
    expect(issue).toMatchObject({ code: 'area-not-on-date', path: 'person.responsibleAuthority' });
    expect(issue!.message).toMatch(/ended on 2021-04-01, so did not exist on 2021-04-01; give one of the councils that took over its care leavers, E06000061 \(North Northamptonshire\) or E06000062 \(West Northamptonshire\)/);
  });

  it('moving to a council on a date it did not exist is refused', () => {
    expect(issuesOf(() => compareMove(person(BOLTON, BOLTON), { to: CORBY, on: '2026-12-03' }, embeddedDataset))).toMatchObject([{ code: 'area-not-on-date', path: 'to' }]);
  });
});

describe('the responsible authority must look after children', () => {
  it('refuses a district, naming its county', () => {
    const [issue] = issuesOf(() => evaluate(person(EAST_DEVON, EAST_DEVON), '2026-12-03', embeddedDataset));
    expect(issue).toMatchObject({ code: 'wrong-kind-of-area', path: 'person.responsibleAuthority' });
    expect(issue!.message).toMatch(/East Devon\) is a district council, which does not look after children; .*: for this district, E10000008 \(Devon\)$/);
  });

  it('refuses a combined authority, a nation and a Northern Ireland district', () => {
    for (const code of [GREATER_MANCHESTER, ENGLAND, BELFAST]) {
      expect(issuesOf(() => evaluate(person(code, BOLTON), '2026-12-03', embeddedDataset))).toMatchObject([{ code: 'wrong-kind-of-area', path: 'person.responsibleAuthority' }]);
    }
  });

  it('a geography that cannot describe its areas (a fictional one) accepts every area it knows', () => {
    expect(ukGeography.rolesOf).toBeDefined();
    expect(fictionalGeography.rolesOf).toBeUndefined();
    expect(decide(sam, '2026-01-01', fictionalDataset, { geography: fictionalGeography }).entitlements.length).toBeGreaterThan(0);
  });
});

describe('plain JavaScript callers', () => {
  it('resolveArea answers a query that is not text with an issue, not a TypeError', () => {
    for (const query of [42, null, undefined, {}, ['Bolton']]) {
      const result = resolveArea(query as unknown as string);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issue.message).toMatch(/give the council's name or GSS code/);
    }
  });

  it('coverage names a bad dataset, date or area', () => {
    expect(issuesOf(() => coverage({ documents: 'none' } as never))[0]!.path).toBe('documents');
    expect(issuesOf(() => coverage(embeddedDataset, { on: '2026-02-30' }))).toMatchObject([{ code: 'invalid-date', path: 'options.on' }]);
    expect(issuesOf(() => coverage(embeddedDataset, { area: 'Bolton' }))).toMatchObject([{ code: 'unknown-area', path: 'options.area' }]);
    expect(coverage(embeddedDataset, { area: BOLTON, on: '2026-12-03' }).areas).toEqual([BOLTON]);
  });
});

describe('an answer given before a council is replaced', () => {
  // Cumbria County Council and Allerdale were replaced on 1 April 2023 (by Cumberland, and Westmorland and Furness).
  const cumbrian: Person = { dateOfBirth: '2001-01-10', category: 'former-relevant', responsibleAuthority: 'E10000006', residence: 'E07000026' };

  it('holds at most until the day the council that looked after them is replaced, and says so', () => {
    for (const on of ['2022-06-01', '2023-03-31']) {
      const adviser = decide(cumbrian, on, embeddedDataset, { kinds: ['personal-adviser'] }).entitlements[0]!;
      expect(adviser).toMatchObject({ outcome: 'eligible', endsOn: '2023-04-01' });
      expect(adviser.reasons.at(-1)).toEqual({ code: 'council-replaced', date: '2023-04-01', area: 'E10000006', role: 'responsible-authority' });
    }
    const [explained] = evaluate(cumbrian, '2022-06-01', embeddedDataset, { kinds: ['personal-adviser'] }).entitlements;
    expect(explained!.reasons.at(-1)!.message).toBe('changes on 1 April 2023: Cumbria, the council that looked after them, was replaced then; from then ask again with the council that replaced it');
    const [issue] = issuesOf(() => decide(cumbrian, '2023-04-01', embeddedDataset));
    expect(issue!.message).toMatch(/^E10000006 \(Cumbria\) ended on 2023-04-01, so did not exist on 2023-04-01; give one of the councils that took over its care leavers/);
  });

  it('keeps an earlier change date, and leaves an unknown answer without one', () => {
    const { entitlements } = decide(cumbrian, '2022-06-01', embeddedDataset);
    for (const e of entitlements) {
      if (e.outcome === 'unknown') expect(e.reasons.some((r) => r.code === 'council-replaced')).toBe(false);
      else expect(e.endsOn! <= '2023-04-01', e.kind).toBe(true);
    }
  });

  it('holds until the residence in a history is replaced, when the council that looked after them lasts', () => {
    const inAllerdale: Person = { ...cumbrian, responsibleAuthority: 'E08000001', residence: [{ from: '2001-01-10', area: 'E08000001' }, { from: '2022-01-01', area: 'E07000026' }] };
    const adviser = decide(inAllerdale, '2022-06-01', embeddedDataset, { kinds: ['personal-adviser'] }).entitlements[0]!;
    expect(adviser.endsOn).toBe('2023-04-01');
    expect(adviser.reasons.at(-1)).toMatchObject({ code: 'council-replaced', area: 'E07000026', role: 'residence' });
  });

  it('a timeline cannot run past the day the council that looked after them was replaced', () => {
    const bucks: Person = { dateOfBirth: '2000-06-15', category: 'former-relevant', responsibleAuthority: 'E10000002', residence: [{ from: '2018-01-01', area: 'E07000004' }, { from: '2020-04-01', area: 'E06000060' }] };
    const [issue] = issuesOf(() => timeline(bucks, { from: '2019-06-01', until: '2024-06-01' }, embeddedDataset));
    expect(issue).toMatchObject({ code: 'area-not-on-date', path: 'person.responsibleAuthority' });
    expect(issue!.message).toMatch(/ended on 2020-04-01, so did not exist on 2024-06-01; ask about dates before 2020-04-01, or from then with the council that took over its care leavers, E06000060 \(Buckinghamshire\)/);
    expect(timeline(bucks, { from: '2019-06-01', until: '2020-03-31' }, embeddedDataset).from).toBe('2019-06-01');
  });
});

describe('the last supported year', () => {
  it('no answer changes after 2199 (an endsOn past it could not be asked about again)', () => {
    const late: Person = { dateOfBirth: '2183-06-15', category: 'relevant', responsibleAuthority: BOLTON, residence: BOLTON };
    const { entitlements } = decide(late, '2199-12-31', embeddedDataset);
    expect(entitlements.filter((e) => e.endsOn !== null && e.endsOn > '2199-12-31')).toEqual([]);
    // A change on the last day is still reported; one the day after it is not.
    const eighteenOnLastDay: Person = { ...late, dateOfBirth: '2181-12-31' };
    const stayingPut = (p: Person) => decide(p, '2199-12-30', embeddedDataset, { kinds: ['staying-put'] }).entitlements[0]!.endsOn;
    expect(stayingPut(eighteenOnLastDay)).toBe('2199-12-31');
    expect(stayingPut({ ...late, dateOfBirth: '2182-01-01' })).toBeNull();
  });
});
