import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ADULT_AGE,
  ENGLISH_MESSAGES,
  type MessageTable,
  type Person,
  type ReasonData,
  addDays,
  birthday,
  compareMove,
  decide,
  decideMove,
  decideTimeline,
  embeddedDataset,
  evaluate,
  explainEvaluation,
  explainReason,
  guaranteeReport,
  timeline,
  ukGeography,
} from '../../src/index.js';
import { COUNCILS, PLACES_TO_LIVE, fictional, fictionalDataset } from '../fixtures/fictional.js';

const fictionalPerson: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: COUNCILS[0]!, residence: PLACES_TO_LIVE[0]! };
const boltonLeaver: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };

/** Every string anywhere in a value (to check that decisions carry no sentences). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** A table that words every reason as its code: a stand-in for a Welsh or an easy-read table. */
const CODES_ONLY: MessageTable = {
  ...ENGLISH_MESSAGES,
  withTitle: (_title, sentence) => sentence,
  reasons: Object.fromEntries(Object.keys(ENGLISH_MESSAGES.reasons).map((code) => [code, () => `[${code}]`])) as unknown as MessageTable['reasons'],
  moves: Object.fromEntries(Object.keys(ENGLISH_MESSAGES.moves).map((change) => [change, () => `[${change}]`])) as unknown as MessageTable['moves'],
  guarantee: Object.fromEntries(Object.keys(ENGLISH_MESSAGES.guarantee).map((code) => [code, () => `[${code}]`])) as unknown as MessageTable['guarantee'],
};

describe('decide first, explain afterwards', () => {
  it('decides with reasons as data: codes and details, no message', () => {
    const decided = decide(boltonLeaver, '2026-11-23', embeddedDataset);
    for (const entitlement of decided.entitlements) {
      for (const reason of [...entitlement.reasons, ...entitlement.offers.flatMap((o) => o.reasons)]) {
        expect(reason).not.toHaveProperty('message');
      }
    }
    const tax = decided.entitlements.find((e) => e.kind === 'council-tax-exemption')!;
    expect(tax.reasons[0]).toMatchObject({ code: 'offer-applies', providerName: expect.any(String), applying: expect.any(Number) });
  });

  it('words the same decisions through another message table, without changing them', () => {
    const english = evaluate(boltonLeaver, '2026-11-23', embeddedDataset);
    const codes = evaluate(boltonLeaver, '2026-11-23', embeddedDataset, { messages: CODES_ONLY });
    expect(codes.entitlements.map((e) => [e.kind, e.outcome, e.endsOn, e.decidingOfferId])).toEqual(
      english.entitlements.map((e) => [e.kind, e.outcome, e.endsOn, e.decidingOfferId]),
    );
    for (const entitlement of codes.entitlements) {
      for (const reason of entitlement.reasons) expect(reason.message).toBe(`[${reason.code}]`);
    }
    const move = compareMove(boltonLeaver, { to: 'E08000035', on: '2026-11-23' }, embeddedDataset, { messages: CODES_ONLY });
    for (const change of move.changes) expect(change.message).toBe(`[${change.change}]`);
    const report = guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset, { messages: CODES_ONLY });
    for (const member of report.items.flatMap((i) => i.members)) for (const r of member.reasons) expect(r.message).toBe(`[${r.code}]`);
  });

  it('explains exactly what was decided: evaluate is decide then explainEvaluation (property)', () => {
    const person = fc.record({
      dateOfBirth: fc.integer({ min: 0, max: 365 * 12 }).map((d) => addDays('1998-01-01', d)),
      category: fc.constantFrom('former-relevant' as const, 'qualifying' as const),
      responsibleAuthority: fc.constantFrom(...COUNCILS),
      residence: fc.constantFrom(...PLACES_TO_LIVE),
    });
    fc.assert(
      fc.property(person, fc.integer({ min: 0, max: 365 * 10 }), (p, days) => {
        const on = addDays(birthday(p.dateOfBirth, ADULT_AGE), days);
        const decided = decide(p, on, fictionalDataset, fictional);
        const explained = evaluate(p, on, fictionalDataset, fictional);
        expect(explainEvaluation(decided, fictional)).toEqual(explained);
        decided.entitlements.forEach((d, i) => {
          expect(explained.entitlements[i]!.reasons.map((r) => r.code)).toEqual(d.reasons.map((r) => r.code));
          expect(explained.entitlements[i]!.outcome).toBe(d.outcome);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('says what caused each change on a timeline: a birthday, a version, a move', () => {
    const decided = decideTimeline(boltonLeaver, { from: '2026-11-23', until: '2030-01-01' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
    expect(decided.events).toHaveLength(1);
    expect(decided.events[0]).toMatchObject({ on: '2029-06-15', causes: [{ cause: 'birthday', age: 25 }] });
    const mover: Person = {
      ...boltonLeaver,
      residence: [
        { area: 'E08000001', from: '2004-06-15' },
        { area: 'E08000035', from: '2027-03-01' },
      ],
    };
    const moved = timeline(mover, { from: '2026-11-23', until: '2027-12-31' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
    expect(moved.events[0]?.on).toBe('2027-03-01');
    expect(moved.events[0]?.causes).toContainEqual({ cause: 'move', to: 'E08000035' });
    expect(moved.events[0]?.reasons.every((r) => r.message !== '')).toBe(true);
  });

  it('gives the reason an entitlement ends as data, with its birthday', () => {
    const tax = decide(boltonLeaver, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements[0]!;
    expect(tax.endsOn).toBe('2029-06-15');
    expect(tax.reasons.at(-1)).toMatchObject({ code: 'ends-on-birthday', age: 25, date: '2029-06-15', then: { outcome: 'not-eligible' } });
    const move = decideMove(boltonLeaver, { to: 'E08000003', on: '2026-11-23' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
    expect(move.changes[0]).not.toHaveProperty('message');
    expect(strings(move.changes[0]!.before.reasons).some((s) => s.includes(' birthday, '))).toBe(false);
  });

  it('keeps the default words for everyone: ENGLISH_MESSAGES and its tables are frozen, and a copy words its own way', () => {
    expect(Object.isFrozen(ENGLISH_MESSAGES) && Object.isFrozen(ENGLISH_MESSAGES.reasons)).toBe(true);
    expect(() => ((ENGLISH_MESSAGES.reasons as Record<string, unknown>)['no-offer-encoded'] = () => 'changed')).toThrow(TypeError);
    const reasons = { ...ENGLISH_MESSAGES.reasons, 'no-offer-encoded': () => 'one' };
    const [lessons] = explainEvaluation(decide(fictionalPerson, '2026-01-01', fictionalDataset, { ...fictional, kinds: ['driving-lessons'] }), {
      ...fictional,
      messages: { ...ENGLISH_MESSAGES, reasons },
    }).entitlements;
    expect(lessons!.reasons[0]?.message).toBe('one');
  });
});

describe('a fact given as an area', () => {
  it('is named, not shown as its code, when it does not meet the test', () => {
    const reason: ReasonData = {
      code: 'fact-not-met',
      offerId: 'x',
      offerTitle: 'X',
      fact: 'registeredGpArea',
      test: { type: 'fact', fact: 'registeredGpArea', within: ['E10000019'] },
      given: 'E06000062',
    };
    expect(explainReason(reason, ukGeography).message).toBe('X: needs registeredGpArea to be within Lincolnshire, but it is West Northamptonshire');
  });
});

describe('an offer that excepts some councils’ care leavers', () => {
  const excepted = (except: readonly string[], responsibleAuthority: string): ReasonData => ({
    code: 'responsible-authority-excepted',
    offerId: 'x',
    offerTitle: 'X',
    except,
    responsibleAuthority,
  });
  it('says it is for other councils’ care leavers when it excepts the person’s own council', () => {
    expect(explainReason(excepted(['E10000030'], 'E10000030'), ukGeography).message).toBe("X: is for other councils' care leavers, not those of Surrey");
  });
  it('names the area excepted that holds their council otherwise', () => {
    expect(explainReason(excepted(['E47000001'], 'E08000001'), ukGeography).message).toBe('X: is not for care leavers of Bolton, which lies within Greater Manchester');
  });
});

describe('a provider’s "no" among an offer’s reasons', () => {
  const refusal = (status: 'not-offered' | 'withdrawn', detail?: string): ReasonData => ({
    code: 'status-not-in-force',
    offerId: 'x',
    offerTitle: 'X',
    status,
    ...(detail === undefined ? {} : { detail }),
  });
  it('says what the source adds in brackets, when the version has words for it', () => {
    expect(explainReason(refusal('not-offered', 'not in principle; exceptions case by case'), ukGeography).message).toBe(
      'X: is not given: a source says the provider does not offer it (not in principle; exceptions case by case)',
    );
    expect(explainReason(refusal('not-offered'), ukGeography).message).toBe('X: is not given: a source says the provider does not offer it');
  });
  it('says of any other status only that it is not in force', () => {
    expect(explainReason(refusal('withdrawn'), ukGeography).message).toBe('X: is withdrawn, not in force');
  });
});

describe('kinds named in sentences (an adviser review: "no council-tax-exemption offer is encoded")', () => {
  const say = (reason: ReasonData) => explainReason(reason, ukGeography).message;
  it('names a kind in words, not by its identifier, keeping acronyms and names and saying "offer" once', () => {
    expect(say({ code: 'no-offer-encoded', kind: 'council-tax-exemption', areas: ['E08000035'] })).toBe(
      'no council tax exemption offer is encoded for Leeds, so what they give is not known',
    );
    expect(say({ code: 'no-offer-encoded', kind: 'free-dental-treatment', areas: ['E08000001'] })).toMatch(/^no free NHS dental treatment offer is encoded/);
    expect(say({ code: 'no-offer-encoded', kind: 'staying-close', areas: ['E08000001'] })).toMatch(/^no Staying Close support offer is encoded/);
    expect(say({ code: 'no-offer-encoded', kind: 'household-bills-first-year', areas: ['E08000001'] })).toMatch(/^no TV licence, wifi and home insurance for the first year offer/);
    expect(say({ code: 'no-offer-applies', kind: 'education-employment-training', assessed: 2 })).toBe(
      'none of the 2 encoded education, employment and training offers that concern this person applies',
    );
    expect(say({ code: 'no-offer-applies', kind: 'mentor', assessed: 0 })).toBe('no mentor offer applies to this person where they live');
    expect(say({ code: 'no-offer-applies', kind: 'staying-put', assessed: 1 })).toBe(
      'the one encoded Staying Put with former foster carer offer that concerns this person does not apply',
    ); // not "none of the 1 encoded … offers"

    expect(say({ code: 'whole-rule-not-encoded', kind: 'free-travel', areas: ['E08000001'] })).toMatch(/^the free or discounted travel offers encoded for Bolton are not their whole rule/);
    expect(say({ code: 'whole-rule-claimed', kind: 'free-eye-care', providerName: 'Bolton Council', areas: ['E08000001'] })).toMatch(/^Bolton Council says it gives no free NHS sight tests and glasses in Bolton/);
  });

  it('writes no kind identifier in any reason of a move across England (property)', () => {
    const ids = /\b(?:council-tax-exemption|free-travel|free-prescriptions|personal-adviser|setting-up-home-allowance|staying-put|birthday-allowance|no-intentional-homelessness)\b/;
    fc.assert(
      fc.property(fc.constantFrom('E08000001', 'E08000035', 'E09000007', 'E06000023', 'E10000016'), fc.constantFrom('E08000003', 'E08000035', 'E07000112', 'W06000015', 'S12000036'), (responsible, residence) => {
        const answer = evaluate({ ...boltonLeaver, responsibleAuthority: responsible, residence }, '2026-11-23', embeddedDataset);
        return answer.entitlements.every((e) => e.reasons.every((r) => !ids.test(r.message)));
      }),
      { numRuns: 25 },
    );
  });
});
