import { checkedMessages } from './checked-messages.js';
import type { KindChangeDecision, Move, MoveDecision } from '../engine/compare-move.js';
import { decideMove } from '../engine/compare-move.js';
import type { Entitlement } from '../engine/entitlement.js';
import { type MoveMatrixMoves, decideMoveMatrix } from '../engine/move-matrix.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { Dataset } from '../schema/dataset.js';
import type { Person } from '../schema/person.js';
import type { ReasonData } from '../schema/reason.js';
import type { EvaluateOptions } from './evaluate.js';
import { explainEntitlement } from './explain-evaluation.js';
import { requireDecided } from '../validation/require-object.js';
import type { ExplainOptions } from './explain-reason.js';

/** One kind before and after a move, with its reasons and a sentence saying what to do. */
export interface KindChange extends Omit<KindChangeDecision, 'before' | 'after'> {
  readonly before: Entitlement;
  readonly after: Entitlement;
  /** One sentence saying what happens and what to do next. */
  readonly message: string;
}

/** What {@link compareMove} returns. */
export interface MoveComparison extends Omit<MoveDecision, 'changes'> {
  readonly changes: readonly KindChange[];
}

/**
 * A move's decisions put into words: each kind's reasons, and a sentence per change.
 *
 * @param move - the decisions (from `decideMove`)
 * @param options - the message table and geography
 * @returns the comparison as `compareMove` returns it
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const decided = decideMove(person, { to: 'E08000003', on: '2026-11-23' }, embeddedDataset, { kinds: ['personal-adviser'] });
 * explainMove(decided).changes[0]?.message.startsWith('Personal adviser: kept'); // true
 * ```
 */
export function explainMove(move: MoveDecision, options: ExplainOptions = {}): MoveComparison {
  requireDecided(move, 'move', ['changes'], 'a move decision from decideMove(person, move, dataset)');
  const explain = (e: Entitlement<ReasonData>) => explainEntitlement(e, options);
  return explainMoveWith(move, options, explain, explain);
}

/**
 * A move decision in words: each side's entitlements through its own function (by their place in
 * the list), so that a move matrix can put each area's into words once.
 */
function explainMoveWith(
  move: MoveDecision,
  options: ExplainOptions,
  explainBefore: (entitlement: Entitlement<ReasonData>, i: number) => Entitlement,
  explainAfter: (entitlement: Entitlement<ReasonData>, i: number) => Entitlement,
): MoveComparison {
  const messages = checkedMessages(options);
  const changes = move.changes.map(
    // Written out field by field, in the decision's order: a move matrix makes millions of these.
    (change, i): KindChange => ({
      kind: change.kind,
      change: change.change,
      before: explainBefore(change.before, i),
      after: explainAfter(change.after, i),
      confidence: change.confidence,
      firm: change.firm,
      weakest: change.weakest,
      message: messages.moves[change.change](change, messages),
    }),
  );
  return Object.assign({}, move, { changes });
}

/** The options of {@link compareMove}: geography, leap-day rule, kinds and the message table. */
export type CompareMoveOptions = EvaluateOptions;

/**
 * What changes for a care leaver who moves: the same person evaluated on the move date where
 * they live and where they would live, kind by kind. The responsible authority never changes.
 *
 * @param person - the care leaver
 * @param move - where to (`to`, any area code) and when (`on`)
 * @param dataset - the offers
 * @param options - geography, leap-day rule, kinds, message table
 * @returns each kind's change with before and after
 * @throws {@link InvalidInputError} when the person, the date, the area or the dataset is invalid,
 *   the move has a field other than `to` and `on`, or it is dated before the residence history begins
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const toManchester = compareMove(person, { to: 'E08000003', on: '2026-11-23' }, embeddedDataset);
 * toManchester.changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'kept'
 * const toLeeds = compareMove(person, { to: 'E08000035', on: '2026-11-23' }, embeddedDataset);
 * toLeeds.changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'unknown'
 * ```
 */
export function compareMove(person: Person, move: Move, dataset: Dataset, options: CompareMoveOptions = {}): MoveComparison {
  return explainMove(decideMove(person, move, dataset, options), options);
}

/** Moves between any two of a set of areas, for one person on one date. */
export interface MoveMatrix {
  readonly on: CalendarDate;
  readonly areas: readonly string[];
  /**
   * The comparison for a move from one of the areas to another.
   *
   * @throws {@link InvalidInputError} when either area is not one of `areas`
   */
  compare(from: string, to: string): MoveComparison;
}

/** The options of {@link moveMatrix}: geography, leap-day rule, kinds and the message table. */
export type MoveMatrixOptions = EvaluateOptions;

/**
 * Every move between a set of areas for one person on one date, each area evaluated once (for
 * a service answering many "what if I moved" questions).
 *
 * @param person - the care leaver (`residence` is replaced by each area in turn)
 * @param matrix - the areas and the date
 * @param dataset - the offers
 * @param options - geography, leap-day rule, kinds, message table
 * @returns the matrix; `compare(from, to)` gives one move
 * @throws {@link InvalidInputError} when the person, the date, an area or the dataset is invalid
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const matrix = moveMatrix(person, { areas: ['E08000001', 'E08000003', 'E08000035'], on: '2026-11-23' }, embeddedDataset);
 * matrix.compare('E08000001', 'E08000035').changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'unknown'
 * matrix.compare('E08000001', 'E08000003').changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'kept'
 * ```
 */
export function moveMatrix(person: Person, matrix: MoveMatrixMoves, dataset: Dataset, options: MoveMatrixOptions = {}): MoveMatrix {
  const decided = decideMoveMatrix(person, matrix, dataset, options);
  // Each area's decisions are made once and shared by every move from or to it, so each is put
  // into words once too: kept by area, in the order of its entitlements.
  const explainedIn = new Map<string, { decided: Entitlement<ReasonData>; explained: Entitlement }[]>();
  const explainerFor = (area: string) => {
    let kept = explainedIn.get(area);
    if (kept === undefined) explainedIn.set(area, (kept = []));
    const list = kept;
    return (entitlement: Entitlement<ReasonData>, i: number): Entitlement => {
      const known = list[i];
      if (known !== undefined && known.decided === entitlement) return known.explained;
      const explained = explainEntitlement(entitlement, options);
      list[i] = { decided: entitlement, explained };
      return explained;
    };
  };
  return {
    on: decided.on,
    areas: decided.areas,
    compare: (from, to) => explainMoveWith(decided.compare(from, to), options, explainerFor(from), explainerFor(to)),
  };
}
