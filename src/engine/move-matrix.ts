import type { CalendarDate } from '../dates/calendar-date.js';
import type { Dataset } from '../schema/dataset.js';
import type { Person } from '../schema/person.js';
import { InvalidInputError, type InputIssue, describeGiven } from '../validation/input-issue.js';
import { requireObject } from '../validation/require-object.js';
import { type MoveDecision, moveBetween, weakestOf } from './compare-move.js';
import type { ReasonData } from '../schema/reason.js';
import type { Entitlement, Evaluation, OfferAssessment } from './entitlement.js';
import { destinationIssue } from './place-issues.js';
import { type DecideOptions, decideSetUp, setUpEngine } from './evaluate.js';

/** Moves between any two of a set of areas, for one person on one date (decisions; `moveMatrix` explains them). */
export interface MoveMatrixDecision {
  readonly on: CalendarDate;
  readonly areas: readonly string[];
  /**
   * The comparison for a move from one of the areas to another.
   *
   * @throws {@link InvalidInputError} when either area is not one of `areas`
   */
  compare(from: string, to: string): MoveDecision;
}

/** The moves of a {@link decideMoveMatrix}: between every two of these areas, on this date. */
export interface MoveMatrixMoves {
  readonly areas: readonly string[];
  readonly on: CalendarDate;
}

/**
 * Prepares every move between a set of areas for one person on one date. Living in an area on
 * the date gives the same answers whether the person moves from it or to it, so each area is
 * evaluated once and each comparison only pairs two evaluations: a national matrix of about 300
 * × 300 moves costs about 300 evaluations, not 180,000. The person's own `residence` is ignored.
 *
 * @param person - the care leaver
 * @param matrix - the areas (GSS codes) and the date
 * @param dataset - the offers
 * @param options - geography, leap-day rule, kinds
 * @returns the matrix: `compare(from, to)` gives the same result as `compareMove`
 * @throws {@link InvalidInputError} when the person, the date, an area or the dataset is invalid
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const matrix = decideMoveMatrix(person, { areas: ['E08000001', 'E08000003', 'E08000035'], on: '2026-11-23' }, embeddedDataset);
 * matrix.compare('E08000001', 'E08000035').changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'unknown'
 * matrix.compare('E08000001', 'E08000003').changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'kept'
 * ```
 */
export function decideMoveMatrix(person: Person, matrix: MoveMatrixMoves, dataset: Dataset, options: DecideOptions = {}): MoveMatrixDecision {
  matrix = requireObject(matrix, 'matrix', "{ areas: ['E08000001', 'E08000003'], on: '2026-11-23' }", 'move matrix');
  const setup = setUpEngine(person, { on: matrix.on }, dataset, options);
  if (!Array.isArray(matrix.areas)) {
    throw new InvalidInputError('move matrix', [
      { code: 'invalid-type', path: ['areas'], message: "areas must be a list of area codes, such as ['E08000001', 'E08000003']" },
    ]);
  }
  const issues: InputIssue[] = matrix.areas.flatMap((area, i): InputIssue[] => {
    if (!setup.geography.has(area)) {
      return [{ code: 'unknown-area', path: ['areas', i], message: `${describeGiven(area)} is not a known area code; resolveArea() finds the code for a name` }];
    }
    const destination = destinationIssue(area, matrix.on, setup.geography);
    return destination === undefined ? [] : [{ ...destination, path: ['areas', i] }];
  });
  if (issues.length > 0) throw new InvalidInputError('move matrix', issues);
  const evaluations = new Map<string, Evaluation<ReasonData>>();
  const livingIn = (area: string): Evaluation<ReasonData> => {
    let evaluation = evaluations.get(area);
    if (evaluation === undefined) {
      const resident: Person = Object.assign({}, setup.person, { residence: area });
      evaluation = decideSetUp(Object.assign({}, setup, { person: resident }), matrix.on);
      evaluations.set(area, evaluation);
    }
    return evaluation;
  };
  const known = new Set(matrix.areas);
  // Each area's entitlements meet every other area's: the offer each rests on most weakly is found once.
  const weakest = new Map<Entitlement<ReasonData>, OfferAssessment<ReasonData> | null>();
  const weakestRemembered = (e: Entitlement<ReasonData>): OfferAssessment<ReasonData> | null => {
    let found = weakest.get(e);
    if (found === undefined) {
      found = weakestOf(e);
      weakest.set(e, found);
    }
    return found;
  };
  return {
    on: matrix.on,
    areas: matrix.areas,
    compare(from, to) {
      // Each argument named by its own path, even when both are the same bad area.
      const unknown = (['from', 'to'] as const).flatMap((name, i) => {
        const area: unknown = i === 0 ? from : to;
        return known.has(area as string) ? [] : [{ code: 'unknown-area' as const, path: [name], message: `${describeGiven(area)} is not one of the matrix's areas` }];
      });
      if (unknown.length > 0) throw new InvalidInputError('move', unknown);
      return moveBetween(livingIn(from), livingIn(to), to, weakestRemembered);
    },
  };
}
