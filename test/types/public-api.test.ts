import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  CompareMoveOptions,
  CoverageOptions,
  DataReportOptions,
  ExplainOptions,
  GuaranteeReportOptions,
  ListAreasOptions,
  LoadOfferDocumentOptions,
  NormaliseAreaNameOptions,
  ResolveAreaOptions,
  SearchAreasOptions,
  Condition,
  DecideOptions,
  EvaluateOptions,
  Move,
  MoveMatrixMoves,
  MoveMatrixOptions,
  TimelineOptions,
  TimelinePeriod,
  Entitlement,
  Evaluation,
  KindChange,
  KindChangeDecision,
  MessageTable,
  MoveComparison,
  MoveDecision,
  Reason,
  ReasonCode,
  ReasonData,
  Timeline,
} from '../../src/index.js';
import { compareMove, decide, decideMove, decideMoveMatrix, decideTimeline, embeddedDataset, evaluate, moveMatrix, timeline } from '../../src/index.js';
import { CONDITION_HANDLERS } from '../../src/rules/condition-handlers.js';

/**
 * Type tests of the public API: checked by `npm run typecheck` (vitest runs them as no-ops), so a
 * change to these shapes fails the build before it reaches a user.
 */
describe('the public API, as types', () => {
  it('narrows an entitlement by its outcome: an eligible one has a value, a provider and a deciding offer', () => {
    const narrow = (e: Entitlement) => {
      if (e.outcome === 'eligible') {
        expectTypeOf(e.provider.name).toEqualTypeOf<string>();
        expectTypeOf(e.value).not.toEqualTypeOf<null>();
        expectTypeOf(e.decidingOfferId).toEqualTypeOf<string>();
      } else {
        expectTypeOf(e.provider).toEqualTypeOf<null>();
        expectTypeOf(e.value).toEqualTypeOf<null>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it('decides with reason data and explains with sentences', () => {
    expectTypeOf(decide).returns.toEqualTypeOf<Evaluation<ReasonData>>();
    expectTypeOf(evaluate).returns.toEqualTypeOf<Evaluation>();
    expectTypeOf<Evaluation['entitlements'][number]>().toEqualTypeOf<Entitlement<Reason>>();
    expectTypeOf<Reason>().toHaveProperty('message').toEqualTypeOf<string>();
    expectTypeOf<ReasonData>().not.toHaveProperty('message');
    expectTypeOf(decideMove).returns.toEqualTypeOf<MoveDecision>();
    expectTypeOf(compareMove).returns.toEqualTypeOf<MoveComparison>();
    expectTypeOf<KindChangeDecision>().not.toHaveProperty('message');
    expectTypeOf<KindChange>().toHaveProperty('message').toEqualTypeOf<string>();
    expectTypeOf(decideTimeline).returns.toEqualTypeOf<Timeline<ReasonData>>();
    expectTypeOf(timeline).returns.toEqualTypeOf<Timeline>();
  });

  it('has one message per reason code, and one handler per condition type', () => {
    expectTypeOf<keyof MessageTable['reasons']>().toEqualTypeOf<ReasonCode>();
    expectTypeOf<keyof typeof CONDITION_HANDLERS>().toEqualTypeOf<Condition['type']>();
  });

  it('takes the options last, and optional', () => {
    expectTypeOf(evaluate).parameter(3).toEqualTypeOf<Parameters<typeof evaluate>[3]>();
    expectTypeOf<undefined>().toMatchTypeOf<Parameters<typeof evaluate>[3]>();
    expectTypeOf<undefined>().toMatchTypeOf<Parameters<typeof compareMove>[3]>();
    expectTypeOf<undefined>().toMatchTypeOf<Parameters<typeof timeline>[3]>();
  });

  it('names each function\'s last argument <Function>Options, and the data before it as data', () => {
    expectTypeOf(evaluate).parameter(3).toEqualTypeOf<EvaluateOptions | undefined>();
    expectTypeOf(compareMove).parameter(3).toEqualTypeOf<CompareMoveOptions | undefined>();
    expectTypeOf(timeline).parameter(3).toEqualTypeOf<TimelineOptions | undefined>();
    expectTypeOf(moveMatrix).parameter(3).toEqualTypeOf<MoveMatrixOptions | undefined>();
    expectTypeOf(decide).parameter(3).toEqualTypeOf<DecideOptions | undefined>();
    expectTypeOf(compareMove).parameter(1).toEqualTypeOf<Move>();
    expectTypeOf(decideMove).parameter(1).toEqualTypeOf<Move>();
    expectTypeOf(timeline).parameter(1).toEqualTypeOf<TimelinePeriod>();
    expectTypeOf(decideTimeline).parameter(1).toEqualTypeOf<TimelinePeriod>();
    expectTypeOf(moveMatrix).parameter(1).toEqualTypeOf<MoveMatrixMoves>();
    expectTypeOf(decideMoveMatrix).parameter(1).toEqualTypeOf<MoveMatrixMoves>();
    // The options carry no data: a period is not options.
    expectTypeOf<TimelineOptions>().not.toHaveProperty('from');
  });

  it('accepts undefined for every optional option, as the functions do at run time (exactOptionalPropertyTypes)', () => {
    // Each of these was TS2379 under exactOptionalPropertyTypes while the functions accepted it.
    expectTypeOf({ kinds: undefined, geography: undefined, leapDayBirthday: undefined }).toMatchTypeOf<DecideOptions>();
    expectTypeOf({ kinds: undefined, messages: undefined }).toMatchTypeOf<EvaluateOptions>();
    expectTypeOf({ geography: undefined, members: undefined }).toMatchTypeOf<GuaranteeReportOptions>();
    expectTypeOf({ messages: undefined, geography: undefined }).toMatchTypeOf<ExplainOptions>();
    expectTypeOf({ area: undefined, on: undefined, geography: undefined }).toMatchTypeOf<CoverageOptions>();
    expectTypeOf({ on: undefined, kinds: undefined }).toMatchTypeOf<DataReportOptions>();
    expectTypeOf({ on: undefined, current: undefined, nation: undefined, type: undefined }).toMatchTypeOf<ListAreasOptions>();
    expectTypeOf({ on: undefined }).toMatchTypeOf<ResolveAreaOptions>();
    expectTypeOf({ on: undefined, limit: undefined }).toMatchTypeOf<SearchAreasOptions>();
    expectTypeOf({ dropNoiseWords: undefined }).toMatchTypeOf<NormaliseAreaNameOptions>();
    expectTypeOf({ maxBytes: undefined }).toMatchTypeOf<LoadOfferDocumentOptions>();
    const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
    const chosen = (): readonly 'mentor'[] | undefined => undefined;
    // And at run time: undefined is the same as leaving the option out.
    expect(evaluate(person, '2026-11-23', embeddedDataset, { kinds: chosen(), geography: undefined, leapDayBirthday: undefined }).entitlements.length).toBeGreaterThan(1);
  });
});
