import type { CalendarDate } from '../dates/calendar-date.js';
import type { Kind } from '../schema/kind.js';
import { ELSEWHERE_REASON_CODES, type Reason, type ReasonData } from '../schema/reason.js';
import type { Dataset } from '../schema/dataset.js';
import type { Person } from '../schema/person.js';
import { AreaCode } from '../schema/area-code.js';
import { type InputIssue, InvalidInputError, fromZodIssues } from '../validation/input-issue.js';
import { requireObject } from '../validation/require-object.js';
import type { Entitlement, Evaluation, OfferAssessment } from './entitlement.js';
import type { Confidence, Source } from '../schema/offer.js';
import { type DecideOptions, decideSetUp, sameAnswer, setUpEngine } from './evaluate.js';
import type { EngineSetup } from './engine-setup.js';
import { sameValue } from './compare-values.js';
import { destinationIssue } from './place-issues.js';
import { residenceOn } from './residence-on.js';

/**
 * What happens to one kind when the person moves: `kept` (entitled before and after, same value
 * and provider), `gained`, `lost`, `changed` (value or provider differs), `neither` (entitled
 * neither before nor after) or `unknown`.
 */
export type MoveChange = 'kept' | 'gained' | 'lost' | 'changed' | 'neither' | 'unknown';

/** One kind before and after a move, as decided (reasons as data by default). */
export interface KindChangeDecision<R extends Reason | ReasonData = ReasonData> {
  readonly kind: Kind;
  readonly change: MoveChange;
  readonly before: Entitlement<R>;
  readonly after: Entitlement<R>;
  /**
   * How sure the change is: the weakest confidence of the offers it rests on (the deciding offer of
   * an eligible side; the offers the person was assessed against on a not-eligible side).
   * `confirmed` only when every one is the provider's own page or decision.
   */
  readonly confidence: Confidence;
  /** Whether the change rests only on confirmed sources (`confidence` is `confirmed`). */
  readonly firm: boolean;
  /** The weakest offer the change rests on, when it is not firm: its title and sources. */
  readonly weakest: { readonly offerId: string; readonly title: string; readonly sources: readonly Source[] } | null;
}

/** The decisions behind `compareMove`. */
export interface MoveDecision {
  readonly on: CalendarDate;
  /** Where the person lived on the date before the move (null if not known). */
  readonly from: string | null;
  readonly to: string;
  readonly changes: readonly KindChangeDecision[];
}

/** A move: where and when the person moves (data, not options: both fields are needed). */
export interface Move {
  /** The area they move to. */
  readonly to: string;
  /** The day of the move: both sides are evaluated on it. */
  readonly on: CalendarDate;
}

/**
 * The former name of {@link Move}, which is the move itself rather than options.
 *
 * @deprecated use {@link Move}; this name goes in a later version
 */
export type MoveOptions = Move;

/**
 * Classifies one kind's change across a move: `kept` when entitled before and after with the same
 * value and provider, `neither` when not entitled before and after, `gained`, `lost`, `changed`
 * when still entitled but the value or the provider differs, `unknown` when either side is unknown.
 *
 * @param before - the entitlement before the move
 * @param after - the entitlement after
 * @returns the change
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const [before] = evaluate(person, '2029-06-14', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements;
 * const [after] = evaluate(person, '2029-06-15', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements;
 * classifyChange(before!, after!); // 'lost'
 * ```
 */
export function classifyChange(before: Entitlement<Reason | ReasonData>, after: Entitlement<Reason | ReasonData>): MoveChange {
  if (before.outcome === 'unknown' || after.outcome === 'unknown') return 'unknown';
  if (before.outcome === 'eligible' && after.outcome === 'eligible') {
    return before.provider?.code === after.provider?.code && sameValue(before.value, after.value) ? 'kept' : 'changed';
  }
  if (before.outcome === after.outcome) return 'neither';
  return after.outcome === 'eligible' ? 'gained' : 'lost';
}

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { confirmed: 2, reported: 1, uncertain: 0 };

/**
 * Whether one side of a change rests on an offer: the deciding offer, or an offer the person failed
 * for a reason about them (not one that is simply for other places or other councils' care
 * leavers, which says nothing about this person).
 */
function restsOn<R extends Reason | ReasonData>(e: Entitlement<R>, offer: OfferAssessment<R>): boolean {
  if (e.outcome === 'eligible') return offer.offerId === e.decidingOfferId;
  if (e.outcome === 'not-eligible') return offer.state === 'not-eligible' && !offer.reasons.some((r) => ELSEWHERE_REASON_CODES.has(r.code));
  return false;
}

/** The weaker of two offers: the lower confidence, then the id that sorts first (null: neither is weak). */
function weaker<R extends Reason | ReasonData>(a: OfferAssessment<R> | null, b: OfferAssessment<R> | null): OfferAssessment<R> | null {
  if (a === null) return b;
  if (b === null) return a;
  const rank = CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence];
  // Ties go to the first id, so that a move and the move back name the same offer.
  return rank < 0 || (rank === 0 && b.offerId < a.offerId) ? b : a;
}

/**
 * The weakest offer one side of a change rests on (see {@link weakestSupport}).
 *
 * @param e - the entitlement before or after the move
 * @returns its weakest offer, or null when every one it rests on is confirmed
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000007' } as const;
 * const [rx] = decide(person, '2026-11-23', embeddedDataset, { kinds: ['free-prescriptions'] }).entitlements;
 * weakestOf(rx!)?.confidence; // 'uncertain' (reports of the December 2025 change disagree on when it began)
 * ```
 */
export function weakestOf<R extends Reason | ReasonData>(e: Entitlement<R>): OfferAssessment<R> | null {
  let weakest: OfferAssessment<R> | null = null;
  for (const offer of e.offers) if (offer.confidence !== 'confirmed' && restsOn(e, offer)) weakest = weaker(weakest, offer);
  return weakest;
}

/**
 * The weakest offer a change rests on (see {@link KindChange.confidence}), or null when every one
 * is confirmed. Of offers equally weak, the one whose id sorts first, whichever side it is on.
 *
 * @param before - the entitlement before the move
 * @param after - the entitlement after it
 * @returns the weakest offer and its confidence
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000007' } as const;
 * const [tax] = evaluate(person, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] }).entitlements;
 * weakestSupport(tax!, tax!); // null (the GM guarantee, confirmed by GMCA)
 * const [rx] = evaluate(person, '2026-11-23', embeddedDataset, { kinds: ['free-prescriptions'] }).entitlements;
 * weakestSupport(rx!, rx!)?.confidence; // 'uncertain' (reports of the December 2025 change disagree on when it began)
 * ```
 */
export function weakestSupport<R extends Reason | ReasonData>(before: Entitlement<R>, after: Entitlement<R>): OfferAssessment<R> | null {
  return weaker(weakestOf(before), weakestOf(after));
}

/**
 * The decisions behind `compareMove` (what changes for a care leaver who moves): the same person evaluated on the move date where
 * they live and where they would live, kind by kind. The responsible authority never changes.
 *
 * @param person - the care leaver
 * @param move - where to (`to`, any area code) and when (`on`)
 * @param dataset - the offers
 * @param options - geography, leap-day rule, kinds
 * @returns each kind's change with before and after, reasons as data
 * @throws {@link InvalidInputError} when the person, the date, the area or the dataset is invalid,
 *   the move has a field other than `to` and `on`, or it is dated before the residence history begins
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const toManchester = decideMove(person, { to: 'E08000003', on: '2026-11-23' }, embeddedDataset);
 * toManchester.changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'kept'
 * const toLeeds = decideMove(person, { to: 'E08000035', on: '2026-11-23' }, embeddedDataset);
 * toLeeds.changes.find((c) => c.kind === 'council-tax-exemption')?.change; // 'unknown'
 * ```
 */
export function decideMove(person: Person, move: Move, dataset: Dataset, options: DecideOptions = {}): MoveDecision {
  move = requireObject(move, 'move', "{ to: 'E08000003', on: '2026-11-23' }", 'move');
  const to = AreaCode.safeParse(move.to);
  const toIssues = [...unknownMoveKeys(move), ...(to.success ? [] : fromZodIssues(to.error.issues).map((i) => ({ ...i, path: ['to'] })))];
  let setup: EngineSetup;
  try {
    setup = setUpEngine(person, { on: move.on }, dataset, options);
  } catch (error) {
    // A move missing both its date and its destination is told both, not one then the other.
    if (error instanceof InvalidInputError && toIssues.length > 0) throw new InvalidInputError('move', [...error.issues, ...toIssues]);
    throw error;
  }
  if (toIssues.length > 0 || !setup.geography.has(move.to)) {
    const issues = toIssues.length > 0
      ? toIssues
      : [{ code: 'unknown-area' as const, path: ['to'], message: `${move.to} is not a known area code; resolveArea() finds the code for a name` }];
    throw new InvalidInputError('move', issues);
  }
  const destination = destinationIssue(move.to, move.on, setup.geography);
  if (destination !== undefined) throw new InvalidInputError('move', [{ ...destination, path: ['to'] }]);
  // A move to where they already live is allowed (every kind compares with itself: a matrix's
  // diagonal); one dated before their residence history begins has nowhere to move from.
  if (residenceOn(setup.person, move.on) === null) throw new InvalidInputError('move', [beforeResidenceHistory(setup.person, move)]);
  const before = decideSetUp(setup, move.on);
  const movedPerson: Person = Object.assign({}, setup.person, { residence: move.to });
  const after = decideSetUp(Object.assign({}, setup, { person: movedPerson }), move.on);
  return moveBetween(before, after, move.to);
}

/** The fields of a move: a misspelt or extra one (`from`) would otherwise be ignored. */
const MOVE_KEYS: readonly string[] = ['to', 'on'];

function unknownMoveKeys(move: object): InputIssue[] {
  return Object.keys(move)
    .filter((key) => !MOVE_KEYS.includes(key))
    .map((key) => ({
      code: 'unknown-key' as const,
      path: [key],
      message: `a move has only "to" and "on", not ${JSON.stringify(key)}; where they live before it is the person's residence`,
    }));
}

/** Why a move dated before the person's residence history begins is refused. */
function beforeResidenceHistory(person: Person, move: Move): InputIssue {
  const first = typeof person.residence === 'string' ? move.on : (person.residence[0]?.from ?? move.on);
  return {
    code: 'invalid-date',
    path: ['on'],
    message: `${move.on} is before their residence history begins (${first}), so where they move from is not known; give a date from ${first}`,
  };
}

/**
 * The move comparison between two evaluations of the same person on the same date, before and
 * after the move (used by {@link decideMove} and `moveMatrix`).
 *
 * @param before - where they live now
 * @param after - the same person living in `to`
 * @param to - the area they move to
 * @param weakestOfSide - the weakest offer each side rests on ({@link weakestOf}; a move matrix
 *   passes one that remembers it for each area's entitlements, met in hundreds of moves)
 * @returns each kind's change
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const before = decide(person, '2026-11-23', embeddedDataset);
 * const after = decide({ ...person, residence: 'E08000003' }, '2026-11-23', embeddedDataset);
 * moveBetween(before, after, 'E08000003').changes.find((c) => c.kind === 'personal-adviser')?.change; // 'kept'
 * ```
 */
export function moveBetween(
  before: Evaluation<ReasonData>,
  after: Evaluation<ReasonData>,
  to: string,
  weakestOfSide: (e: Entitlement<ReasonData>) => OfferAssessment<ReasonData> | null = weakestOf,
): MoveDecision {
  return {
    on: before.on,
    from: before.residence,
    to,
    changes: before.entitlements.map((b, i) => {
      const a = after.entitlements[i]!;
      const change: MoveChange =
        sameAnswer(b, a) && b.outcome !== 'unknown' ? (b.outcome === 'eligible' ? 'kept' : 'neither') : classifyChange(b, a);
      const weakest = change === 'unknown' ? null : weaker(weakestOfSide(b), weakestOfSide(a));
      const confidence: Confidence = weakest === null ? 'confirmed' : weakest.confidence;
      return {
        kind: b.kind,
        change,
        before: b,
        after: a,
        confidence,
        firm: weakest === null,
        weakest: weakest === null ? null : { offerId: weakest.offerId, title: weakest.title, sources: weakest.sources },
      };
    }),
  };
}
