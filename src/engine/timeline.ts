import type { CalendarDate } from '../dates/calendar-date.js';
import type { Dataset } from '../schema/dataset.js';
import type { Kind } from '../schema/kind.js';
import type { Person } from '../schema/person.js';
import type { EntitlementValue, Outcome } from './entitlement.js';
import type { Reason } from '../explain/reason.js';
import type { Provider } from '../schema/offer.js';
import { InvalidInputError } from '../validation/input-issue.js';
import { changeDates } from './change-dates.js';
import { type EvaluateOptions, contextOn, sameAnswer, setUpEngine } from './evaluate.js';
import { evaluateKindOn } from './evaluate-kind.js';
import type { Entitlement } from './entitlement.js';

/** One change on a timeline: on this date, this kind goes from one answer to another. */
export interface TimelineEvent {
  readonly on: CalendarDate;
  readonly kind: Kind;
  readonly before: Outcome;
  readonly after: Outcome;
  readonly valueBefore: EntitlementValue | null;
  readonly valueAfter: EntitlementValue | null;
  readonly providerBefore: Provider | null;
  readonly providerAfter: Provider | null;
  /** Why the new answer holds. */
  readonly reasons: readonly Reason[];
}

/** What {@link timeline} returns. */
export interface Timeline {
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  /** Each kind's answer on `from`. */
  readonly start: readonly Entitlement[];
  /** Every change after `from` up to and including `until`, in date order (then kind order). */
  readonly events: readonly TimelineEvent[];
}

/** The period a timeline covers. */
export interface TimelineOptions {
  readonly from: CalendarDate;
  readonly until: CalendarDate;
}

/**
 * Every date between two dates on which an outcome, a value or a provider changes, and what
 * changes: birthdays, new versions of offers, and moves in a residence history.
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
 * const t = timeline(person, { from: '2026-11-23', until: '2030-01-01' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
 * t.events.map((e) => `${e.on} ${e.before} to ${e.after}`); // ['2029-06-15 eligible to not-eligible']
 * ```
 */
export function timeline(person: Person, period: TimelineOptions, dataset: Dataset, options: EvaluateOptions = {}): Timeline {
  const setup = setUpEngine(person, { from: period.from, until: period.until }, dataset, options);
  if (period.until < period.from) {
    throw new InvalidInputError('timeline', [
      { code: 'invalid-date', path: ['until'], message: `until (${period.until}) is before from (${period.from}); swap them` },
    ]);
  }
  const offers = setup.kinds.flatMap((kind) => setup.index.byKind.get(kind) ?? []);
  let current = setup.kinds.map((kind) => evaluateKindOn(kind, contextOn(setup, period.from)));
  const start = current;
  const events: TimelineEvent[] = [];
  for (const date of changeDates(offers, setup.person, period.from, { ...setup, until: period.until })) {
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
          reasons: after.reasons,
        });
      }
    });
    current = next;
  }
  return { from: period.from, until: period.until, start, events };
}
