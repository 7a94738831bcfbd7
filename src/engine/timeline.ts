import type { CalendarDate } from '../dates/calendar-date.js';
import type { Dataset } from '../schema/dataset.js';
import type { Kind } from '../schema/kind.js';
import type { Person } from '../schema/person.js';
import type { EntitlementValue } from '../schema/value.js';
import type { Outcome } from './entitlement.js';
import type { Reason, ReasonData } from '../schema/reason.js';
import type { Confidence, Provider } from '../schema/offer.js';
import { weakestSupport } from './compare-move.js';
import { InvalidInputError } from '../validation/input-issue.js';
import { requireObject } from '../validation/require-object.js';
import { type ChangeCause, changePoints } from './change-dates.js';
import { type DecideOptions, claimStartsConcerning, contextOn, laterPlaces, offersOfAny, sameAnswer, setUpEngine } from './evaluate.js';
import { evaluateKindOn } from './evaluate-kind.js';
import type { Entitlement } from './entitlement.js';

/** One change on a timeline: on this date, this kind goes from one answer to another (reasons explained by default). */
export interface TimelineEvent<R extends Reason | ReasonData = Reason> {
  readonly on: CalendarDate;
  readonly kind: Kind;
  readonly before: Outcome;
  readonly after: Outcome;
  readonly valueBefore: EntitlementValue | null;
  readonly valueAfter: EntitlementValue | null;
  readonly providerBefore: Provider | null;
  readonly providerAfter: Provider | null;
  /** What happened on the date that bears on this kind: a birthday its offers name, a new version of one of its offers, a move, a change of geography. */
  readonly causes: readonly ChangeCause[];
  /** Why the new answer holds. */
  readonly reasons: readonly R[];
  /**
   * How firmly the sources support the new answer: the confidence of the weakest offer it rests on
   * (`confirmed` when every one is, or when the answer is unknown). Shown as "probably" otherwise.
   */
  readonly confidence: Confidence;
  /** The same for the answer before the change (the answer on `from`, or after the kind's last event): "probably eligible → unknown". */
  readonly confidenceBefore: Confidence;
}

/** What `timeline` returns (reasons explained by default). */
export interface Timeline<R extends Reason | ReasonData = Reason> {
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  /** Each kind's answer on `from`. */
  readonly start: readonly Entitlement<R>[];
  /** Every change after `from` up to and including `until`, in date order (then kind order). */
  readonly events: readonly TimelineEvent<R>[];
}

/** The period a timeline covers, both dates included. */
export interface TimelinePeriod {
  readonly from: CalendarDate;
  readonly until: CalendarDate;
}

/**
 * The decisions behind `timeline`: every date between two dates on which an outcome, a value or a
 * provider changes, what changes and what caused it (a birthday, a new version of an offer, a move
 * in a residence history, a change of geography), with reasons as data.
 *
 * @param person - the care leaver (a residence history makes moves part of the timeline)
 * @param period - `from` and `until` (inclusive)
 * @param dataset - the offers
 * @param options - geography, leap-day rule, kinds
 * @returns the answers on `from` and the changes after it
 * @throws {@link InvalidInputError} when an input is invalid or `until` is before `from`
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const t = decideTimeline(person, { from: '2026-11-23', until: '2030-01-01' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
 * t.events.map((e) => `${e.on} ${e.before} to ${e.after}`); // ['2029-06-15 eligible to not-eligible']
 * ```
 */
export function decideTimeline(person: Person, period: TimelinePeriod, dataset: Dataset, options: DecideOptions = {}): Timeline<ReasonData> {
  period = requireObject(period, 'period', "{ from: '2026-11-23', until: '2030-01-01' }", 'timeline');
  const setup = setUpEngine(person, { from: period.from, until: period.until }, dataset, options);
  if (period.until < period.from) {
    throw new InvalidInputError('timeline', [
      { code: 'invalid-date', path: ['until'], message: `until (${period.until}) is before from (${period.from}); swap them` },
    ]);
  }
  // The dates to look at are each kind's change points, from the offers that concern the person
  // on some date of the period (now, or after a move or a change of geography); an event's causes
  // are those of its own kind's offers, never another kind's nor another council's.
  const startContext = contextOn(setup, period.from);
  const views = [startContext.places, ...laterPlaces(setup, period.from)];
  const causesByKind = setup.kinds.map((kind) => {
    const byDate = new Map<CalendarDate, readonly ChangeCause[]>();
    const claimStarts = claimStartsConcerning(kind, period.from, views, setup);
    for (const point of changePoints(offersOfAny(kind, views, setup), setup.person, period.from, { ...setup, until: period.until, claimStarts })) {
      byDate.set(point.date, point.causes);
    }
    return byDate;
  });
  const dates = [...new Set(causesByKind.flatMap((byDate) => [...byDate.keys()]))].sort();
  let current = setup.kinds.map((kind) => evaluateKindOn(kind, startContext));
  const start = current;
  const events: TimelineEvent<ReasonData>[] = [];
  for (const date of dates) {
    const context = contextOn(setup, date);
    const next = setup.kinds.map((kind) => evaluateKindOn(kind, context));
    next.forEach((after, i) => {
      const before = current[i]!;
      if (!sameAnswer(before, after)) {
        events.push({
          on: date,
          kind: after.kind,
          before: before.outcome,
          after: after.outcome,
          valueBefore: before.value,
          valueAfter: after.value,
          providerBefore: before.provider,
          providerAfter: after.provider,
          // An answer changes only on a change point of its own kind's offers.
          causes: causesByKind[i]!.get(date)!,
          reasons: after.reasons,
          confidence: weakestSupport(after, after)?.confidence ?? 'confirmed',
          confidenceBefore: weakestSupport(before, before)?.confidence ?? 'confirmed',
        });
      }
    });
    current = next;
  }
  return { from: period.from, until: period.until, start, events };
}
